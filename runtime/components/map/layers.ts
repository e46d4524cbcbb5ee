import type * as Leaflet from 'leaflet';
import type { MapMarker } from './props';

export type LeafletApi = typeof Leaflet;

/** Degrees kept in the props a click or a move reports (6 decimals: ~10 cm). */
export function round(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}

export function boundsOf(map: Leaflet.Map): [[number, number], [number, number]] {
  const b = map.getBounds();
  return [
    [round(b.getSouth()), round(b.getWest())],
    [round(b.getNorth()), round(b.getEast())],
  ];
}

/** Text for a Leaflet tooltip, never parsed as HTML (labels come from data). */
function textNode(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const LINK = /<a\s+href="(https?:\/\/[^"<>]*)"\s*>([^<]*)<\/a>/gi;

/**
 * Attribution as Leaflet shows it (HTML), keeping only plain text and http(s) links: enough for
 * "© <a href=…>OpenStreetMap</a> contributors", nothing a callback could use to inject markup.
 */
export function attributionHtml(text: string): string {
  let html = '';
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    html += escapeHtml(text.slice(at, match.index));
    html += `<a href="${escapeHtml(match[1]!)}" target="_blank" rel="noopener noreferrer">${escapeHtml(match[2]!)}</a>`;
    at = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(at));
}

function plain(value: unknown): Record<string, unknown> {
  try {
    const copy = JSON.parse(JSON.stringify(value ?? {})) as unknown;
    return copy && typeof copy === 'object' && !Array.isArray(copy) ? (copy as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A pin drawn in CSS (style.css), so no image files are needed. */
function pinIcon(L: LeafletApi, selected: boolean): Leaflet.DivIcon {
  return L.divIcon({
    className: selected ? 'dw-map-marker dw-map-marker-selected' : 'dw-map-marker',
    html: '<span class="dw-map-pin"></span>',
    iconSize: [24, 30],
    iconAnchor: [12, 27],
    tooltipAnchor: [10, -16],
  });
}

export interface MarkerOptions {
  selected: string | null;
  showLabels: boolean;
  interactive: boolean;
  onClick(id: string): void;
}

/** Replaces the markers of `group`: one Leaflet marker per entry, its label as the element's title. */
export function drawMarkers(L: LeafletApi, group: Leaflet.LayerGroup, markers: readonly MapMarker[], options: MarkerOptions): void {
  group.clearLayers();
  for (const m of markers) {
    if (!Number.isFinite(m.lat) || !Number.isFinite(m.lon)) continue;
    const marker = L.marker([m.lat, m.lon], { icon: pinIcon(L, m.id === options.selected), title: m.label || m.id, keyboard: options.interactive, riseOnHover: true });
    if (m.id === options.selected) marker.setZIndexOffset(1000);
    if (options.showLabels && m.label) marker.bindTooltip(textNode(m.label), { permanent: true, direction: 'right', className: 'dw-map-label' });
    marker.on('click', () => options.onClick(m.id));
    group.addLayer(marker);
  }
}

export interface ShapeOptions {
  accent: string;
  onClick(properties: Record<string, unknown>): void;
}

/** A GeoJSON layer: a feature's `properties.color` colours it, `properties.name` (or `label`) is its tooltip; a click reports its properties. */
export function createShapes(L: LeafletApi, options: ShapeOptions): Leaflet.GeoJSON {
  const colorOf = (feature: { properties?: unknown } | undefined): string => {
    const color = (feature?.properties as { color?: unknown } | undefined)?.color;
    return typeof color === 'string' && color.trim() ? color : options.accent;
  };
  return L.geoJSON(undefined, {
    style: (feature) => ({ color: colorOf(feature), weight: 1.5, opacity: 0.9, fillColor: colorOf(feature), fillOpacity: 0.22 }),
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, { radius: 6, color: colorOf(feature), weight: 2, fillOpacity: 0.6 }),
    onEachFeature: (feature, layer) => {
      const props = (feature.properties ?? {}) as Record<string, unknown>;
      const name = typeof props.name === 'string' ? props.name : typeof props.label === 'string' ? props.label : '';
      if (name) layer.bindTooltip(textNode(name), { sticky: true, className: 'dw-map-label' });
      layer.on('click', () => options.onClick(plain(feature.properties)));
    },
  });
}

/** Draws `geojson` into `shapes` (cleared first); the reason when Leaflet cannot read it. */
export function drawShapes(shapes: Leaflet.GeoJSON, geojson: Readonly<Record<string, unknown>> | null): string | null {
  shapes.clearLayers();
  if (!geojson) return null;
  try {
    shapes.addData(geojson as unknown as Parameters<Leaflet.GeoJSON['addData']>[0]);
    return null;
  } catch (err) {
    shapes.clearLayers();
    return err instanceof Error ? err.message : String(err);
  }
}
