// Load with wrk (Debian's package; DESIGN §7): a C load generator that stays cheaper than the
// servers it measures on the same cores, unlike a Node client.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

export interface WrkResult {
  rps: number;
  p50: number;
  p99: number;
  /** Non-2xx answers plus socket errors. */
  errors: number;
}

export const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk';

export function haveWrk(): boolean {
  return existsSync(WRK);
}

const scripts = new Map<string, string>();

/** A wrk Lua script that POSTs `body` as JSON. */
function postScript(body: string): string {
  let file = scripts.get(body);
  if (!file) {
    file = join(mkdtempSync(join(os.tmpdir(), 'dw-wrk-')), 'post.lua');
    writeFileSync(file, `wrk.method = "POST"\nwrk.body = ${JSON.stringify(body)}\nwrk.headers["Content-Type"] = "application/json"\n`);
    scripts.set(body, file);
  }
  return file;
}

/** `wrk -t<threads> -c<connections> -d<seconds>s --latency` POSTing `body` to `url`. */
export function wrkPost(url: string, body: string, options: { threads: number; connections: number; seconds: number }): Promise<WrkResult> {
  const args = [`-t${options.threads}`, `-c${options.connections}`, `-d${options.seconds}s`, '--latency', '-s', postScript(body), url];
  return new Promise((resolve, reject) => {
    execFile(WRK, args, { timeout: (options.seconds + 30) * 1000 }, (err, stdout) => {
      if (err) return reject(new Error(`wrk failed: ${err.message}\n${stdout}`));
      resolve(parseWrk(stdout));
    });
  });
}

/** Reads wrk's report: Requests/sec, the 50 % and 99 % latencies, errors. */
export function parseWrk(text: string): WrkResult {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(text)?.[1]);
  if (!Number.isFinite(rps)) throw new Error(`could not read wrk's output:\n${text}`);
  const latency = (q: string): number => {
    const m = new RegExp(`^\\s+${q}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(text);
    if (!m) return 0;
    const v = Number(m[1]);
    return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v;
  };
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(text)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const socketErrors = socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0;
  return { rps, p50: latency('50'), p99: latency('99'), errors: non2xx + socketErrors };
}
