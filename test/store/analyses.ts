// Analyses written by hand for the store tests: texts of our own, with actors, quotes and events placed on them,
// so the store is tested whatever the analysis layers find.
import type { Analysis, CodedEvent, Quote } from '../../src/model/analysis.js';
import type { StoredArticleInput } from '../../src/store/store.js';
import { textHash } from '../../src/corpus/ingest.js';

interface EventSpec {
  id?: string;
  /** the words of the text the event's evidence covers */
  evidence: string;
  source: [string, string | null];
  target: [string, string | null] | null;
  cameo: string;
  plover?: string | null;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  date?: string | null;
  place?: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
}

interface QuoteSpec {
  text: string;
  speaker: [string, string | null] | null;
  cue?: string;
  date?: string | null;
}

export interface AnalysisSpec {
  id: string;
  text: string;
  date?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  actors?: Array<{ id: string; name: string; code: string | null; country: string | null; kind: 'state' | 'person' | 'organization' | 'group'; words: string[] }>;
  events?: EventSpec[];
  quotes?: QuoteSpec[];
}

function span(text: string, words: string) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`test text lacks "${words}"`);
  return { start, end: start + words.length };
}

export function makeAnalysis(s: AnalysisSpec): Analysis {
  const text = s.text;
  const actors = (s.actors ?? []).map((a) => ({
    id: a.id, name: a.name, code: a.code, country: a.country, kind: a.kind,
    mentions: a.words.map((w) => ({ ...span(text, w), text: w })),
  }));
  const byName = new Map(actors.map((a) => [a.name, a]));
  const arg = (x: [string, string | null] | null) => {
    if (!x) return { actor: null, code: null };
    const a = byName.get(x[0]);
    return { actor: a?.id ?? null, code: x[1], ...(a ? { ...a.mentions[0] } : {}) };
  };
  const events: CodedEvent[] = (s.events ?? []).map((e, i) => ({
    id: e.id ?? `e${i + 1}`, ...span(text, e.evidence), source: arg(e.source), target: arg(e.target), cameo: e.cameo,
    plover: e.plover ?? null, quadClass: e.quad, goldstein: e.goldstein, date: e.date ?? null, place: e.place ?? null,
    rule: 'test',
  }));
  const quotes: Quote[] = (s.quotes ?? []).map((q) => {
    const a = q.speaker ? byName.get(q.speaker[0]) : undefined;
    return {
      ...span(text, q.text), text: q.text, kind: 'direct', rule: 'test',
      speaker: q.speaker ? { actor: a?.id ?? null, name: q.speaker[0], code: q.speaker[1], ...(a ? span(text, a.mentions[0].text) : { start: 0, end: 0 }) } : null,
      cue: q.cue ? { ...span(text, q.cue), text: q.cue } : null, date: q.date ?? null,
    };
  });
  return {
    id: s.id, title: s.title ?? null, url: s.url ?? null, source: s.source ?? null,
    date: s.date ? { value: s.date, source: 'metadata' } : { value: null, source: 'none' },
    text, structure: { caption: null, related: [], byline: null, dateline: null, blockquotes: [] } as Analysis['structure'],
    sentences: [{ start: 0, end: text.length }], actors, times: [], places: [], quotes, events,
  };
}

export function input(a: Analysis, duplicateOf: string | null = null): StoredArticleInput {
  return {
    analysis: a, origin: `test:${a.id}`, textHash: textHash(a.text), fingerprint: null,
    duplicateOf: duplicateOf ? { original: duplicateOf, similarity: 0.97 } : null,
  };
}

const ACTORS: NonNullable<AnalysisSpec['actors']> = [
  { id: 'a1', name: 'Iran', code: 'IRN', country: 'IRN', kind: 'state', words: ['Tehran'] },
  { id: 'a2', name: 'Russia', code: 'RUS', country: 'RUS', kind: 'state', words: ['Moscow'] },
  { id: 'a3', name: 'Sergei Lavrov', code: 'RUSGOV', country: 'RUS', kind: 'person', words: ['Lavrov'] },
  { id: 'a4', name: 'United Nations', code: 'IGOUNO', country: null, kind: 'organization', words: ['United Nations'] },
];

/** A small corpus: three reports and a syndicated copy of the first, from another outlet. */
export function corpus(): { original: Analysis; other: Analysis; third: Analysis; copy: Analysis } {
  const t1 = 'Tehran and Moscow signed a grain accord on Monday. Lavrov said: "The accord serves both our peoples." '
    + 'Tehran also criticized the United Nations over its report.';
  const original = makeAnalysis({
    id: 'wire-1', text: t1, date: '2021-03-02', title: 'Grain accord signed', url: 'https://wire.example/a1', source: 'Wire',
    actors: ACTORS,
    events: [
      { evidence: 'Tehran and Moscow signed a grain accord on Monday.', source: ['Iran', 'IRN'], target: ['Russia', 'RUS'],
        cameo: '057', plover: 'AGREE', quad: 1, goldstein: 8, date: '2021-03-01',
        place: { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 } },
      { evidence: 'Tehran also criticized the United Nations over its report.', source: ['Iran', 'IRN'],
        target: ['United Nations', 'IGOUNO'], cameo: '111', plover: 'DISAPPROVE', quad: 3, goldstein: -2 },
    ],
    quotes: [{ text: 'The accord serves both our peoples.', speaker: ['Sergei Lavrov', 'RUSGOV'], cue: 'said' }],
  });
  const copy = makeAnalysis({
    id: 'paper-7', text: t1 + ' Reporting by staff.', date: '2021-03-02', url: 'https://paper.example/world/7', source: 'Paper',
    actors: ACTORS,
    events: [
      { evidence: 'Tehran and Moscow signed a grain accord on Monday.', source: ['Iran', 'IRN'], target: ['Russia', 'RUS'],
        cameo: '057', plover: 'AGREE', quad: 1, goldstein: 8, date: '2021-03-01' },
    ],
  });
  const t2 = 'Moscow threatened sanctions against Tehran in April. Lavrov warned that talks could end.';
  const other = makeAnalysis({
    id: 'wire-2', text: t2, date: '2021-04-20', url: 'https://wire.example/a2', source: 'Wire', actors: ACTORS.slice(0, 3),
    events: [
      { evidence: 'Moscow threatened sanctions against Tehran in April.', source: ['Russia', 'RUS'], target: ['Iran', 'IRN'],
        cameo: '1312', plover: 'THREATEN', quad: 3, goldstein: -5.8, date: '2021-04' },
    ],
    quotes: [{ text: 'talks could end', speaker: ['Sergei Lavrov', 'RUSGOV'], cue: 'warned' }],
  });
  const t3 = 'The United Nations sent aid convoys to the border region after the floods.';
  const third = makeAnalysis({
    id: 'wire-3', text: t3, date: '2021-04-22', url: 'https://wire.example/a3', source: 'Wire', actors: ACTORS.slice(3),
    events: [
      { evidence: 'The United Nations sent aid convoys to the border region after the floods.', source: ['United Nations', 'IGOUNO'],
        target: null, cameo: '0731', plover: 'AID', quad: 2, goldstein: 7.4 },
    ],
  });
  return { original, other, third, copy };
}
