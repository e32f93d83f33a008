// Raw coded clauses -> contract events: one per (source code, target code) pair, with the CAMEO table's QuadClass,
// Goldstein value and PLOVER type, the evidence span (the sentence), the trigger and the rule.
import type { CodedEvent, EventArgument } from '../model/analysis.js';
import type { EventsKnowledge } from './knowledge.js';
import { describeCode } from './cameo-table.js';
import type { RawEvent } from './code-sentence.js';
import type { SentenceView } from './sentence-view.js';
import { mentionCodes } from './agents.js';

/** The arguments one mention gives: one per code it stands for (several for "FRO/BIL/SAM" or shared agents). */
function argumentsOf(view: SentenceView, codes: string[][], m: number): EventArgument[] {
  const refs = view.mentions[m].refs;
  return codes[m].map((code) => {
    const r = refs.find((x) => (x.actor.code ?? '').split('/').includes(code)) ?? refs[0];
    return { actor: r.place ? null : r.actor.id, code, start: r.mention.start, end: r.mention.end, text: r.mention.text };
  });
}

/** Whether one of the role codes after an actor code's country is in `roles` ("USALEG": LEG). */
function hasRole(code: string, roles: ReadonlySet<string>): boolean {
  for (let i = 3; i + 3 <= code.length; i += 3) if (roles.has(code.slice(i, i + 3))) return true;
  return false;
}

/** Whether an actor code bears arms: a state (a bare country code) or an armed role (clause-words.yaml). */
function armed(kb: EventsKnowledge, code: string | null): boolean {
  return !!code && (code.length === 3 || hasRole(code, kb.words.armedRoles));
}

/** Whether an actor code is a political actor that bears no arms (a senator, a ministry, a newspaper). */
function political(kb: EventsKnowledge, code: string | null): boolean {
  return !!code && !armed(kb, code) && hasRole(code, kb.words.politicalRoles);
}

/** QuadClass and Goldstein of a code; codes outside the table take their root's QuadClass. */
export function classify(kb: EventsKnowledge, code: string): { quadClass: 1 | 2 | 3 | 4; goldstein: number; plover: string | null } {
  const row = describeCode(kb.cameo, code);
  if (row) return { quadClass: row.quadClass, goldstein: row.goldstein, plover: row.plover };
  const root = Number(code.slice(0, 2));
  const quadClass = root >= 1 && root <= 4 ? 1 : root <= 8 && root > 0 ? 2 : root <= 13 && root > 0 ? 3 : root > 0 && root <= 20 ? 4 : 1;
  return { quadClass, goldstein: 0, plover: null };
}

/** Whether two arguments are one actor: the same actor record, or the same code where either is no actor record (a
 *  place or a bare code). Two people who share a code (two US politicians, USAELI) are two actors: their dealings
 *  are domestic events, as GDELT codes them. */
function sameActor(a: EventArgument, b: EventArgument): boolean {
  if (a.code !== b.code) return false;
  return a.actor === null || b.actor === null || a.actor === b.actor;
}

/** The events of one sentence; `seen` (per document) drops repeats of the same pair, code and trigger. Ids are left
 *  for the caller. */
export function buildEvents(view: SentenceView, raws: RawEvent[], kb: EventsKnowledge, seen: Set<string>): CodedEvent[] {
  const out: CodedEvent[] = [];
  if (!raws.length) return out;
  const codes = mentionCodes(view, kb.words);
  const start = view.toks[0].start;
  const end = view.toks[view.toks.length - 1].end;
  for (const raw of raws) {
    const trig = { start: view.toks[raw.trigger.first].start, end: view.toks[raw.trigger.last].end };
    const verbal = kb.style.dictionary === 'builtin' && kb.words.verbalForce.has(view.low[raw.trigger.first]);
    const emit = (source: EventArgument, target: EventArgument, given: string) => {
      if (!source.code || !target.code || sameActor(source, target)) return;
      // "attacked", "clashed" between two political actors is said, not done
      const unarmed = verbal && kb.words.physicalForceRoots.has(given.slice(0, 2)) && political(kb, source.code) && political(kb, target.code);
      const code = unarmed ? kb.words.verbalForceCode : given;
      const key = `${source.code}>${target.code}:${code}@${trig.start}`;
      if (seen.has(key)) return;
      seen.add(key);
      const cls = classify(kb, code);
      const rule = unarmed ? `${raw.rule} (${given} between unarmed parties: ${code})` : raw.rule;
      out.push({ id: '', start, end, source, target, cameo: code, plover: cls.plover, quadClass: cls.quadClass, goldstein: cls.goldstein, date: null, place: null, rule, _trigger: trig });
    };
    // a place stands for its country: the source's own country is no target ("X visited St. Louis" for a US actor,
    // a protest in a city is no protest against its country), except for force, coercion and violence (15-20) by
    // an armed source, where a country's own places are fought over ("rebels seized the capital")
    const force = kb.words.contestedRoots.has(raw.code.slice(0, 2));
    const pairs = (a: number, b: number) => {
      for (const source of argumentsOf(view, codes, a)) {
        const domestic = !force || !armed(kb, source.code);
        const byPlace = (m: number) => domestic && view.mentions[m].refs.every((r) => r.place);
        for (const target of argumentsOf(view, codes, b)) {
          if (byPlace(b) && source.code?.slice(0, 3) === target.code) continue;
          if (byPlace(a) && target.code?.slice(0, 3) === source.code) continue;
          emit(source, target, raw.code);
          if (raw.reverse) emit(target, source, raw.reverse);
        }
      }
    };
    if (raw.mutual) {
      // members of a compound act on each other
      for (const a of raw.sources) for (const b of raw.sources) if (a !== b) pairs(a, b);
      continue;
    }
    for (const s of raw.sources) for (const t of raw.targets) pairs(s, t);
  }
  return out;
}
