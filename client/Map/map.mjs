import 'ol/ol.css';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { ScaleLine, defaults as defaultControls } from 'ol/control.js';
import { britishNationalGrid, describePosition } from './grid.mjs';
import { styles } from './layers.mjs';
import { picture } from './picture.mjs';
import { placement } from './placing.mjs';
import { reshaping } from './reshaping.mjs';
import { selectedStyle } from './styles.mjs';

const geoJson = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: britishNationalGrid });
const maps = new WeakMap();
// Above every layer a page can order (their orders are small numbers): what the user is pointing at or editing.
const onTop = 1000;

/**
 * Builds the map in element. A page gives it layers, each a source and a style key from layers.mjs: updateLayer draws
 * one layer's source, setLayers orders, shows, hides and removes them. Selections go to dotnet.Select(layer, id), and
 * each settled view to dotnet.Moved([minX, minY, maxX, maxY] in British National Grid metres, resolution).
 */
export function createMap(element, readout, options, dotnet) {
  const map = new Map({
    target: element,
    view: new View({ projection: britishNationalGrid, center: [416000, 415000], resolution: 40 }),
    controls: defaultControls({ attributionOptions: { collapsible: false } }).extend([new ScaleLine({ units: 'metric' })]),
  });
  const layers = new globalThis.Map();
  const arrangement = new globalThis.Map();
  const report = (name, count) => { element.dataset[`${name}Drawn`] = String(count); };
  const fit = (extent, padding, maxZoom) => map.getView().fit(extent, { padding: [padding, padding, padding, padding], maxZoom });
  const context = { map, geoJson, projection: britishNationalGrid, options, report, fit };
  const selection = new VectorLayer({ source: new VectorSource(), style: selectedStyle, zIndex: onTop });
  map.addLayer(selection);
  const placing = placement(map, geoJson, (geometry, location) => dotnet.invokeMethodAsync('Place', geometry, location), onTop + 1);
  const reshape = reshaping(map, geoJson, (geometry) => dotnet.invokeMethodAsync('Reshaped', geometry), onTop + 1);

  map.on('pointermove', (event) => { readout.textContent = describePosition(event.coordinate); });
  map.on('moveend', () => {
    // Before layout the map has no size, and its extent is a point the server would refuse; the first sized render
    // moves it again.
    const size = map.getSize();
    if (!size || size[0] <= 0 || size[1] <= 0) return;
    const [minX, minY, maxX, maxY] = map.getView().calculateExtent(size);
    if (!(maxX > minX && maxY > minY)) return;
    // Clamped to Great Britain: the server refuses a window outside it.
    const box = [Math.max(minX, 0), Math.max(minY, 0), Math.min(maxX, 700000), Math.min(maxY, 1300000)];
    dotnet.invokeMethodAsync('Moved', box, map.getView().getResolution());
  });
  map.on('singleclick', (event) => {
    if (placing.active) {
      placing.click(event.coordinate);
      return;
    }
    const hit = pick(layers, event.pixel, event.coordinate);
    selection.getSource().clear();
    if (hit) selection.getSource().addFeature(new Feature(hit.feature.getGeometry().clone()));
    dotnet.invokeMethodAsync('Select', hit?.layer ?? null, hit ? String(hit.feature.getId()) : null);
  });

  function arrange(name) {
    const { order, visible, opacity } = arrangement.get(name) ?? { order: 0, visible: true, opacity: 1 };
    const { layer } = layers.get(name);
    layer.setZIndex(order);
    layer.setVisible(visible);
    layer.setOpacity(opacity);
  }

  function remove(name) {
    const drawn = layers.get(name);
    map.removeLayer(drawn.layer);
    drawn.dispose?.();
    layers.delete(name);
    report(name, 0);
  }

  const handle = {
    /** Draws source as layer name in the given style, making the layer the first time (or when its style changes). */
    updateLayer(name, style, source) {
      if (layers.get(name)?.style !== style) {
        if (layers.has(name)) remove(name);
        const made = styles[style](context);
        layers.set(name, { ...made, style });
        map.addLayer(made.layer);
        arrange(name);
      }
      selection.getSource().clear();
      report(name, layers.get(name).draw(source));
    },
    /** [{ name, order, visible, opacity }]: higher orders are drawn on top; layers not listed are taken away. */
    setLayers(list) {
      arrangement.clear();
      for (const item of list) arrangement.set(item.name, item);
      for (const name of [...layers.keys()]) {
        if (arrangement.has(name)) arrange(name);
        else remove(name);
      }
      // Clicks find only what has been drawn: say which layers are shown once they are.
      map.once('rendercomplete', () => {
        element.dataset.layersShown = list.filter((l) => l.visible && layers.has(l.name)).map((l) => l.name).join(' ');
      });
      map.render();
    },
    setReshaping(boundary) {
      reshape.set(boundary);
      if (boundary) element.dataset.reshaping = 'true';
      else delete element.dataset.reshaping;
    },
    setPlacing(mode) {
      placing.setMode(mode);
      element.dataset.placing = mode ?? '';
    },
    setDraft(geometry) { element.dataset.draftDrawn = String(placing.show(geometry)); },
    /** The map as it is drawn now, as a PNG with its scale (and a copy carrying marking), for the print layout. */
    picture(marking) { return picture(map, marking); },
    /** Fits the view to a GeoJSON geometry in WGS84, no closer than street level. */
    fitShape(shape) { fit(geoJson.readGeometry(shape).getExtent(), 48, 17); },
    markReady() {
      map.once('rendercomplete', () => { element.dataset.mapReady = 'true'; });
      map.render();
    },
    dispose() {
      maps.delete(element);
      for (const name of [...layers.keys()]) remove(name);
      map.setTarget(undefined);
    },
  };
  maps.set(element, map);
  return handle;
}

/** For tests and tooling: the pixel of a British National Grid position on the map in element. */
export function pixelOf(element, easting, northing) {
  return maps.get(element)?.getPixelFromCoordinate([easting, northing]) ?? null;
}

/** For tests and tooling: shows the British National Grid window [minX, minY, maxX, maxY] on the map in element. */
export function showWindow(element, extent) {
  maps.get(element)?.getView().fit(extent);
}

/**
 * For tests and tooling: where each numbered stop marker is drawn on the map in element, as a screen box
 * {position, left, top, right, bottom} after the route style has fanned out stops that stand close together.
 */
export function stopMarkers(element) {
  const map = maps.get(element);
  if (!map) return [];
  const resolution = map.getView().getResolution();
  return map.getAllLayers().flatMap((layer) => {
    const style = layer.getStyleFunction?.();
    const features = layer.getSource?.()?.getFeatures?.() ?? [];
    return !style ? [] : features.filter((f) => f.get('kind') === 'stop').map((f) => {
      const image = style(f, resolution).getImage();
      const [dx, dy] = image.getDisplacement();
      const [x, y] = map.getPixelFromCoordinate(f.getGeometry().getCoordinates());
      const r = image.getRadius() + image.getStroke().getWidth() / 2;
      return { position: f.get('position'), left: x + dx - r, top: y - dy - r, right: x + dx + r, bottom: y - dy + r };
    });
  });
}

/** The click goes to the top visible layer that has something under the pointer. */
function pick(layers, pixel, coordinate) {
  const candidates = [...layers.values()].filter((l) => l.pick && l.layer.getVisible() && l.layer.getOpacity() > 0)
    .sort((a, b) => b.layer.getZIndex() - a.layer.getZIndex());
  for (const candidate of candidates) {
    const hit = candidate.pick(pixel, coordinate);
    if (hit) return hit;
  }
  return null;
}
