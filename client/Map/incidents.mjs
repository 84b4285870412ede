import LayerGroup from 'ol/layer/Group.js';
import VectorLayer from 'ol/layer/Vector.js';
import WebGLVectorLayer from 'ol/layer/WebGLVector.js';
import VectorSource from 'ol/source/Vector.js';
import { cellStyle } from './cells.mjs';
import { incidentStyle } from './styles.mjs';

/**
 * incidentMap's features as one layer: records seen in full as points coloured by exploitation type (or, past the
 * server's point budget, dark clusters sized by count), and records the viewer may only count as a graduated grid of
 * shaded cells under them. The source is the FeatureCollection as UTF-8 bytes, parsed here only.
 */
export function incidentLayer({ map, geoJson, options, report }) {
  const points = new WebGLVectorLayer({ source: new VectorSource(), style: incidentStyle(options.incidentColours), disableHitDetection: true });
  const cells = new VectorLayer({ source: new VectorSource(), style: cellStyle(options.countClasses) });
  const layer = new LayerGroup({ layers: [cells, points] });
  return {
    layer,
    draw(utf8) {
      const features = geoJson.readFeatures(JSON.parse(new TextDecoder().decode(utf8)));
      // Cells and clusters have no record id: theirs says which one and what count to show.
      features.forEach((f, i) => { if (f.get('kind') !== 'incident') f.setId(`${f.get('kind')}-${i}:${f.get('label')}`); });
      const kinds = { incident: [], incidentCluster: [], incidentCell: [] };
      features.forEach((f) => kinds[f.get('kind')]?.push(f));
      replace(points, [...kinds.incident, ...kinds.incidentCluster]);
      replace(cells, kinds.incidentCell);
      report('incidentPoints', kinds.incident.length);
      report('incidentClusters', kinds.incidentCluster.length);
      return features.length;
    },
    // WebGL hit detection reads pixels back from the GPU; the nearest point within a few pixels is cheaper and exact.
    pick(pixel, coordinate) {
      const nearest = points.getSource().getClosestFeatureToCoordinate(coordinate);
      const [x, y] = nearest?.getGeometry().getCoordinates() ?? [];
      if (nearest && Math.hypot(x - coordinate[0], y - coordinate[1]) <= 8 * map.getView().getResolution()) {
        return { layer: nearest.get('kind') === 'incidentCluster' ? 'incidentClusters' : 'incidents', feature: nearest };
      }
      const cell = map.forEachFeatureAtPixel(pixel, (f) => f, { layerFilter: (l) => l === cells, hitTolerance: 3 });
      return cell ? { layer: 'incidentCells', feature: cell } : null;
    },
    dispose() { points.dispose(); },
  };
}

function replace(layer, features) {
  const source = layer.getSource();
  source.clear(true);
  source.addFeatures(features);
}
