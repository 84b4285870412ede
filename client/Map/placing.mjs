import Feature from 'ol/Feature.js';
import Point from 'ol/geom/Point.js';
import Draw from 'ol/interaction/Draw.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { getCenter } from 'ol/extent.js';
import { describePosition } from './grid.mjs';
import { draftStyle } from './styles.mjs';

/**
 * Choosing where a new annotation goes: in 'point' mode a click places it, in 'area' mode the user draws a polygon
 * (double-click closes it). Each choice goes to place(geometry as GeoJSON in WGS84, a readable location); the page
 * decides what stays drawn through show(geometry).
 */
export function placement(map, geoJson, place, zIndex) {
  const source = new VectorSource();
  map.addLayer(new VectorLayer({ source, style: draftStyle, zIndex }));
  const draw = new Draw({ type: 'Polygon', style: draftStyle, stopClick: true });
  draw.on('drawend', (event) => {
    const polygon = event.feature.getGeometry();
    const corners = polygon.getCoordinates()[0].length - 1;
    place(geoJson.writeGeometryObject(polygon, { decimals: 7 }), `Area of ${corners} corners around ${describePosition(getCenter(polygon.getExtent()))}`);
  });
  let mode = null;

  return {
    /** True when a click on the map places the annotation rather than picking a feature. */
    get active() { return mode !== null; },
    click(coordinate) {
      if (mode === 'point') place(geoJson.writeGeometryObject(new Point(coordinate), { decimals: 7 }), `Point at ${describePosition(coordinate)}`);
    },
    setMode(next) {
      mode = next;
      map.removeInteraction(draw);
      if (next === 'area') map.addInteraction(draw);
    },
    show(geometry) {
      source.clear();
      if (geometry) source.addFeature(new Feature(geoJson.readGeometry(geometry)));
      return source.getFeatures().length;
    },
  };
}
