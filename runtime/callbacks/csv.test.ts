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

const local = (d: unknown): number[] => {
  const date = d as Date;
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()];
};

describe('dates in CSV', () => {
  it('reads ISO and common spreadsheet date forms as dates, deciding day or month first per column', () => {
    const rows = csvRows('iso,us,eu,dots,named,monthFirst,spaced,note\n2025-03-18,03/18/2025,18/03/2025,18.03.2025,18 Mar 2025,"Mar 18, 2025",2025-03-18 14:30,x\n2025-12-01,12/01/2025,01/12/2025,01.12.2025,1 December 2025,Dec 1 2025,2025-12-01 08:05:09,y\n');
    for (const column of ['iso', 'us', 'eu', 'dots', 'named', 'monthFirst', 'spaced']) expect(rows[0]![column], column).toBeInstanceOf(Date);
    expect(local(rows[0]!.monthFirst)).toEqual([2025, 3, 18]);
    expect(local(rows[0]!.us)).toEqual([2025, 3, 18]);
    expect(local(rows[0]!.eu)).toEqual([2025, 3, 18]);
    expect(local(rows[1]!.eu)).toEqual([2025, 12, 1]); // day first: another row has 18/03
    expect(local(rows[1]!.us)).toEqual([2025, 12, 1]);
    expect(local(rows[1]!.named)).toEqual([2025, 12, 1]);
    expect((rows[1]!.spaced as Date).getHours()).toBe(8);
    expect(rows[0]!.note).toBe('x');
  });

  it('leaves a column as text when one value is not a date of its form, or not a real day', () => {
    const rows = csvRows('a,b,c\n03/18/2025,31/02/2025,2025-01-01\nsoon,01/01/2025,\n');
    expect(rows.map((r) => r.a)).toEqual(['03/18/2025', 'soon']);
    expect(rows.map((r) => r.b)).toEqual(['31/02/2025', '01/01/2025']);
    expect(rows[0]!.c).toBeInstanceOf(Date);
    expect(rows[1]!.c).toBeNull();
  });
});
