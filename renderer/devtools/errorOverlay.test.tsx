// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashwrightApp } from '../../runtime/client/App';
import { ErrorReport, isEmbedded, sourceLocation } from '../../runtime/client/ErrorOverlay';
import { createAppRuntime } from '../../runtime/client/runtime';
import { appSpec, BASE, cb, comp, fakeServer } from '../../runtime/client/__tests__/fakeServer';
import { fire, mount, type Mounted } from '../../runtime/components/testkit';

// The preview's error overlay (runtime/client/ErrorOverlay.tsx), tested here with the dev tools
// it belongs to.

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const spec = appSpec(
  [comp('n', 'slider', { value: 3, label: 'N' }), comp('ok', 'text', { text: '' }, 2), comp('bad', 'text', { text: '' }, 4)],
  [cb('fine', ['n.value'], ['ok.text']), cb('boom', ['n.value'], ['bad.text'])],
);

async function start(embedded: boolean) {
  const server = fakeServer(spec, {
    fine: ({ value }) => `n is ${String(value)}`,
    boom: ({ value }) => {
      if (Number(value) > 5) throw new Error(`too big: ${String(value)}`);
      return 'small';
    },
  });
  const runtime = createAppRuntime({ baseUrl: BASE, fetch: server.fetch, logger: { error: vi.fn() } });
  mounted = await mount(
    embedded ? (
      <>
        <DashwrightApp runtime={runtime} />
        <ErrorReport runtime={runtime} embedded />
      </>
    ) : (
      <DashwrightApp runtime={runtime} />
    ),
  );
  await act(async () => runtime.load());
  return { runtime, el: mounted.container };
}

describe('the error overlay', () => {
  it('finds the .ts file, line and column in a stack line', () => {
    expect(sourceLocation('at boom (callbacks/boom.ts:4:11)')).toEqual({ file: 'callbacks/boom.ts', line: 4, column: 11 });
    expect(sourceLocation('at file:///home/me/proj/callbacks/draw.ts:12:3')).toEqual({ file: 'callbacks/draw.ts', line: 12, column: 3 });
    expect(sourceLocation('boom@http://127.0.0.1:5000/src/callbacks/boom.tsx:7')).toEqual({ file: 'callbacks/boom.tsx', line: 7 });
    expect(sourceLocation('at boom (http://127.0.0.1:5000/_dashwright/client.js:1:200)')).toBeNull();
    expect(sourceLocation(undefined)).toBeNull();
  });

  it('knows whether the page is framed', () => {
    const top = {} as Window & { parent: Window };
    top.parent = top;
    expect(isEmbedded(top)).toBe(false);
    expect(isEmbedded({ parent: top } as unknown as Window)).toBe(true);
  });

  it('shows a throwing callback as a card (id, message, .ts line) while the other outputs keep working', async () => {
    const { el } = await start(true);
    const post = vi.spyOn(window.parent, 'postMessage').mockImplementation(() => {});
    await fire(el.querySelector<HTMLInputElement>('#n input[type=range]')!, '8');
    const overlay = el.querySelector('[data-testid="error-overlay"]')!;
    expect(overlay).not.toBeNull();
    expect(overlay.querySelector('[data-callback]')!.getAttribute('data-callback')).toBe('boom');
    expect(overlay.querySelector('[data-testid="error-overlay-message"]')!.textContent).toBe('too big: 8');
    expect(overlay.querySelector('[data-testid="error-overlay-location"]')!.textContent).toContain('callbacks/boom.ts:3:9');
    expect(el.querySelector('#ok')!.textContent).toBe('n is 8'); // the other callback still ran
    // "Open boom in the editor" asks the editor to show the callback's code
    const open = [...overlay.querySelectorAll('button')].find((b) => b.textContent?.includes('Open boom'))!;
    await act(async () => open.click());
    expect(post).toHaveBeenCalledWith({ type: 'dashwright:open-callback', callback: 'boom' }, '*');
    post.mockRestore();
    // The app keeps working, a second error stacks (1 of 2 …), dismiss removes the shown one
    await fire(el.querySelector<HTMLInputElement>('#n input[type=range]')!, '9');
    expect(el.querySelector('#ok')!.textContent).toBe('n is 9');
    expect(overlay.textContent).toContain('2 of 2');
    expect(overlay.querySelector('[data-testid="error-overlay-message"]')!.textContent).toBe('too big: 9');
    await act(async () => el.querySelector<HTMLButtonElement>('[data-testid="error-overlay-dismiss"]')!.click());
    expect(el.querySelector('[data-testid="error-overlay-message"]')!.textContent).toBe('too big: 8');
    await act(async () => el.querySelector<HTMLButtonElement>('[data-testid="error-overlay-dismiss"]')!.click());
    expect(el.querySelector('[data-testid="error-overlay"]')).toBeNull();
  });

  it('is not shown by an app that is not framed (exported apps keep the toast)', async () => {
    const { el } = await start(false);
    await fire(el.querySelector<HTMLInputElement>('#n input[type=range]')!, '8');
    expect(el.querySelector('[data-testid="error-overlay"]')).toBeNull();
    expect(el.querySelector('.dw-toast[data-callback="boom"]')).not.toBeNull();
  });
});
