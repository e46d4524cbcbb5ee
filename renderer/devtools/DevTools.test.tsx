// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BottomPanel } from '../bottom/BottomPanel';
import { editor } from '../state/editorStore';
import { openHello } from '../test/fixture';
import { useCascades, type Cascade } from './cascadeStore';

// Monaco needs a real browser; the panel around it is enough here.
vi.mock('../panels/callbacks/CallbackEditor', () => ({
  default: ({ callbackId }: { callbackId: string }) => <div data-testid="callback-editor" data-callback-id={callbackId} />,
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;
beforeEach(() => {
  openHello();
  useCascades.getState().clear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const byId = (id: string) => host.querySelector<HTMLElement | SVGElement>(`[data-testid="${id}"]`);
function click(id: string): void {
  const el = byId(id);
  if (!el) throw new Error(`no ${id}`);
  act(() => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
}

const cascade = (over: Partial<Cascade> = {}): Cascade => ({
  seq: 2,
  initial: false,
  trigger: ['n.value'],
  startedAt: Date.now(),
  ms: 6.1,
  ran: [{ callback: 'double', placement: 'server', ms: 4.25, cache: 'hit' }],
  requests: 1,
  errors: [],
  ...over,
});

async function showTab(tab: 'devtools' | 'graph'): Promise<void> {
  await act(async () => root.render(<BottomPanel />));
  click(`tab-${tab}`);
}

describe('Dev tools tab', () => {
  it('shows each callback’s last run on its graph node and lists the cascades', async () => {
    await showTab('devtools');
    expect(byId('devtools-graph')).not.toBeNull();
    expect(byId('devtools-node-double')?.hasAttribute('data-ms')).toBe(false);
    expect(byId('devtools-node-double')?.textContent).toContain('not run yet');
    act(() => {
      useCascades.getState().add(cascade({ seq: 1, initial: true, trigger: [], ran: [{ callback: 'double', placement: 'server', ms: 9 }] }));
      useCascades.getState().add(cascade({ errors: ['double'] }));
    });
    const node = byId('devtools-node-double')!;
    expect(node.getAttribute('data-ms')).toBe('4.25');
    expect(node.getAttribute('data-cache')).toBe('hit');
    expect(node.getAttribute('data-placement')).toBe('server');
    expect(node.textContent).toContain('n.value');
    expect(node.classList.contains('is-failed')).toBe(true);
    const rows = host.querySelectorAll('[data-testid="devtools-cascade"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.getAttribute('data-trigger')).toBe('n.value'); // newest first
    expect(rows[0]!.textContent).toMatch(/n\.value.*1 req · 6\.1 ms/);
    expect(rows[0]!.textContent).toContain('Error in double');
    expect(rows[1]!.textContent).toContain('initial load');
  });

  it('opens a callback’s code from its graph node: active callback, Callbacks tab', async () => {
    act(() => useCascades.getState().add(cascade()));
    await showTab('devtools');
    act(() => editor().setActiveCallback(null));
    click('devtools-node-double');
    expect(editor().session.activeCallbackId).toBe('double');
    expect(editor().session.bottomTab).toBe('callbacks');
    await act(async () => {});
    const item = byId('callback-item-double')!;
    expect(item.getAttribute('aria-current')).toBe('true');
    expect(item.textContent).toContain('4.3 ms'); // the duration reaches the callbacks list
  });

  it('opens a callback’s code from a cascade row', async () => {
    act(() => useCascades.getState().add(cascade()));
    await showTab('devtools');
    click('devtools-run-double');
    expect(editor().session.activeCallbackId).toBe('double');
    expect(editor().session.bottomTab).toBe('callbacks');
  });
});

describe('Graph tab', () => {
  it('draws the wiring without timings; a component node selects it, a callback node opens its code', async () => {
    act(() => useCascades.getState().add(cascade()));
    await showTab('graph');
    expect(byId('graph-graph')).not.toBeNull();
    expect(byId('graph-node-double')?.hasAttribute('data-ms')).toBe(false);
    expect(byId('graph-node-double')?.textContent).toContain('1 in · 1 out');
    click('graph-prop-out.text');
    expect(editor().session.selection).toEqual(['out']);
    expect(byId('graph-prop-out.text')?.classList.contains('is-selected')).toBe(true);
    click('graph-node-double');
    expect(editor().session.activeCallbackId).toBe('double');
    expect(editor().session.bottomTab).toBe('callbacks');
  });

  it('shows a placeholder for a project without callbacks', async () => {
    act(() => {
      const s = editor();
      s.loadDocument({ dir: '/tmp/empty', project: { ...s.project, callbacks: [] }, callbacks: {}, components: {} });
    });
    await showTab('graph');
    expect(byId('graph-empty')).not.toBeNull();
  });
});
