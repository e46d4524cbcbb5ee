import { createContext, useContext, type ReactNode } from 'react';

/**
 * How a container (tabs, card) draws what sits in its slots: the page lays children out in a
 * grid of their own, the editor's canvas in a nested editable grid. Provided by whoever renders
 * the components; without a provider a container is empty.
 */
export interface ContainerHost {
  /** The children of `slot` of container `id`, laid out in their grid. */
  renderSlot(id: string, slot: string): ReactNode;
  /** Design mode: the canvas opens a tab (a click on it) without making it a user change. */
  openTab?(id: string, tab: string): void;
}

const noHost: ContainerHost = { renderSlot: () => null };
const ContainerHostContext = createContext<ContainerHost>(noHost);

export const ContainerHostProvider = ContainerHostContext.Provider;

export function useContainerHost(): ContainerHost {
  return useContext(ContainerHostContext);
}
