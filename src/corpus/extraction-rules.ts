// The cue lists of dictionaries/corpus/extraction.yaml, loaded once and validated (errors name file and line).
import { join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import { loadYaml, stringList } from '../dictionaries/data-file.js';

export interface ExtractionRules {
  removeTags: Set<string>;
  removeRoles: Set<string>;
  boilerplateWords: Set<string>;
  keepWords: Set<string>;
  imageWords: Set<string>;
  datelinePrefixes: string[];
  furnitureLines: Set<string>;
  furniturePatterns: RegExp[];
  tailCues: string[];
  titleMetaKeys: string[];
  dateMetaKeys: string[];
  authorMetaKeys: string[];
  siteMetaKeys: string[];
}

export function loadExtractionRules(file = join(dictionariesDir, 'corpus', 'extraction.yaml')): ExtractionRules {
  const data = loadYaml(file);
  const lower = (key: string) => stringList(data, key).map((s) => s.trim().toLowerCase());
  return {
    removeTags: new Set(lower('remove_tags').map((t) => t.toUpperCase())),
    removeRoles: new Set(lower('remove_roles')),
    boilerplateWords: new Set(lower('boilerplate_words')),
    keepWords: new Set(lower('keep_words')),
    imageWords: new Set(lower('image_words')),
    datelinePrefixes: lower('dateline_prefixes'),
    furnitureLines: new Set(lower('furniture_lines').map(words)),
    furniturePatterns: stringList(data, 'furniture_patterns').map((src, i) => {
      try { return new RegExp(src, 'iu'); } catch (e) { return data.fail(['furniture_patterns', i], `bad regular expression: ${(e as Error).message}`); }
    }),
    tailCues: lower('tail_cues').map(words),
    titleMetaKeys: lower('title_meta'),
    dateMetaKeys: lower('date_meta'),
    authorMetaKeys: lower('author_meta'),
    siteMetaKeys: lower('site_meta'),
  };
}

/** Lower-case words joined by single spaces, as block-filter.ts compares text. */
const words = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

let cached: ExtractionRules | null = null;
/** The built-in rules, read on first use; the file is part of the package and does not change while running. */
export function extractionRules(): ExtractionRules {
  return (cached ??= loadExtractionRules());
}
