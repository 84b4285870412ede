import { getPointResolution } from 'ol/proj.js';

// Scale bar lengths a reader can add up at a glance, in metres.
const niceLengths = [10, 20, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000];

/**
 * The map as one PNG, as OpenLayers' export example does it: once the view is fully rendered, every layer canvas is
 * drawn onto one canvas with its own transform and opacity. OpenLayers has no single call for this (its canvases are
 * per layer), so it is written here. Answers { png, markedPng (the picture with its marking above and below, for a file that leaves the workspace), width, height, metresPerPixel, scaleBar: { metres, pixels } }.
 */
export function picture(map, marking) {
  return new Promise((resolve, reject) => {
    map.once('rendercomplete', () => {
      try {
        resolve(compose(map, marking));
      } catch (error) {
        // A background map served without CORS taints the canvas: say what to do rather than fail silently.
        reject(new Error(error?.name === 'SecurityError'
          ? 'The background map cannot be copied into a picture (its server does not allow it): hide it in Layers and try again.'
          : String(error?.message ?? error)));
      }
    });
    map.renderSync();
  });
}

function compose(map, marking) {
  const [width, height] = map.getSize();
  const ratio = globalThis.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const layerCanvas of map.getViewport().querySelectorAll('.ol-layer canvas, canvas.ol-layer')) {
    if (layerCanvas.width === 0) continue;
    const opacity = layerCanvas.parentNode.style.opacity || layerCanvas.style.opacity;
    context.globalAlpha = opacity === '' ? 1 : Number(opacity);
    const matrix = (layerCanvas.style.transform.match(/^matrix\(([^(]*)\)$/)?.[1] ?? '1,0,0,1,0,0').split(',').map(Number);
    // The layer canvas's own transform, scaled from CSS pixels to the picture's device pixels.
    context.setTransform(matrix[0] * ratio, matrix[1], matrix[2], matrix[3] * ratio, matrix[4] * ratio, matrix[5] * ratio);
    context.drawImage(layerCanvas, 0, 0);
  }
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.globalAlpha = 1;
  const view = map.getView();
  const metresPerPixel = getPointResolution(view.getProjection(), view.getResolution(), view.getCenter(), 'm');
  // The longest nice length that fits in a quarter of the picture's width.
  const metres = niceLengths.filter((m) => m / metresPerPixel <= width / 4).at(-1) ?? niceLengths[0];
  return {
    png: canvas.toDataURL('image/png'),
    markedPng: marked(canvas, marking, ratio),
    width,
    height,
    metresPerPixel,
    scaleBar: { metres, pixels: metres / metresPerPixel },
  };
}

/** The picture between two bands carrying its marking, coloured as the workspace's banner is. */
function marked(picture, marking, ratio) {
  const band = Math.round(24 * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height + 2 * band;
  const context = canvas.getContext('2d');
  context.drawImage(picture, 0, band);
  context.font = `700 ${Math.round(14 * ratio)}px sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const top of [0, canvas.height - band]) {
    context.fillStyle = marking === 'OFFICIAL' ? '#2b5d34' : '#b3261e';
    context.fillRect(0, top, canvas.width, band);
    context.fillStyle = '#ffffff';
    context.fillText(marking, canvas.width / 2, top + band / 2);
  }
  return canvas.toDataURL('image/png');
}
