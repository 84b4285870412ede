import LayerGroup from 'ol/layer/Group.js';
import ImageLayer from 'ol/layer/Image.js';
import VectorLayer from 'ol/layer/Vector.js';
import ImageStatic from 'ol/source/ImageStatic.js';
import VectorSource from 'ol/source/Vector.js';
import { Fill, Stroke, Style, Text } from 'ol/style.js';

/**
 * The result of a hotspot analysis as one layer group: a kernel density raster under Gi* cells, hotspot outlines and
 * DBSCAN cluster outlines, or emerging hot spot cells; a comparison with a newer run is drawn over them in place of the cells.
 * colours: { giStarBins: { bin: colour }, densityRamp: [colour…], clusters: [colour…], emergingPatterns: { pattern: colour },
 * changes: { change: colour } }.
 */
export function analysisLayer(colours, geoJson, projection) {
  const shapes = new VectorLayer({ source: new VectorSource(), style: shapeStyle(colours) });
  const raster = new ImageLayer({ opacity: 0.85 });
  const changes = new VectorLayer({ source: new VectorSource(), style: (f) => changeStyle(colours.changes, f.get('change')) });
  const group = new LayerGroup({ layers: [raster, shapes, changes] });

  /** Draws run (or nothing when null); answers how many features or raster cells were drawn. */
  function draw(run) {
    const source = shapes.getSource();
    source.clear(true);
    raster.setSource(null);
    if (!run) return 0;
    const features = [];
    if (run.cells) {
      for (const f of geoJson.readFeatures(run.cells)) {
        f.set('kind', 'cell');
        f.setId(`${f.get('col')},${f.get('row')}`);
        features.push(f);
      }
    }
    if (run.emerging) {
      for (const f of geoJson.readFeatures(run.emerging)) {
        f.set('kind', 'emergingCell');
        f.setId(`${f.get('col')},${f.get('row')}`);
        features.push(f);
      }
    }
    for (const hotspot of run.hotspots ?? []) {
      const f = geoJson.readFeature({ type: 'Feature', geometry: hotspot.shape, properties: { kind: 'hotspot', number: hotspot.number } });
      features.push(f);
    }
    if (run.clusters) {
      for (const f of geoJson.readFeatures(run.clusters)) {
        f.set('kind', 'cluster');
        features.push(f);
      }
    }
    source.addFeatures(features);
    const cells = run.density ? drawDensity(raster, run.density, colours.densityRamp, projection) : 0;
    return features.filter((f) => f.get('kind') !== 'hotspot').length + cells;
  }

  /** Draws a comparison's cells (or takes them away when null); answers how many were drawn. */
  function drawChanges(collection) {
    const source = changes.getSource();
    source.clear(true);
    shapes.setVisible(!collection);
    if (!collection) return 0;
    const features = geoJson.readFeatures(collection);
    source.addFeatures(features);
    return features.length;
  }

  return { group, shapes, draw, drawChanges };
}

const changeStyles = new Map();

function changeStyle(colours, change) {
  if (!changeStyles.has(change)) {
    changeStyles.set(change, new Style({ fill: new Fill({ color: colours[change] }), stroke: new Stroke({ color: '#ffffff', width: 0.5 }) }));
  }
  return changeStyles.get(change);
}

function shapeStyle(colours) {
  const styles = new Map();
  // A nearly invisible fill, so a click anywhere in a not significant cell still finds it.
  const notSignificant = new Style({
    fill: new Fill({ color: 'rgba(255, 255, 255, 0.01)' }), stroke: new Stroke({ color: 'rgba(90, 90, 90, 0.35)', width: 0.5 }),
  });
  return (feature) => {
    const kind = feature.get('kind');
    if (kind === 'cell') {
      const bin = feature.get('bin');
      if (bin === 0) return notSignificant;
      if (!styles.has(bin)) styles.set(bin, new Style({ fill: new Fill({ color: colours.giStarBins[bin] }) }));
      return styles.get(bin);
    }
    if (kind === 'emergingCell') {
      const pattern = feature.get('pattern');
      if (pattern === 'NO_PATTERN') return notSignificant;
      if (!styles.has(pattern)) styles.set(pattern, new Style({ fill: new Fill({ color: colours.emergingPatterns[pattern] }) }));
      return styles.get(pattern);
    }
    if (kind === 'hotspot') {
      return new Style({ stroke: new Stroke({ color: '#1a1a1a', width: 2.5 }), zIndex: 2 });
    }
    const colour = colours.clusters[feature.get('cluster') % colours.clusters.length];
    const count = feature.get('count');
    return new Style({
      stroke: new Stroke({ color: colour, width: 3 }),
      fill: new Fill({ color: colour + '33' }),
      text: new Text({
        text: count === null || count === undefined ? '<5' : String(count), font: 'bold 12px system-ui, sans-serif',
        fill: new Fill({ color: '#1a1a1a' }), stroke: new Stroke({ color: '#fff', width: 3 }),
      }),
      zIndex: 1,
    });
  };
}

// One canvas pixel per density cell: the surface is a regular British National Grid raster, so ImageStatic places it exactly.
function drawDensity(raster, density, ramp, projection) {
  const { minX, minY, cellSize, columns, rows, maximum, perKm2 } = density;
  const canvas = document.createElement('canvas');
  canvas.width = columns;
  canvas.height = rows;
  const context = canvas.getContext('2d');
  const image = context.createImageData(columns, rows);
  const stops = ramp.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
  let drawn = 0;
  perKm2.forEach((value, i) => {
    if (!(value > 0) || !(maximum > 0)) return;
    const at = Math.min(value / maximum, 1) * (stops.length - 1);
    const low = Math.floor(at), high = Math.min(low + 1, stops.length - 1), t = at - low;
    for (let c = 0; c < 3; c++) image.data[i * 4 + c] = Math.round(stops[low][c] + (stops[high][c] - stops[low][c]) * t);
    image.data[i * 4 + 3] = 255;
    drawn++;
  });
  context.putImageData(image, 0, 0);
  raster.setSource(new ImageStatic({
    url: canvas.toDataURL(), projection, interpolate: false,
    imageExtent: [minX, minY, minX + columns * cellSize, minY + rows * cellSize],
  }));
  return drawn;
}
