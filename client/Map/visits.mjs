import Feature from 'ol/Feature.js';
import LineString from 'ol/geom/LineString.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style.js';

const outcomeColours = { referrals: '#b3261e', concerns: '#e8710a', visited: '#1e7b34' };

/** An operation's area, its route in visiting order and numbered stops; the map is fitted to the area. */
export function routeLayer({ geoJson, fit }) {
  let stopFeatures = [];
  const route = new VectorLayer({ source: new VectorSource(), style: (f, resolution) => routeStyle(f, resolution, stopFeatures) });
  return {
    layer: route,
    draw(operation) {
      const source = route.getSource();
      source.clear(true);
      const area = new Feature({ kind: 'area', geometry: geoJson.readGeometry(operation.area) });
      const stops = operation.stops.map((s) => {
        const f = new Feature({ kind: 'stop', position: s.position, name: s.name, geometry: geoJson.readGeometry(s.location) });
        f.setId(s.id);
        return f;
      });
      const line = new Feature({ kind: 'line', geometry: new LineString(stops.map((f) => f.getGeometry().getCoordinates())) });
      stopFeatures = stops;
      source.addFeatures([area, line, ...stops]);
      fit(area.getGeometry().getExtent(), 32, 22);
      return operation.stops.length;
    },
  };
}

/** Visited places ringed by what the last visit found. */
export function visitedLayer({ geoJson }) {
  const visited = new VectorLayer({ source: new VectorSource(), style: visitedStyle });
  return {
    layer: visited,
    draw(collection) {
      const source = visited.getSource();
      source.clear(true);
      const features = geoJson.readFeatures(collection);
      features.forEach((f) => {
        f.set('outcome', f.get('referralsMade') > 0 ? 'referrals' : f.get('concernsFound') ? 'concerns' : 'visited');
        f.setId(`${f.get('kind')}-${f.get('placeId')}`);
      });
      source.addFeatures(features);
      return features.length;
    },
  };
}

const areaStyle = new Style({ stroke: new Stroke({ color: '#444', width: 2, lineDash: [6, 4] }), fill: new Fill({ color: 'rgba(240, 236, 226, 0.5)' }) });
const lineStyle = new Style({ stroke: new Stroke({ color: '#0b57d0', width: 4 }) });

const stopRadius = 11;
// Centre to centre of two stop markers that must not touch: a marker is 25 px across with its stroke, and six fanned
// around one stand this far from it and from each other (60° apart).
const stopSpacing = stopRadius * 2.6;

// Stops closer on screen than a marker's width (a flat above a shop, 11 m apart) are fanned out around their point, in
// route order, so each number stays readable at every zoom; the first stays on its point.
function displacement(feature, resolution, stops) {
  const [x, y] = feature.getGeometry().getCoordinates();
  const crowd = stops.filter((s) => {
    const [sx, sy] = s.getGeometry().getCoordinates();
    return Math.hypot(sx - x, sy - y) / resolution < stopSpacing;
  }).map((s) => s.get('position')).sort((a, b) => a - b);
  const place = crowd.indexOf(feature.get('position'));
  if (place <= 0) return [0, 0];
  const angle = (place - 1) * (2 * Math.PI / Math.max(crowd.length - 1, 6)) - Math.PI / 2;
  return [Math.round(Math.cos(angle) * stopSpacing), Math.round(-Math.sin(angle) * stopSpacing)];
}

function routeStyle(feature, resolution, stops) {
  const kind = feature.get('kind');
  if (kind === 'area') return areaStyle;
  if (kind === 'line') return lineStyle;
  const [dx, dy] = displacement(feature, resolution, stops);
  return new Style({
    image: new Circle({ radius: stopRadius, displacement: [dx, dy], fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: '#0b57d0', width: 3 }) }),
    text: new Text({ text: String(feature.get('position')), offsetX: dx, offsetY: -dy, font: 'bold 12px system-ui, sans-serif', fill: new Fill({ color: '#0b57d0' }) }),
  });
}

const visitedStyles = Object.fromEntries(Object.entries(outcomeColours).map(([outcome, colour]) => [outcome, new Style({
  image: new Circle({ radius: 9, fill: new Fill({ color: 'rgba(255, 255, 255, 0)' }), stroke: new Stroke({ color: colour, width: 3 }) }),
})]));

function visitedStyle(feature) { return visitedStyles[feature.get('outcome')]; }
