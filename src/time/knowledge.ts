// What the time layer knows, loaded from dictionaries/time/lexicon.yaml once and shared by every document.
// Every section is validated here so a bad entry fails at load with its file and line (format: README.md there).
import { join } from 'node:path';
import { loadYaml, type YamlData } from '../dictionaries/data-file.js';
import type { LoadOptions } from '../dictionaries/load-options.js';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
/** Calendar units: day, week, month, year, quarter, decade, century, hour, minute, second, weekend, fortnight. */
export type Unit = 'D' | 'W' | 'M' | 'Y' | 'Q' | 'DE' | 'CE' | 'H' | 'MIN' | 'S' | 'WE' | '2W';

export interface Deictic {
  unit: Unit;
  offset: number;
  part?: PartOfDay;
}

/** What a word after a span does: "ago" moves back from now, "later" forward from the time last mentioned. */
export interface Shift {
  direction: -1 | 1;
  from: 'now' | 'reference';
}

export interface TimeKnowledge {
  months: Map<string, number>;
  ambiguousMonths: Set<string>;
  weekdays: Map<string, number>;
  seasons: Map<string, Season>;
  ambiguousSeasons: Set<string>;
  units: Map<string, Unit>;
  partOfDay: Map<string, PartOfDay>;
  numbers: Map<string, number>;
  vague: Set<string>;
  ordinals: Map<string, number>;
  /** multi-token phrases, keyed by their first token, longest first */
  positionMods: PhraseTable<string>;
  quantityMods: PhraseTable<string>;
  relative: Map<string, number>;
  spanRelative: Map<string, 'past' | 'future'>;
  deictic: Map<string, Deictic>;
  references: PhraseTable<string>;
  sets: Map<string, string>;
  setQuantifiers: Set<string>;
  shiftWords: PhraseTable<Shift>;
  timeZones: Set<string>;
  clockWords: Map<string, string>;
  meridiem: Map<string, 'am' | 'pm'>;
  holidays: PhraseTable<string>;
  timePrepositions: Set<string>;
  future: Set<string>;
  past: Set<string>;
  present: Set<string>;
  linking: Set<string>;
  reporting: Set<string>;
  /** for every token key that can begin an expression (digits aside), which recognizers may start there (Starts
   *  bits): the recognizer skips all other tokens at once and tries only the fitting rules on these */
  starters: Map<string, number>;
  /** starter keys that can be a whole expression by themselves ("June", "now", "weekly") */
  lone: Set<string>;
  /** keys that can come second in an expression without being starters ("night" in "last night", "end" in "the
   *  end of"): any other starter needs a starter, a number or one of these next */
  followers: Set<string>;
}

/** Phrases keyed by first word; each entry lists [tokens, value], longest first, for greedy matching. */
export type PhraseTable<V> = Map<string, Array<[string[], V]>>;

const UNITS = new Set(['D', 'W', 'M', 'Y', 'Q', 'DE', 'CE', 'H', 'MIN', 'S', 'WE', '2W']);
const SEASONS = new Set(['SP', 'SU', 'FA', 'WI']);
const PARTS = new Set(['MO', 'AF', 'EV', 'NI']);
const POSITION = new Set(['START', 'MID', 'END']);
const QUANTITY = new Set(['APPROX', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_MORE', 'EQUAL_OR_LESS']);
const REFS = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

export function loadTimeKnowledge(options: LoadOptions): TimeKnowledge {
  const data = loadYaml(join(options.builtinDir, 'time', 'lexicon.yaml'));
  const root = data.value as Record<string, unknown> | null;
  if (!root || typeof root !== 'object') data.fail([], 'expected a mapping of sections');
  const v = new Validator(data, root as Record<string, unknown>);
  const tense = v.section('tense') as Record<string, unknown>;
  const kb: Omit<TimeKnowledge, 'starters' | 'lone' | 'followers'> = {
    months: v.map('months', (x) => (Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 12 ? (x as number) : null)),
    ambiguousMonths: v.set('ambiguous_months'),
    weekdays: v.map('weekdays', (x) => (Number.isInteger(x) && (x as number) >= 1 && (x as number) <= 7 ? (x as number) : null)),
    seasons: v.map('seasons', (x) => (SEASONS.has(x as string) ? (x as Season) : null)),
    ambiguousSeasons: v.set('ambiguous_seasons'),
    units: v.map('units', (x) => (UNITS.has(x as string) ? (x as Unit) : null)),
    partOfDay: v.map('part_of_day', (x) => (PARTS.has(x as string) ? (x as PartOfDay) : null)),
    numbers: v.map('numbers', (x) => (typeof x === 'number' && x > 0 ? x : null)),
    vague: v.set('vague_quantities'),
    ordinals: v.map('ordinals', (x) => (Number.isInteger(x) && (x as number) > 0 ? (x as number) : null)),
    positionMods: phrases(v.map('position_mods', (x) => (POSITION.has(x as string) ? (x as string) : null))),
    quantityMods: phrases(v.map('quantity_mods', (x) => (QUANTITY.has(x as string) ? (x as string) : null))),
    relative: v.map('relative', (x) => (Number.isInteger(x) && Math.abs(x as number) <= 1 ? (x as number) : null)),
    spanRelative: v.map('span_relative', (x) => (x === 'past' || x === 'future' ? x : null)),
    deictic: v.map('deictic', (x) => {
      const d = x as Partial<Deictic> | null;
      if (!d || !UNITS.has(d.unit as string) || !Number.isInteger(d.offset)) return null;
      if (d.part !== undefined && !PARTS.has(d.part)) return null;
      return d as Deictic;
    }),
    references: phrases(v.map('references', (x) => (REFS.has(x as string) ? (x as string) : null))),
    sets: v.map('sets', (x) => (typeof x === 'string' && /^(XXXX|P)/.test(x) ? x : null)),
    setQuantifiers: v.set('set_quantifiers'),
    shiftWords: phrases(v.map('shift_words', (x) => {
      const d = x as Partial<Shift> | null;
      return d && (d.direction === -1 || d.direction === 1) && (d.from === 'now' || d.from === 'reference') ? (d as Shift) : null;
    })),
    timeZones: v.set('time_zones'),
    clockWords: v.map('clock_words', (x) => (typeof x === 'string' && /^\d\d:\d\d$/.test(x) ? x : null)),
    meridiem: v.map('meridiem', (x) => (x === 'am' || x === 'pm' ? x : null)),
    holidays: phrases(v.map('holidays', (x) => (typeof x === 'string' && /^\d\d-\d\d$/.test(x) ? x : null))),
    timePrepositions: v.set('time_prepositions'),
    future: v.set('future', tense, ['tense', 'future']),
    past: v.set('past', tense, ['tense', 'past']),
    present: v.set('present', tense, ['tense', 'present']),
    linking: v.set('linking', tense, ['tense', 'linking']),
    reporting: v.set('reporting', tense, ['tense', 'reporting']),
  };
  return { ...kb, starters: startersOf(kb), ...continuationsOf(kb) };
}

function continuationsOf(kb: Omit<TimeKnowledge, 'starters' | 'lone' | 'followers'>): { lone: Set<string>; followers: Set<string> } {
  const lone = new Set<string>([...kb.months.keys(), ...kb.weekdays.keys(), ...kb.seasons.keys(), ...kb.deictic.keys(),
    ...kb.sets.keys(), ...kb.units.keys(), ...kb.clockWords.keys()]);
  for (const w of kb.weekdays.keys()) lone.add(`${w}s`);
  const followers = new Set<string>([...kb.partOfDay.keys(), '-', 'other']);
  for (const table of [kb.positionMods, kb.quantityMods, kb.references, kb.holidays] as PhraseTable<unknown>[]) {
    for (const [first, entries] of table) {
      for (const [words] of entries) {
        if (words.length === 1) lone.add(first);
        else followers.add(words[1]);
      }
    }
  }
  return { lone, followers };
}

/** Bits of TimeKnowledge.starters: the families of rules a word may begin. */
export const Starts = {
  RELATIVE: 1, THE: 2, NUMBER: 4, MONTH: 8, WEEKDAY: 16, SEASON: 32, WORD: 64, POSITION: 128, QUANTITY: 256,
} as const;

function startersOf(kb: Omit<TimeKnowledge, 'starters' | 'lone' | 'followers'>): Map<string, number> {
  const out = new Map<string, number>();
  const add = (keys: Iterable<string>, bit: number) => { for (const k of keys) out.set(k, (out.get(k) ?? 0) | bit); };
  add(['the'], Starts.THE);
  add(kb.relative.keys(), Starts.RELATIVE);
  add(kb.numbers.keys(), Starts.NUMBER);
  add(kb.vague, Starts.NUMBER);
  add(kb.ordinals.keys(), Starts.NUMBER);
  add(kb.clockWords.keys(), Starts.NUMBER);
  add(kb.months.keys(), Starts.MONTH);
  add(kb.weekdays.keys(), Starts.WEEKDAY);
  add([...kb.weekdays.keys()].map((w) => `${w}s`), Starts.WEEKDAY);
  add(kb.seasons.keys(), Starts.SEASON);
  for (const t of [kb.references, kb.holidays]) add(t.keys(), Starts.WORD);
  add(kb.deictic.keys(), Starts.WORD);
  add(kb.sets.keys(), Starts.WORD);
  add(kb.setQuantifiers, Starts.WORD);
  add(kb.units.keys(), Starts.WORD);
  add(['fiscal'], Starts.WORD);
  add(kb.positionMods.keys(), Starts.POSITION);
  add(kb.quantityMods.keys(), Starts.QUANTITY);
  return out;
}
function phrases<V>(entries: Map<string, V>): PhraseTable<V> {
  const table: PhraseTable<V> = new Map();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const list = table.get(words[0]) ?? [];
    list.push([words, value]);
    list.sort((a, b) => b[0].length - a[0].length);
    table.set(words[0], list);
  }
  return table;
}

class Validator {
  constructor(private data: YamlData, private root: Record<string, unknown>) {}

  section(key: string): Record<string, unknown> {
    const s = this.root[key];
    if (!s || typeof s !== 'object' || Array.isArray(s)) this.data.fail([key], `"${key}" must be a mapping`);
    return s as Record<string, unknown>;
  }

  map<V>(key: string, check: (x: unknown) => V | null): Map<string, V> {
    const out = new Map<string, V>();
    for (const [word, raw] of Object.entries(this.section(key))) {
      if (word !== word.toLowerCase() || !word.trim()) this.data.fail([key, word], `"${word}" must be lower case`);
      const value = check(raw);
      if (value === null) this.data.fail([key, word], `bad value ${JSON.stringify(raw)} for "${word}" in "${key}"`);
      out.set(word, value);
    }
    return out;
  }

  set(key: string, parent: Record<string, unknown> = this.root, path: Array<string | number> = [key]): Set<string> {
    const list = parent[key];
    if (!Array.isArray(list)) this.data.fail(path, `"${key}" must be a list of words`);
    list.forEach((x, i) => {
      if (typeof x !== 'string' || !x.trim() || x !== x.toLowerCase()) {
        this.data.fail([...path, i], `"${key}" item ${i + 1} must be a lower-case word`);
      }
    });
    return new Set(list as string[]);
  }
}
