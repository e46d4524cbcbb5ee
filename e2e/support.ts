import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';

export const ROOT = resolve(import.meta.dirname, '..');

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dw-${prefix}-`));
}

export interface Running {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Start a process and wait until it prints a line matching `ready` (which must capture the URL). */
export function startProcess(command: string, args: string[], options: { cwd?: string; env?: Record<string, string>; ready: RegExp; timeoutMs?: number }): Promise<Running> {
  const child: ChildProcess = spawn(command, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${command} ${args.join(' ')}:\n${output}`)), options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = options.ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({
          url: match[1],
          output: () => output,
          stop: () => new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 3000).unref();
          }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * `dashwright edit` in browser mode, with its own state folder. Every folder counts as trusted
 * (DASHWRIGHT_TRUST_ALL) unless `trustAll: false`: specs that are not about workspace trust
 * open copies of examples and expect their callbacks to run.
 */
export function startEditor(stateDir: string, options: { trustAll?: boolean } = {}): Promise<Running> {
  return startProcess(process.execPath, [join(ROOT, 'bin', 'dashwright.mjs'), 'edit', '--no-open', '--port', '0'], {
    env: { DASHWRIGHT_HOME: stateDir, ...(options.trustAll === false ? {} : { DASHWRIGHT_TRUST_ALL: '1' }) },
    ready: /Dashwright editor: (http:\/\/\S+)/,
  });
}

/** An exported app, started the way its README says. */
export function startExported(dir: string, port: number): Promise<Running> {
  return startProcess(process.execPath, ['server.mjs'], { cwd: dir, env: { PORT: String(port) }, ready: /is running at (http:\/\/\S+)/ });
}

/** Set a range input the way a user dragging it would: value change plus input/change events. */
export async function setRange(page: Page, selector: string, value: number): Promise<void> {
  await setRangeOf(page.locator(selector), value);
}

export async function setRangeOf(locator: Locator, value: number): Promise<void> {
  await locator.evaluate((el, v) => {
    const input = el as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, String(v));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

export function freePort(): number {
  return 20_000 + Math.floor(Math.random() * 20_000);
}
