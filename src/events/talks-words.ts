// The word lists of dictionaries/events/talks.yaml: event nouns a later sentence may refer back to, with the codes
// for talks held and planned, and the words that mark participants, reference and plans.
import { join } from 'node:path';
import { loadYaml, stringList } from '../dictionaries/data-file.js';
import type { CameoTable } from './cameo-table.js';

export interface TalksWords {
  /** noun (lower case) -> CAMEO codes when held and when planned */
  nouns: ReadonlyMap<string, { held: string; planned: string }>;
  participants: ReadonlySet<string>;
  referring: ReadonlySet<string>;
  planned: ReadonlySet<string>;
  /** words that undo the later talks (postponed, cancelled) */
  undone: ReadonlySet<string>;
  listEnd: ReadonlySet<string>;
  lookback: number;
}

export function loadTalksWords(dir: string, cameo: CameoTable): TalksWords {
  const data = loadYaml(join(dir, 'talks.yaml'));
  const set = (key: string) => new Set(stringList(data, key).map((w) => w.toLowerCase()));
  const raw = (data.value as Record<string, unknown> | null)?.nouns;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) data.fail(['nouns'], '"nouns" must map each noun to {held, planned}');
  const nouns = new Map<string, { held: string; planned: string }>();
  for (const [noun, v] of Object.entries(raw as Record<string, unknown>)) {
    const codes = v as Record<string, unknown> | null;
    for (const k of ['held', 'planned']) {
      const code = codes?.[k];
      if (typeof code !== 'string' || !cameo.has(code)) data.fail(['nouns', noun], `"${noun}" needs a "${k}" code listed in cameo.tsv (got ${JSON.stringify(code)})`);
    }
    nouns.set(noun.toLowerCase(), { held: codes!.held as string, planned: codes!.planned as string });
  }
  const lookback = (data.value as Record<string, unknown>).lookback;
  if (typeof lookback !== 'number' || !Number.isInteger(lookback) || lookback < 1 || lookback > 10) data.fail(['lookback'], '"lookback" must be a whole number of sentences, 1 to 10');
  return { nouns, participants: set('participants'), referring: set('referring'), planned: set('planned'), undone: set('undone'), listEnd: set('list_end'), lookback: lookback as number };
}
