// Synthetic Analyses for the API benchmark: articles of generated sentences ("Ruritania accused Freedonia on
// 2019-05-04."), each event pointing at its sentence, drawn from a seeded generator so every run stores the same
// corpus. The codes are made up for the benchmark (three letters, and GOV/MIL agents).
import type { Actor, Analysis, CodedEvent } from '../src/model/analysis.js';

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** CAMEO codes with their QuadClass, Goldstein score and a verb for the generated sentence. */
const ACTIONS: [string, 1 | 2 | 3 | 4, number, string][] = [
  ['010', 1, 0, 'made a statement about'], ['020', 1, 3, 'appealed to'], ['036', 1, 4, 'agreed to meet'],
  ['040', 1, 1, 'consulted'], ['042', 1, 1.9, 'visited'], ['051', 1, 3.4, 'praised'], ['057', 1, 8, 'signed an agreement with'],
  ['061', 2, 6.4, 'cooperated economically with'], ['070', 2, 7, 'sent aid to'], ['081', 2, 5, 'eased sanctions on'],
  ['111', 3, -2, 'criticized'], ['112', 3, -2, 'accused'], ['120', 3, -4, 'rejected a proposal from'],
  ['130', 3, -4.4, 'threatened'], ['163', 4, -8, 'imposed an embargo on'], ['172', 4, -5, 'imposed sanctions on'],
  ['190', 4, -10, 'fought'], ['193', 4, -10, 'attacked'], ['173', 4, -5, 'arrested citizens of'], ['141', 3, -6.5, 'protested against'],
];

export interface SyntheticOptions {
  articles: number;
  eventsPerArticle: number;
  countries: number;
  seed: number;
}

export function* syntheticAnalyses(o: SyntheticOptions): Generator<Analysis> {
  const rnd = prng(o.seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const countries = Array.from({ length: o.countries }, (_, i) => {
    const code = LETTERS[i % 26] + LETTERS[Math.floor(i / 26) % 26] + 'X';
    return { code, name: `Land ${code}` };
  });
  const start = Date.UTC(2015, 0, 1);
  const days = 365 * 10;
  for (let n = 0; n < o.articles; n++) {
    const day = new Date(start + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10);
    const actors = new Map<string, Actor>();
    const events: CodedEvent[] = [];
    let text = '';
    for (let k = 0; k < o.eventsPerArticle; k++) {
      const s = pick(countries);
      let t = pick(countries);
      while (t === s) t = pick(countries);
      const sCode = s.code + (rnd() < 0.5 ? 'GOV' : '');
      const tCode = t.code + (rnd() < 0.2 ? 'MIL' : '');
      const [cameo, quadClass, goldstein, verb] = pick(ACTIONS);
      const sentenceStart = text.length;
      const sName = sCode.endsWith('GOV') ? `the government of ${s.name}` : s.name;
      const sStart = text.length;
      text += sName;
      const sEnd = text.length;
      text += ` ${verb} `;
      const tStart = text.length;
      text += t.name;
      const tEnd = text.length;
      text += ` on ${day}.`;
      const sentenceEnd = text.length;
      text += ' ';
      const actor = (code: string, name: string, mention: { start: number; end: number }) => {
        const id = `a${code}`;
        const a = actors.get(id) ?? { id, name, code, country: code.slice(0, 3), kind: 'state' as const, mentions: [] };
        a.mentions.push({ ...mention, text: '' });
        actors.set(id, a);
        return id;
      };
      const src = actor(sCode, sName, { start: sStart, end: sEnd });
      const tgt = actor(tCode, t.name, { start: tStart, end: tEnd });
      events.push({
        id: `e${k + 1}`, start: sentenceStart, end: sentenceEnd,
        source: { actor: src, code: sCode, start: sStart, end: sEnd }, target: { actor: tgt, code: tCode, start: tStart, end: tEnd },
        cameo, plover: null, quadClass, goldstein, date: day, place: null, rule: 'synthetic',
      });
    }
    text = text.trimEnd();
    for (const a of actors.values()) for (const m of a.mentions) m.text = text.slice(m.start, m.end);
    yield {
      id: `synthetic-${n}`, title: `Synthetic report ${n}`, url: null, source: `wire ${n % 7}`,
      date: { value: day, source: 'metadata' }, text,
      structure: { caption: null, related: [], byline: null, dateline: null, blockquotes: [] },
      sentences: events.map((e) => ({ start: e.start, end: e.end })),
      actors: [...actors.values()], times: [], places: [], quotes: [], events,
    };
  }
}
