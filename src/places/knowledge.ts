// What the places layer knows, loaded from dictionaries/places once and shared by every document. The small data
// files are read (and validated) at load; the gazetteer (~135k GeoNames places) is built on first use only, so a
// process that never meets a document pays nothing for it.
import { join } from 'node:path';
import type { LoadOptions } from '../dictionaries/load-options.js';
import { loadAliases, loadAreas, loadCountryPoints, loadCues, loadDemonyms, loadNotPlaces, type PlaceCues } from './data-files.js';
import { buildGazetteer, type Gazetteer, type GazetteerSources } from './gazetteer.js';

export interface PlacesKnowledge {
  cues: PlaceCues;
  /** name keys (src/places/name-key.ts) that need a cue to count as places ("mobile", "march", "lincoln") */
  notPlaces: Set<string>;
  /** the gazetteer, built once on first call */
  gazetteer(): Gazetteer;
  /** whether the gazetteer has been built yet (it is built lazily) */
  gazetteerBuilt(): boolean;
}

export function loadPlacesKnowledge(options: LoadOptions): PlacesKnowledge {
  const dir = join(options.builtinDir, 'places');
  const sources: GazetteerSources = { areas: loadAreas(dir), aliases: loadAliases(dir), demonyms: loadDemonyms(dir), countryPoints: loadCountryPoints(dir) };
  let gazetteer: Gazetteer | null = null;
  return {
    cues: loadCues(dir),
    notPlaces: loadNotPlaces(dir),
    gazetteer() {
      // built once and never changed afterwards: documents only read it
      if (!gazetteer) gazetteer = buildGazetteer(sources);
      return gazetteer;
    },
    gazetteerBuilt: () => gazetteer !== null,
  };
}
