/** The MIME type a palette drag carries; its data is the component type. */
export const COMPONENT_MIME = 'application/x-dashwright-component';

let dragging: string | null = null;

/**
 * The type being dragged from the palette right now. `dragover` events cannot read
 * dataTransfer data, so the canvas asks here for the size of the drop placeholder.
 */
export const paletteDrag = {
  start(type: string): void {
    dragging = type;
  },
  end(): void {
    dragging = null;
  },
  current(): string | null {
    return dragging;
  },
};
