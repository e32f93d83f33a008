// Recognition: dictionary matches over the words of each sentence, composed by a few patterns into mention
// candidates (country + agent, title + name, agent of country, capitalized names in no dictionary, pronouns that
// start a speech clause). Codes and coreference wait for resolve.ts, once the document date is known.
import type { ActorKind } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import type { ActorsKnowledge } from './knowledge.js';
import type { ActorDef, AgentDef, Candidate, Entry } from './types.js';
import { wordsOf, type Word } from './words.js';

/** A dictionary match over words [i, j). */
interface Span {
  i: number;
  j: number;
  /** what the span is, after choosing among its entries */
  as: 'country' | 'actor' | 'agent';
  entry: Entry;
  def: ActorDef | null;
  agent: AgentDef | null;
  used: boolean;
}

const TYPE_RANK: Record<Entry['type'], number> = { actor: 0, seat: 1, state: 2, capital: 3, adjective: 4, surname: 5, agent: 6 };

interface Ctx {
  kb: ActorsKnowledge;
  words: Word[];
  /** span index covering each word, or -1 */
  spanAt: number[];
  spans: Span[];
  out: Candidate[];
  text: string;
  relatedPara: Set<number>;
  paraOf: (w: Word) => number;
  /** words already inside a candidate */
  covered: number[];
  /** words the document also writes in lower case: capitalized, they are no names by themselves */
  lowercase: Set<string> | null;
  /** whether a name is a known place (the places layer's gazetteer, when there is one) */
  isPlace: (name: string) => boolean;
}

export function recognize(doc: Doc, kb: ActorsKnowledge, isPlace: (name: string) => boolean = () => false): Candidate[] {
  const words = wordsOf(doc);
  // (plain arrays, not typed ones, here and for `covered`: a typed array this size is allocated outside the heap,
  // which costs more per document than filling it)
  const spanAt = new Array<number>(words.length).fill(-1);
  const spans: Span[] = [];
  // leftmost-longest dictionary matches, never across a sentence boundary
  let i = 0;
  while (i < words.length) {
    let end = i;
    while (end < words.length && words[end].sent === words[i].sent) end++;
    for (let k = i; k < end; ) {
      const m = kb.matcher.starts(words[k].key) ? kb.matcher.longest(words, k, end) : null;
      if (!m) {
        k++;
        continue;
      }
      let entry = m.entries[0];
      for (const e of m.entries) if (TYPE_RANK[e.type] < TYPE_RANK[entry.type]) entry = e;
      // a surname alone must be tagged a proper noun ("Lavrov said", not "Hunt for the killers")
      if (entry.type === 'surname' && words[k].pos !== 'PROPN') {
        k++;
        continue;
      }
      const span: Span = {
        i: k,
        j: k + m.length,
        as: entry.type === 'agent' ? 'agent' : entry.type === 'actor' || entry.type === 'surname' ? 'actor' : 'country',
        entry,
        def: entry.type === 'agent' ? null : kb.actors[entry.ref],
        agent: entry.type === 'agent' ? kb.agents[entry.ref] : null,
        used: false,
      };
      for (let w = span.i; w < span.j; w++) spanAt[w] = spans.length;
      spans.push(span);
      k = span.j;
    }
    i = end;
  }
  const relatedPara = new Set(doc.paragraphs.filter((p) => p.kind === 'related').map((p) => p.i));
  const ctx: Ctx = { kb, words, spanAt, spans, out: [], text: doc.text, relatedPara, paraOf: (w) => doc.tokens[w.tok].para, covered: new Array<number>(words.length).fill(0), isPlace, lowercase: null };
  for (let s = 0; s < spans.length; s++) if (!spans[s].used) compose(ctx, s);
  unknownNames(ctx);
  pronouns(ctx);
  ctx.out.sort((a, b) => a.start - b.start || b.end - a.end);
  return ctx.out;
}

// ---------- helpers ----------

const spanOf = (ctx: Ctx, w: number): Span | null => (w >= 0 && w < ctx.words.length && ctx.spanAt[w] >= 0 ? ctx.spans[ctx.spanAt[w]] : null);
const sameSent = (ctx: Ctx, a: number, b: number) => b >= 0 && b < ctx.words.length && ctx.words[a].sent === ctx.words[b].sent;

/** The country a span carries: a state, adjective, capital or seat; or a dictionary actor's country. */
function countryOf(span: Span): string | null {
  if (span.as === 'country') return span.def?.country ?? null;
  if (span.as === 'actor') return span.def?.country ?? null;
  return null;
}

/** A capitalized word that can be part of a name (not a dictionary match, not a function word). */
function nameWord(ctx: Ctx, w: number): boolean {
  const x = ctx.words[w];
  if (!x || !x.alpha || !x.cap || ctx.spanAt[w] >= 0) return false;
  if (ctx.kb.cues.notNames.has(x.key) || ctx.kb.cues.personHonorifics.has(x.key)) return false;
  return true;
}

/** A name word that can lead a name: not a capitalized sentence opener that is no proper noun ("Earlier"). */
function nameLead(ctx: Ctx, w: number): boolean {
  if (!nameWord(ctx, w)) return false;
  const x = ctx.words[w];
  const sentStart = w === 0 || ctx.words[w - 1].sent !== x.sent;
  return !sentStart || x.pos === 'PROPN' || ctx.kb.cues.givenNames.has(x.key);
}

/** A dictionary span an unknown name may take in (it was left unused because a name word stands before it):
 *  a country word ("South America"), a one-word person alias ("Melania Trump"), a capitalized agent
 *  ("Harbour Workers Union", "Center for Public Opinion Research"). */
function absorbable(ctx: Ctx, j: number): Span | null {
  const sp = spanOf(ctx, j);
  if (!sp || sp.i !== j || sp.used || ctx.kb.petrarch) return null;
  for (let k = sp.i; k < sp.j; k++) if (!ctx.words[k].cap && ctx.words[k].alpha) return null;
  return sp;
}

/** End (exclusive) of a run of name words starting at w: capitalized words joined by hyphens or connectors
 *  ("Abu Bakr al-Baghdadi", "Bank of England"); absorbs dictionary countries after a connector. */
function nameRun(ctx: Ctx, w: number, allowSpans = false, afterSpan = false): number {
  if (!afterSpan && !nameWord(ctx, w)) return w;
  let j = w + 1;
  for (;;) {
    if (!sameSent(ctx, w, j)) break;
    if (nameWord(ctx, j)) {
      j++;
      continue;
    }
    const x = ctx.words[j];
    // a dictionary word left to the name ("North American Free Trade Agreement", "Melania Trump")
    const inner = allowSpans ? absorbable(ctx, j) : null;
    if (inner && sameSent(ctx, w, inner.j - 1) && (inner.as !== 'country' || nameWord(ctx, inner.j) || inner.def?.kind !== 'state' || deferred(ctx, inner))) {
      j = inner.j;
      continue;
    }
    // a hyphen or a connector inside a name, when a name word follows ("al-Baghdadi", "Institute for Peace")
    const bodyJoin = ctx.kb.cues.bodyConnectors.has(x.key) && ctx.kb.cues.organizationHeads.has(ctx.words[j - 1].key);
    if ((x.key === '-' || ctx.kb.cues.nameConnectors.has(x.key) || bodyJoin) && !x.cap && j + 1 < ctx.words.length && sameSent(ctx, w, j + 1)) {
      if (nameWord(ctx, j + 1)) {
        j += 2;
        continue;
      }
      const sp = allowSpans && x.key !== '-' ? absorbable(ctx, j + 1) : null;
      if (sp && sameSent(ctx, w, sp.j - 1)) {
        j = sp.j;
        continue;
      }
    }
    break;
  }
  return j;
}

function textOf(ctx: Ctx, a: number, b: number): string {
  return ctx.text.slice(ctx.words[a].start, ctx.words[b - 1].end);
}

function emit(ctx: Ctx, a: number, b: number, c: Omit<Candidate, 'start' | 'end' | 't0' | 't1'>, from = a): Candidate {
  const cand: Candidate = { start: ctx.words[a].start, end: ctx.words[b - 1].end, t0: ctx.words[a].tok, t1: ctx.words[b - 1].tok + 1, ...c };
  ctx.out.push(cand);
  // the words of the whole phrase (a title before a name too) are taken
  for (let w = from; w < b; w++) {
    ctx.covered[w] = 1;
    const sp = spanOf(ctx, w);
    if (sp) sp.used = true;
  }
  return cand;
}

/** Consecutive agent spans from word w (e.g. "Foreign Minister" after "Russian"); returns [end, agents]. */
function agentsFrom(ctx: Ctx, w: number): [number, AgentDef[]] {
  let j = w;
  const list: AgentDef[] = [];
  for (;;) {
    const sp = spanOf(ctx, j);
    if (!sp || sp.i !== j || sp.as !== 'agent' || !sameSent(ctx, w, j)) break;
    list.push(sp.agent!);
    j = sp.j;
  }
  return [j, list];
}

/** The agent codes of a noun phrase: the last agent names the role ("defence ministry officials" are officials),
 *  unless a group names the side its people belong to ("rebel commanders" are rebels);
 *  PETRARCH dictionaries instead join every agent's code, prefix codes before the actor's ("NGO~"). */
function agentCodes(ctx: Ctx, agents: AgentDef[]): { pre: string | null; post: string | null } {
  if (!agents.length) return { pre: null, post: null };
  if (!ctx.kb.petrarch) {
    // a side named before a person's title is the side ("rebel commanders", "police officers"): its people lead it
    const last = agents[agents.length - 1];
    const side = last.kind === 'person' ? agents.slice(0, -1).reverse().find((a) => a.kind === 'group') : undefined;
    return { pre: null, post: (side ?? last).code };
  }
  const pre: string[] = [];
  const post: string[] = [];
  for (const a of agents) {
    const list = a.prefix ? pre : post;
    if (!list.includes(a.code)) list.push(a.code);
  }
  return { pre: pre.join('') || null, post: post.join('') || null };
}

/** A person's name right after a title at word w (a dictionary person, or capitalized words), optionally after
 *  a comma ("The Defence Secretary, Maria Lopez"). */
function nameAfterTitle(ctx: Ctx, w: number): { a: number; b: number; def: ActorDef | null } | null {
  let a = w;
  if (ctx.words[a]?.key === ',' && sameSent(ctx, w, a + 1)) a++;
  if (!sameSent(ctx, w - 1, a)) return null;
  const sp = spanOf(ctx, a);
  if (sp && sp.i === a && sp.as === 'actor' && sp.def?.kind === 'person') return { a, b: sp.j, def: sp.def };
  const b = nameRun(ctx, a, true);
  // "Queen City" is a place's nickname, not a queen named City
  const lastKey = ctx.words[b - 1]?.key;
  // a name followed by a common noun modifies it: "his official Twitter feed" names no official
  const after = ctx.words[b];
  const modifier = !!after && sameSent(ctx, b - 1, b) && after.pos === 'NOUN' && !after.cap;
  if (b > a && b - a <= 4 && !modifier && !ctx.kb.cues.notActorHeads.has(lastKey) && !ctx.kb.cues.organizationHeads.has(lastKey)) return { a, b, def: null };
  return null;
}

/** Extends an agent phrase over the rest of its noun phrase: hyphen-joined words and one following noun
 *  ("opposition-rebel bloc"). The tagger sometimes calls a verb a noun ("forces retook the city"), so a noun
 *  followed by a determiner or pronoun is taken for the verb it is. */
function extendNoun(ctx: Ctx, a: number, b: number): number {
  let j = b;
  let nouns = 0;
  while (j < ctx.words.length && sameSent(ctx, a, j)) {
    const x = ctx.words[j];
    if (x.key === '-' && j + 1 < ctx.words.length && ctx.words[j + 1].alpha && sameSent(ctx, a, j + 1)) {
      j += 2;
      continue;
    }
    if (spanOf(ctx, j)?.as === 'agent') {
      j = spanOf(ctx, j)!.j;
      continue;
    }
    const next = ctx.words[j + 1];
    const verbLike = !next || !sameSent(ctx, a, j + 1) ? false : next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NUM';
    if (x.pos === 'NOUN' && !x.cap && nouns === 0 && !verbLike && !ctx.kb.cues.speechVerbs.has(x.key)) {
      nouns++;
      j++;
      continue;
    }
    break;
  }
  return j;
}

function agentKind(a: AgentDef): ActorKind {
  return a.kind === 'person' ? 'person' : a.kind === 'group' ? 'group' : 'organization';
}

/** A capitalized body word that starts a longer name: "University of California", "Army Corps of Engineers". */
function bodyLeadsName(ctx: Ctx, sp: Span): boolean {
  if (sp.as !== 'agent' || sp.agent?.kind === 'person' || sp.used || !absorbable(ctx, sp.i)) return false;
  const next = ctx.words[sp.j];
  if (!next || !sameSent(ctx, sp.i, sp.j)) return false;
  if (nameWord(ctx, sp.j)) return true;
  return ctx.kb.cues.nameConnectors.has(next.key) && !next.cap && (nameWord(ctx, sp.j + 1) || !!absorbable(ctx, sp.j + 1)) && sameSent(ctx, sp.i, sp.j + 1);
}

/** Whether a dictionary span belongs to an unknown name before it: a name word right before it ("South America",
 *  "Melania Trump", "Harbour Workers Union"), or a name word and a connector ("Center for Public Opinion"). */
function deferred(ctx: Ctx, span: Span): boolean {
  if (ctx.kb.petrarch || !absorbable(ctx, span.i)) return false;
  if (span.as === 'actor' && (span.def?.kind !== 'person' || span.j - span.i > 1)) return false;
  // a title before a name is the title of that name ("Oversight Chairman Jason Chaffetz")
  if (span.as === 'agent' && span.agent?.kind === 'person') {
    const next = spanOf(ctx, span.j);
    if (nameWord(ctx, span.j) || (next && next.i === span.j && next.as === 'actor' && next.def?.kind === 'person')) return false;
  }
  const prev = span.i - 1;
  if (prev < 0 || !sameSent(ctx, span.i, prev)) return false;
  if (nameLead(ctx, prev) || (nameWord(ctx, prev) && prev > 0 && sameSent(ctx, prev, prev - 1))) return true;
  const x = ctx.words[prev];
  if (!ctx.kb.cues.nameConnectors.has(x.key) || x.cap || prev < 1 || !sameSent(ctx, prev, prev - 1)) return false;
  // after "of": "Center for Public Opinion Research", "Bank of America", "University of Wisconsin"
  if (nameWord(ctx, prev - 1)) return span.as === 'agent' || span.as === 'country';
  const body = spanOf(ctx, prev - 1);
  return !!body && body.j === prev && span.as === 'country' && body.as === 'agent' && body.agent?.kind !== 'person' && !!absorbable(ctx, body.i);
}

// ---------- the patterns ----------

function compose(ctx: Ctx, s: number): void {
  const span = ctx.spans[s];
  if (span.as === 'agent') composeAgent(ctx, span);
  else composeActor(ctx, span, [], span.i);
}

/** A country or dictionary actor, with the agents around it: "Russian Foreign Minister Sergei Lavrov",
 *  "the Assad regime", "pro-Assad forces", "Tehran". `pre` are agents written before it (PETRARCH "MSF Arnor"). */
function composeActor(ctx: Ctx, span: Span, pre: AgentDef[], from: number): void {
  const { words, kb } = ctx;
  let start = Math.min(from, span.i);
  // "pro-Assad forces": the stance prefix belongs to the mention
  let stance: 'pro' | 'anti' | null = null;
  if (start >= 2 && words[start - 1].key === '-' && (words[start - 2].key === 'pro' || words[start - 2].key === 'anti') && sameSent(ctx, start, start - 2)) {
    stance = words[start - 2].key as 'pro' | 'anti';
    start -= 2;
  }
  const country = countryOf(span);
  if (!pre.length && deferred(ctx, span)) return;
  // "former Gondor prosecutors", "Arnor former security officials": a past role, coded ELI
  let former = false;
  if (start > 0 && kb.cues.formerWords.has(words[start - 1].key) && sameSent(ctx, start, start - 1)) {
    former = true;
    start--;
  }
  // a country word leading a longer capitalized name ("Washington Post", "Syrian Observatory ...") is that name's
  if (!pre.length && span.as === 'country' && nameWord(ctx, span.j) && sameSent(ctx, span.i, span.j)) return;
  let w = span.j;
  if (words[w]?.key === "'s" || words[w]?.key === "'") w++;
  if (words[w] && kb.cues.formerWords.has(words[w].key) && spanOf(ctx, w + 1)?.as === 'agent') {
    former = true;
    w++;
  }
  const [agentEnd, post] = sameSent(ctx, span.i, w) ? agentsFrom(ctx, w) : [w, [] as AgentDef[]];
  const agents = [...pre, ...post];
  const last = post.length ? post[post.length - 1] : null;
  if ((agents.length || former) && country) {
    const codes = agentCodes(ctx, agents);
    if (former) codes.post = 'ELI';
    if (last?.kind === 'person' && !kb.petrarch) {
      const title = textOf(ctx, w, agentEnd);
      const name = nameAfterTitle(ctx, agentEnd);
      if (name && words[agentEnd].key !== ',') {
        // the mention is the name; the title before it is kept as evidence (_phrase)
        emit(ctx, name.a, name.b, { kind: 'person', def: name.def, baseDef: null, country, agent: codes.post, title, name: name.def ? null : textOf(ctx, name.a, name.b), rule: 'title+name', anaphor: null, phraseStart: words[start].start }, start);
      } else {
        emit(ctx, start, agentEnd, { kind: 'person', def: null, baseDef: null, country, agent: codes.post, title, name: null, rule: 'country+title', anaphor: null });
      }
      return;
    }
    const end = post.length ? extendNoun(ctx, span.i, agentEnd) : span.j;
    let post2 = codes.post;
    if (stance === 'anti' && (post2 === 'GOV' || post2 === 'MIL')) post2 = 'REB';
    const kind: ActorKind = last ? agentKind(last) : pre.length ? agentKind(pre[pre.length - 1]) : 'organization';
    emit(ctx, start, end, { kind, def: null, baseDef: span.def, country, agent: post2, agentPre: codes.pre, title: null, name: null, rule: span.as === 'actor' ? 'actor+agent' : 'country+agent', anaphor: null });
    return;
  }
  if (span.as === 'actor') {
    // a surname the text also writes as a common word ("power", "sessions") is not trusted alone
    if (span.entry.type === 'surname' && lowercaseWords(ctx).has(words[span.i].key)) return;
    // a surname opening a sentence may be a capitalized word ("Hunt for the killers"): trusted only if the person
    // is named elsewhere in the text
    const opens = span.i === 0 || words[span.i - 1].sent !== words[span.i].sent;
    const rule = span.entry.type === 'surname' ? (opens ? 'dictionary-surname?' : 'dictionary-surname') : 'dictionary';
    emit(ctx, span.i, span.j, { kind: span.def!.kind, def: span.def, baseDef: null, country: span.def!.country, agent: null, title: null, name: span.entry.type === 'surname' ? textOf(ctx, span.i, span.j) : null, rule, anaphor: null });
    return;
  }
  const type = span.entry.type;
  if (type === 'adjective') return; // "Iranian individuals": a modifier, not an actor
  if (type === 'capital' && afterLocative(ctx, span.i)) {
    // no actor, but the scene: where the bare agents of its sentence belong ("protesters clashed with police in
    // Nairobi"); resolve reads it for that and emits nothing for it
    emit(ctx, span.i, span.j, { kind: 'state', def: span.def, baseDef: null, country, agent: null, title: null, name: null, rule: 'setting', anaphor: null });
    return;
  }
  emit(ctx, span.i, span.j, {
    kind: type === 'seat' ? 'organization' : 'state',
    def: span.def,
    baseDef: null,
    country,
    agent: span.entry.agent,
    title: null,
    name: null,
    rule: type === 'seat' ? 'seat-of-government' : type === 'capital' ? 'capital-metonym' : 'country',
    anaphor: null,
  });
}

/** An agent first: "the government of Iran", "Defense Secretary James Mattis", "the minister", "rebels". */
function composeAgent(ctx: Ctx, span: Span): void {
  const { words, kb } = ctx;
  const [agentEnd, agents] = agentsFrom(ctx, span.i);
  if (!agents.length) return;
  if (deferred(ctx, span) || bodyLeadsName(ctx, span)) return;
  const agent = agents[agents.length - 1];
  // "rebel-held towns", "army-backed council": the agent is part of a modifier, not an actor
  const hyphen = words[agentEnd];
  if (hyphen?.key === '-' && sameSent(ctx, span.i, agentEnd + 1) && (words[agentEnd + 1].pos === 'VERB' || words[agentEnd + 1].pos === 'ADJ')) return;
  const codes = agentCodes(ctx, agents);
  // "the former foreign minister": a past role, coded ELI
  if (span.i > 0 && kb.cues.formerWords.has(words[span.i - 1].key) && sameSent(ctx, span.i, span.i - 1)) codes.post = 'ELI';
  // "the government of Iran", "the foreign minister of Turkey"; PETRARCH: "activists in Arnor", "MSF Arnor"
  let v = agentEnd;
  const joiner = words[v]?.key;
  if ((joiner === 'of' || (kb.petrarch && joiner === 'in')) && sameSent(ctx, span.i, v + 1)) {
    v++;
    if (words[v].key === 'the' && sameSent(ctx, span.i, v + 1)) v++;
  }
  const sp = spanOf(ctx, v);
  if (sp && sp.i === v && sp.as !== 'agent' && countryOf(sp) && sameSent(ctx, span.i, v)) {
    if (kb.petrarch) {
      composeActor(ctx, sp, agents, span.i);
      return;
    }
    // "militants of the PKK": a mention of that group
    if (v > agentEnd && sp.as === 'actor' && sp.def && sp.def.kind !== 'person' && sp.def.kind !== 'state') {
      emit(ctx, span.i, sp.j, { kind: sp.def.kind, def: sp.def, baseDef: null, country: sp.def.country, agent: null, title: null, name: null, rule: 'agent-of-actor', anaphor: null });
      return;
    }
    if (v > agentEnd && (sp.as === 'country' || sp.def?.kind === 'state')) {
      const kind = agentKind(agent);
      emit(ctx, span.i, sp.j, { kind, def: null, baseDef: null, country: countryOf(sp), agent: codes.post, title: kind === 'person' ? textOf(ctx, span.i, agentEnd) : null, name: null, rule: 'agent-of-country', anaphor: null });
      return;
    }
  }
  if (agent.kind === 'person' && !kb.petrarch) {
    const name = nameAfterTitle(ctx, agentEnd);
    if (name) {
      const title = textOf(ctx, span.i, agentEnd);
      emit(ctx, name.a, name.b, { kind: 'person', def: name.def, baseDef: null, country: name.def?.country ?? null, agent: codes.post, title, name: name.def ? null : textOf(ctx, name.a, name.b), rule: 'title+name', anaphor: null, phraseStart: words[span.i].start }, span.i);
      return;
    }
  }
  // alone: "the minister", "the Administration", "rebels": resolved against earlier actors or the sentence's country
  const prev = words[span.i - 1];
  const determined = prev && sameSent(ctx, span.i, span.i - 1) && kb.cues.definiteDeterminers.has(prev.key);
  // "a senior official", "a prominent opposition leader": a person new to the story, of the country around it
  let d = span.i - 1;
  while (d >= 0 && d >= span.i - 3 && sameSent(ctx, span.i, d) && words[d].pos === 'ADJ' && !words[d].cap) d--;
  const indefinite = !determined && agent.kind === 'person' && !kb.petrarch && d >= 0 && sameSent(ctx, span.i, d) && kb.cues.indefiniteDeterminers.has(words[d].key);
  if (indefinite) {
    emit(ctx, span.i, agentEnd, { kind: 'person', def: null, baseDef: null, country: null, agent: codes.post, title: textOf(ctx, span.i, agentEnd), name: null, rule: 'agent', anaphor: 'agent', indefinite: true });
    return;
  }
  // a plural title with no determiner ("Officials said", "Rebel commanders accused") is a group of people
  const plural = !determined && agent.kind === 'person' && !kb.petrarch && words[agentEnd - 1].key.endsWith('s');
  if (!determined && !plural && agent.kind !== 'group' && !kb.petrarch) return;
  const person = agent.kind === 'person' && !plural;
  const end = person ? agentEnd : extendNoun(ctx, span.i, agentEnd);
  emit(ctx, span.i, end, { kind: plural ? 'group' : agentKind(agent), def: null, baseDef: null, country: null, agent: codes.post, agentPre: codes.pre, title: person ? textOf(ctx, span.i, agentEnd) : null, name: null, rule: 'agent', anaphor: 'agent' });
}

/** Whether most words of a sentence are capitalized: a headline in title case, where capitals mark no names. */
function titleCase(ctx: Ctx, w: number): boolean {
  const { words } = ctx;
  let a = w;
  while (a > 0 && words[a - 1].sent === words[w].sent) a--;
  let caps = 0;
  let alpha = 0;
  let capitalFunctionWords = 0;
  for (let k = a; k < words.length && words[k].sent === words[w].sent; k++) {
    if (!words[k].alpha) continue;
    alpha++;
    if (!words[k].cap) continue;
    caps++;
    // a sentence dense with names still writes "of" and "the" in lower case; a headline does not
    if (k > a && ctx.kb.cues.headlineFunctionWords.has(words[k].key)) capitalFunctionWords++;
  }
  return alpha >= 4 && caps / alpha > 0.75 && capitalFunctionWords > 0;
}

/** The words the document writes in lower case, gathered on first need. */
function lowercaseWords(ctx: Ctx): Set<string> {
  if (!ctx.lowercase) {
    ctx.lowercase = new Set();
    for (const x of ctx.words) if (x.alpha && !x.cap && x.text === x.key) ctx.lowercase.add(x.key);
  }
  return ctx.lowercase;
}

/** A word in capitals that is no acronym: part of a shouted header ("SAVE A QUARTER"). */
const shouted = (x: Word) => x.key.length >= 3 && x.text === x.text.toUpperCase() && x.text !== x.text.toLowerCase();

/** Capitalized names in no dictionary: kept as uncoded persons or organizations. */
function unknownNames(ctx: Ctx): void {
  const { words, kb } = ctx;
  const covered = ctx.covered;
  let headlineSent = -1;
  let checkedSent = -1;
  for (let w = 0; w < words.length; w++) {
    if (covered[w]) continue;
    let a = w;
    let country: string | null = null;
    const sp = spanOf(ctx, w);
    // a country word leading a name ("Washington Post") belongs to it
    if (sp && sp.i === w && sp.as === 'country' && !sp.used && nameWord(ctx, sp.j) && sameSent(ctx, w, sp.j)) {
      country = sp.def?.country ?? null;
      a = sp.j;
    } else if (sp && sp.i === w && bodyLeadsName(ctx, sp)) {
      a = w; // "University of California": the run starts with the agent word
    } else if (!nameWord(ctx, w)) continue;
    let b = sp && sp.i === w && a === w && bodyLeadsName(ctx, sp) ? nameRun(ctx, sp.j - 1, true, true) : nameRun(ctx, a, true);
    // words that are names only inside a name do not end one ("Oversight Committee Republicans")
    // (plurals only: "Manchester United" keeps its last word)
    while (b - a > 1 && kb.cues.notAlone.has(words[b - 1].key) && words[b - 1].key.endsWith('s')) b--;
    if (b <= a) continue;
    const first = words[w];
    if (checkedSent !== first.sent) {
      checkedSent = first.sent;
      headlineSent = titleCase(ctx, w) ? first.sent : -1;
    }
    if (ctx.relatedPara.has(ctx.paraOf(first)) || headlineSent === first.sent) {
      w = b - 1;
      continue;
    }
    // a transcript's speaker label ("WALLACE: Let's start ..."): a person named in capitals
    if (speakerLabel(ctx, w, b)) {
      for (let k = w; k < b; k++) covered[k] = 1;
      emit(ctx, w, b, { kind: 'person', def: null, baseDef: null, country, agent: null, title: null, name: textOf(ctx, a, b), rule: 'speaker-label', anaphor: null });
      w = b - 1;
      continue;
    }
    // the first word of a sentence is capitalized anyway: unless it looks like a proper noun it is not the name's
    const sentStart = w === 0 || words[w - 1].sent !== first.sent;
    // (an adjective may open a name: "National Guard", "Supreme Court")
    if (sentStart && a === w && first.pos !== 'PROPN' && !(first.pos === 'ADJ' && b - w > 1) && !kb.cues.givenNames.has(first.key)) {
      if (b - w === 1) continue;
      covered[w] = 1;
      continue; // the rest of the run is read from the next word
    }
    const last = words[b - 1];
    const n = b - w;
    // capitals in a header ("SAVE A QUARTER"), not a name
    let loud = 0;
    for (let k = w; k < b; k++) if (shouted(words[k])) loud++;
    if ((n >= 2 && loud > 0) || (n === 1 && loud && first.key.length > 5)) {
      for (let k = w; k < b; k++) covered[k] = 1;
      w = b - 1;
      continue;
    }
    // "the Paris Agreement", "Main Street": named things and places, not actors
    if (n >= 2 && kb.cues.notActorHeads.has(last.key) && !kb.cues.organizationHeads.has(last.key)) {
      for (let k = w; k < b; k++) covered[k] = 1;
      w = b - 1;
      continue;
    }
    const prev = words[w - 1];
    const prevSame = prev && prev.sent === first.sent;
    const honorific = prevSame && kb.cues.personHonorifics.has(prev.key);
    const given = kb.cues.givenNames.has(words[a].key) && !(n === 1 && sentStart);
    const acronym = n === 1 && first.key.length >= 2 && first.key.length <= 5 && /^[\p{Lu}\d&.]+$/u.test(first.text);
    let kind: ActorKind;
    // a known place, with nothing to make it a person or a body, is left to the places layer ("New Hampshire")
    // (before the given-name test: "North Carolina" starts with a given name too)
    // (one word is decided in resolve, which knows whether it is the surname of someone named: "Clinton")
    if (!honorific && !acronym && n >= 2 && !kb.cues.organizationHeads.has(last.key) && ctx.isPlace(textOf(ctx, a, b))) {
      for (let k = w; k < b; k++) covered[k] = 1;
      w = b - 1;
      continue;
    }
    // "X of Y", "X for Y" name bodies ("Bank of America"); "al", "bin" join the parts of a person's name
    // "Republican", "National" alone are no names
    if (n === 1 && kb.cues.notAlone.has(first.key)) continue;
    let connected = false;
    for (let k = w + 1; k < b - 1 && !honorific; k++) if (words[k].key === 'of' || words[k].key === 'for' || words[k].key === '&') connected = true;
    if (kb.cues.organizationHeads.has(last.key) || acronym || country || connected) kind = 'organization';
    else if (honorific || given) kind = 'person';
    else if (n >= 2 && ctx.isPlace(words[a].text)) kind = 'organization'; // "Minnesota Vikings"
    else if (n >= 2 && prevSame && prev.key === 'the') kind = 'organization'; // people are not "the Daily Caller"
    else kind = 'person';
    // a lone given name that is also a place ("Cleveland") is the place, unless it speaks
    if (n === 1 && given && !honorific && !speechFollows(ctx, b) && ctx.isPlace(first.text)) {
      w = b - 1;
      continue;
    }
    // a single word after "in", "at", "near" is a place, not an actor
    if (n === 1 && prevSame && kb.cues.locativeBefore.has(prev.key) && kind === 'person' && !given) {
      w = b - 1;
      continue;
    }
    const evidence = honorific || given || acronym || kind === 'organization' || speechFollows(ctx, b);
    for (let k = w; k < b; k++) covered[k] = 1;
    emit(ctx, w, b, {
      kind,
      def: null,
      baseDef: null,
      country,
      agent: null,
      title: null,
      name: textOf(ctx, a, b),
      // names with no sign of being a person or body may be places: resolve checks them against the gazetteer
      rule: evidence ? 'unknown-name' : n >= 2 ? 'unknown-name?' : 'unknown-word',
      anaphor: n === 1 && kind === 'person' ? 'surname' : null,
      // (not an abbreviation such as "Vt.": those are places)
      lone: n === 1 && !evidence && !sentStart && first.pos === 'PROPN' && !first.text.endsWith('.') && !nameWord(ctx, b) && !lowercaseWords(ctx).has(first.key),
    });
    w = b - 1;
  }
}

/** Words w..b-1 are a transcript speaker label: all in capitals, opening their paragraph (after an opening quote
 *  mark at most) and followed by a colon. */
function speakerLabel(ctx: Ctx, w: number, b: number): boolean {
  const { words } = ctx;
  const para = ctx.paraOf(words[w]);
  const colon = words[b];
  if (!colon || colon.text !== ':' || ctx.paraOf(colon) !== para) return false;
  for (let k = w; k < b; k++) if (words[k].alpha && !shouted(words[k]) && words[k].key.length > 2) return false;
  if (!shouted(words[b - 1])) return false;
  let k = w - 1;
  while (k >= 0 && ctx.paraOf(words[k]) === para && !words[k].alpha && ctx.kb.cues.labelQuotes.has(words[k].text)) k--;
  return k < 0 || ctx.paraOf(words[k]) !== para;
}

/** Word w follows a locative word, perhaps across an adjective or two ("in Geneva", "through central Nairobi"). */
function afterLocative(ctx: Ctx, w: number): boolean {
  let k = w - 1;
  while (k >= 0 && k >= w - 2 && sameSent(ctx, w, k) && ctx.words[k].pos === 'ADJ' && !ctx.words[k].cap) k--;
  return k >= 0 && sameSent(ctx, w, k) && ctx.kb.cues.locativeBefore.has(ctx.words[k].key);
}

function speechFollows(ctx: Ctx, w: number): boolean {
  for (let k = w; k < w + 3 && k < ctx.words.length; k++) {
    if (ctx.words[k].sent !== ctx.words[w - 1]?.sent) return false;
    if (ctx.kb.cues.speechVerbs.has(ctx.words[k].key)) return true;
  }
  return false;
}

/** "he said", "she told reporters": pronouns starting a speech clause refer to the last person named. */
function pronouns(ctx: Ctx): void {
  const { words, kb } = ctx;
  // pronouns are short: a word longer than all of them is passed over without two lookups (most words are)
  let longest = 0;
  for (const p of kb.cues.pronounsPerson) longest = Math.max(longest, p.length);
  for (const p of kb.cues.pronounsGroup) longest = Math.max(longest, p.length);
  for (let w = 0; w < words.length; w++) {
    const x = words[w];
    if (x.key.length > longest) continue;
    const person = kb.cues.pronounsPerson.has(x.key);
    if (!person && !kb.cues.pronounsGroup.has(x.key)) continue;
    if (!speechFollows(ctx, w + 1)) continue;
    emit(ctx, w, w + 1, { kind: person ? 'person' : 'group', def: null, baseDef: null, country: null, agent: null, title: null, name: null, rule: 'pronoun', anaphor: 'pronoun' });
  }
}
