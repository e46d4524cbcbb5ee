// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { flush, mount, type Mounted } from '../testkit';
import { attributionHtml } from './layers';

let mounted: Mounted | null = null;
// Leaflet is imported lazily by the view: load it once here so each mount resolves it within act().
beforeAll(async () => {
  await import('leaflet');
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const markers = [
  { id: 'depot', lat: 52.52, lon: 13.4, label: 'Depot <b>north</b>' },
  { id: 'site', lat: 52.5, lon: 13.45, label: 'Site 7' },
];
const zone = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { name: 'Zone A', crew: 3 }, geometry: { type: 'Polygon', coordinates: [[[13.3, 52.45], [13.5, 52.45], [13.5, 52.55], [13.3, 52.45]]] } }],
};

/** Mounts a map with real Leaflet; `render(next)` re-renders it with new props, as a callback would. */
async function map(props: Record<string, unknown>, mode: 'app' | 'design' = 'app') {
  const setProp = vi.fn();
  let current = props;
  const element = () => <ComponentFrame id="m" type="map" props={builtinRegistry.withDefaults('map', current)} setProp={setProp} mode={mode} />;
  mounted = await mount(element());
  await flush();
  expect(mounted.container.querySelector('.leaflet-container')).not.toBeNull();
  const root = mounted.container.querySelector<HTMLElement>('#m')!;
  return {
    root,
    setProp,
    async render(next: Record<string, unknown>) {
      current = { ...current, ...next };
      await act(async () => mounted!.root.render(element()));
    },
  };
}

const click = async (el: Element): Promise<void> => {
  await act(async () => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 10, clientY: 10 }));
  });
};

describe('map', () => {
  it('draws a Leaflet map with a marker element per marker, its label as title (never parsed as HTML)', async () => {
    const { root } = await map({ center: [52.5, 13.4], zoom: 11, markers });
    const icons = [...root.querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
    expect(icons.map((i) => i.title)).toEqual(['Depot <b>north</b>', 'Site 7']);
    expect(root.querySelector('.dw-map-pin')).not.toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.leaflet-tile-pane')!.children.length).toBe(0); // no tiles by default
  });

  it('a marker click sets clickedMarker; the clicked one is highlighted when it comes back', async () => {
    const m = await map({ center: [52.5, 13.4], zoom: 11, markers });
    await click(m.root.querySelectorAll('.leaflet-marker-icon')[1]!);
    expect(m.setProp).toHaveBeenCalledWith('clickedMarker', 'site');
    await m.render({ clickedMarker: 'site' });
    const selected = m.root.querySelector<HTMLElement>('.dw-map-marker-selected');
    expect(selected?.title).toBe('Site 7');
  });

  it('a feature click reports its properties; the GeoJSON is drawn as a path', async () => {
    const m = await map({ center: [52.5, 13.4], zoom: 11, geojson: zone });
    const path = m.root.querySelector('path.leaflet-interactive');
    expect(path).not.toBeNull();
    await click(path!);
    expect(m.setProp).toHaveBeenCalledWith('clickedFeature', { name: 'Zone A', crew: 3 });
  });

  it('new markers, geojson, centre and tiles from a callback update the same map', async () => {
    const m = await map({ center: [52.5, 13.4], zoom: 11, markers });
    const container = m.root.querySelector('.leaflet-container');
    await m.render({ markers: [markers[0]], geojson: zone, center: [48.85, 2.35], zoom: 9, tiles: 'https://tile.example.com/{z}/{x}/{y}.png', tileAttribution: '© <a href="https://example.com">Example</a> <img src=x onerror=alert(1)>' });
    expect(m.root.querySelector('.leaflet-container')).toBe(container);
    expect(m.root.querySelectorAll('.leaflet-marker-icon')).toHaveLength(1);
    expect(m.root.querySelector('path.leaflet-interactive')).not.toBeNull();
    const attribution = m.root.querySelector('.leaflet-control-attribution')!;
    expect(attribution.querySelector('a[href="https://example.com"]')?.textContent).toBe('Example');
    expect(attribution.querySelector('img')).toBeNull();
    expect(m.root.querySelector('.leaflet-tile-pane .leaflet-layer')).not.toBeNull();
    await m.render({ tiles: '' });
    expect(m.root.querySelector('.leaflet-tile-pane .leaflet-layer')).toBeNull();
  });

  it('after a zoom, bounds reports the view as [[south, west], [north, east]] around the centre', async () => {
    // happy-dom does no layout: give the map a size Leaflet can read.
    const saved = ['clientWidth', 'clientHeight'].map((name) => [name, Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)] as const);
    const size = (value: number) => ({ configurable: true, get(this: HTMLElement) { return this.classList.contains('dw-map-canvas') ? value : 0; } });
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', size(400));
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', size(300));
    try {
      const m = await map({ center: [52.5, 13.4], zoom: 10 });
      await click(m.root.querySelector('.leaflet-control-zoom-in')!);
      await vi.waitFor(() => expect(m.setProp).toHaveBeenCalledWith('bounds', expect.any(Array)));
      const [[south, west], [north, east]] = m.setProp.mock.calls.find(([prop]) => prop === 'bounds')![1] as number[][] as [number, number][];
      expect(south).toBeLessThan(52.5);
      expect(north).toBeGreaterThan(52.5);
      expect(west).toBeLessThan(13.4);
      expect(east).toBeGreaterThan(13.4);
      // At zoom 11, 400 px span 400 / 256 / 2^11 of 360°: about 0.27°.
      expect(east - west).toBeCloseTo((400 / 256 / 2 ** 11) * 360, 2);
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
        else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
      }
    }
  });

  it('GeoJSON Leaflet cannot read is reported on the map, not thrown', async () => {
    const m = await map({ geojson: { type: 'Feature', geometry: { type: 'Nonsense', coordinates: [] } } });
    expect(m.root.textContent).toContain('GeoJSON not drawn');
  });

  it('design mode draws markers but reports no clicks', async () => {
    const m = await map({ center: [52.5, 13.4], zoom: 11, markers, geojson: zone }, 'design');
    await click(m.root.querySelector('.leaflet-marker-icon')!);
    await click(m.root.querySelector('path.leaflet-interactive')!);
    expect(m.setProp).not.toHaveBeenCalled();
  });

  it('attributionHtml keeps text and http(s) links only', () => {
    expect(attributionHtml('© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors')).toBe(
      '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap</a> contributors',
    );
    expect(attributionHtml('<script>x</script><a href="javascript:1">y</a>')).toBe('&#60;script&#62;x&#60;/script&#62;&#60;a href=&#34;javascript:1&#34;&#62;y&#60;/a&#62;');
  });
});
