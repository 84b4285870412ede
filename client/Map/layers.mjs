import Feature from 'ol/Feature.js';
import TileLayer from 'ol/layer/Tile.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import XYZ from 'ol/source/XYZ.js';
import { analysisLayer } from './analysis.mjs';
import { incidentLayer } from './incidents.mjs';
import { routeLayer, visitedLayer } from './visits.mjs';
import { annotationStyle, areaStyle, placeStyle } from './styles.mjs';

/**
 * The styles a page can ask for, by key. Each makes one OpenLayers layer (or group) and answers
 * { layer, draw(source) → how many things were drawn, pick(pixel, coordinate) → { layer, feature } or nothing }.
 * context: { map, geoJson, projection, options, fit(extent, padding) }.
 */
export const styles = {
  basemap: () => {
    const layer = new TileLayer();
    return {
      layer,
      draw(settings) {
        layer.setSource(new XYZ({ url: settings.basemapUrl, attributions: settings.attribution ?? undefined }));
        return 1;
      },
    };
  },
  areas: (context) => {
    const layer = new VectorLayer({ source: new VectorSource(), style: areaStyle, declutter: true });
    let fitted = false;
    return {
      layer,
      draw(areas) {
        fill(layer, areas.map((a) => feature(context.geoJson, a, a.boundary)));
        // Fitted once: later changes (a plan's areas, say) keep the user's view.
        const district = layer.getSource().getFeatures().find((f) => f.get('kind') === 'DISTRICT');
        const extent = district ? district.getGeometry().getExtent() : layer.getSource().getExtent();
        if (!fitted && Number.isFinite(extent[0])) {
          context.fit(extent, 24);
          fitted = true;
        }
        return areas.length;
      },
      pick: atPixel(context.map, layer, 'areas'),
    };
  },
  premises: (context) => places(context, placeStyle(4, context.options.premisesColours, 'use'), 'premises'),
  riskBusinesses: (context) => places(context, placeStyle(3, context.options.sectorColours, 'sector'), 'riskBusinesses'),
  annotations: (context) => {
    const layer = new VectorLayer({ source: new VectorSource(), style: annotationStyle });
    return {
      layer,
      draw(items) {
        fill(layer, items.filter((a) => a.pin).map((a) => feature(context.geoJson, a, a.pin)));
        return layer.getSource().getFeatures().length;
      },
    };
  },
  incidents: incidentLayer,
  analysis: analysisLayer,
  route: routeLayer,
  visited: visitedLayer,
};

function places(context, style, name) {
  const layer = new VectorLayer({ source: new VectorSource(), style });
  return {
    layer,
    draw(items) {
      fill(layer, items.map((p) => feature(context.geoJson, p, p.location)));
      return items.length;
    },
    pick: atPixel(context.map, layer, name),
  };
}

/** A picker for a plain vector layer: the feature under the pointer, a few pixels' grace. */
export function atPixel(map, layer, name) {
  return (pixel) => {
    const found = map.forEachFeatureAtPixel(pixel, (f) => f, { layerFilter: (l) => l === layer, hitTolerance: 3 });
    return found ? { layer: name, feature: found } : null;
  };
}

export function fill(layer, features) {
  const source = layer.getSource();
  source.clear(true);
  source.addFeatures(features);
}

function feature(geoJson, item, geometry) {
  const { location, boundary, pin, ...properties } = item;
  const f = new Feature({ ...properties, geometry: geoJson.readGeometry(geometry) });
  f.setId(item.id);
  return f;
}
