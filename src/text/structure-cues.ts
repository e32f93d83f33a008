// Loads dictionaries/structure.yaml: the labels that mark captions, cross-references, bylines and datelines, and the
// abbreviations the tokenizer mends.
import { join } from 'node:path';
import { loadYaml, stringList } from '../dictionaries/data-file.js';
import type { AbbreviationCues } from './abbreviations.js';

export interface StructureCues {
  captionLabels: string[];
  relatedLabels: string[];
  bylinePrefixes: string[];
  agencies: Set<string>;
  /** abbreviations the tokenizer mends (src/text/abbreviations.ts) */
  abbreviations: AbbreviationCues;
}

export function loadStructureCues(dir: string): StructureCues {
  const data = loadYaml(join(dir, 'structure.yaml'));
  // Longest label first, so "See also" wins over "See".
  const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
  return {
    captionLabels: byLength(stringList(data, 'caption_labels')),
    relatedLabels: byLength(stringList(data, 'related_labels')),
    bylinePrefixes: byLength(stringList(data, 'byline_prefixes')),
    agencies: new Set(stringList(data, 'agencies')),
    abbreviations: {
      titles: new Set(stringList(data, 'name_titles').map((t) => t.replace(/\.$/, ''))),
      numberAbbreviations: new Set(stringList(data, 'number_abbreviations').map((t) => `${t.replace(/\.$/, '').toLowerCase()}.`)),
    },
  };
}
