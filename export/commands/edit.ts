import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startHostServer } from '../../electron/host/httpHost';

export async function editCommand(opts: { project?: string; port?: number; open: boolean }): Promise<number> {
  const host = await startHostServer({ port: opts.port ?? 0 });
  const url = opts.project ? `${host.url}?project=${encodeURIComponent(resolve(opts.project))}` : host.url;
  process.stdout.write(`Dashwright editor: ${url}\n`);
  if (opts.open) openBrowser(url);
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  await host.close();
  return 0;
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser opener here (a server, CI): the URL printed above is enough.
  }
}
