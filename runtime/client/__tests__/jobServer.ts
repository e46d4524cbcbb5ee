import { argName } from '../../schema/project';
import type { AppSpec } from '../../contracts/spec';
import type { JobStatus, UpdateRequest, UpdateResponse } from '../../contracts/wire';
import type { FetchLike } from '../requests';
import { BASE, type ServerFn } from './fakeServer';

/**
 * A stand-in for runtime/server with background jobs: a background callback in a request
 * becomes a job the test moves along (progress, finish, fail); the others run from `fns`.
 * Callbacks listed in `cached` answer "hit" after their first run with the same arguments.
 */
export function jobServer(spec: AppSpec, fns: Record<string, ServerFn>, cached: string[] = []) {
  const jobs = new Map<string, JobStatus>();
  const log: string[] = [];
  const seen = new Set<string>();
  let next = 0;

  function update(req: UpdateRequest): UpdateResponse {
    const values: Record<string, unknown> = { ...req.values };
    const response: UpdateResponse = { updates: {}, ran: [], errors: [], timings: {} };
    const fresh = new Set(req.changed);
    for (const id of req.callbacks ?? []) {
      const c = spec.callbacks.find((x) => x.id === id)!;
      if (!req.initial && !c.inputs.some((b) => fresh.has(`${b.id}.${b.prop}`))) continue; // not triggered, as on the real server
      const args: Record<string, unknown> = {};
      for (const b of [...c.inputs, ...c.state]) args[argName(b)] = values[`${b.id}.${b.prop}`];
      if (c.background) {
        const job = `job-${++next}`;
        jobs.set(job, { job, callback: id, state: 'running' });
        (response.background ??= []).push({ callback: id, job });
        log.push(`start ${job} ${JSON.stringify(args)}`);
        continue;
      }
      if (cached.includes(id)) {
        const key = `${id}:${JSON.stringify(args)}`;
        (response.cache ??= {})[id] = seen.has(key) ? 'hit' : 'miss';
        seen.add(key);
      }
      const out = c.outputs[0]!;
      const value = fns[id]!(args);
      values[`${out.id}.${out.prop}`] = value;
      fresh.add(`${out.id}.${out.prop}`);
      response.updates[`${out.id}.${out.prop}`] = value;
      response.ran.push(id);
      response.timings![id] = 1.5;
      log.push(`run ${id}`);
    }
    return response;
  }

  const fetch: FetchLike = async (url, init) => {
    const path = url.slice(BASE.length);
    if (path === '/_dashwright/spec') return Response.json(spec);
    if (path === '/_dashwright/update') return Response.json(update(JSON.parse(String(init?.body)) as UpdateRequest));
    const match = /^\/_dashwright\/jobs\/([^/]+)(\/cancel)?$/.exec(path);
    const job = match ? jobs.get(decodeURIComponent(match[1]!)) : undefined;
    if (!job) return Response.json({ error: 'no background job' }, { status: 404 });
    if (match![2]) {
      log.push(`cancel ${job.job}`);
      if (job.state === 'running') jobs.set(job.job, { job: job.job, callback: job.callback, state: 'cancelled' });
    }
    return Response.json(jobs.get(job.job));
  };

  const set = (job: string, status: Partial<JobStatus>): void => {
    const current = jobs.get(job);
    if (!current) throw new Error(`no job ${job}`);
    jobs.set(job, { ...current, ...status });
  };

  return {
    fetch,
    log,
    jobs,
    progress: (job: string, fraction: number, message?: string) => set(job, { progress: message === undefined ? { fraction } : { fraction, message } }),
    finish: (job: string, updates: Record<string, unknown>) =>
      set(job, { state: 'done', progress: undefined, updates, ran: [jobs.get(job)!.callback], errors: [], timings: { [jobs.get(job)!.callback]: 42 } }),
    fail: (job: string, message: string) => set(job, { state: 'error', updates: {}, ran: [jobs.get(job)!.callback], errors: [{ callback: jobs.get(job)!.callback, message }] }),
    forget: (job: string) => jobs.delete(job),
  };
}
