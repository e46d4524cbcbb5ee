import { describe, expect, it } from 'vitest';
import { fetchJob, fetchSpec, postUpdate, type FetchLike } from '../requests';

const answering = (body: unknown): FetchLike => async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

describe('answers parsed with the wire schemas', () => {
  it('keeps fields a newer server adds, so an older page still works with it', async () => {
    const result = await postUpdate(answering({ updates: { 'out.text': 'hi' }, ran: ['a'], errors: [], patches: { 'fig.figure': [] } }), '', { changed: [], values: {} });
    expect(result).toEqual({ ok: true, value: { updates: { 'out.text': 'hi' }, ran: ['a'], errors: [], patches: { 'fig.figure': [] } } });
  });

  it('fills what an older server leaves out', async () => {
    const result = await postUpdate(answering({ updates: {} }), '', { changed: [], values: {} });
    expect(result).toEqual({ ok: true, value: { updates: {}, ran: [], errors: [] } });
  });

  it('says what is wrong with a bad answer', async () => {
    expect(await postUpdate(answering({ ran: [] }), '', { changed: [], values: {} })).toEqual({ ok: false, message: 'the server answered without "updates"' });
    const bad = await postUpdate(answering({ updates: {}, errors: [{ callback: 'a' }] }), '', { changed: [], values: {} });
    expect(bad.ok ? '' : bad.message).toMatch(/^the server sent a bad update response \(errors\[0\]\.message: /);
    const job = await fetchJob(answering({ job: 'j', callback: 'a', state: 'done', errors: 'x' }), '', 'j');
    expect(job.ok ? '' : job.message).toMatch(/^the server sent a bad job status \(errors: /);
  });

  it('passes a spec\'s layout fields through and defaults the rest', async () => {
    const result = await fetchSpec(answering({ name: 'x', layout: { cols: 6, breakpoints: { lg: 1000 } }, components: [], callbacks: [], revision: 'r1' }), '');
    expect(result.ok && result.value.layout).toEqual({ cols: 6, rowHeight: 40, breakpoints: { lg: 1000 } });
    expect(result.ok && result.value.values).toEqual([]);
    expect(await fetchSpec(answering({ name: 'x' }), '')).toEqual({ ok: false, message: 'the server sent a spec without components or callbacks' });
  });
});
