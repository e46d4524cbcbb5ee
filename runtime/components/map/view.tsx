import type * as Leaflet from 'leaflet';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import { attributionHtml, boundsOf, createShapes, drawMarkers, drawShapes, round, type LeafletApi } from './layers';
import type { MapProps } from './props';

/** Loaded on first use, so pages without a map never fetch Leaflet (a separate chunk). */
export async function loadLeaflet(): Promise<LeafletApi> {
  const mod: unknown = await import('leaflet');
  return ((mod as { default?: unknown }).default ?? mod) as LeafletApi;
}

interface Live {
  map: Leaflet.Map;
  markers: Leaflet.LayerGroup;
  shapes: Leaflet.GeoJSON;
  tiles: Leaflet.TileLayer | null;
}

const LEAFLET_CREDIT = '<a href="https://leafletjs.com" target="_blank" rel="noopener noreferrer">Leaflet</a>';

/**
 * A Leaflet map filling its card: markers, a GeoJSON layer and optional tiles. Clicks (on the
 * map, a marker, a feature) and the view's bounds after a move are inputs. The map is made once;
 * new props from a callback update its layers and view in place. On the design canvas it draws
 * but reports nothing.
 */
export function MapView({ props, setProp, mode, loadLeafletApi = loadLeaflet }: ViewProps<MapProps> & { loadLeafletApi?: () => Promise<LeafletApi> }): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const [L, setL] = useState<LeafletApi | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [shapeError, setShapeError] = useState<string | null>(null);
  const live = useRef<Live | null>(null);
  const latest = useRef({ props, setProp, interactive: mode === 'app' });
  const [lat, lon] = props.center;
  const { zoom, markers, geojson, tiles, tileAttribution, showLabels, clickedMarker } = props;
  const interactive = mode === 'app';

  useEffect(() => {
    latest.current = { props, setProp, interactive };
  });

  useEffect(() => {
    let active = true;
    loadLeafletApi().then(
      (api) => active && setL(() => api),
      (err: unknown) => active && setFailure(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      active = false;
    };
  }, [loadLeafletApi]);

  useEffect(() => {
    const el = ref.current;
    if (!L || !el) return;
    const emit = <K extends keyof MapProps & string>(prop: K, value: MapProps[K]): void => {
      if (latest.current.interactive) latest.current.setProp(prop, value);
    };
    const first = latest.current.props;
    const map = L.map(el, {
      center: first.center,
      zoom: first.zoom,
      keyboard: interactive,
      dragging: interactive,
      scrollWheelZoom: interactive,
      doubleClickZoom: interactive,
      boxZoom: interactive,
      touchZoom: interactive,
      zoomSnap: 0.25,
    });
    map.attributionControl.setPrefix(LEAFLET_CREDIT);
    const accent = getComputedStyle(el).getPropertyValue('--dw-accent').trim() || '#2563eb';
    const shapes = createShapes(L, { accent, onClick: (properties) => emit('clickedFeature', properties) }).addTo(map);
    const markerGroup = L.layerGroup().addTo(map);
    live.current = { map, markers: markerGroup, shapes, tiles: null };
    let lastBounds = JSON.stringify(boundsOf(map));
    map.on('click', (e: Leaflet.LeafletMouseEvent) => emit('clickedLatLng', [round(e.latlng.lat), round(e.latlng.lng)]));
    map.on('moveend', () => {
      const bounds = boundsOf(map);
      const text = JSON.stringify(bounds);
      if (text === lastBounds) return;
      lastBounds = text;
      emit('bounds', bounds);
    });
    let frame = 0;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => map.invalidateSize({ animate: false }));
    });
    observer?.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      map.remove();
      live.current = null;
    };
  }, [L, interactive]);

  useEffect(() => {
    const map = live.current?.map;
    if (!map) return;
    // The card may have been resized since Leaflet last measured it (the observer waits a frame).
    map.invalidateSize({ animate: false });
    const c = map.getCenter();
    if (round(c.lat) !== round(lat) || round(c.lng) !== round(lon) || map.getZoom() !== zoom) map.setView([lat, lon], zoom);
  }, [L, interactive, lat, lon, zoom]);

  useEffect(() => {
    const current = live.current;
    if (!L || !current) return;
    drawMarkers(L, current.markers, markers, {
      selected: clickedMarker,
      showLabels,
      interactive,
      onClick: (id) => latest.current.interactive && latest.current.setProp('clickedMarker', id),
    });
  }, [L, interactive, markers, clickedMarker, showLabels]);

  useEffect(() => {
    const current = live.current;
    if (!current) return;
    setShapeError(drawShapes(current.shapes, geojson));
  }, [L, interactive, geojson]);

  useEffect(() => {
    const current = live.current;
    if (!L || !current) return;
    current.tiles?.remove();
    current.tiles = tiles.trim() ? L.tileLayer(tiles.trim(), { attribution: attributionHtml(tileAttribution), maxZoom: 19 }).addTo(current.map) : null;
  }, [L, interactive, tiles, tileAttribution]);

  return (
    <div className="dw-map">
      <div ref={ref} className="dw-map-canvas" />
      {!L && !failure ? <div className="dw-map-status">Loading map…</div> : null}
      {failure ? <div className="dw-map-status dw-map-error">Map failed: {failure}</div> : null}
      {shapeError ? <div className="dw-map-note" role="status">GeoJSON not drawn: {shapeError}</div> : null}
    </div>
  );
}
