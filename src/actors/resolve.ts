// Resolution: codes from dated roles (against the document date), then in-document coreference: one actor per
// entity with every mention (surname after full name, title only, "the Administration", pronouns, metonyms).
import type { Actor, MentionForm } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import { codeAt } from './dated-roles.js';
import { countryContext } from './context-country.js';
import type { ActorsKnowledge } from './knowledge.js';
import type { Candidate } from './types.js';

interface Building {
  actor: Actor;
  key: string;
  /** surname and other single-word handles for later mentions */
  handles: Set<string>;
  /** agent code (GOV, MIL ...) the actor carries, for "the minister" / "the Administration" */
  agent: string | null;
  title: string | null;
  sent: number;
  lastEnd: number;
}

/** How far back (sentences) a bare "the minister" / "the government" may look for its antecedent. */
const ANAPHOR_WINDOW = 12;
const GROUP_WINDOW = 3;

/** country (or, for PETRARCH, the base actor's code) + agent code; PETRARCH prefix codes go first and a missing
 *  actor is "---" as PETRARCH writes it. */
function composeCode(kb: ActorsKnowledge, country: string | null, agent: string | null, pre: string | null = null): string | null {
  if (kb.petrarch) {
    if (!agent && !pre) return country;
    const base = country ?? '---';
    // as PETRARCH does, an agent code the actor's code already holds is not repeated (White House officials: USAGOV)
    const fresh = (codes: string | null) => (codes ? blocks(codes) : []).filter((b) => !blocks(base).includes(b)).join('');
    return fresh(pre) + base + fresh(agent);
  }
  if (!country) return null;
  return agent ? country + agent : country;
}

/** "she" does not refer back to a man known by a male-only given name, nor "he" to a woman. */
function genderFits(kb: ActorsKnowledge, pronoun: string, name: string): boolean {
  const space = name.indexOf(' ');
  const first = (space < 0 ? name : name.slice(0, space)).toLowerCase();
  const female = kb.cues.femaleNames.has(first);
  const male = kb.cues.maleNames.has(first);
  if (pronoun === 'she') return !(male && !female);
  if (pronoun === 'he') return !(female && !male);
  return true;
}

const blocks = (code: string): string[] => code.match(/.{1,3}/g) ?? [];
function norm(s: string): string {
  let k = s.toLowerCase();
  if (k.includes('’')) k = k.replace(/’/g, "'");
  if (/\s\s|[\t\n]/.test(k)) k = k.replace(/\s+/g, ' ');
  return k.trim();
}
const lastWord = (s: string) => norm(s).split(/[\s-]+/).pop() ?? '';

/** Which mentions are proper names, common-noun phrases or pronouns, by the rule that found them. */
function formOf(rule: string): MentionForm {
  if (rule === 'pronoun') return 'pronoun';
  if (rule === 'country+agent' || rule === 'actor+agent' || rule === 'agent-of-country' || rule === 'country+title' || rule === 'agent') return 'nominal';
  return 'name';
}

/** Whether a name is a known place (the places layer's gazetteer), when that is known. */
export type PlaceTest = (name: string) => boolean;

export function resolve(doc: Doc, kb: ActorsKnowledge, candidates: Candidate[], isPlace: PlaceTest = () => false): Actor[] {
  const day = doc.date.value;
  const byKey = new Map<string, Building>();
  const order: Building[] = [];
  const sentOf = (c: Candidate) => doc.tokens[c.t0]?.sent ?? 0;

  const add = (key: string, c: Candidate, make: () => Omit<Actor, 'id' | 'mentions'>, extra: Partial<Building> = {}): Building => {
    let b = byKey.get(key);
    if (!b) {
      b = { actor: { id: '', ...make(), mentions: [] }, key, handles: new Set(), agent: null, title: null, sent: 0, lastEnd: 0, ...extra };
      (b.actor as Actor & { _rule?: string })._rule = c.rule;
      byKey.set(key, b);
      order.push(b);
    }
    mention(b, c);
    return b;
  };
  const mention = (b: Building, c: Candidate) => {
    const m: Record<string, unknown> = { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), form: formOf(c.rule), _rule: c.rule };
    if (c.phraseStart !== undefined) m._phrase = { start: c.phraseStart, end: c.end };
    if (c.title) m._title = c.title;
    b.actor.mentions.push(m as unknown as Actor['mentions'][number]);
    b.sent = sentOf(c);
    b.lastEnd = c.end;
    if (c.title && !b.title) b.title = norm(c.title);
  };
  /** the most recent actor before c satisfying `ok`, within the anaphor window */
  const recent = (c: Candidate, ok: (b: Building) => boolean, window = ANAPHOR_WINDOW): Building | null => {
    let best: Building | null = null;
    for (const b of order) {
      if (b.lastEnd > c.start || sentOf(c) - b.sent > window) continue;
      if (ok(b) && (!best || b.lastEnd > best.lastEnd)) best = b;
    }
    return best;
  };
  const where = countryContext(doc, kb, candidates);

  /** single capitalized words that may be the surname of someone named in full later */
  const pending: Candidate[] = [];
  /** dictionary surnames opening a sentence: kept only if their person is named elsewhere */
  const pendingDefs: Candidate[] = [];
  candidates.forEach((c, idx) => {
    if (c.rule === 'setting') return;
    const def = c.def;
    // a surname alone goes to the person of that surname the text has named ("Bush" after "Jeb Bush")
    if (c.rule === 'dictionary-surname' || c.rule === 'dictionary-surname?') {
      const key = norm(c.name ?? '');
      const named = recent(c, (x) => x.actor.kind === 'person' && x.handles.has(key)) ?? order.find((x) => x.actor.kind === 'person' && x.handles.has(key));
      if (named) {
        mention(named, c);
        return;
      }
      if (c.rule === 'dictionary-surname?') {
        pendingDefs.push(c);
        return;
      }
    }
    if (c.kind === 'person' && def) {
      const b = add(`def:${def.key}`, c, () => ({ name: def.name, code: codeAt(def, day), country: def.country, kind: 'person', _def: def }) as Omit<Actor, 'id' | 'mentions'>);
      // "Lavrov" after "Sergei Lavrov", "Hillary" after "Hillary Clinton"
      b.handles.add(lastWord(def.name));
      if (def.name.includes(' ')) b.handles.add(norm(def.name.slice(0, def.name.indexOf(' '))));
      b.agent ??= c.agent ?? codeAt(def, day)?.slice(3, 6) ?? null;
      return;
    }
    if (def && c.kind !== 'state' && !c.agent) {
      const b = add(`def:${def.key}`, c, () => ({ name: def.name, code: codeAt(def, day), country: kb.petrarch ? null : def.country, kind: def.kind, _def: def }) as Omit<Actor, 'id' | 'mentions'>);
      // "the Post" after "the Washington Post"
      if (!kb.petrarch) b.handles.add(lastWord(def.name)).add(lastWord(c.name ?? doc.text.slice(c.start, c.end)));
      return;
    }
    // PETRARCH: an agent's code joins its actor's code on the day ("HOBGOV"), or "---" when there is none
    const base = c.baseDef && kb.petrarch ? codeAt(c.baseDef, day) : c.country;
    switch (c.anaphor) {
      case 'pronoun': {
        const pronoun = doc.text.slice(c.start, c.end).toLowerCase();
        const b = recent(c, (x) => (c.kind === 'person' ? x.actor.kind === 'person' && genderFits(kb, pronoun, x.actor.name) : x.actor.kind !== 'person'));
        if (b) mention(b, c);
        return;
      }
      case 'surname': {
        const key = norm(c.name ?? '');
        const b = recent(c, (x) => x.actor.kind === 'person' && x.handles.has(key)) ?? order.find((x) => x.handles.has(key) && x.actor.kind !== 'state') ?? null;
        if (b) mention(b, c);
        else if (c.rule === 'unknown-name') add(`name:${key}`, c, () => ({ name: c.name ?? '', code: null, country: null, kind: c.kind }));
        else pending.push(c);
        return;
      }
      case 'agent': {
        if (kb.petrarch) {
          const code = composeCode(kb, null, c.agent, c.agentPre ?? null);
          add(`agent:${code}:${c.start}`, c, () => ({ name: doc.text.slice(c.start, c.end), code, country: null, kind: c.kind }));
          return;
        }
        if (c.kind === 'person' && c.indefinite) {
          const country = where.around(idx);
          if (!country) return;
          const code = composeCode(kb, country, c.agent);
          add(`indefinite:${c.start}`, c, () => ({ name: doc.text.slice(c.start, c.end), code, country, kind: 'person' }), { agent: c.agent, title: norm(c.title ?? '') });
          return;
        }
        if (c.kind === 'person') {
          const head = lastWord(c.title ?? '');
          const b = recent(c, (x) => x.actor.kind === 'person' && (x.title?.endsWith(head) ?? false));
          if (b) mention(b, c);
          return;
        }
        // "the Administration" may look far back; "militants" only to the sentences just before; neither past a
        // country their own sentence names ("..., in Nigeria, police said" are not the police of the story before;
        // "Israelis protested against the government" is Israel's)
        const b = recent(c, (x) => x.actor.kind === c.kind && x.agent === c.agent, c.kind === 'group' ? GROUP_WINDOW : ANAPHOR_WINDOW);
        const group = c.kind === 'group';
        const here = where.sentence(idx, !group);
        if (b && (!here || b.actor.country === here)) {
          mention(b, c);
          return;
        }
        const country = here ?? where.around(idx, group ? here : undefined);
        if (!country && !kb.petrarch) return;
        const code = composeCode(kb, country, c.agent);
        add(`agent:${code}:${c.kind}`, c, () => ({ name: doc.text.slice(c.start, c.end), code, country, kind: c.kind }), { agent: c.agent });
        return;
      }
    }
    if (c.kind === 'state' || c.rule === 'seat-of-government') {
      const country = c.country;
      // "Jordan" after "Rep. Jim Jordan" is the person, not the country
      const asPerson = c.rule === 'country' || c.rule === 'capital-metonym' ? order.find((x) => x.actor.kind === 'person' && x.handles.has(norm(doc.text.slice(c.start, c.end)))) : undefined;
      if (asPerson) {
        mention(asPerson, c);
        return;
      }
      if (c.agent) {
        const code = composeCode(kb, country, c.agent);
        add(`agent:${code}:organization`, c, () => ({ name: doc.text.slice(c.start, c.end), code, country, kind: 'organization' }), { agent: c.agent });
      } else {
        add(`state:${country}`, c, () => ({ name: def?.name ?? doc.text.slice(c.start, c.end), code: def?.code ?? country, country, kind: 'state' }));
      }
      return;
    }
    if (c.agent || c.agentPre) {
      // a composite: "Russian Foreign Minister Sergei Lavrov" (unknown name), "the Turkish defence minister",
      // "the Trump Administration", "Syrian rebels"
      const code = composeCode(kb, base, c.agent, c.agentPre ?? null);
      if (c.kind === 'person') {
        if (c.name) {
          const b = add(`name:${norm(c.name)}`, c, () => ({ name: c.name!, code, country: c.country, kind: 'person' }), { agent: c.agent });
          b.handles.add(lastWord(c.name));
        } else add(`title:${c.country}:${norm(c.title ?? '')}`, c, () => ({ name: doc.text.slice(c.start, c.end), code, country: c.country, kind: 'person' }), { agent: c.agent });
        return;
      }
      add(`agent:${code}:${c.kind}`, c, () => ({ name: doc.text.slice(c.start, c.end), code, country: c.country, kind: c.kind }), { agent: c.agent });
      return;
    }
    if (c.name) {
      const key = norm(c.name);
      // a single word naming a body already met ("the Post" after "the Washington Post")
      if (!key.includes(' ')) {
        const b = order.find((x) => x.actor.kind !== 'person' && x.actor.kind !== 'state' && x.handles.has(key));
        if (b) {
          mention(b, c);
          return;
        }
      }
      // capitalized words with no sign of a person or a body, that the gazetteer knows, are left to the places layer
      if (c.rule === 'unknown-name?' && !byKey.has(`name:${key}`) && isPlace(c.name)) return;
      // a full name seen before, or a surname of one ("Lavrov" after "Sergei Lavrov") handled above
      const b = add(`name:${key}`, c, () => ({ name: c.name!, code: null, country: c.country, kind: c.kind }));
      b.handles.add(lastWord(c.name));
      // people met in full may be called by their given name alone ("Melania")
      // (not a given name that is also a place: "Charlotte" alone is the city)
      if (c.kind === 'person' && key.includes(' ') && !isPlace(c.name.slice(0, c.name.indexOf(' ')))) b.handles.add(key.split(' ')[0]);
    }
  });
  for (const c of pendingDefs) {
    const b = byKey.get(`def:${c.def?.key}`);
    if (b) mention(b, c);
  }
  for (const c of pending) {
    const key = norm(c.name ?? '');
    const full = order.find((x) => x.actor.kind === 'person' && x.handles.has(key) && norm(x.actor.name).includes(' '));
    if (full) mention(full, c);
    // a lone proper noun that is no one's surname, no place and no people ("Harvard", "Politico") is a body
    else if (c.lone && !kb.demonyms.has(key) && !kb.demonyms.has(key.replace(/s$/, '')) && !isPlace(c.name ?? '')) {
      add(`name:${key}`, c, () => ({ name: c.name ?? '', code: null, country: null, kind: 'organization' }));
    }
  }
  // a surname met before the full name ("Flynn says ..." in a headline, "Michael Flynn" below) joins that person
  for (const b of order) {
    if (b.actor.kind !== 'person' || b.actor.code !== null || b.key.includes(' ') || !b.key.startsWith('name:')) continue;
    const word = b.key.slice(5);
    const full = order.find((x) => x !== b && x.actor.kind === 'person' && x.actor.mentions.length && x.handles.has(word) && norm(x.actor.name).includes(' '));
    if (!full) continue;
    full.actor.mentions.push(...b.actor.mentions);
    b.actor.mentions = [];
  }
  const actors = order.map((b) => b.actor).filter((a) => a.mentions.length);
  actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  actors.forEach((a, i) => {
    a.id = `a${i + 1}`;
    a.mentions.sort((x, y) => x.start - y.start);
  });
  return actors;
}
