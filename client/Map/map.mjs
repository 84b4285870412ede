import 'ol/ol.css';
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import Feature from 'ol/Feature.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import TileLayer from 'ol/layer/Tile.js';
import VectorLayer from 'ol/layer/Vector.js';
import WebGLVectorLayer from 'ol/layer/WebGLVector.js';
import VectorSource from 'ol/source/Vector.js';
import XYZ from 'ol/source/XYZ.js';
import Modify from 'ol/interaction/Modify.js';
import { ScaleLine, defaults as defaultControls } from 'ol/control.js';
import { britishNationalGrid, describePosition } from './grid.mjs';
import { analysisLayer } from './analysis.mjs';
import { visitLayers } from './visits.mjs';
import { placement } from './placing.mjs';
import { annotationStyle, areaStyle, incidentStyle, placeStyle, reshapeStyle, selectedStyle } from './styles.mjs';

const geoJson = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: britishNationalGrid });
const maps = new WeakMap();

/** Builds the map in element; selections go to dotnet.Select(layer, id). Returns the handle Blazor calls. */
export function createMap(element, readout, options, dotnet) {
  const layers = {
    areas: new VectorLayer({ source: new VectorSource(), style: areaStyle, declutter: true }),
    premises: new VectorLayer({ source: new VectorSource(), style: placeStyle(4, options.premisesColours, 'use') }),
    riskBusinesses: new VectorLayer({ source: new VectorSource(), style: placeStyle(3, options.sectorColours, 'sector') }),
    annotations: new VectorLayer({ source: new VectorSource(), style: annotationStyle }),
    incidents: new WebGLVectorLayer({
      source: new VectorSource(), style: incidentStyle(options.incidentColours), disableHitDetection: true,
    }),
  };
  const analysis = analysisLayer(options.analysisColours, geoJson, britishNationalGrid);
  layers.analysis = analysis.group;
  const visits = visitLayers(geoJson);
  layers.route = visits.route;
  layers.visited = visits.visited;
  const selection = new VectorLayer({ source: new VectorSource(), style: selectedStyle });
  const reshaping = new VectorLayer({ source: new VectorSource(), style: reshapeStyle });
  let modify = null;
  const basemap = options.basemapUrl
    ? [new TileLayer({ source: new XYZ({ url: options.basemapUrl, attributions: options.attribution ?? undefined }) })]
    : [];
  if (basemap.length) layers.basemap = basemap[0];
  const map = new Map({
    target: element,
    layers: [...basemap, layers.areas, layers.analysis, layers.incidents, layers.premises, layers.riskBusinesses, layers.visited, layers.route, layers.annotations, selection, reshaping],
    view: new View({ projection: britishNationalGrid, center: [416000, 415000], resolution: 40 }),
    controls: defaultControls({ attributionOptions: { collapsible: false } }).extend([new ScaleLine({ units: 'metric' })]),
  });
  map.on('pointermove', (event) => { readout.textContent = describePosition(event.coordinate); });
  const placing = placement(map, geoJson, (geometry, location) => dotnet.invokeMethodAsync('Place', geometry, location));
  map.on('singleclick', (event) => {
    if (placing.active) {
      placing.click(event.coordinate);
      return;
    }
    const hit = pick(map, layers, analysis.shapes, event.pixel, event.coordinate);
    selection.getSource().clear();
    if (hit) selection.getSource().addFeature(new Feature(hit.feature.getGeometry().clone()));
    dotnet.invokeMethodAsync('Select', hit?.layer ?? null, hit ? String(hit.feature.getId()) : null);
  });

  const fill = (name, features) => {
    const source = layers[name].getSource();
    source.clear(true);
    source.addFeatures(features);
  };
  const handle = {
    setAreas(areas) {
      fill('areas', areas.map((a) => feature(a, a.boundary)));
      const districts = layers.areas.getSource().getFeatures().filter((f) => f.get('kind') === 'DISTRICT');
      const extent = districts.length ? districts[0].getGeometry().getExtent() : layers.areas.getSource().getExtent();
      if (Number.isFinite(extent[0])) map.getView().fit(extent, { padding: [24, 24, 24, 24] });
    },
    setPremises(items) { fill('premises', items.map((p) => feature(p, p.location))); },
    setRiskBusinesses(items) { fill('riskBusinesses', items.map((b) => feature(b, b.location))); },
    setAnnotations(items) {
      fill('annotations', items.filter((a) => a.pin).map((a) => feature(a, a.pin)));
      element.dataset.annotationsDrawn = String(layers.annotations.getSource().getFeatures().length);
    },
    setIncidents(utf8) {
      const features = geoJson.readFeatures(JSON.parse(new TextDecoder().decode(utf8)));
      // Cells and clusters have no record id: theirs says which one and what count to show.
      features.forEach((f, i) => { if (f.get('kind') !== 'incident') f.setId(`${f.get('kind')}-${i}:${f.get('label')}`); });
      fill('incidents', features);
      selection.getSource().clear();
      element.dataset.incidentsDrawn = String(layers.incidents.getSource().getFeatures().length);
    },
    setAnalysis(run) {
      selection.getSource().clear();
      element.dataset.analysisDrawn = String(analysis.draw(run));
    },
    setComparison(cells) {
      element.dataset.comparisonDrawn = String(analysis.drawChanges(cells));
    },
    /** Lets the user drag the corners of boundary (GeoJSON, WGS84); each finished drag goes to dotnet.Reshaped(geometry). */
    setReshaping(boundary) {
      const source = reshaping.getSource();
      source.clear();
      if (modify) map.removeInteraction(modify);
      modify = null;
      if (!boundary) {
        delete element.dataset.reshaping;
        return;
      }
      const shape = new Feature(geoJson.readGeometry(boundary));
      source.addFeature(shape);
      modify = new Modify({ source });
      modify.on('modifyend', () => {
        dotnet.invokeMethodAsync('Reshaped', JSON.stringify(geoJson.writeGeometryObject(shape.getGeometry(), { decimals: 8 })));
      });
      map.addInteraction(modify);
      map.getView().fit(shape.getGeometry().getExtent(), { padding: [120, 120, 120, 120] });
      element.dataset.reshaping = 'true';
    },
    setRoute(operation) {
      map.getView().fit(visits.drawRoute(operation), { padding: [32, 32, 32, 32], maxZoom: 22 });
      element.dataset.routeDrawn = String(operation.stops.length);
    },
    setVisited(collection) {
      element.dataset.visitedDrawn = String(visits.drawVisited(collection));
    },
    setPlacing(mode) {
      placing.setMode(mode);
      element.dataset.placing = mode ?? '';
    },
    setDraft(geometry) { element.dataset.draftDrawn = String(placing.show(geometry)); },
    setVisible(name, visible) { layers[name]?.setVisible(visible); },
    markReady() {
      map.once('rendercomplete', () => { element.dataset.mapReady = 'true'; });
      map.render();
    },
    dispose() {
      maps.delete(element);
      layers.incidents.dispose();
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

function feature(item, geometry) {
  const { location, boundary, pin, ...properties } = item;
  const f = new Feature({ ...properties, geometry: geoJson.readGeometry(geometry) });
  f.setId(item.id);
  return f;
}

// WebGL hit detection reads pixels back from the GPU; the nearest point within a few pixels is cheaper and exact.
function pick(map, layers, analysisShapes, pixel, coordinate) {
  const atPixel = (name) => map.forEachFeatureAtPixel(pixel, (f) => f, { layerFilter: (l) => l === layers[name], hitTolerance: 3 });
  for (const name of ['riskBusinesses', 'premises']) {
    const found = atPixel(name);
    if (found) return { layer: name, feature: found };
  }
  if (layers.incidents.getVisible()) {
    const nearest = layers.incidents.getSource().getClosestFeatureToCoordinate(coordinate);
    const [x, y] = nearest?.getGeometry().getCoordinates() ?? [];
    if (nearest && Math.hypot(x - coordinate[0], y - coordinate[1]) <= 8 * map.getView().getResolution()) {
      const layer = { incidentCell: 'incidentCells', incidentCluster: 'incidentClusters' }[nearest.get('kind')] ?? 'incidents';
      return { layer, feature: nearest };
    }
  }
  const cell = layers.analysis.getVisible() && map.forEachFeatureAtPixel(pixel, (f) => (['cell', 'emergingCell'].includes(f.get('kind')) ? f : undefined),
    { layerFilter: (l) => l === analysisShapes });
  if (cell) return { layer: 'analysisCells', feature: cell };
  const area = atPixel('areas');
  return area ? { layer: 'areas', feature: area } : null;
}
