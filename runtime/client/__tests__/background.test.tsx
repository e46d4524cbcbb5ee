// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashwrightApp } from '../App';
import { createAppRuntime, type CascadeRecord } from '../runtime';
import { appSpec, BASE, cb, comp } from './fakeServer';
import { jobServer } from './jobServer';
import { mount, type Mounted } from '../../components/testkit';

const spec = appSpec(
  [comp('run', 'button'), comp('stop', 'button'), comp('n', 'slider', { value: 3 }), comp('out', 'text'), comp('after', 'text'), comp('sq', 'text')],
  [
    cb('crunch', ['run.clicks'], ['out.text'], { background: true, preventInitialCall: true, cancel: [{ id: 'stop', prop: 'clicks' }], state: ['n.value'] }),
    cb('echo', ['out.text'], ['after.text'], { preventInitialCall: true }),
    cb('square', ['n.value'], ['sq.text'], { preventInitialCall: true, cache: { ttlSeconds: 60 } }),
  ],
);

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function setup() {
  const server = jobServer(spec, { echo: ({ text }) => `after: ${String(text)}`, square: ({ value }) => `square ${Number(value) ** 2}` }, ['square']);
  const records: CascadeRecord[] = [];
  const logger = { error: vi.fn() };
  const runtime = createAppRuntime({ baseUrl: BASE, fetch: server.fetch, logger, jobPollMs: 5, onCascade: (r) => records.push(r) });
  await runtime.load();
  return { server, runtime, records, logger };
}

describe('background callbacks in the browser runtime', () => {
  it('follows a job: loading and progress on its outputs, then its result and the cascade downstream of it', async () => {
    const { server, runtime, records } = await setup();
    await runtime.setProp('run.clicks', 1);
    expect(server.log).toEqual(['start job-1 {"clicks":1,"value":3}']);
    expect(records.at(-1)).toMatchObject({ trigger: ['run.clicks'], ran: [], background: ['crunch'], requests: 1 });
    expect(runtime.getState().loading).toEqual({ out: 1 });
    expect(runtime.getState().progress).toEqual({ out: { job: 'job-1', callback: 'crunch', fraction: 0 } });

    server.progress('job-1', 0.5, 'step 2 of 4');
    await vi.waitFor(() => expect(runtime.getState().progress.out).toEqual({ job: 'job-1', callback: 'crunch', fraction: 0.5, message: 'step 2 of 4' }));
    server.finish('job-1', { 'out.text': 'crunched 3' });
    await runtime.idle();
    expect(runtime.get('out.text')).toBe('crunched 3');
    expect(runtime.get('after.text')).toBe('after: crunched 3'); // the cascade went on downstream
    expect(runtime.getState().loading).toEqual({});
    expect(runtime.getState().progress).toEqual({});
    const jobRecord = records.find((r) => r.ran.some((x) => x.background));
    expect(jobRecord).toMatchObject({ trigger: ['run.clicks'], ran: [{ callback: 'crunch', placement: 'server', ms: 42, background: true }], errors: [] });
    expect(records.at(-1)).toMatchObject({ trigger: ['out.text'], ran: [{ callback: 'echo' }] });
  });

  it('cancels a job when a prop of its cancel list changes: no result, no progress, no loading', async () => {
    const { server, runtime } = await setup();
    const before = runtime.get('out.text');
    await runtime.setProp('run.clicks', 1);
    await runtime.setProp('stop.clicks', 1);
    expect(server.log).toContain('cancel job-1');
    expect(runtime.getState().loading).toEqual({});
    expect(runtime.getState().progress).toEqual({});
    server.finish('job-1', { 'out.text': 'too late' });
    await runtime.idle();
    expect(runtime.get('out.text')).toBe(before);
  });

  it('a newer run of the same callback cancels the older job; only the newer result lands', async () => {
    const { server, runtime } = await setup();
    await runtime.setProp('run.clicks', 1);
    await runtime.setProp('n.value', 5);
    await runtime.setProp('run.clicks', 2);
    expect(server.log.filter((l) => !l.startsWith('run '))).toEqual(['start job-1 {"clicks":1,"value":3}', 'start job-2 {"clicks":2,"value":5}', 'cancel job-1']);
    expect(runtime.getState().loading).toEqual({ out: 1 });
    server.finish('job-2', { 'out.text': 'crunched 5' });
    await runtime.idle();
    expect(runtime.get('out.text')).toBe('crunched 5');
  });

  it('a newer change of an output wins over the job that was computing it', async () => {
    const { server, runtime } = await setup();
    await runtime.setProp('run.clicks', 1);
    await runtime.setProp('out.text', 'typed');
    server.finish('job-1', { 'out.text': 'crunched 3' });
    await runtime.idle();
    expect(runtime.get('out.text')).toBe('typed');
  });

  it('reports a failed job and a job the server forgot', async () => {
    const { server, runtime, logger } = await setup();
    await runtime.setProp('run.clicks', 1);
    server.fail('job-1', 'out of memory');
    await runtime.idle();
    expect(runtime.getState().errors.map((e) => [e.callback, e.message, e.source])).toEqual([['crunch', 'out of memory', 'server']]);
    await runtime.setProp('run.clicks', 2);
    server.forget('job-2');
    await runtime.idle();
    expect(runtime.getState().errors.at(-1)?.message).toMatch(/^background job lost: the server no longer knows this job/);
    expect(runtime.getState().loading).toEqual({});
    expect(logger.error).toHaveBeenCalled();
  });

  it('records cache hits and misses per callback for the dev tools', async () => {
    const { runtime, records } = await setup();
    await runtime.setProp('n.value', 4);
    await runtime.setProp('n.value', 5);
    await runtime.setProp('n.value', 4);
    expect(records.slice(-3).map((r) => r.ran)).toEqual([
      [{ callback: 'square', placement: 'server', ms: 1.5, cache: 'miss' }],
      [{ callback: 'square', placement: 'server', ms: 1.5, cache: 'miss' }],
      [{ callback: 'square', placement: 'server', ms: 1.5, cache: 'hit' }],
    ]);
  });

  it('cancels what runs when the app is reloaded or disposed', async () => {
    const { server, runtime } = await setup();
    await runtime.setProp('run.clicks', 1);
    await runtime.applySpec({ ...spec, revision: 'r2' });
    expect(server.log).toContain('cancel job-1');
    expect(runtime.getState().progress).toEqual({});
    await runtime.setProp('run.clicks', 2);
    runtime.dispose();
    expect(server.log).toContain('cancel job-2');
  });
});

describe('the progress bar on the page', () => {
  it('lays a progressbar over each output while the job runs, then removes it', async () => {
    const { server, runtime } = await setup();
    mounted = await mount(<DashwrightApp runtime={runtime} />);
    const el = mounted.container;
    const out = el.querySelector<HTMLElement>('#out')!;
    await act(async () => runtime.setProp('run.clicks', 1));
    const bar = (): HTMLElement | null => out.querySelector<HTMLElement>('.dw-progress[role="progressbar"]');
    expect(out.getAttribute('data-loading')).toBe('true');
    expect(bar()?.getAttribute('aria-valuenow')).toBe('0');
    expect(bar()?.textContent).toContain('Working…');
    await act(async () => {
      server.progress('job-1', 0.42, 'step 2 of 5');
      await vi.waitFor(() => expect(runtime.getState().progress.out?.fraction).toBe(0.42));
    });
    expect(bar()?.getAttribute('aria-valuenow')).toBe('42');
    expect(bar()?.textContent).toBe('step 2 of 542%');
    expect(bar()?.querySelector<HTMLElement>('.dw-progress-fill')?.style.width).toBe('42%');
    expect(el.querySelector('#after .dw-progress')).toBeNull();
    await act(async () => {
      server.finish('job-1', { 'out.text': 'crunched 3' });
      await runtime.idle();
    });
    expect(bar()).toBeNull();
    expect(out.hasAttribute('data-loading')).toBe(false);
    expect(out.textContent).toBe('crunched 3');
  });
});
