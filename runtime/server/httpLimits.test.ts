import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../components/catalog';
import { doubleSource, helloManifest, startApp, type RunningApp } from './testkit';

let app: RunningApp;
let port = 0;

beforeAll(async () => {
  app = await startApp(createCatalog(), { manifest: helloManifest(), callbacks: { double: doubleSource } }, { workers: 1, requestTimeoutMs: 400, maxConnections: 3 });
  port = Number(new URL(app.url).port);
}, 20_000);

afterAll(async () => {
  await app?.close();
});

/** Opens a raw connection; resolves with everything the server sent once it closes it. */
function open(): { socket: Socket; received: Promise<string> } {
  const socket = connect(port, '127.0.0.1');
  const received = new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString();
    });
    socket.on('close', () => resolve(text));
    socket.on('error', () => undefined);
  });
  return { socket, received };
}

describe('HTTP limits', () => {
  it('answers 408 to a body that trickles in past REQUEST_TIMEOUT_MS, and keeps serving', async () => {
    const { socket, received } = open();
    socket.write('POST /_dashwright/update HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"changed":');
    expect(await received).toMatch(/^HTTP\/1\.1 408/);
    expect((await app.post({ changed: ['n.value'], values: { 'n.value': 5 } })).json.updates).toEqual({ 'out.text': 'twice 5 is 10' });
  }, 15_000);

  it('drops connections past MAX_CONNECTIONS, and logs it', async () => {
    const held = [open(), open(), open()];
    await Promise.all(held.map(({ socket }) => new Promise((r) => socket.once('connect', r))));
    // The server counts a connection once it accepted it: ask on each, so all three are open there.
    const extra = open();
    expect(await extra.received).toBe('');
    for (const { socket } of held) socket.destroy();
    expect(app.logs.some((l) => l.includes('connection limit reached (3 open)'))).toBe(true);
  }, 15_000);
});
