import MultiPoint from 'ol/geom/MultiPoint.js';
import { Circle, Fill, RegularShape, Stroke, Style, Text } from 'ol/style.js';

/** WebGL flat style: one colour per exploitation type, grey for anything unlisted. */
export function incidentStyle(colours) {
  const match = ['match', ['get', 'exploitationType']];
  for (const [type, colour] of Object.entries(colours)) match.push(type, colour);
  match.push('#777777');
  const cluster = ['==', ['get', 'kind'], 'incidentCluster'];
  return {
    // Smaller at district scale, so dense areas stay readable; larger when zoomed to streets. Past the server's point
    // budget for the window, records seen in full come as dark clusters sized by their count.
    // Clusters stay small and see-through, so neighbours overlap without a dark carpet.
    'circle-radius': ['case', cluster, ['clamp', ['*', 1.6, ['^', ['get', 'count'], 0.5]], 4, 13],
      ['interpolate', ['linear'], ['resolution'], 2, 7, 40, 4]],
    'circle-fill-color': ['case', cluster, 'rgba(31, 59, 87, 0.7)', match],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1,
  };
}

export function areaStyle(feature, resolution) {
  const district = feature.get('kind') === 'DISTRICT';
  return new Style({
    fill: new Fill({ color: district ? 'rgba(240, 236, 226, 0.9)' : 'rgba(0, 0, 0, 0)' }),
    stroke: new Stroke({ color: district ? '#3b3b3b' : '#8a8a8a', width: district ? 2.5 : 1 }),
    text: district || resolution > 120 ? undefined : new Text({
      text: feature.get('name'), font: '12px system-ui, sans-serif', overflow: false,
      fill: new Fill({ color: '#333' }), stroke: new Stroke({ color: '#fff', width: 3 }),
    }),
  });
}

/** Annotations pinned in a plan: a blue pin at a point, a blue outline round an area. */
export const annotationStyle = new Style({
  image: new Circle({ radius: 7, fill: new Fill({ color: '#1565c0' }), stroke: new Stroke({ color: '#ffffff', width: 2 }) }),
  fill: new Fill({ color: 'rgba(21, 101, 192, 0.15)' }),
  stroke: new Stroke({ color: '#1565c0', width: 2 }),
});

const cache = new Map();

/** Premises are squares and risk businesses triangles, coloured by use or sector. */
export function placeStyle(points, colours, property) {
  return (feature) => {
    const colour = colours[feature.get(property)] ?? '#777777';
    const key = points + colour;
    if (!cache.has(key)) {
      cache.set(key, new Style({
        image: new RegularShape({
          points, radius: points === 4 ? 7 : 8, angle: points === 4 ? Math.PI / 4 : 0,
          fill: new Fill({ color: colour }), stroke: new Stroke({ color: '#1a1a1a', width: 1.5 }),
        }),
      }));
    }
    return cache.get(key);
  };
}

export const selectedStyle = new Style({
  stroke: new Stroke({ color: '#0b57d0', width: 3 }),
  image: new RegularShape({ points: 32, radius: 11, stroke: new Stroke({ color: '#0b57d0', width: 3 }) }),
});

/** A saved hotspot being reshaped: a dashed orange outline with a handle on every corner. */
export const reshapeStyle = [
  new Style({ stroke: new Stroke({ color: '#e66100', width: 3, lineDash: [8, 4] }), fill: new Fill({ color: 'rgba(230, 97, 0, 0.12)' }) }),
  new Style({
    image: new Circle({ radius: 5, fill: new Fill({ color: '#e66100' }), stroke: new Stroke({ color: '#ffffff', width: 1.5 }) }),
    geometry: (feature) => new MultiPoint(feature.getGeometry().getCoordinates().flat(feature.getGeometry().getType() === 'MultiPolygon' ? 2 : 1)),
  }),
];

/** Where a new annotation will go, before it is saved: orange, so it is not mistaken for a saved pin. */
export const draftStyle = new Style({
  image: new Circle({ radius: 7, fill: new Fill({ color: '#e66100' }), stroke: new Stroke({ color: '#ffffff', width: 2 }) }),
  fill: new Fill({ color: 'rgba(230, 97, 0, 0.15)' }),
  stroke: new Stroke({ color: '#e66100', width: 2, lineDash: [6, 4] }),
});
