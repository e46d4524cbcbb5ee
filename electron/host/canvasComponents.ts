import { resolve } from 'node:path';
import type { HostResponse } from '../../runtime/contracts/hostChannels';
import { compileProjectComponents } from '../../runtime/server/compile';

/** The project's own components as ES modules for the editor's canvas; a type that does not compile says why. */
export async function buildComponentsForCanvas(components: Record<string, string>, dir?: string): Promise<HostResponse<'components:build'>> {
  const { components: compiled, problems } = await compileProjectComponents(components, dir === undefined ? undefined : resolve(dir));
  const modules = Object.keys(components).map((type) => {
    const found = compiled.find((c) => c.type === type);
    if (found) return { type, code: found.browser };
    const first = problems.find((p) => p.severity === 'error' && p.path.startsWith(`components/${type}/`));
    return { type, error: first ? `${first.path}: ${first.message}` : 'it does not compile' };
  });
  return { modules, problems };
}
