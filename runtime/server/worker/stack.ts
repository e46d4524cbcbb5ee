import { SourceMapConsumer } from 'source-map-js';
import { SOURCE_URL_PREFIX } from './protocol';

const FRAME_LOCATION = new RegExp(`${SOURCE_URL_PREFIX.replace('/', '\\/')}([A-Za-z][A-Za-z0-9_-]*)\\.js:(\\d+):(\\d+)`, 'g');

/**
 * Maps V8 stack frames of loaded callback modules back to their TypeScript sources and drops
 * frames that are not the project's code (worker internals, Node internals).
 */
export class StackMapper {
  private readonly consumers = new Map<string, SourceMapConsumer | null>();

  constructor(private readonly maps: ReadonlyMap<string, string>) {}

  mapStack(stack: string): string {
    const lines = stack.split('\n');
    const firstFrame = lines.findIndex((line) => /^\s+at /.test(line));
    if (firstFrame < 0) return stack;
    const head = lines.slice(0, firstFrame);
    const frames = lines
      .slice(firstFrame)
      .filter((line) => line.includes(SOURCE_URL_PREFIX))
      .map((line) => line.replace(FRAME_LOCATION, (whole, id: string, line: string, column: string) => this.mapLocation(whole, id, Number(line), Number(column))));
    return [...head, ...frames].join('\n');
  }

  private mapLocation(whole: string, id: string, line: number, column: number): string {
    const consumer = this.consumerFor(id);
    if (!consumer) return whole;
    // source-map-js returns nulls (despite its types) when nothing maps there.
    const pos = consumer.originalPositionFor({ line, column: column - 1 }) as {
      source: string | null;
      line: number | null;
      column: number | null;
    };
    if (pos.source === null || pos.line === null) return whole;
    return `${pos.source}:${pos.line}:${(pos.column ?? 0) + 1}`;
  }

  private consumerFor(id: string): SourceMapConsumer | null {
    let consumer = this.consumers.get(id);
    if (consumer === undefined) {
      const map = this.maps.get(id);
      try {
        consumer = map ? new SourceMapConsumer(JSON.parse(map)) : null;
      } catch {
        consumer = null;
      }
      this.consumers.set(id, consumer);
    }
    return consumer;
  }
}
