/** Scroll a component's canvas item into view (after the selection re-renders). */
export function revealComponent(id: string): void {
  requestAnimationFrame(() => {
    const el = document.querySelector(`[data-testid="canvas-item-${CSS.escape(id)}"]`);
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'smooth' });
  });
}
