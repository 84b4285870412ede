import Polygon from 'ol/geom/Polygon.js';
import { Fill, RegularShape, Stroke, Style } from 'ol/style.js';

const outline = new Stroke({ color: 'rgba(11, 93, 87, 0.6)', width: 0.75 });

/**
 * Counted cells (records the viewer may only count) as a graduated grid: each cell a square shaded by its count's
 * class, withheld cells (fewer than the threshold) hatched grey. classes: [{ from, colour }], highest first, the
 * legend's (Incidents/CountClasses.cs). Squares on the ground when at least 6 px wide; below that, 6 px squares, so a
 * district view still shows where the cells are.
 */
export function cellStyle(classes) {
  const withheld = hatching();
  const small = new Map();
  return (feature, resolution) => {
    const count = feature.get('count');
    const colour = count === null || count === undefined ? null : (classes.find((c) => count >= c.from) ?? classes.at(-1)).colour;
    const fill = colour ? new Fill({ color: colour }) : withheld;
    const side = feature.get('cellMetres') ?? 100;
    if (side / resolution < 6) {
      if (!small.has(colour)) {
        small.set(colour, new Style({ image: new RegularShape({ points: 4, radius: 4.3, angle: Math.PI / 4, fill, stroke: outline }) }));
      }
      return small.get(colour);
    }
    const [x, y] = feature.getGeometry().getCoordinates();
    const h = side / 2;
    const square = new Polygon([[[x - h, y - h], [x + h, y - h], [x + h, y + h], [x - h, y + h], [x - h, y - h]]]);
    return new Style({ geometry: square, fill, stroke: outline });
  };
}

// Diagonal grey hatching: "withheld" reads as no number, not as a low one.
function hatching() {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 6;
  const context = canvas.getContext('2d');
  context.fillStyle = '#eeeeee';
  context.fillRect(0, 0, 6, 6);
  context.strokeStyle = '#6f6f6f';
  context.lineWidth = 1.2;
  context.beginPath();
  context.moveTo(0, 6);
  context.lineTo(6, 0);
  context.stroke();
  return new Fill({ color: context.createPattern(canvas, 'repeat') });
}
