import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { proveBounded } from './boundedCallback';
import { InlineCallbacks } from './inlineCallbacks';

const code = 'function cb({ n }) {\n  return `twice ${n} is ${n * 2}`;\n}\nexport {\n  cb as default\n};\n';
const inv = (n: unknown) => ({ revision: 'r1', callback: 'cb', args: { n }, triggered: [], outputs: ['text'], timeoutMs: 1000 });

describe('InlineCallbacks', () => {
  it('runs a proved callback on the event loop while its arguments fit the budget, and leaves larger ones to a worker', async () => {
    const proof = proveBounded(ts, code)!;
    const inline = new InlineCallbacks();
    await inline.load('r1', { cb: { code, map: '{"version":3,"sources":[],"mappings":""}', bounded: true, boundedWork: proof.work } });
    expect(await inline.invoke(inv(5))).toEqual({ kind: 'ok', outputs: { text: 'twice 5 is 10' } });
    expect(inline.invoke(inv('x'.repeat(2_000_000)))).toBeUndefined();
    expect(inline.invoke(inv(new Array(1_000_000).fill(1)))).toBeUndefined();
  });

  it('never runs a module without a proved work bound', async () => {
    const inline = new InlineCallbacks();
    await inline.load('r1', { cb: { code, map: '{"version":3,"sources":[],"mappings":""}', bounded: true } });
    expect(inline.invoke(inv(5))).toBeUndefined();
  });
});
