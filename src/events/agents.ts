// Sector agents spread over their countries when the actor layer has coded them only once:
//   "Soldiers from Gondor"            an agent with no country ("---MIL") takes the country after from/in/of
//   "the ambassadors of A, B and C"   an agent coded with the first country of a list holds for every country
//   "Ithilen's minister Calimehtar"   the possessor's country with the possessed mention's agent
//   "Danish media and government"     an agent with no country after "and" shares the country before it
// The codes stay the actor layer's; this only decides which code each mention stands for in an event.
import type { ClauseWords } from './clause-words.js';
import { coordinated, type SentenceView } from './sentence-view.js';
import { possessedMention } from './arguments.js';

const LINKS = new Set(['from', 'in', 'of']);
const isCountry = (code: string) => /^[A-Z]{3}$/.test(code);

/** Per mention, the codes it stands for in events (compound codes "FRO/BIL/SAM" split). */
export function mentionCodes(view: SentenceView, words: ClauseWords): string[][] {
  const codes = view.mentions.map((m) => [...new Set(m.refs.flatMap((r) => (r.actor.code ?? '').split('/').filter(Boolean)))]);
  // "Ithilen's minister Calimehtar": the agent of the possessed mention belongs to the possessor's country
  for (let i = 0; i < view.mentions.length; i++) {
    const head = possessedMention(view, i);
    if (head < 0 || codes[i].length !== 1 || !isCountry(codes[i][0])) continue;
    codes[head] = codes[head].map((c) => (c.length > 3 && !c.startsWith('---') ? codes[i][0] + c.slice(3) : c));
  }
  for (let i = 0; i < view.mentions.length; i++) {
    const m = view.mentions[i];
    // "Soldiers from Gondor [and Rohan]": ---MIL + GON -> GONMIL
    if (codes[i].length && codes[i].every((c) => c.startsWith('---'))) {
      let j = m.last + 1;
      if (j < view.toks.length && LINKS.has(view.low[j])) {
        j++;
        while (j < view.toks.length && view.mentionAt[j] < 0 && view.toks[j].pos === 'DET') j++;
        const n = j < view.toks.length ? view.mentionAt[j] : -1;
        if (n >= 0 && view.mentions[n].first === j && codes[n].every(isCountry)) {
          const countries = coordinated(view, n, words).flatMap((k) => codes[k].filter(isCountry));
          codes[i] = countries.flatMap((c) => codes[i].map((a) => c + a.slice(3)));
        }
      }
      continue;
    }
    // "the ambassadors of Arnor, Osgiliath and Gondor": ARNGOV, OSG, GON -> ARNGOV, OSGGOV, GONGOV
    const text = m.refs[0].mention.text.toLowerCase();
    if (codes[i].length !== 1 || codes[i][0].length <= 3 || !/ (of|in|from) /.test(text)) continue;
    const group = coordinated(view, i, words);
    if (group[0] !== i || group.length < 2) continue;
    const suffix = codes[i][0].slice(3);
    for (const k of group.slice(1)) {
      if (!codes[k].every(isCountry)) continue;
      codes[k] = codes[k].map((c) => c + suffix);
      // the agent phrase stands for the whole list too, for a list it heads ("lawmakers and officials in A and B")
      codes[i].push(...codes[k]);
    }
  }
  // "Lawmakers and officials in A and B": an agent with no country shares the countries of the agent it is joined to
  for (let i = 0; i < view.mentions.length; i++) {
    if (!codes[i].length || !codes[i].every((c) => c.startsWith('---'))) continue;
    const j = view.mentions[i].last + 1;
    const k = j + 1 < view.toks.length && view.low[j] === 'and' ? view.mentionAt[j + 1] : -1;
    if (k < 0 || view.mentions[k].first !== j + 1 || !/ (of|in|from) /.test(view.mentions[k].refs[0].mention.text.toLowerCase())) continue;
    const countries = [...new Set(codes[k].filter((c) => !c.startsWith('---')).map((c) => c.slice(0, 3)))];
    if (countries.length) codes[i] = countries.flatMap((c) => codes[i].map((a) => c + a.slice(3)));
  }
  // "Danish media and government": an agent with no country after "and" takes the country of the one before it
  for (let i = 0; i < view.mentions.length; i++) {
    if (!codes[i].length || !codes[i].every((c) => c.startsWith('---'))) continue;
    const j = view.mentions[i].first - 1;
    const k = j > 0 && view.low[j] === 'and' ? view.mentionAt[j - 1] : -1;
    if (k < 0 || codes[k].length !== 1 || codes[k][0].length < 6 || codes[k][0].startsWith('---')) continue;
    const prefix = codes[k][0].slice(0, -3);
    codes[i] = codes[i].map((c) => prefix + c.slice(3));
  }
  return codes;
}
