// Attribution within a unit: for each cue, the speaker phrase (before the cue, after it when inverted, or the
// unit's subject for "..., adding that") and the content (the clause after the cue, the text before it, or the
// whole unit when the cue interrupts it: "The museum, he said, celebrated ...").
import type { QuoteKind } from '../model/analysis.js';
import type { Token } from '../model/doc.js';
import { endsQuote, isCapitalized, isDash, isPunct, opensQuote, quoteClosesOnComma, skipSpace, wordFrom, type QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { cueVerbForm, phraseAfter, phraseBefore, unitSubject, type TokenSpan } from './phrases.js';
import { kindOf, stats, strip } from './regions.js';
import { firstWord, phraseToComma, skipAdverbsLeft, speakerAfter, speakerBefore, wholeSubject } from './speaker-phrases.js';
import type { Unit } from './units.js';

export interface Candidate {
  /** content as a token range [a, b) */
  content: TokenSpan;
  kind: QuoteKind;
  speaker: TokenSpan | null;
  cue: TokenSpan | null;
  unit: number;
  rule: string;
}

// a reported object without a verb or quotation needs this many words ("support [the government]")
const MIN_OBJECT_WORDS = 1;

/** Skips time expressions and the little words before them ("said on Monday that"). */
function skipTimes(ctx: QuoteContext, k: number, hi: number): number {
  const toks = ctx.tokens;
  let j = k;
  while (j < hi) {
    if (ctx.inTime[j]) j++;
    else if ((toks[j].pos === 'ADP' || toks[j].lower === 'last' || toks[j].lower === 'this') && j + 1 < hi && ctx.inTime[j + 1]) j++;
    else break;
  }
  return j;
}

/** Where the reported clause starts after a cue: past times, a listener ("told reporters"), a comma. */
function contentStart(ctx: QuoteContext, cue: Cue, from: number, hi: number): number {
  const toks = ctx.tokens;
  let k = skipTimes(ctx, from, hi);
  // "posted late on Sunday night that ...", "said in a letter last week that ..."
  // "said at a stop in Dayton, Ohio, that ...", "said of her rival, “...”", "added later, “...”"
  // ("rebuked him: “...”")
  const objectPronoun = !!toks[k] && toks[k].pos === 'PRON' && !ctx.kb.pronouns.has(toks[k].lower);
  if (toks[k] && (toks[k].pos === 'ADP' || toks[k].pos === 'ADV' || objectPronoun) && toks[k].lower !== 'that' && ctx.quoteOf[k] < 0) {
    for (let j = k + 1; j < hi && j < k + 16; j++) {
      const t = toks[j];
      if (ctx.quoteOf[j] >= 0) {
        const p = j - 1 >= k && toks[j - 1].kind === 'space' ? j - 2 : j - 1;
        if (p >= k && isPunct(toks[p], ',:') && opensQuote(ctx, j)) return j;
        break;
      }
      if (t.pos === 'VERB' || t.pos === 'AUX' || isPunct(t, ';')) break;
      if (t.lower === 'that' && toks[k].pos === 'ADP') return j;
    }
  }
  // "cautioned, as did the board itself, that ...": a comparison between commas stands before the report
  if (toks[k] && isPunct(toks[k], ',') && toks[k + 1]?.lower === 'as' && toks[k + 2]?.pos === 'AUX' && k + 2 < hi) {
    for (let j = k + 3; j < hi && j < k + 14 && ctx.quoteOf[j] < 0; j++) {
      if (isPunct(toks[j], ',')) { k = skipTimes(ctx, j + 1, hi); break; }
      if (toks[j].pos === 'VERB' || isPunct(toks[j], ';:.')) break;
    }
  }
  // a listener follows the verb itself, not a particle ("warned against travel to the coast, the lakes ...")
  if (ctx.kb.objectVerbs.has(cue.lemma) && cue.b - cue.a === 1) {
    const listener = phraseAfter(ctx, k, hi, false);
    if (listener) {
      let j = skipTimes(ctx, listener.b, hi);
      const t = toks[j];
      // "told reporters he would ...": a subject pronoun opens the reported clause
      if (t && (t.lower === 'that' || t.lower === 'to' || ctx.quoteOf[j] >= 0 || isPunct(t, ',:') || t.pos === 'PART' ||
        /^(how|why|what|whether|when|where|if)$/.test(t.lower) || (t.pos === 'PRON' && ctx.kb.pronouns.has(t.lower)))) {
        k = j;
      }
    }
  }
  return k;
}

/** Whether a relative clause starting at r belongs to the report: it holds a cue of its own ("which engineers say
 *  ..."), or the verb's arguments go on after it ("accused the contractor, who built the pier, of ..."). */
function relativeCarriesReport(ctx: QuoteContext, r: number, hi: number): boolean {
  const toks = ctx.tokens;
  for (let k = r + 1; k < hi; k++) {
    const t = toks[k];
    if (ctx.quoteOf[k] >= 0) return true;
    // (a particle cue counts with its particle: "puts her at odds" is no "put it")
    if (t.pos === 'VERB' && cueVerbForm(ctx, t)) {
      // ("the ban, which the union opposed": a subject of its own before a cue that is no speech verb, other than a
      // pronoun, makes the relative clause another speaker's report; "the fee, which crews say hurts them" goes on)
      if (ctx.kb.invertingVerbs.has(ctx.kb.verbs.get(t.lower)?.[0]?.lemma ?? t.lower)) return true;
      const s = skipSpace(ctx, r + 1, 1, k);
      const subject = s < k ? phraseAfter(ctx, s, k, false) : null;
      return !(subject && subject.b === k && !(subject.b - subject.a === 1 && toks[subject.a].pos === 'PRON'));
    }
    if (isPunct(t, ',')) {
      const next = toks[k + 1];
      return !!next && k + 1 < hi && next.pos === 'ADP' && next.lower !== 'in' && next.lower !== 'at' && next.lower !== 'on';
    }
  }
  return false;
}

/** Whether a main clause opens after the comma at k: a subject noun phrase right before a finite verb ("..., Roe was
 *  also launching", "..., he summoned"). */
function newMainClause(ctx: QuoteContext, k: number, hi: number): boolean {
  const toks = ctx.tokens;
  if (k + 1 >= hi) return false;
  const subject = phraseAfter(ctx, k + 1, hi, false);
  if (!subject) return false;
  const v = skipSpace(ctx, subject.b, 1, hi);
  const t = toks[v];
  return v < hi && ctx.quoteOf[v] < 0 && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing')));
}

/** Whether the sentence holding token k opens with a subordinating word ("When", "As", "After", "If") before k. */
function opensWithSubordinator(ctx: QuoteContext, k: number): boolean {
  const toks = ctx.tokens;
  const sent = toks[k]?.sent;
  let s = k;
  while (s > 0 && toks[s - 1].sent === sent) s--;
  while (s < k && toks[s].kind !== 'word') s++;
  return s < k && toks[s].pos === 'SCONJ' && ctx.kb.subordinators.has(toks[s].lower);
}

/** Whether token k stands between spaces (a dash, not a hyphen joining two words). */
function spaced(ctx: QuoteContext, k: number): boolean {
  const toks = ctx.tokens;
  return k > 0 && k + 1 < toks.length && toks[k - 1].end < toks[k].start && toks[k].end < toks[k + 1].start;
}

/** Whether a reported noun phrase ("attacked the loopholes") ends at token k: before a relative clause or a reason
 *  ("..., which", "because"), or before a second verb phrase of the same subject ("and has called for ..."). */
function objectPhraseEnds(ctx: QuoteContext, k: number, from: number, hi: number): boolean {
  const toks = ctx.tokens;
  const t = toks[k];
  if (ctx.kb.objectEnds.has(t.lower)) return true;
  // "announced a roster of supporters -- many of whom ...": an aside after a dash ends the reported noun phrase,
  // unless the phrase goes on after a closing dash ("the extreme -- and cynical -- relativism", "families - gay or
  // straight - would qualify"); a dash between spaces, not a hyphen inside a word ("early-morning tweets")
  if (isDash(t) && k + 1 < hi && ctx.quoteOf[k + 1] < 0 && spaced(ctx, k)) {
    // (the closing dash of an aside that did not end the phrase does not end it either; one that closes an aside
    // opened before the phrase, with the cue inside it, does: "-- most of whom backed her campaign -- who ...")
    for (let c = k - 1; c >= from && c > k - 40 && toks[c].sent === t.sent; c--) if (isDash(toks[c]) && spaced(ctx, c)) return false;
    for (let c = k + 1; c < hi && ctx.quoteOf[c] < 0; c++) {
      if (!isDash(toks[c]) || !spaced(ctx, c)) continue;
      const after = wordFrom(ctx, c + 1, hi);
      return !after || after.kind === 'punctuation' || /^(who|which)$/.test(after.lower);
    }
    return true;
  }
  // "admitted the size of the deficit, which puts her at odds": a non-restrictive relative clause after the reported noun phrase
  if (isPunct(t, ',') && /^(who|which)$/.test(toks[k + 1]?.lower ?? '') && k + 1 < hi) return !relativeCarriesReport(ctx, k + 1, hi);
  // "As he welcomed the guests, Roe was also launching ...": a new main clause (subject and verb) after a comma
  if (isPunct(t, ',') && newMainClause(ctx, k, hi)) return true;
  // "posted the letter on Monday, and aides to the mayor shared it": so after a conjunction
  const c = toks[k + 1];
  if (isPunct(t, ',') && c && k + 1 < hi && COORDINATORS.has(c.lower) && newMainClause(ctx, k + 1, hi)) return true;
  if (!COORDINATORS.has(t.lower)) return false;
  let j = k + 1;
  while (j < hi && (toks[j].kind === 'space' || toks[j].pos === 'AUX' || toks[j].pos === 'ADV' || ctx.kb.adverbs.has(toks[j].lower))) j++;
  // "and has called", "and attempted": a finite verb, not a participle modifying the phrase ("and rising costs")
  return j < hi && toks[j].pos === 'VERB' && !toks[j].lower.endsWith('ing') && ctx.quoteOf[j] < 0;
}

/** Whether what follows an object verb reads as its listener ("told The Post", "told reporters", "told him") rather
 *  than what was promised or asked for ("promised lower fares", "urged a new vote"). */
function looksLikeListener(ctx: QuoteContext, r: TokenSpan): boolean {
  const toks = ctx.tokens;
  const f = toks[r.a];
  if (f.pos === 'PROPN' || f.pos === 'PRON') return true;
  const next = toks[r.a + 1];
  if (f.pos === 'DET' && next && (next.pos === 'PROPN' || /^\p{Lu}/u.test(next.text))) return true;
  // a bare plural noun: "told reporters", "assured supporters"
  return f.pos === 'NOUN' && /s$/.test(f.lower) && (r.b - r.a === 1 || toks[r.a + 1].pos === 'ADP' || ctx.inTime[r.a + 1] === 1);
}

/** "..., according to a poll released last week.": a prepositional cue closing its sentence after a comma names a
 *  source that runs to the sentence end, modifiers and appositives included. */
const CLAUSE_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

function sourceToEnd(ctx: QuoteContext, cue: Cue, lo: number, hi: number): TokenSpan | null {
  const toks = ctx.tokens;
  let c = cue.a - 1;
  while (c > lo && toks[c].kind === 'space') c--;
  // ("... fared well in surveys taken after the storm.": "in" before a poll needs no comma)
  if (c <= lo || !(isPunct(toks[c], ',') || cue.lemma === 'in')) return null;
  const r = strip(ctx, cue.b, hi);
  if (!r || r.b - r.a > 30) return null;
  for (let k = r.a; k < r.b; k++) {
    const t = toks[k];
    // a quotation, a clause ("that"), a finite verb of its own or a new sentence part ends the idea of one source
    if (ctx.quoteOf[k] >= 0 || t.lower === 'that' || isPunct(t, ';:') || t.pos === 'AUX') return null;
    // "..., according to the harbor board, twice what it forecast last year": a clause of its own (a free relative
    // or a subject pronoun) after a comma is a comment on the figures, not part of the source; the source ends at
    // that comma
    if (t.lower === 'what' || CLAUSE_SUBJECTS.has(t.lower)) {
      let c = k - 1;
      while (c > r.a && !isPunct(toks[c], ',')) c--;
      return c > r.a ? strip(ctx, r.a, c) : null;
    }
    // a capitalized "verb" is part of a name ("the charity Friends Who Build Homes"); an infinitive modifies the
    // noun before it ("the first surveys to appear")
    if (t.pos === 'VERB' && !/(ed|ing|en)$/.test(t.lower) && !isCapitalized(t) && toks[skipSpace(ctx, k - 1, -1, r.a)]?.lower !== 'to') return null;
  }
  return r;
}

/** "According to a lawsuit filed by the state, ...", "According to an analysis by Jo Roe, a former aide, ...": a
 *  prepositional cue opening its sentence names a source that runs to the comma before the main clause, participles
 *  and an appositive included. null when no clause with a finite verb follows. */
function openingSource(ctx: QuoteContext, cue: Cue, u: Unit, hi: number): TokenSpan | null {
  const toks = ctx.tokens;
  if (cue.a !== firstWord(ctx, u)) return null;
  // a segment without quotation or finite verb, up to a comma
  const segmentEnd = (from: number): number => {
    const relative = /^(who|which)$/.test(toks[from]?.lower ?? '');
    for (let k = from; k < hi && k < from + 30; k++) {
      const t = toks[k];
      if (relative && ctx.quoteOf[k] < 0 && isPunct(t, ',')) return k;
      if (relative) continue;
      if (ctx.quoteOf[k] >= 0 || t.pos === 'AUX' || isPunct(t, ';:.')) return -1;
      if (t.pos === 'VERB' && !/(ed|ing|en)$/.test(t.lower) && !isCapitalized(t)) return -1;
      if (isPunct(t, ',')) return k;
    }
    return -1;
  };
  const c1 = segmentEnd(cue.b);
  if (c1 < 0) return null;
  let end = c1;
  // an appositive between commas when a clause follows the second one
  const first = toks[c1 + 1];
  // (or a participle: "In the harbour survey, conducted in May, ...")
  if (first && (first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NOUN' || first.pos === 'PROPN' || /^(who|which)$/.test(first.lower) ||
    (first.pos === 'VERB' && /(ed|en)$/.test(first.lower)))) {
    const c2 = segmentEnd(c1 + 1);
    if (c2 > 0 && hasVerb(ctx, c2 + 1, hi)) end = c2;
  }
  return strip(ctx, cue.b, end);
}

/** The subject of a passive clause: the stretch before its verb group, or the part after the last comma. */
function passiveSubject(ctx: QuoteContext, lo: number, verbStart: number): TokenSpan | null {
  let a = lo;
  for (let k = verbStart - 1; k >= lo; k--) {
    if (ctx.quoteOf[k] < 0 && isPunct(ctx.tokens[k], ',;:')) {
      // ", meanwhile," between subject and verb: step over a short aside
      if (k === verbStart - 1 || !hasVerb(ctx, lo, k)) continue;
      a = k + 1;
      break;
    }
  }
  // ", meanwhile," before the verb is an aside, not part of the subject
  let end = verbStart;
  let c = verbStart - 1;
  while (c > a && ctx.tokens[c].kind === 'space') c--;
  if (isPunct(ctx.tokens[c], ',')) {
    for (let k = c - 1; k > a; k--) if (isPunct(ctx.tokens[k], ',')) { end = k; break; }
  }
  const r = strip(ctx, a, end);
  return r && !hasVerb(ctx, r.a, r.b) ? r : null;
}

/** "The mayor, who believed that ..., ordered ...", "The mayor — who has called for ... — criticized": the report of a
 *  relative clause between commas or dashes ends where the clause closes. hi when the speaker is no such pronoun. */
function relativeClauseEnd(ctx: QuoteContext, speaker: TokenSpan | null, from: number, hi: number): number {
  const toks = ctx.tokens;
  if (!speaker || speaker.b - speaker.a !== 1 || !/^(who|which)$/.test(toks[speaker.a].lower)) return hi;
  const p = skipSpace(ctx, speaker.a - 1, -1, 0);
  if (p < 0 || toks[p].kind !== 'punctuation') return hi;
  const dash = isDash(toks[p]);
  if (!dash && toks[p].text !== ',') return hi;
  for (let k = from; k < hi; k++) {
    const t = toks[k];
    if (ctx.quoteOf[k] >= 0 || t.kind !== 'punctuation') continue;
    if (dash && t.text === toks[p].text) return k;
    if (!dash && t.text === ',') {
      let j = k + 1;
      while (j < hi && (toks[j].kind === 'space' || ctx.kb.adverbs.has(toks[j].lower) || toks[j].pos === 'ADV')) j++;
      if (j < hi && (toks[j].pos === 'VERB' || toks[j].pos === 'AUX') && ctx.quoteOf[j] < 0) return k;
    }
  }
  return hi;
}

/** The relative word opening a frame ("the plan that many voters like", "what the organizers expect"), or -1. */
function relativeWord(ctx: QuoteContext, frameA: number, lo: number): number {
  const k = skipSpace(ctx, frameA - 1, -1, lo);
  return k >= lo && ctx.quoteOf[k] < 0 && /^(that|which|what|whom)$/.test(ctx.tokens[k].lower) ? k : -1;
}

/** Whether [a, b) holds something a speaker could have said: a verb or a quotation. */
function reportBefore(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.quoteOf[k] >= 0) return true;
  // ("Many firms, including ours, declared ...": a participle used as a preposition is no verb)
  return hasVerb(ctx, a, b, ctx.kb.prepositionalParticiples);
}

/** Whether [a, b) holds a verb outside quotation marks (other than the words in `except`). */
function hasVerb(ctx: QuoteContext, a: number, b: number, except?: ReadonlySet<string>): boolean {
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k];
    if (ctx.quoteOf[k] < 0 && (t.pos === 'VERB' || t.pos === 'AUX') && !except?.has(t.lower)) return true;
  }
  return false;
}

/** Whether a word is the base form of a cue verb. */
function isBaseForm(ctx: QuoteContext, word: string): boolean {
  return (ctx.kb.verbs.get(word) ?? []).some((f) => f.lemma === word);
}

/** "After saying ...", "Before announcing ...": a cue gerund right after a preposition that opens the unit. */
function openingGerund(ctx: QuoteContext, u: Unit, k: number): boolean {
  const p = skipSpace(ctx, k - 1, -1, u.tokStart);
  return p >= u.tokStart && p === firstWord(ctx, u) && ctx.kb.gerundPrepositions.has(ctx.tokens[p].lower);
}

/** "The park is near the stadium, which, Roe said, is full on game days": a frame inside a relative clause reports
 *  that clause only, from its relative word (the last one before the frame with no comma of its own between). */
function interruptedClauseStart(ctx: QuoteContext, before: TokenSpan): number {
  const toks = ctx.tokens;
  let k = before.b - 1;
  while (k > before.a && (toks[k].kind === 'space' || isPunct(toks[k], ','))) k--;
  for (; k > before.a; k--) {
    if (ctx.quoteOf[k] >= 0 || isPunct(toks[k], ',;:')) break;
    if ((toks[k].lower === 'which' || toks[k].lower === 'who') && isPunct(toks[k - 1], ',')) return k;
  }
  return before.a;
}

/** The end of a reported clause: before ", adding ..." or ", according to ..." (cues with their own content), before
 *  a participle phrase (", referencing ..."). */
export function contentEnd(ctx: QuoteContext, cues: readonly Cue[], self: number, from: number, hi: number): number {
  // a reported noun phrase ("attacked the loopholes"), not a clause ("that ...", "to ...", a quotation)
  const first = ctx.tokens[from];
  const nounPhrase = !!first && ctx.quoteOf[from] < 0 && (first.pos === 'DET' || first.pos === 'NOUN' || first.pos === 'PROPN' ||
    first.pos === 'ADJ' || first.pos === 'NUM' || (first.pos === 'PRON' && !ctx.kb.pronouns.has(first.lower)));
  // (another speaker's frame before the end the clause's own words give ends the report first: "want X, and owners
  // want Y (and suggest ...)")
  return frameEnd(ctx, cues, self, from, clauseEnd(ctx, cues, self, from, hi, nounPhrase), nounPhrase);
}

/** Where a report's clause ends by its own words: punctuation, a participle phrase, the writer's clause, the speaker's
 *  next verb of speech. */
function clauseEnd(ctx: QuoteContext, cues: readonly Cue[], self: number, from: number, hi: number, nounPhrase: boolean): number {
  const toks = ctx.tokens;
  let verbSeen = false;
  let finiteSeen = false;
  // whether the report's last finite verb is an auxiliary or follows one ("had fought", "was", "would strike")
  let finiteComplex = false;
  const participle = (n: Token | undefined) => !!n && n.pos === 'VERB' && n.lower.endsWith('ing') && !ctx.kb.prepositionalParticiples.has(n.lower);
  const subordinateOpening = opensWithSubordinator(ctx, from);
  // a frame verb in a form other than its base one ("called on the board to act and consider ...")
  const frameVerb = cues[self] && cues[self].kind === 'verb' ? toks[cues[self].a].lower : null;
  const frameInflected = frameVerb !== null && frameVerb !== cues[self].lemma && !isBaseForm(ctx, frameVerb);
  for (let k = from; k < hi; k++) {
    const t = toks[k];
    if (ctx.quoteOf[k] >= 0) {
      // "... a “reckless gambler,” comparing him ...": a participle phrase after a quotation closing on a comma
      if (k > from && k + 1 < hi && endsQuote(ctx, k) && ctx.quoteOf[k + 1] < 0 && participle(wordFrom(ctx, k + 1, hi)) && quoteClosesOnComma(ctx, k)) return k + 1;
      // "... cheaper fares and “trains, trains,” but she has ...": the writer's own clause after a quotation closing on a comma
      const after = k > from && k + 1 < hi && endsQuote(ctx, k) && ctx.quoteOf[k + 1] < 0 ? wordFrom(ctx, k + 1, hi) : undefined;
      if (after && ctx.kb.clauseBreaks.has(after.lower) && quoteClosesOnComma(ctx, k)) return k + 1;
      continue;
    }
    if (nounPhrase && !verbSeen && k > from && objectPhraseEnds(ctx, k, from, hi)) return k;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbSeen = true;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !t.lower.endsWith('ing') && toks[skipSpace(ctx, k - 1, -1, from)]?.lower !== 'to') {
      finiteSeen = true;
      finiteComplex = t.pos === 'AUX' || toks[skipSpace(ctx, k - 1, -1, from)]?.pos === 'AUX';
    }
    // "While a judge found that law unconstitutional, his ruling was ...": a small clause with no verb ends at the
    // main clause too
    if (!verbSeen && !nounPhrase && k > from && isPunct(t, ',') && subordinateOpening && newMainClause(ctx, k, hi)) return k;
    if ((!verbSeen && !nounPhrase) || k === from) continue;
    const next = toks[k + 1];
    if (!next || k + 1 >= hi || ctx.quoteOf[k + 1] >= 0) continue;
    // ", citing the bank's ..." : a participle phrase after the clause or the reported noun phrase
    if (isPunct(t, ',') && participle(next)) return k;
    if (!verbSeen) continue;
    // ", quietly dropping ...": an adverb before the participle changes nothing
    if (isPunct(t, ',') && next.pos === 'ADV' && /ly$/.test(next.lower) && participle(toks[k + 2]) && k + 2 < hi) return k;
    // ", though she acknowledged ...": the writer's own clause; "; they only learned ..."
    if (isPunct(t, ',;') && ctx.kb.clauseBreaks.has(next.lower)) return k;
    if (isPunct(t, ';')) return k;
    // "When Roe said the vote was close, Lee called ...": a report inside an opening subordinate clause ends at the
    // comma before the main clause
    if (isPunct(t, ',') && subordinateOpening && newMainClause(ctx, k, hi)) return k;
    // "... and said she would", "... and encouraged Americans to": the speaker's next act of speech
    // ("... and has said she will", "... and repeatedly says": auxiliaries and adverbs may come before the verb)
    if (!COORDINATORS.has(t.lower)) continue;
    let v = k + 1;
    while (v + 1 < hi && v < k + 5 && (toks[v].kind === 'space' || toks[v].pos === 'AUX' || toks[v].pos === 'ADV' || ctx.kb.adverbs.has(toks[v].lower)) &&
      !ctx.kb.verbs.has(toks[v].lower)) v++;
    const verb = toks[v];
    const after2 = toks[v + 1];
    if (ctx.quoteOf[v] < 0 && ctx.kb.verbs.has(verb.lower) && !verb.lower.endsWith('ing') &&
      (verb.pos === 'VERB' || verb.pos === 'AUX' ||
        (verb.pos === 'NOUN' && /(s|ed)$/.test(verb.lower) && !!after2 && (after2.lower === 'to' || after2.lower === 'that')))) {
      // ("called on the board to act and consider ...": a bare base form right after the conjunction, after an
      // inflected frame verb, joins an infinitive inside the report, not the frame)
      const infinitiveJoin = frameInflected && v === skipSpace(ctx, k + 1, 1, hi) && isBaseForm(ctx, verb.lower);
      // ("said the driver ignored the signal and refused to stop": after a finite verb of the report, with no comma
      // before the conjunction, a verb that is no speech verb goes on with the reported clause; a speech verb
      // ("and warned that ...") is the speaker's next report)
      // ("said she had fought the flu and called it ...": after an auxiliary in the report, a bare past form is the
      // speaker's, not the reported clause's)
      const innerJoin = finiteSeen && !isPunct(toks[skipSpace(ctx, k - 1, -1, from)], ',') &&
        !ctx.kb.invertingVerbs.has(ctx.kb.verbs.get(verb.lower)?.[0]?.lemma ?? verb.lower) &&
        !(finiteComplex && v === skipSpace(ctx, k + 1, 1, hi) && /ed$/.test(verb.lower) && frameInflected);
      if (!infinitiveJoin && !innerJoin) return isPunct(toks[k - 1], ',') ? k - 1 : k;
    }
  }
  return hi;
}

/** Where a report ends before `hi` at another speaker's frame inside it (a verb, participle or preposition cue). */
function frameEnd(ctx: QuoteContext, cues: readonly Cue[], self: number, from: number, hi: number, nounPhrase: boolean): number {
  const toks = ctx.tokens;
  for (let c = self + 1; c < cues.length; c++) {
    const other = cues[c];
    if (other.a < from || other.a >= hi) continue;
    if (other.kind === 'participle' || other.kind === 'preposition') {
      let k = other.a - 1;
      while (k > from && (ctx.tokens[k].pos === 'ADV' || ctx.kb.adverbs.has(ctx.tokens[k].lower))) k--;
      if (isPunct(ctx.tokens[k], ',;')) return k;
      // "... a “reckless gambler,” comparing him ...": the comma closing the quotation ends the clause
      if (k > from && endsQuote(ctx, k) && quoteClosesOnComma(ctx, k)) return k + 1;
    } else if (other.kind === 'verb') {
      // "knew the fares would rise, and you don't want ...": a pronoun before a verb that is no speech verb, joined to
      // a report that has a verb of its own, goes on with that report
      if (stanceJoin(ctx, other, from)) continue;
      // ", Clinton said, ..." or ", and the report says ...": another speaker's frame after a comma
      const np = phraseBefore(ctx, skipAdverbsLeft(ctx, other.a, from), from);
      if (np && np.a - 1 > from) {
        let k = np.a - 1;
        if (toks[k].lower === 'and' && k - 1 > from) k--;
        // (not before the report has a verb of its own: in "noted that at her first hearing, in May, she backed ..."
        // the clause after the comma is the report's main clause)
        if (isPunct(toks[k], ',;') && (toks[from].lower !== 'that' || hasVerb(ctx, from, k))) return k;
      }
      // "... missed the deadline and the council accused ...", "... — and she noted ...": a clause joined to the report
      // whose own subject and cue follow the conjunction
      const verbStart = skipAdverbsLeft(ctx, other.a, from);
      for (let k = verbStart - 1; k > from && k >= verbStart - 8 && !toks[other.a].lower.endsWith('ing'); k--) {
        const w = toks[k];
        if (ctx.quoteOf[k] >= 0 || isPunct(w, ',;:')) break;
        if (w.lower !== 'and' && w.lower !== 'but') continue;
        const subject = phraseAfter(ctx, k + 1, verbStart, false);
        if (!subject || subject.b !== verbStart || !hasVerb(ctx, from, k)) break;
        const c = skipSpace(ctx, k - 1, -1, from + 1);
        return isPunct(toks[c], ',;—–-') ? c : k;
      }
      // "praised the crews and the union said ...": a reported noun phrase ends where another speaker's clause joins
      if (nounPhrase && !hasVerb(ctx, from, other.a)) {
        // (a comma before the conjunction, the cue verb itself or that clause's subject after it ("touting X and
        // saying ..."); in "called the fee and the toll a ploy aimed at ..." a second object follows it, and the
        // participle is no frame)
        for (let k = other.a - 1; k > from; k--) {
          if (toks[k].lower !== 'and' && toks[k].lower !== 'but') continue;
          if (isPunct(toks[skipSpace(ctx, k - 1, -1, from)], ',') || skipSpace(ctx, k + 1, 1, verbStart) === verbStart ||
            phraseAfter(ctx, k + 1, verbStart, false)?.b === verbStart) return k;
          break;
        }
      }
    }
  }
  return hi;
}

/** Whether the verb cue `other` inside a report from `from` opens a clause joined by "and" or "but" whose subject is
 *  one pronoun and whose verb is neither a speech verb nor one addressed to a listener ("urged"), after a report with a
 *  verb of its own ("..., but she knows that"). */
function stanceJoin(ctx: QuoteContext, other: Cue, from: number): boolean {
  const toks = ctx.tokens;
  const lemma = ctx.kb.verbs.get(toks[other.a].lower)?.[0]?.lemma ?? toks[other.a].lower;
  if (ctx.kb.invertingVerbs.has(lemma) || ctx.kb.objectVerbs.has(lemma)) return false;
  const verbStart = skipAdverbsLeft(ctx, other.a, from);
  const s = skipSpace(ctx, verbStart - 1, -1, from);
  if (s <= from || !ctx.kb.pronouns.has(toks[s].lower) || toks[s].pos !== 'PRON') return false;
  const j = skipSpace(ctx, s - 1, -1, from);
  if (j <= from || (toks[j].lower !== 'and' && toks[j].lower !== 'but')) return false;
  return hasVerb(ctx, from, j);
}

/** Whether a one-word cue with no auxiliary stands inside the object of a preposition rather than after its
 *  subject: a preposition that is no subordinator ("as") right before the speaker phrase (`speaker`, as extended to
 *  the whole subject, for an -ed participle; `near`, the phrase right before the cue, for a form read as a noun). */
function objectOfPreposition(ctx: QuoteContext, u: Unit, speaker: TokenSpan, near: TokenSpan, cue: Cue): boolean {
  const toks = ctx.tokens;
  const lo = u.tokStart;
  const w = toks[cue.a];
  if (cue.b - cue.a !== 1 || w.lower.endsWith('ing')) return false;
  if (skipAdverbsLeft(ctx, cue.a, lo) !== cue.a || speaker.b !== cue.a) return false;
  const after = (s: TokenSpan) => {
    const p = skipSpace(ctx, s.a - 1, -1, lo);
    return p >= lo && toks[p].pos === 'ADP' && ctx.quoteOf[p] < 0 && !ctx.kb.subordinators.has(toks[p].lower) ? p : -1;
  };
  // a participle: "questions from residents invited to ..." (the whole subject: "people involved in the talks
  // assumed" keeps its verb)
  if (/ed$/.test(w.lower) && w.pos === 'VERB') return after(speaker) >= 0;
  const p = after(near);
  if (p < 0) return false;
  // "rated half of Tory claims", "standing at a ticket counter": another form the tagger read as a noun, inside a
  // phrase after a preposition, is that noun ("In Ohio officials say" opens with its preposition and keeps its verb)
  // ("upon a Times report that ...": a noun before its clause still names its source)
  return w.pos === 'NOUN' && p > firstWord(ctx, u) && wordFrom(ctx, cue.b, u.tokEnd)?.lower !== 'that';
}

/** "the marchers, who took to the streets and called for ...": the relative word opening the clause that holds the
 *  conjunction at c (no punctuation or quotation between them) is the subject of the verb after it. */
function relativeSubject(ctx: QuoteContext, c: number, lo: number): TokenSpan | null {
  for (let k = c - 1; k >= lo; k--) {
    const t = ctx.tokens[k];
    if (ctx.quoteOf[k] >= 0 || t.kind === 'punctuation' || t.pos === 'SCONJ') return null;
    if ((t.lower === 'who' || t.lower === 'which') && t.pos === 'PRON') {
      // the relative word is the clause's subject only where a verb follows it ("which she was doing" is no subject)
      const v = wordFrom(ctx, k + 1, c);
      return v && (v.pos === 'VERB' || v.pos === 'AUX' || v.pos === 'ADV') ? { a: k, b: k + 1 } : null;
    }
  }
  return null;
}

/** "... missed the deadline and the council accused ...": a phrase joined by "and" to the object of a verb before it
 *  is a new subject; the object is not part of the speaker. */
function afterObjectConjunct(ctx: QuoteContext, speaker: TokenSpan, lo: number): TokenSpan {
  const toks = ctx.tokens;
  const p = skipSpace(ctx, speaker.a - 1, -1, lo);
  if (p < lo || toks[p].pos !== 'VERB' || ctx.quoteOf[p] >= 0) return speaker;
  for (let k = speaker.a + 1; k < speaker.b - 1; k++) {
    if (toks[k].lower === 'and') {
      const r = strip(ctx, k + 1, speaker.b);
      return r ?? speaker;
    }
  }
  return speaker;
}

/** "At a town hall Ruiz declared", "It was the second time Ruiz said": after a preposition or a verb, a
 *  phrase whose common noun runs straight into a name is an adverbial or an object followed by the speaker's name;
 *  the name alone is the speaker. */
function nameAfterAdverbial(ctx: QuoteContext, speaker: TokenSpan, lo: number): TokenSpan {
  const toks = ctx.tokens;
  const p = skipSpace(ctx, speaker.a - 1, -1, lo);
  if (p < lo || !(toks[p].pos === 'ADP' || toks[p].pos === 'VERB' || toks[p].pos === 'AUX') || ctx.quoteOf[p] >= 0) return speaker;
  let n = speaker.b;
  while (n > speaker.a && toks[n - 1].pos === 'PROPN' && isCapitalized(toks[n - 1])) n--;
  if (n === speaker.b || n === speaker.a) return speaker;
  const before = toks[n - 1];
  // "her husband Tom" names one person
  const owner = toks[n - 2];
  if (owner && n - 2 >= speaker.a && ctx.kb.determiners.has(owner.lower)) return speaker;
  return before.pos === 'NOUN' && !isCapitalized(before) ? { a: n, b: speaker.b } : speaker;
}

/** Whether the cue at k follows a subject pronoun that follows a noun ("the farmers we asked"): the cue verb closes a
 *  relative clause without a relative word. */
function contactSubject(ctx: QuoteContext, k: number, lo: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k - 1];
  const n = toks[k - 2];
  return k - 2 >= lo && p.pos === 'PRON' && /^(i|we|you|he|she|they)$/.test(p.lower) && (n.pos === 'NOUN' ||
    (n.pos === 'PRON' && ctx.kb.pronouns.has(n.lower)));
}

/** The name in "<recording> of <name>" ending right before token k ("a clip of Mayor Roe saying"), or null. */
function recordedSpeaker(ctx: QuoteContext, k: number, lo: number): TokenSpan | null {
  const toks = ctx.tokens;
  let n = k;
  while (n - 1 >= lo && toks[n - 1].pos === 'PROPN' && ctx.quoteOf[n - 1] < 0) n--;
  if (n === k || n - 2 < lo || toks[n - 1].lower !== 'of' || !ctx.kb.recordingNouns.has(toks[n - 2].lower)) return null;
  return { a: n, b: k };
}

/** "was endorsed by the Harbor Gazette, which ...": a relative clause after a comma tells of the agent and is no part
 *  of its name. */
function withoutRelativeClause(ctx: QuoteContext, agent: TokenSpan | null): TokenSpan | null {
  if (!agent) return null;
  for (let k = agent.a + 1; k + 1 < agent.b; k++) {
    if (isPunct(ctx.tokens[k], ',') && ctx.quoteOf[k] < 0 && /^(who|which)$/.test(wordFrom(ctx, k + 1, agent.b)?.lower ?? '')) return strip(ctx, agent.a, k);
  }
  return agent;
}

/** "That survey found", "But those crews said": a demonstrative opening the sentence (maybe after a conjunction)
 *  right before a noun phrase speaker is its determiner, not a conjunction or relative word. */
function withOpeningDemonstrative(ctx: QuoteContext, u: Unit, speaker: TokenSpan): TokenSpan {
  const toks = ctx.tokens;
  const d = skipSpace(ctx, speaker.a - 1, -1, u.tokStart);
  if (d < u.tokStart || ctx.quoteOf[d] >= 0 || !/^(that|this|these|those)$/.test(toks[d].lower)) return speaker;
  if (toks[speaker.a].pos === 'PRON' || toks[speaker.a].pos === 'VERB' || toks[speaker.a].pos === 'AUX') return speaker;
  const s0 = firstWord(ctx, u);
  const c = skipSpace(ctx, d - 1, -1, u.tokStart);
  return d === s0 || (c === s0 && toks[c].pos === 'CCONJ') ? { a: d, b: speaker.b } : speaker;
}

/** Whether a semicolon outside quotation marks stands in [a, b). */
function semicolonBetween(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.quoteOf[k] < 0 && isPunct(ctx.tokens[k], ';')) return true;
  return false;
}

/** quoteBefore: the previous unit of the paragraph when it holds nothing but a quotation. */
export function attributeUnit(
  ctx: QuoteContext,
  u: Unit,
  unitIndex: number,
  cues: readonly Cue[],
  quoteBefore: TokenSpan | null,
): Candidate[] {
  const out: Candidate[] = [];
  const toks = ctx.tokens;
  const lo = u.tokStart;
  const hi = u.tokEnd;
  let lastSpeaker: TokenSpan | null = null;
  // the unit's first speaker: the one a participle refers back to ("Clinton told ... that she ..., saying")
  let firstSpeaker: TokenSpan | null = null;
  // a speaker borrowed from earlier in the unit (participles, coordinated verbs), which is not part of the frame
  let lastShared: TokenSpan | null = null;
  cues.forEach((cue, ci) => {
    let speaker: TokenSpan | null = null;
    let inverted = false;
    // a phrase inside an opening prepositional phrase speaks for its own participle only, not for the clause
    let openingOwn = false;
    if (cue.kind === 'passive') {
      // "The plan was endorsed by the union": the agent is the speaker, the subject before the verb the content
      const agent = withoutRelativeClause(ctx, speakerAfter(ctx, cue.b, hi, false));
      // ("a fine imposed by the regulator": with no auxiliary, the noun phrase the participle follows)
      // (the cue is then the participle and "by" alone)
      const reduced = cue.b - cue.a === 2;
      const subject = reduced ? phraseBefore(ctx, cue.a, lo) : passiveSubject(ctx, lo, cue.a);
      // ("It was first proposed by the board": a pronoun alone says nothing that was reported)
      if (subject && subject.b - subject.a === 1 && toks[subject.a].pos === 'PRON') return;
      if (agent && subject) out.push({ content: subject, kind: kindOf(ctx, subject), speaker: agent, cue, unit: unitIndex, rule: 'passive-by' });
      return;
    }
    if (cue.kind === 'preposition') {
      speaker = sourceToEnd(ctx, cue, lo, hi) ?? openingSource(ctx, cue, u, hi) ?? speakerAfter(ctx, cue.b, hi, false) ??
        phraseToComma(ctx, cue.b, hi);
      inverted = true;
      if (!speaker) return;
    } else if (cue.kind === 'participle') {
      // "..., he said, adding that": the speaker of the cue before it in the unit, else the unit's subject
      // "a group of nurses calling for ...", "a poll showing ...": a participle right after a noun phrase has it as its
      // speaker
      const before = toks[cue.a - 1];
      let own = before && cue.a - 1 >= lo && (before.pos === 'NOUN' || before.pos === 'PROPN') && !ctx.inTime[cue.a - 1]
        ? phraseBefore(ctx, cue.a, lo) : null;
      // only where the phrase is no object: it opens the sentence, or "with" makes it the participle's subject
      // ("with polls showing ...") — "mailed a petition to members urging ..." is the letter's senders' act
      // (or a verb like "left" makes it so: "the storm left the crews wondering ...")
      const governor = own ? toks[skipSpace(ctx, own.a - 1, -1, lo)] : undefined;
      // ("In a letter urging ..., the board ...": the phrase opens the sentence after its preposition)
      const sentenceStart = firstWord(ctx, { ...u, tokStart: lo });
      const opening = !!governor && governor.pos === 'ADP' && governor.i === sentenceStart;
      openingOwn = opening && !!own;
      if (own && own.a !== sentenceStart && governor?.lower !== 'with' && !opening &&
        !(governor && (governor.pos === 'VERB' || governor.pos === 'AUX') && ctx.kb.objectSubjectVerbs.has(governor.lower))) own = null;
      // "footage of Roe saying ...": the person recorded speaks
      const recorded = recordedSpeaker(ctx, cue.a, lo);
      if (recorded) own = recorded;
      // (a relative word that spoke inside the clause is no speaker for it: "... an aide who said X, adding ..."
      // is the subject's participle)
      // (nor is one before a semicolon: "the board put it at $5; the union puts it at $9, assuming ...")
      const first = firstSpeaker && !(firstSpeaker.b - firstSpeaker.a === 1 && RELATIVE_WORDS.has(toks[firstSpeaker.a].lower)) &&
        !semicolonBetween(ctx, firstSpeaker.b, cue.a) ? firstSpeaker : null;
      // "Jo thanked the mayor, who opened his talk by praising ...": a participle inside a relative clause (no
      // punctuation between them) is that clause's; the relative word is its speaker
      const relative = own ? null : relativeSubject(ctx, cue.a, lo);
      speaker = own ?? relative ?? first ?? coordinatedSubject(ctx, lo, cue.a) ?? unitSubject(ctx, lo, cue.a);
      lastShared = own || relative ? null : speaker;
      // a gerund after a preposition ("began by saying") reports only for a known subject
      if (!speaker && before && (before.pos === 'ADP' || before.pos === 'SCONJ')) return;
    } else if (cue.kind === 'noun') {
      const by = toks[cue.b]?.lower === 'by' ? phraseAfter(ctx, cue.b + 1, hi, false) : null;
      // ("its own pledge to ...": "own" stands between the owner and the noun)
      const owner = toks[cue.a - 1]?.lower === 'own' && cue.a - 2 >= lo ? toks[cue.a - 2] : toks[cue.a - 1];
      if (by) speaker = by;
      else if (owner && (owner.lower === "'s" || owner.lower === '’s')) {
        const np = phraseBefore(ctx, cue.a - 1, lo);
        speaker = np ? { a: np.a, b: cue.a } : null;
      }
      else if (owner && ctx.kb.determiners.has(owner.lower)) speaker = { a: owner.i, b: owner.i + 1 };
      else if (owner && owner.i >= lo && (owner.pos === 'NOUN' || owner.pos === 'PROPN') && ctx.quoteOf[owner.i] < 0 && !ctx.inTime[owner.i]) {
        // "media reports that ...", "Harbour Board claims that ...": a noun modifying the cue names who holds it
        let a = owner.i;
        while (a - 1 >= lo && (toks[a - 1].pos === 'NOUN' || toks[a - 1].pos === 'PROPN') && ctx.quoteOf[a - 1] < 0) a--;
        speaker = { a, b: owner.i + 1 };
      }
      else speaker = unitSubject(ctx, lo, cue.a);
    } else if (toks[cue.a].lower.endsWith('ing') && (cue.a === firstWord(ctx, u) || openingGerund(ctx, u, cue.a))) {
      // "Citing an unfounded theory, Trump accused ...", "After saying the plan was dead, she left": the participle's
      // subject follows its phrase (a quotation closing on a comma may end the phrase)
      let comma = cue.b;
      let end = -1;
      for (; comma < hi && comma < cue.b + 40; comma++) {
        if (ctx.quoteOf[comma] >= 0) {
          if (endsQuote(ctx, comma) && quoteClosesOnComma(ctx, comma)) { end = comma + 1; break; }
          continue;
        }
        if (isPunct(toks[comma], ',')) { end = comma; break; }
      }
      if (end < 0) return;
      comma = end;
      speaker = phraseAfter(ctx, isPunct(toks[comma], ',') ? comma + 1 : comma, hi, false, comma + 1);
      const r = strip(ctx, cue.b, comma);
      if (!speaker || !r) return;
      lastSpeaker = speaker;
      out.push({ content: r, kind: kindOf(ctx, r), speaker, cue, unit: unitIndex, rule: 'participle-opening' });
      return;
    } else {
      const prev = toks[cue.a - 1];
      // inversion ("..., said the minister") is a habit of speech verbs only ("..., declared bankruptcy" is not)
      const inverts = ctx.kb.invertingVerbs.has(cue.lemma);
      // ("Calls the plan a fraud.", "Keeps saying it is safe.": a clipped list item with its subject left out has a
      // present form that cannot invert, and its speaker is nowhere in the sentence)
      const clipped = cue.a === lo && /s$/.test(toks[cue.a].lower) && toks[cue.a].lower !== cue.lemma;
      if (clipped) {
        const r = strip(ctx, contentStart(ctx, cue, cue.b, hi), contentEnd(ctx, cues, ci, cue.b, hi));
        if (r) out.push({ content: r, kind: kindOf(ctx, r), speaker: null, cue, unit: unitIndex, rule: 'verb-clipped' });
        return;
      }
      if (cue.a === lo || (prev && endsQuote(ctx, cue.a - 1))) speaker = speakerAfter(ctx, cue.b, hi, false);
      // "Ann Roe, a nurse at the clinic, noted the change.": no report before the comma, so no inversion
      else if (prev && isPunct(prev, ',') && inverts && reportBefore(ctx, lo, cue.a)) speaker = speakerAfter(ctx, cue.b, hi, true);
      inverted = speaker !== null;
      // ("praised the levy, yet warned that ...": "yet" right before the verb, after no auxiliary, joins it to the
      // clause before as "but" does; the tagger reads it as an adverb)
      const yet = speaker ? -1 : skipSpace(ctx, cue.a - 1, -1, lo);
      const yetJoin = yet > lo && toks[yet].lower === 'yet' && ctx.quoteOf[yet] < 0 &&
        !isAuxiliaryOrNegation(toks[skipSpace(ctx, yet - 1, -1, lo)]);
      if (!speaker && !yetJoin) {
        speaker = speakerBefore(ctx, u, cue.a);
        const near = speaker;
        if (speaker) speaker = wholeSubject(ctx, u, speaker);
        if (speaker) speaker = afterObjectConjunct(ctx, speaker, lo);
        if (speaker) speaker = nameAfterAdverbial(ctx, speaker, lo);
        if (speaker) speaker = withOpeningDemonstrative(ctx, u, speaker);
        // "heard from nurses invited to ...", "traced to the rules proposed in ...": a bare -ed form
        // after the object of a preposition is a participle modifying that object, not its verb
        if (speaker && near && objectOfPreposition(ctx, u, speaker, near, cue)) return;
      }
      // "X announced the arrest and said ...": a second verb phrase shares the subject
      if (!speaker) {
        const j = yetJoin ? yet + 1 : skipAdverbsLeft(ctx, cue.a, lo);
        const conj = toks[j - 1];
        if (conj && j - 1 >= lo && COORDINATORS.has(conj.lower)) {
          // "I laughed and said": the subject of the verb just before the conjunction
          const verb = toks[j - 2];
          const own = verb && j - 2 >= lo && verb.pos === 'VERB' ? speakerBefore(ctx, u, j - 2) : null;
          // ("Crews said they want a raise, but vowed to stay calm": after a comma the verb joins the main clause,
          // whose subject spoke first, not the subject of a clause reported inside it)
          // (the comma may sit inside a closing quotation mark: 'want “a raise,” but')
          let c = skipSpace(ctx, j - 2, -1, lo);
          if (c > lo && endsQuote(ctx, c) && !/\w/.test(toks[c].text)) c--;
          const main = c >= lo && isPunct(toks[c], ',') ? firstSpeaker : null;
          speaker = own ?? relativeSubject(ctx, j - 1, lo) ?? main ?? lastSpeaker ?? unitSubject(ctx, lo, j - 1);
          lastShared = own ? null : speaker;
        }
      }
      // "the board had to reject ...", "the crews gathered on Friday to discuss ...": a cue verb after "to" that
      // follows a verb or an adjective reports for that verb's subject
      if (!speaker) {
        speaker = infinitiveSubject(ctx, u, cue);
        lastShared = speaker;
      }
      if (!speaker) return;
      // ("Having said that, ...", "Having told the crews, Roe left": a perfect participle opening the sentence is no
      // speaker; its subject is that of the main clause, and "said that" there reports nothing)
      if (speaker.b - speaker.a === 1 && toks[speaker.a].lower === 'having') return;
    }

    // "Can you imagine ...?", "Do you know where ...?": the reader asked a yes-no question reports nothing
    if (speaker && yesNoYou(ctx, speaker, lo)) return;
    // (the owner of a nominal cue, "its intention to ...", is no clause subject for a later verb to share)
    if (speaker && cue.kind !== 'noun') lastSpeaker = speaker;
    if (speaker && !firstSpeaker && !openingOwn && cue.kind !== 'noun') firstSpeaker = speaker;
    // the frame is the cue with its speaker; content lies before it, after it, or around it
    let frameA = cue.a;
    let frameB = cue.b;
    // the speaker joins the frame only when it stands right before the cue (a shared subject stays outside)
    if (speaker && speaker.a < cue.a && speaker !== lastShared) {
      const verbStart = skipAdverbsLeft(ctx, cue.a, lo);
      if (speaker.b >= verbStart - 1 || asideBetween(ctx, speaker.b, verbStart)) frameA = speaker.a;
    }
    if (inverted && speaker) frameB = Math.max(frameB, speaker.b);
    if (cue.kind === 'noun') {
      // "the assertion that ...": content is the clause, starting at "that"
      let k = cue.b;
      // ("her decision to resign": a noun of intent reports the infinitive after it)
      const infinitive = ctx.kb.infinitiveNouns.has(cue.lemma) && toks[cue.b]?.lower === 'to';
      while (k < hi && !infinitive && toks[k].lower !== 'that') k++;
      // "Despite his claim that X, she did not ...": the clause ends where the main clause starts after a comma
      let end = contentEnd(ctx, cues, ci, k, hi);
      for (let c = k + 1; c < end; c++) {
        // ("the claim that X stirred anger: leaders said ...": a colon or semicolon outside a quotation ends it too)
        if (ctx.quoteOf[c] < 0 && (isPunct(toks[c], ';:') || (isPunct(toks[c], ',') && newMainClause(ctx, c, end)))) {
          end = c;
          break;
        }
      }
      const r = strip(ctx, k, end);
      if (r) out.push({ content: r, kind: kindOf(ctx, r), speaker, cue, unit: unitIndex, rule: 'noun-that' });
      return;
    }
    const afterFrom = contentStart(ctx, cue, frameB, hi);
    const before = strip(ctx, lo, frameA);
    const after = strip(ctx, afterFrom, Math.min(contentEnd(ctx, cues, ci, afterFrom, hi), relativeClauseEnd(ctx, speaker, afterFrom, hi),
      dashAsideEnd(ctx, lo, frameA, afterFrom, hi)));
    const bs = before ? stats(ctx, before) : null;
    const as = after ? stats(ctx, after) : null;
    // content before the cue only when the cue closes its clause: "..., X said." / "..., X said in a statement."
    const rest = toks[afterFrom];
    // "..., Roe told the Harbour Gazette on Friday.": only a listener after the cue
    // ("warned against travel": after a particle comes the object, not a listener)
    const listenerOnly = !!after && !!as && ctx.kb.objectVerbs.has(cue.lemma) && cue.b - cue.a === 1 && as.verbs === 0 && as.quoted === 0 &&
      looksLikeListener(ctx, after);
    const closesClause = !after || !rest || isPunct(rest, ',;') || rest.pos === 'ADP' || ctx.inTime[afterFrom] === 1 || listenerOnly;
    // ("..., she said, waving off a sailor who asked about costs": a relative word's clause reports nothing before it)
    const relativeSpeaker = !!speaker && speaker.b - speaker.a === 1 && RELATIVE_WORDS.has(toks[speaker.a].lower) && speaker.a >= frameA;
    // ("The crews struck, but the board learned from it": a clause joined before the frame by "and"/"but" is no report)
    const pre = frameA - 1 >= lo ? toks[skipSpace(ctx, frameA - 1, -1, lo)] : undefined;
    const joinedBefore = !!pre && ctx.quoteOf[pre.i] < 0 && (pre.pos === 'CCONJ' ||
      // ("the ferry left late because the captain decided ...": nor is a clause before a subordinator)
      (pre.pos === 'SCONJ' && ctx.kb.subordinators.has(pre.lower) && pre.lower !== 'as'));
    const beforeOk = !!bs && (bs.quoted > 0 || bs.words >= 2) && (closesClause || (!!before && endsQuote(ctx, before.b - 1))) && !relativeSpeaker &&
      !joinedBefore;
    // a bare prepositional phrase after a verb ("did not respond to requests", "learned from the experience")
    const barePhrase = !!after && !!as && toks[after.a].pos === 'ADP' && toks[after.a].lower !== 'that' &&
      as.verbs === 0 && as.quoted === 0;
    // "..., leaders said Friday, as they rallied": a circumstance clause after a comma is the writer's, not the report
    const circumstance = !!after && !!rest && isPunct(rest, ',') && (ctx.kb.objectEnds.has(toks[after.a].lower) || toks[after.a].lower === 'as');
    // "everything he says is false", "she wants and they ...": a form of "be" or a conjunction right after the cue
    // means the frame sits inside someone else's clause, with nothing reported after it
    // ("the farmers we asked said ...": a cue verb right after the cue has its own speaker, the phrase ending in this one)
    // "the crews felt cheated", "those who feel that way": a state verb followed by an adjective, a participle or
    // "that way" describes how someone is, and reports nothing
    const stateOnly = !!after && after.a === afterFrom && ctx.quoteOf[after.a] < 0 && cue.kind === 'verb' && ctx.kb.stateVerbs.has(cue.lemma) &&
      (toks[after.a].pos === 'ADJ' || (toks[after.a].pos === 'VERB' && /(ed|en)$/.test(toks[after.a].lower)) ||
        (toks[after.a].lower === 'that' && wordFrom(ctx, after.a + 1, after.b)?.lower === 'way'));
    const noClause = stateOnly || !!after && after.a === afterFrom && ctx.quoteOf[after.a] < 0 &&
      (/^(is|are|was|were)$/.test(toks[after.a].lower) || toks[after.a].pos === 'CCONJ' ||
        // ("health worries have dogged her": a perfect after the cue form makes that form the noun subject)
        (/^(have|has|had)$/.test(toks[after.a].lower) && cue.kind === 'verb' && /s$/.test(toks[cue.a].lower) && cue.b - cue.a === 1 &&
          /(ed|en|wn|ne)$/.test(wordFrom(ctx, after.a + 1, after.b)?.lower ?? '')) ||
        (toks[after.a].pos === 'VERB' && !toks[after.a].lower.endsWith('ing') && cueVerbForm(ctx, toks[after.a]) &&
          contactSubject(ctx, cue.a, lo)));
    // "..., said Jo Roe, who insisted that ...": a relative clause after an inverted speaker tells of the speaker;
    // so does a parenthesis ("..., said Jo Roe (a view many share).")
    const relativeAfter = inverted && !!after && (/^(who|whom|whose|which)$/.test(toks[after.a].lower) || toks[after.a].text === '(');
    const afterOk = !!as && !!after && !listenerOnly && !barePhrase && !circumstance && !noClause && !relativeAfter &&
      (as.quoted > 0 || as.verbs > 0 || toks[after.a].lower === 'that' || as.words >= MIN_OBJECT_WORDS);
    const commaAfter = isPunct(toks[frameB] ?? toks[0], ',');
    // ("the berths she has proposed, the mayor ...": the object of a contact relative clause is the noun before it, and
    // what follows the comma belongs to another clause)
    const contactClause = contactFrame(ctx, speaker, lo);
    if (commaAfter && !inverted && contactClause) return;
    let content: TokenSpan | null = null;
    let rule = cue.kind;
    // "what" right before the speaker of a verb cue opens a free relative
    const freeRel = cue.kind === 'verb' && !!speaker && speaker.a === frameA && !inverted ? relativeWord(ctx, frameA, lo) : -1;
    // ("the boxes, which he said were lost": a relative word that is the subject of the reported clause, a verb
    // right after the cue, opens a report the same way)
    const subjectGap = freeRel >= 0 && toks[freeRel].lower !== 'what' && !!after && after.a === afterFrom && ctx.quoteOf[after.a] < 0 &&
      (toks[after.a].pos === 'AUX' || toks[after.a].pos === 'VERB') && !toks[after.a].lower.endsWith('ing');
    // ("how experts say the plan would work": "how" before the speaker opens the same kind of report)
    const how = cue.kind === 'verb' && !!speaker && speaker.a === frameA && !inverted && afterOk ? skipSpace(ctx, frameA - 1, -1, lo) : -1;
    const freeRelative = freeRel >= 0 && (toks[freeRel].lower === 'what' || subjectGap) ? freeRel
      : how >= lo && ctx.quoteOf[how] < 0 && toks[how].lower === 'how' ? how : -1;
    // a quotation ending just before the speaker is the content, unless it is only a title inside an opening
    // phrase ("In an interview on “Face the Nation,” Ryan said the ...")
    const mostlyQuoted = !!bs && bs.quoted > bs.outside && !(ctx.quoteOf[before!.a] < 0 && toks[before!.a].pos === 'ADP');
    if (beforeOk && before && endsQuote(ctx, before.b - 1) && (mostlyQuoted || !afterOk) &&
      !(afterOk && as && as.quoted === 0 && as.words > 3 && toks[after!.a].lower === 'that')) {
      // the quotation resumes after the frame: "“A,” he said, but “B”", "“A,” Trump said at a rally, “B”"
      const split = afterOk && !!after && (ctx.quoteOf[after.a] >= 0 || endsQuote(ctx, after.b - 1));
      content = split ? { a: before.a, b: after!.b } : before;
      rule += split ? '-split-quote' : '-quote-before';
    } else if (!before && quoteBefore && cue.kind !== 'preposition' && !(after && toks[after.a].lower === 'that') &&
      // "X added, “...”": a frame followed by a quotation of its own introduces that, not the quotation before
      !(afterOk && after && ctx.quoteOf[after.a] >= 0) && !(toks[hi - 1] && isPunct(toks[hi - 1], ',:') && ctx.quoteOf[hi - 1] < 0)) {
      // "“You winning?” she said, ..." where the sentence broke after the quotation
      content = quoteBefore;
      rule += '-previous-quote';
    } else if (freeRelative >= 0) {
      // "voters doubted what the mayor said", "what the mayor calls a tax was ...": a free relative is its own
      // report, the speaker's, kept inside the outer clause (PolNeAR marks both); with nothing after the cue, "what"
      // stands for the content; a copula after the cue ("what the mayor said was a tax") belongs to the relative
      const copula = !!after && after.a === afterFrom && /^(is|are|was|were)$/.test(toks[after.a].lower);
      // (a relative clause between commas ends at the comma before the main verb: "the boxes, which he said were lost, are")
      const b = (afterOk || copula || subjectGap) && after
        ? Math.min(after.b, relativeClauseEnd(ctx, { a: freeRelative, b: freeRelative + 1 }, afterFrom, hi)) : freeRelative + 1;
      content = strip(ctx, freeRelative, b) ?? { a: freeRelative, b: freeRelative + 1 };
      rule += '-free-relative';
    } else if (cue.kind === 'preposition' && beforeOk && before) {
      // "..., according to the poll, more than ...": the clause before the cue is what the source says
      content = before;
      rule += '-before';
    } else if (beforeOk && afterOk && commaAfter && cue.kind !== 'preposition' && before && after && !(as && as.quoted > as.outside && ctx.quoteOf[after.a] >= 0) &&
      !contactClause) {
      // "During her two terms, the mayor said, crime fell ...": an opening adverbial is the writer's frame
      const opener = toks[before.a];
      const adverbial = (opener.pos === 'ADP' || opener.pos === 'SCONJ' || ctx.inTime[before.a] === 1) && !hasVerb(ctx, before.a, before.b) &&
        ctx.quoteOf[before.a] < 0;
      // "..., it would take weeks, he said, and the wrangling ...": a new clause after the frame is the writer's
      // (unless the speaker's own words follow: "..., she said, and “I had to ...”")
      const n = skipSpace(ctx, after.a + 1, 1, after.b);
      const joined = ctx.quoteOf[after.a] < 0 && (toks[after.a].lower === 'and' || toks[after.a].lower === 'but') &&
        n < after.b && ctx.quoteOf[n] < 0;
      content = adverbial ? after : joined ? before : { a: interruptedClauseStart(ctx, before), b: after.b };
      rule += adverbial ? '-after' : joined ? '-before' : '-interrupting';
    } else if (afterOk && after) {
      content = after;
      rule += '-after';
    } else if (beforeOk && before) {
      // "..., as the memo put it": "as" belongs to the frame
      const asFrame = toks[before.b - 1]?.lower === 'as' && before.b === skipSpace(ctx, frameA - 1, -1, lo) + 1 ? strip(ctx, before.a, before.b - 1) : null;
      if (asFrame) {
        out.push({ content: asFrame, kind: kindOf(ctx, asFrame), speaker, cue, unit: unitIndex, rule: rule + '-as' });
        return;
      }
      // "the plan that many voters like", "what the organizers expect": in a relative clause the relative word stands for the
      // content (PolNeAR marks it so)
      // (not when a bare prepositional phrase follows the cue: in "the warmth crews feel for their skipper" or
      // "the faults Roe pinned on the cranes" the verb is used in a sense that reports nothing)
      const rel = relativeWord(ctx, frameA, lo);
      if (rel >= 0 && barePhrase) return;
      // "the fees the board listed": with no relative word, a pronoun speaker right after a noun opens a relative
      // clause, and the noun phrase before it stands for the content
      const contact = rel < 0 && speaker && frameA === speaker.a && speaker.b - speaker.a === 1 && contactSubject(ctx, speaker.b, lo)
        ? phraseBefore(ctx, speaker.a, lo) : null;
      // ("a clinic for Harbor Issues", "with ads and phone calls", "after he asked the mayor ...": a frame that no
      // comma, dash or quotation mark sets off from the clause before it sits inside that clause and reports nothing)
      if (rel < 0 && !contact && toks[skipSpace(ctx, frameA - 1, -1, lo)]?.kind !== 'punctuation') return;
      content = rel >= 0 ? { a: rel, b: rel + 1 } : contact ?? before;
      rule += rel >= 0 ? '-relative' : contact ? '-contact' : '-before';
    }
    if (!content) {
      // "he said:" introduces what follows; forward content is added by the caller
      out.push({ content: { a: cue.a, b: cue.a }, kind: 'direct', speaker, cue, unit: unitIndex, rule: cue.kind + '-pending' });
      return;
    }
    // ("..., the talks are dragging on, he said": a content that is only another frame, a pronoun and a speech verb,
    // is no report)
    if (onlyFrame(ctx, content)) return;
    out.push({ content, kind: kindOf(ctx, content), speaker, cue, unit: unitIndex, rule });
  });
  return out;
}

/** "... its levy -- which Roe called “a raid” -- was ...": a frame inside an aside between spaced dashes reports up to
 *  the closing dash. hi when the frame at frameA opens no such aside in the unit [lo, ...). */
function dashAsideEnd(ctx: QuoteContext, lo: number, frameA: number, from: number, hi: number): number {
  let open = false;
  for (let k = lo; k < frameA; k++) if (ctx.quoteOf[k] < 0 && isDash(ctx.tokens[k]) && spaced(ctx, k)) open = !open;
  if (!open) return hi;
  for (let k = from; k < hi; k++) if (ctx.quoteOf[k] < 0 && isDash(ctx.tokens[k]) && spaced(ctx, k)) return k;
  return hi;
}

/** Whether [a, b) is an aside between commas that the speaker phrase left out ("Jo Roe, the mayor of Elmwood, a town
 *  of 4,000, said"): it opens and closes with a comma and holds no quotation, so it belongs to the frame. */
function asideBetween(ctx: QuoteContext, a: number, b: number): boolean {
  const toks = ctx.tokens;
  const first = skipSpace(ctx, a, 1, b);
  if (first >= b || !isPunct(toks[first], ',') || !isPunct(toks[b - 1], ',') || b - first < 3) return false;
  for (let k = first; k < b; k++) if (ctx.quoteOf[k] >= 0) return false;
  return true;
}

/** "The boat was drifting, and the skipper grew angry, shouting for help": the subject of the last main clause
 *  before a participle (after a comma, maybe with "and" or "but") is its speaker, not the subject that opens the
 *  sentence. */
function coordinatedSubject(ctx: QuoteContext, lo: number, hi: number): TokenSpan | null {
  const toks = ctx.tokens;
  for (let k = hi - 1; k > lo; k--) {
    if (ctx.quoteOf[k] >= 0) return null;
    const t = toks[k];
    // ("..., and by midnight, the skipper grew furious, shouting ...": a main clause after any comma or a semicolon)
    if (isPunct(t, ',;') && newMainClause(ctx, k, hi) && k + 1 < hi && toks[k + 1].pos !== 'CCONJ') {
      const subject = phraseAfter(ctx, k + 1, hi, false);
      return subject && !(toks[subject.a].pos === 'PRON' && !ctx.kb.pronouns.has(toks[subject.a].lower)) ? subject : null;
    }
    if (!(t.lower === 'and' || t.lower === 'but') || t.pos !== 'CCONJ') continue;
    const c = skipSpace(ctx, k - 1, -1, lo);
    if (c < lo || !isPunct(toks[c], ',')) continue;
    if (!newMainClause(ctx, k, hi)) continue;
    const subject = phraseAfter(ctx, k + 1, hi, false);
    return subject && !(subject.b - subject.a === 1 && toks[subject.a].pos === 'PRON' && !ctx.kb.pronouns.has(toks[subject.a].lower)) ? subject : null;
  }
  return null;
}

const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whom']);
/** Whether t is an auxiliary or a negation ("had not yet decided", "has yet to"), after which "yet" is an adverb. */
function isAuxiliaryOrNegation(t: Token | undefined): boolean {
  return !!t && (t.pos === 'AUX' || t.pos === 'PART' || /^(not|n't|n’t|never|has|have|had|is|are|was|were)$/.test(t.lower));
}

/** conjunctions that join a second verb phrase to the subject's first ("praised the levy, yet warned that ...") */
const COORDINATORS = new Set(['and', 'but', 'yet']);

/** "the fees she has proposed, ...", "whatever he wanted, ...": a pronoun speaker right after a noun, with no comma
 *  or relative word between, opens a relative clause; its frame does not interrupt a clause around it. */
function contactFrame(ctx: QuoteContext, speaker: TokenSpan | null, lo: number): boolean {
  if (!speaker || speaker.b - speaker.a !== 1 || !ctx.kb.pronouns.has(ctx.tokens[speaker.a].lower)) return false;
  const k = skipSpace(ctx, speaker.a - 1, -1, lo);
  const t = ctx.tokens[k];
  return k >= lo && !!t && ctx.quoteOf[k] < 0 && (t.pos === 'NOUN' || /^what(ever)?$|^any(thing)?$/.test(t.lower));
}

/** Whether the speaker is "you" right after an auxiliary that opens a yes-no question ("Can you imagine", "Or would
 *  you say"), with no question word before it ("Why do you believe ..." asks about the reader's view). */
function yesNoYou(ctx: QuoteContext, speaker: TokenSpan, lo: number): boolean {
  const toks = ctx.tokens;
  if (speaker.b - speaker.a !== 1 || toks[speaker.a].lower !== 'you') return false;
  const aux = skipSpace(ctx, speaker.a - 1, -1, lo);
  if (aux < lo || !(toks[aux].pos === 'AUX' || ctx.kb.modals.has(toks[aux].lower)) || ctx.quoteOf[aux] >= 0) return false;
  const before = skipSpace(ctx, aux - 1, -1, lo);
  return before < lo || toks[before].pos === 'CCONJ' || toks[before].kind === 'punctuation';
}

/** Whether [a, b) holds only a pronoun or a short name and a speech verb that may invert ("he said", "Roe added"). */
function onlyFrame(ctx: QuoteContext, r: TokenSpan): boolean {
  const words: Token[] = [];
  for (let k = r.a; k < r.b; k++) {
    const t = ctx.tokens[k];
    if (ctx.quoteOf[k] >= 0) return false;
    if (t.kind === 'word') words.push(t);
    if (words.length > 4) return false;
  }
  if (words.length < 2) return false;
  const subject = words.slice(0, -1);
  const verb = words[words.length - 1];
  // (a pronoun, or a short name: "Roe added")
  if (!(subject.length === 1 && ctx.kb.pronouns.has(subject[0].lower)) && !subject.every((w) => w.pos === 'PROPN' && isCapitalized(w))) return false;
  return (ctx.kb.verbs.get(verb.lower) ?? []).some((f) => !f.particle && ctx.kb.invertingVerbs.has(f.lemma));
}

/** "Roe had to reject the offer", "the board is set to approve", "the crews met on Friday to discuss": the subject of
 *  the verb (with its auxiliaries, adverbs, times and a predicate adjective) before the "to" that precedes the cue
 *  verb, or null. */
function infinitiveSubject(ctx: QuoteContext, u: Unit, cue: Cue): TokenSpan | null {
  const toks = ctx.tokens;
  const lo = u.tokStart;
  const to = skipSpace(ctx, cue.a - 1, -1, lo);
  if (to <= lo || toks[to].lower !== 'to' || ctx.quoteOf[to] >= 0) return null;
  let j = to;
  let verb = false;
  // ("his answer was to say ...", "if they were to reply": "be" before "to" makes the infinitive a predicate or a
  // condition, not the subject's report)
  const w = toks[skipSpace(ctx, to - 1, -1, lo)];
  if (!w || /^(is|are|was|were|be|been|being)$/.test(w.lower)) return null;
  // ("the talks are expected to continue", "speeches designed to offer ...": a passive or a participle after its noun
  // has no subject of its own that speaks)
  const v = toks[skipSpace(ctx, w.i - 1, -1, lo)];
  if (w.pos === 'VERB' && /ed$/.test(w.lower) && v && w.i > lo && /^(is|are|was|were|be|been|being)$/.test(v.lower)) return null;
  // ("if the plan fails to persuade, Roe argues, ...": an infinitive with nothing after it carries no report)
  const next = toks[skipSpace(ctx, cue.b, 1, u.tokEnd)];
  if (!next || next.kind === 'punctuation') return null;
  while (j - 1 >= lo) {
    const t = toks[j - 1];
    if (ctx.quoteOf[j - 1] >= 0) break;
    if (t.kind === 'space' || ctx.inTime[j - 1] === 1 || (t.pos === 'ADV' && t.kind === 'word') || t.pos === 'PART' ||
      (t.pos === 'ADP' && ctx.inTime[j] === 1)) { j--; continue; }
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && !verb)) {
      if (t.pos !== 'ADJ') verb = true;
      j--;
      continue;
    }
    break;
  }
  if (!verb) return null;
  const s = speakerBefore(ctx, u, j);
  // ("it is hard to explain": a dummy subject speaks for no one)
  return s && !(s.b - s.a === 1 && /^(it|there)$/.test(toks[s.a].lower)) ? s : null;
}
