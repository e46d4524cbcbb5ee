import { startProjectServer } from '../projectServer';

export async function serveCommand(opts: { project: string; port?: number; host?: string }): Promise<number> {
  const port = opts.port ?? Number(process.env.PORT ?? 8050);
  const host = opts.host ?? process.env.HOST ?? '127.0.0.1';
  const server = await startProjectServer(opts.project, { port, host });
  process.stdout.write(`serving ${opts.project} at ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
