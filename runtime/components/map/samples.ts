/** A value for every prop of this type: the conformance suite sets them all from one callback. */
export default {
  "center": [51.5, -0.12],
  "zoom": 9,
  "markers": [{ "id": "hq", "lat": 51.5, "lon": -0.12, "label": "Head office" }],
  "geojson": {
    "type": "FeatureCollection",
    "features": [
      { "type": "Feature", "properties": { "name": "Zone A" }, "geometry": { "type": "Polygon", "coordinates": [[[-0.2, 51.4], [0, 51.4], [0, 51.6], [-0.2, 51.4]]] } }
    ]
  },
  "tiles": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  "tileAttribution": "© OpenStreetMap contributors",
  "showLabels": true,
  "clickedLatLng": [51.49, -0.1],
  "clickedMarker": "hq",
  "clickedFeature": { "name": "Zone A" },
  "bounds": [[51.3, -0.5], [51.7, 0.3]]
};
