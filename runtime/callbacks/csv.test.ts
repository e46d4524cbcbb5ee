import { describe, expect, it } from 'vitest';
import { csvRows, parseCsv, textOfDataUrl } from './csv';

const csv = 'country,year,pop\nFrance,2000,60.9\nJapan,2020,125.8\n';
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

describe('parseCsv', () => {
  it('reads CSV text as ctx.data.csv does: typed numbers, plain arrays', () => {
    const rows = parseCsv(csv);
    expect(rows).toEqual([{ country: 'France', year: 2000, pop: 60.9 }, { country: 'Japan', year: 2020, pop: 125.8 }]);
    expect(Object.keys(rows)).toEqual(['0', '1']); // no d3 `columns` property
  });

  it('reads a base64 data URL as an upload gives it, UTF-8 and byte-order mark included', () => {
    const text = '\uFEFFcity,n\nZürich,3\n';
    expect(parseCsv(`data:text/csv;base64,${base64(text)}`)).toEqual([{ city: 'Zürich', n: 3 }]);
    expect(parseCsv(`data:application/vnd.ms-excel;name=a.csv;base64,${base64(csv)}`)).toEqual(parseCsv(csv));
  });

  it('reads a percent-encoded data URL, and one without a media type', () => {
    expect(parseCsv(`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`)).toEqual(parseCsv(csv));
    expect(parseCsv('data:,a%2Cb%0A1%2Ctrue')).toEqual([{ a: 1, b: true }]);
  });

  it('refuses what is not text or is broken, with ctx.parseCsv in the message', () => {
    expect(() => parseCsv(null as unknown as string)).toThrow(/ctx\.parseCsv: expected CSV text/);
    expect(() => parseCsv('data:text/csv;base64,@@@')).toThrow(/ctx\.parseCsv: .*base64/);
    expect(() => parseCsv('data:text/csv,%E0%A4%A')).toThrow(/percent-encoded/);
  });

  it('leaves text that is not a data URL as it is', () => {
    expect(textOfDataUrl('a,b\n1,2')).toBe('a,b\n1,2');
    expect(csvRows('')).toEqual([]);
  });
});
