import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mount {
  /** The React root of this test (a fresh one per test). */
  readonly root: Root;
  /** The element it renders into. */
  readonly host: HTMLDivElement;
  /** The element with this test id inside the host. */
  byId<T extends HTMLElement = HTMLElement>(id: string): T | null;
}

/**
 * A React root per test in a happy-dom test file: made after `setup` (e.g. opening a project)
 * before each test, unmounted and removed after it.
 */
export function mountPerTest(setup: () => void = () => {}): Mount {
  let root: Root | undefined;
  let host: HTMLDivElement | undefined;
  beforeEach(() => {
    setup();
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
  });
  return {
    get root() {
      return root!;
    },
    get host() {
      return host!;
    },
    byId: <T extends HTMLElement = HTMLElement>(id: string) => host!.querySelector<T>(`[data-testid="${id}"]`),
  };
}
