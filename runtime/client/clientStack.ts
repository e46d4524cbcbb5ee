import type { FetchLike } from './requests';

/**
 * Maps the frames of a client callback's error stack to callbacks/<id>.ts lines. Browsers do not
 * apply source maps to error.stack, so we read the inline map the server put at the end of the
 * client callbacks module (fetched once, only when an error happens) and look frames up in it.
 */

interface Consumer {
  originalPositionFor(pos: { line: number; column: number }): { source: string | null; line: number | null; column: number | null };
}

const consumers = new Map<string, Promise<Consumer | null>>();

async function consumerFor(moduleUrl: string, fetchFn: FetchLike): Promise<Consumer | null> {
  try {
    const text = await (await fetchFn(moduleUrl)).text();
    const inline = /sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(text);
    if (!inline) return null;
    const map = JSON.parse(atob(inline[1])) as unknown;
    const mod = (await import('source-map-js')) as typeof import('source-map-js') & { default?: typeof import('source-map-js') };
    // A CommonJS package: bundled for the browser, its exports may sit under `default`.
    const SourceMapConsumer = mod.SourceMapConsumer ?? mod.default?.SourceMapConsumer;
    return new SourceMapConsumer(map as ConstructorParameters<typeof SourceMapConsumer>[0]) as unknown as Consumer;
  } catch {
    return null;
  }
}

/** Frames in the module (by its URL, or a data: URL it was imported from) rewritten to their .ts source. */
export async function mapClientStack(stack: string | undefined, moduleUrl: string | null, fetchFn: FetchLike): Promise<string | undefined> {
  if (!stack || !moduleUrl) return stack;
  if (!consumers.has(moduleUrl)) consumers.set(moduleUrl, consumerFor(moduleUrl, fetchFn));
  const consumer = await consumers.get(moduleUrl)!;
  if (!consumer) return stack;
  const base = moduleUrl.split('?')[0];
  const relative = base.replace(/^\.?\//, '');
  const ours = (url: string): boolean => {
    const bare = url.split('?')[0];
    // data: (imported from text), the same URL, or the absolute form of a relative one (a worker's frames)
    return url.startsWith('data:') || bare.startsWith(base) || base.endsWith(bare) || (!/^[a-z]+:/.test(base) && bare.endsWith(`/${relative}`));
  };
  return stack.replace(/((?:[a-z]+:)?[^\s()@]*?):(\d+):(\d+)/g, (whole, url: string, line: string, column: string) => {
    if (!ours(url)) return whole;
    const pos = consumer.originalPositionFor({ line: Number(line), column: Number(column) - 1 });
    return pos.source && pos.line ? `${pos.source}:${pos.line}:${(pos.column ?? 0) + 1}` : whole;
  });
}
