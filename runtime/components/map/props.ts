import { z } from 'zod';
import { tsNamed } from '../tsType';

const latLng = tsNamed(z.tuple([z.number(), z.number()]), 'LatLng');

export const mapMarker = tsNamed(
  z.object({
    id: z.string().min(1),
    lat: z.number(),
    lon: z.number(),
    label: z.string().default(''),
  }),
  'MapMarker',
);
export type MapMarker = z.output<typeof mapMarker>;

/** A GeoJSON object as Leaflet takes it (FeatureCollection, Feature or geometry); not checked further here. */
const geojson = tsNamed(z.record(z.string(), z.unknown()), 'GeoJson');

export const mapProps = z.object({
  /** [lat, lon] of the view's centre. */
  center: latLng.default([20, 0]),
  zoom: z.number().min(0).max(22).default(2),
  markers: z.array(mapMarker).default([]),
  geojson: geojson.nullable().default(null),
  /** A tile URL template ("https://tile.openstreetmap.org/{z}/{x}/{y}.png"); empty = no base layer. */
  tiles: z.string().default(''),
  /** Credit for the tiles, shown in the corner (HTML allowed, as Leaflet takes it). */
  tileAttribution: z.string().default(''),
  /** Show each marker's label beside it, not only on hover. */
  showLabels: z.boolean().default(false),
  /** [lat, lon] of the last click on the map (an input). */
  clickedLatLng: latLng.nullable().default(null),
  /** Id of the last marker clicked (an input). */
  clickedMarker: z.string().nullable().default(null),
  /** Properties of the last GeoJSON feature clicked (an input). */
  clickedFeature: z.record(z.string(), z.unknown()).nullable().default(null),
  /** [[south, west], [north, east]] of the view after the user pans or zooms (an input). */
  bounds: tsNamed(z.tuple([latLng, latLng]), 'LatLngBounds').nullable().default(null),
});
export type MapProps = z.output<typeof mapProps>;
