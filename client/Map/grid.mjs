import proj4 from 'proj4';
import { register } from 'ol/proj/proj4.js';
import { get as getProjection, transform } from 'ol/proj.js';

// OSGB36 with the OS 7-parameter shift to WGS84: about 5 m accuracy, enough for a pointer readout.
proj4.defs('EPSG:27700', '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 ' +
  '+ellps=airy +towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs');
register(proj4);

export const britishNationalGrid = getProjection('EPSG:27700');
britishNationalGrid.setExtent([0, 0, 700000, 1300000]);

/** Two-letter OS grid reference to the metre, e.g. SE 14500 16500; empty outside the grid. */
export function gridReference([e, n]) {
  if (e < 0 || n < 0 || e >= 700000 || n >= 1300000) return '';
  const e100 = Math.floor(e / 100000), n100 = Math.floor(n / 100000);
  let first = (19 - n100) - (19 - n100) % 5 + Math.floor((e100 + 10) / 5);
  let second = (19 - n100) * 5 % 25 + e100 % 5;
  if (first > 7) first++;
  if (second > 7) second++;
  const letters = String.fromCharCode(65 + first, 65 + second);
  const digits = (v) => String(Math.floor(v % 100000)).padStart(5, '0');
  return `${letters} ${digits(e)} ${digits(n)}`;
}

export function describePosition(coordinate) {
  const [lon, lat] = transform(coordinate, 'EPSG:27700', 'EPSG:4326');
  const [e, n] = coordinate;
  return `BNG E ${Math.round(e)} N ${Math.round(n)} · ${gridReference(coordinate)} · WGS84 ${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}
