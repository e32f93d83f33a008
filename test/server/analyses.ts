// Hand-made Analyses over texts of our own, so the API tests depend on the store and the server only, not on
// what the analysis layers find today. Offsets are found by searching the text for each surface string.
import type { Actor, Analysis, CodedEvent, Quote, TimeExpression } from '../../src/model/analysis.js';
import type { StoredArticleInput } from '../../src/store/store.js';
import { createHash } from 'node:crypto';

interface ActorSpec { id: string; name: string; code: string; country: string; kind: Actor['kind']; surfaces: string[] }
interface EventSpec { id: string; evidence: string; source: string; target: string; cameo: string; plover: string | null; quadClass: 1 | 2 | 3 | 4; goldstein: number; date: string; rule: string }
interface QuoteSpec { text: string; speaker: string; surface: string; cue: string; date: string }

function span(text: string, surface: string, from = 0) {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`"${surface}" is not in the test text`);
  return { start, end: start + surface.length, text: surface };
}

export function makeAnalysis(o: {
  id: string; title: string; date: string; text: string;
  actors: ActorSpec[]; events: EventSpec[]; quotes: QuoteSpec[]; times: [string, string][];
}): Analysis {
  const { text } = o;
  const actors: Actor[] = o.actors.map((a) => ({
    id: a.id, name: a.name, code: a.code, country: a.country, kind: a.kind,
    mentions: a.surfaces.map((s) => span(text, s)),
  }));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const arg = (id: string) => ({ actor: id, code: byId.get(id)!.code, ...span(text, byId.get(id)!.mentions[0].text) });
  const events: CodedEvent[] = o.events.map((e) => {
    const ev = span(text, e.evidence);
    return {
      id: e.id, start: ev.start, end: ev.end, source: arg(e.source), target: arg(e.target), cameo: e.cameo, plover: e.plover,
      quadClass: e.quadClass, goldstein: e.goldstein, date: e.date, place: null, rule: e.rule,
    };
  });
  const quotes: Quote[] = o.quotes.map((q) => {
    const who = byId.get(q.speaker)!;
    const s = span(text, q.surface);
    return {
      ...span(text, q.text), kind: 'direct', rule: 'test',
      speaker: { actor: who.id, name: who.name, code: who.code, start: s.start, end: s.end },
      cue: span(text, q.cue), date: q.date,
    };
  });
  const times: TimeExpression[] = o.times.map(([surface, value]) => ({ ...span(text, surface), type: 'DATE', value }));
  return {
    id: o.id, title: o.title, url: null, source: 'test wire', date: { value: o.date, source: 'metadata' }, text,
    structure: { caption: null, related: [], byline: null, dateline: null, blockquotes: [] },
    sentences: [{ start: 0, end: text.length }], actors, times, places: [], quotes, events,
  };
}

const NOR = { id: 'a1', name: 'Norway', code: 'NOR', country: 'NOR', kind: 'state' as const, surfaces: ['Norway'] };
const SWE = { id: 'a2', name: 'Sweden', code: 'SWE', country: 'SWE', kind: 'state' as const, surfaces: ['Sweden'] };

/** Two articles: Norway accuses Sweden (conflict) in March; the two agree to meet (cooperation) in April. */
export const FISH_DISPUTE = makeAnalysis({
  id: 'fish-1', title: 'Norway accuses Sweden over fishing data', date: '2024-03-05',
  text: 'Norway accused Sweden of hiding fishing data on Monday. The Swedish trade minister, Anna Berg, said: "We share every number we have."',
  actors: [NOR, SWE, { id: 'a3', name: 'Anna Berg', code: 'SWEGOV', country: 'SWE', kind: 'person', surfaces: ['Anna Berg'] }],
  events: [{ id: 'e1', evidence: 'Norway accused Sweden of hiding fishing data on Monday.', source: 'a1', target: 'a2', cameo: '112', plover: 'ACCUSE', quadClass: 3, goldstein: -2, date: '2024-03-04', rule: 'test: accuse' }],
  quotes: [{ text: 'We share every number we have.', speaker: 'a3', surface: 'Anna Berg', cue: 'said', date: '2024-03-05' }],
  times: [['Monday', '2024-03-04']],
});

export const FISH_TALKS = makeAnalysis({
  id: 'fish-2', title: 'Neighbours agree to talk', date: '2024-04-10',
  text: 'Sweden and Norway agreed on Tuesday to meet in the spring to settle the quarrel over fish.',
  actors: [{ ...SWE, surfaces: ['Sweden'] }, { ...NOR, surfaces: ['Norway'] }],
  events: [{ id: 'e1', evidence: 'Sweden and Norway agreed on Tuesday to meet in the spring', source: 'a2', target: 'a1', cameo: '036', plover: 'AGREE', quadClass: 1, goldstein: 4, date: '2024-04-09', rule: 'test: agree to meet' }],
  quotes: [],
  times: [['Tuesday', '2024-04-09']],
});

export function stored(a: Analysis): StoredArticleInput {
  return { analysis: a, origin: 'test', textHash: createHash('sha1').update(a.text).digest('hex'), fingerprint: null, duplicateOf: null };
}
