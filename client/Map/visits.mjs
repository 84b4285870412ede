import Feature from 'ol/Feature.js';
import LineString from 'ol/geom/LineString.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import { Circle, Fill, Stroke, Style, Text } from 'ol/style.js';

const outcomeColours = { referrals: '#b3261e', concerns: '#e8710a', visited: '#1e7b34' };

/** An operation's area, its route in visiting order and numbered stops; the map is fitted to the area. */
export function routeLayer({ geoJson, fit }) {
  const route = new VectorLayer({ source: new VectorSource(), style: routeStyle });
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

function routeStyle(feature) {
  const kind = feature.get('kind');
  if (kind === 'area') return areaStyle;
  if (kind === 'line') return lineStyle;
  return new Style({
    image: new Circle({ radius: 11, fill: new Fill({ color: '#ffffff' }), stroke: new Stroke({ color: '#0b57d0', width: 3 }) }),
    text: new Text({ text: String(feature.get('position')), font: 'bold 12px system-ui, sans-serif', fill: new Fill({ color: '#0b57d0' }) }),
  });
}

const visitedStyles = Object.fromEntries(Object.entries(outcomeColours).map(([outcome, colour]) => [outcome, new Style({
  image: new Circle({ radius: 9, fill: new Fill({ color: 'rgba(255, 255, 255, 0)' }), stroke: new Stroke({ color: colour, width: 3 }) }),
})]));

function visitedStyle(feature) { return visitedStyles[feature.get('outcome')]; }
