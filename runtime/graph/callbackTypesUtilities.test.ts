/** The generated callback types of upload, download, store, interval, image and stat type-check as a callback uses them. */
import { describe, expect, it } from 'vitest';
import { typecheckCallbacks } from '../../export/typecheck';
import { createCatalog } from '../components/catalog';
import type { Project } from '../schema/project';

const catalog = createCatalog();
const at = (y: number) => ({ x: 0, y, w: 4, h: 2 });

const project: Project = {
  format: 'dashwright',
  version: 1,
  name: 'Utilities',
  layout: { cols: 12, rowHeight: 40 },
  components: [
    { id: 'up', type: 'upload', props: {}, grid: at(0) },
    { id: 'st', type: 'store', props: {}, grid: at(2) },
    { id: 'clock', type: 'interval', props: {}, grid: at(4) },
    { id: 'dl', type: 'download', props: {}, grid: at(6) },
    { id: 'kpi', type: 'stat', props: {}, grid: at(8) },
    { id: 'pic', type: 'image', props: {}, grid: at(10) },
  ],
  values: [],
  callbacks: [
    {
      id: 'report',
      inputs: [{ id: 'up', prop: 'files', as: 'files' }, { id: 'clock', prop: 'ticks', as: 'ticks' }],
      state: [{ id: 'st', prop: 'data', as: 'kept' }],
      outputs: [{ id: 'dl', prop: 'data', as: 'file' }, { id: 'st', prop: 'data', as: 'data' }, { id: 'kpi', prop: 'value', as: 'value' }, { id: 'kpi', prop: 'delta', as: 'delta' }, { id: 'pic', prop: 'src', as: 'src' }],
      placement: 'server',
    },
  ],
};

const check = (source: string) => typecheckCallbacks(project, { report: source }, catalog).map((p) => `${p.path}: ${p.message}`);

describe('callback types of the utility components', () => {
  it('a callback reading files, ticks and a stored value and writing a download, a store, a stat and an image checks', () => {
    const source = [
      'export default function report({ files, ticks, kept }: Inputs, ctx: Ctx): Outputs {',
      '  const rows = files.length ? ctx.parseCsv<{ amount: number }>(files[0]!.dataUrl) : [];',
      '  const total = rows.reduce((s, r) => s + r.amount, 0);',
      '  const before = typeof kept === "object" && kept !== null && !Array.isArray(kept) && typeof kept.total === "number" ? kept.total : 0;',
      '  return {',
      '    file: { filename: `${files[0]?.name ?? "none"}-${files[0]?.size ?? 0}.txt`, content: String(total) },',
      '    data: { total, at: [ticks, null, "x", true] },',
      '    value: total,',
      '    delta: total - before,',
      '    src: "logo.png",',
      '  };',
      '}',
      '',
    ].join('\n');
    expect(check(source)).toEqual([]);
  });

  it('what does not fit is reported: a download without a filename, a function in a store, a string delta', () => {
    const source = [
      'export default function report(_: Inputs, ctx: Ctx): Outputs {',
      '  return { file: { content: "x" }, data: { f: () => 1 }, value: "n/a", delta: "up", src: ctx.noUpdate };',
      '}',
      '',
    ].join('\n');
    const found = check(source);
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/Property 'filename' is missing .*'DownloadData'/);
    expect(found[1]).toMatch(/'\(\) => number' is not assignable to type 'Json/);
    expect(found[2]).toMatch(/Type 'string' is not assignable to type 'number \| NoUpdate \| Patch \| null/);
  });
});
