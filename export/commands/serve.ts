import { startProjectServer } from '../projectServer';
import { shutdownEnv } from '../serverEnv';

export async function serveCommand(opts: { project: string; port?: number; host?: string }): Promise<number> {
  const port = opts.port ?? Number(process.env.PORT ?? 8050);
  const host = opts.host ?? process.env.HOST ?? '127.0.0.1';
  const server = await startProjectServer(opts.project, { port, host });
  process.stdout.write(`serving ${opts.project} at ${server.url}\n`);
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  if (signal === 'SIGTERM') await server.shutdown(shutdownEnv());
  else await server.close();
  return 0;
}
