import LayerGroup from 'ol/layer/Group.js';
import ImageLayer from 'ol/layer/Image.js';
import VectorLayer from 'ol/layer/Vector.js';
import ImageStatic from 'ol/source/ImageStatic.js';
import VectorSource from 'ol/source/Vector.js';
import { Fill, Stroke, Style, Text } from 'ol/style.js';

/**
 * The result of a hotspot analysis as one layer group: a kernel density raster under Gi* cells, numbered hotspot
 * outlines and numbered DBSCAN cluster outlines, or emerging hot spot cells; a comparison with a newer run is drawn over
 * them in place of the cells. The source is { run, changes }; changes may be null.
 * colours: { giStarBins: { bin: colour }, densityRamp: [colour…], clusters: [colour…], emergingPatterns: { pattern: colour },
 * changes: { change: colour } }.
 */
export function analysisLayer({ map, geoJson, projection, options, report }) {
  const colours = options.analysisColours;
  const shapes = new VectorLayer({ source: new VectorSource(), style: shapeStyle(colours), declutter: true });
  // Semi-transparent, so the streets and points beneath stay readable through the surface.
  const raster = new ImageLayer({ opacity: 0.7 });
  const changes = new VectorLayer({ source: new VectorSource(), style: (f) => changeStyle(colours.changes, f.get('change')) });
  const layer = new LayerGroup({ layers: [raster, shapes, changes] });

  function draw({ run, changes }) {
    report('comparison', drawChanges(changes));
    return drawRun(run);
  }

  /** Draws run; answers how many features or raster cells were drawn. */
  function drawRun(run) {
    const source = shapes.getSource();
    source.clear(true);
    raster.setSource(null);
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

  function pick(pixel) {
    const cell = map.forEachFeatureAtPixel(pixel, (f) => (['cell', 'emergingCell'].includes(f.get('kind')) ? f : undefined),
      { layerFilter: (l) => l === shapes });
    return cell ? { layer: 'analysisCells', feature: cell } : null;
  }

  return { layer, draw, pick };
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
    // Hotspots and clusters carry the numbers the analysis panel lists them by.
    if (kind === 'hotspot') {
      return new Style({ stroke: new Stroke({ color: '#1a1a1a', width: 2.5 }), text: label(String(feature.get('number')), 14), zIndex: 2 });
    }
    const colour = colours.clusters[feature.get('cluster') % colours.clusters.length];
    const count = feature.get('count');
    return new Style({
      stroke: new Stroke({ color: colour, width: 3 }),
      fill: new Fill({ color: colour + '33' }),
      text: label(`${feature.get('cluster') + 1}: ${count === null || count === undefined ? '<5' : count}`, 12),
      zIndex: 1,
    });
  };
}

function label(text, size) {
  return new Text({
    text, font: `bold ${size}px system-ui, sans-serif`, overflow: true,
    fill: new Fill({ color: '#1a1a1a' }), stroke: new Stroke({ color: '#fff', width: 3.5 }),
  });
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
    if (!(maximum > 0) || !(value > maximum * 0.02)) return;
    const at = Math.min(value / maximum, 1) * (stops.length - 1);
    const low = Math.floor(at), high = Math.min(low + 1, stops.length - 1), t = at - low;
    for (let c = 0; c < 3; c++) image.data[i * 4 + c] = Math.round(stops[low][c] + (stops[high][c] - stops[low][c]) * t);
    // Low densities fade out rather than end at the grid's rectangle: the surface shows where incidents are.
    image.data[i * 4 + 3] = Math.round(255 * Math.min(1, value / maximum / 0.25));
    drawn++;
  });
  context.putImageData(image, 0, 0);
  raster.setSource(new ImageStatic({
    url: canvas.toDataURL(), projection, interpolate: false,
    imageExtent: [minX, minY, minX + columns * cellSize, minY + rows * cellSize],
  }));
  return drawn;
}
