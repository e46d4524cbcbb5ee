import { join } from 'node:path';
import type { Problem } from '../../runtime/schema/problems';
import type { Project } from '../../runtime/schema/project';
import { createCatalog } from '../../runtime/components/catalog';
import { compileApp } from '../../runtime/server/compile';
import { createAppServer } from '../../runtime/server/appServer';
import { loadClientAssets } from '../../export/clientAssets';

/**
 * The live preview: one runtime server per editor session, the same one exported apps run,
 * hot-swapped on every edit. Its URL stays the same, so the preview iframe only reloads its spec.
 */
export interface PreviewServer {
  url(): Promise<string>;
  update(project: Project, callbacks: Record<string, string>, dir?: string): Promise<{ url: string; problems: Problem[] }>;
  close(): Promise<void>;
}

export function createPreviewServer(options: { host?: string } = {}): PreviewServer {
  let started: Promise<{ server: Awaited<ReturnType<typeof createAppServer>>; url: string }> | undefined;
  let latest = 0;
  let chain: Promise<unknown> = Promise.resolve();

  function start() {
    started ??= (async () => {
      const server = await createAppServer({ catalog: createCatalog(), clientAssets: await loadClientAssets() });
      const { url } = await server.listen(0, options.host ?? '127.0.0.1');
      return { server, url };
    })();
    return started;
  }

  return {
    async url() {
      return (await start()).url;
    },
    update(project, callbacks, dir) {
      const ticket = ++latest;
      const run = async () => {
        const { server, url } = await start();
        const app = await compileApp({ project, callbacks, dir });
        // A newer edit arrived while this one compiled: let it win.
        if (ticket === latest) await server.setApp(app, dir ? join(dir, 'data') : undefined);
        return { url, problems: app.problems };
      };
      const result = chain.then(run, run);
      chain = result.catch(() => undefined);
      return result;
    },
    async close() {
      if (started) await (await started).server.close();
    },
  };
}
