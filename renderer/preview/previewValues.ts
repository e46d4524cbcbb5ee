import { create } from 'zustand';

/** Component id → prop → value, as the running preview last set it. */
export type PreviewValues = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

interface PreviewValuesState {
  values: PreviewValues;
  /** Whether the design canvas draws them (a toggle over the canvas). */
  shown: boolean;
  /** One 'dashwright:values' message: merged into what is known, or replacing it after a reload. */
  receive(reset: boolean, values: PreviewValues): void;
  clear(): void;
  setShown(shown: boolean): void;
}

/**
 * What the preview's app produced (callback outputs, values typed into it), so the design
 * canvas can draw a chart's last figure or a text's last text. Session data: not in the
 * document, not undoable, never saved; cleared when another project opens.
 */
export const usePreviewValues = create<PreviewValuesState>()((set) => ({
  values: {},
  shown: true,
  receive: (reset, values) =>
    set((s) => {
      const next: Record<string, Readonly<Record<string, unknown>>> = reset ? {} : { ...s.values };
      for (const [id, props] of Object.entries(values)) next[id] = { ...next[id], ...props };
      return { values: next };
    }),
  clear: () => set({ values: {} }),
  setShown: (shown) => set({ shown }),
}));

/** The props a canvas item draws: the project's, with the preview's values over them. */
export function withPreviewValues<T extends { props: Readonly<Record<string, unknown>> }>(component: T, values: Readonly<Record<string, unknown>> | undefined): T {
  if (!values) return component;
  return { ...component, props: { ...component.props, ...values } };
}
