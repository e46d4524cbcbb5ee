import { defineComponent } from '../define';
import { mapProps } from './props';
import { MapView } from './view';

export default defineComponent({
  type: 'map',
  label: 'Map',
  icon: 'Map',
  group: 'Data',
  description: 'A Leaflet map with markers and GeoJSON shapes; clicks and the visible bounds are inputs (dash-leaflet)',
  size: { w: 6, h: 8 },
  props: mapProps,
  inputs: ['clickedLatLng', 'clickedMarker', 'clickedFeature', 'bounds'],
  inspector: {
    center: { editor: 'json', help: '[lat, lon] of the view\'s centre' },
    markers: { editor: 'json', help: '[{ "id", "lat", "lon", "label" }]; a click sets clickedMarker to the id' },
    geojson: { editor: 'json', label: 'GeoJSON', help: 'A FeatureCollection; a feature\'s properties.color colours it, properties.name is its tooltip' },
    tiles: { label: 'Tiles', help: 'URL template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png; empty = no base layer' },
    tileAttribution: { label: 'Tile credit', help: 'e.g. © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors' },
    showLabels: { label: 'Show labels', help: 'Marker labels beside the markers, not only on hover' },
    clickedLatLng: { hidden: true },
    clickedMarker: { hidden: true },
    clickedFeature: { hidden: true },
    bounds: { hidden: true },
  },
  View: MapView,
});
