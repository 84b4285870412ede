import Feature from 'ol/Feature.js';
import Modify from 'ol/interaction/Modify.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { reshapeStyle } from './styles.mjs';

/** A saved hotspot's boundary (GeoJSON, WGS84) whose corners the user drags; each finished drag goes to reshaped(geometry as JSON text). */
export function reshaping(map, geoJson, reshaped, zIndex) {
  const source = new VectorSource();
  map.addLayer(new VectorLayer({ source, style: reshapeStyle, zIndex }));
  let modify = null;
  return {
    set(boundary) {
      source.clear();
      if (modify) map.removeInteraction(modify);
      modify = null;
      if (!boundary) return;
      const shape = new Feature(geoJson.readGeometry(boundary));
      source.addFeature(shape);
      modify = new Modify({ source });
      modify.on('modifyend', () => reshaped(JSON.stringify(geoJson.writeGeometryObject(shape.getGeometry(), { decimals: 8 }))));
      map.addInteraction(modify);
      map.getView().fit(shape.getGeometry().getExtent(), { padding: [120, 120, 120, 120] });
    },
  };
}
