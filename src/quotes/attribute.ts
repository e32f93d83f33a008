// Attribution within a unit: for each cue, the speaker phrase (before the cue, after it when inverted, or the
// unit's subject for "..., adding that") and the content (the clause after the cue, the text before it, or the
// whole unit when the cue interrupts it: "The museum, he said, celebrated ...").
import type { QuoteKind } from '../model/analysis.js';
import type { Token } from '../model/doc.js';
import { endsQuote, isPunct, type QuoteContext } from './context.js';
import type { Cue } from './cues.js';
import { phraseAfter, phraseBefore, unitSubject, type TokenSpan } from './phrases.js';
import type { Unit } from './units.js';

export interface Candidate {
  /** content as a token range [a, b) (or chars when from a forward paragraph, see contentChars) */
  content: TokenSpan;
  kind: QuoteKind;
  speaker: TokenSpan | null;
  cue: TokenSpan | null;
  unit: number;
  rule: string;
}

// a reported object without a verb or quotation needs this many words ("support [the government]")
const MIN_OBJECT_WORDS = 1;
const STRIP = ',;:.—–―-';

/** The region [a, b) without spaces and stray punctuation at its ends (quotation marks stay). */
export function strip(ctx: QuoteContext, a: number, b: number): TokenSpan | null {
  const toks = ctx.tokens;
  while (a < b && (toks[a].kind === 'space' || (ctx.quoteOf[a] < 0 && isPunct(toks[a], STRIP)))) a++;
  while (b > a && (toks[b - 1].kind === 'space' || (ctx.quoteOf[b - 1] < 0 && isPunct(toks[b - 1], STRIP)))) b--;
  return b > a ? { a, b } : null;
}

function stats(ctx: QuoteContext, r: TokenSpan) {
  let words = 0, quoted = 0, verbs = 0, outside = 0;
  for (let k = r.a; k < r.b; k++) {
    const t = ctx.tokens[k];
    if (ctx.quoteOf[k] >= 0) quoted++;
    else if (t.kind === 'word' || t.kind === 'number') outside++;
    if (t.kind === 'word' || t.kind === 'number') words++;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
  }
  return { words, quoted, verbs, outside };
}

export function kindOf(ctx: QuoteContext, r: TokenSpan): QuoteKind {
  const s = stats(ctx, r);
  if (s.quoted === 0) return 'indirect';
  return s.outside === 0 ? 'direct' : 'mixed';
}

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
  // "tweeted in the early morning hours that ...", "announced in a statement this month that ..."
  if (toks[k] && toks[k].pos === 'ADP' && toks[k].lower !== 'that') {
    for (let j = k + 1; j < hi && j < k + 10; j++) {
      const t = toks[j];
      if (ctx.quoteOf[j] >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || isPunct(t, ',;:')) break;
      if (t.lower === 'that') return j;
    }
  }
  if (ctx.kb.objectVerbs.has(cue.lemma)) {
    const listener = phraseAfter(ctx, k, hi, false);
    if (listener) {
      let j = skipTimes(ctx, listener.b, hi);
      const t = toks[j];
      if (t && (t.lower === 'that' || t.lower === 'to' || ctx.quoteOf[j] >= 0 || isPunct(t, ',:') || t.pos === 'PART' || /^(how|why|what|whether|when|where|if)$/.test(t.lower))) {
        k = j;
      }
    }
  }
  return k;
}

/** The end of a reported clause: before ", adding ..." or ", according to ..." (cues with their own content), before
 *  a participle phrase (", referencing ..."). */
function contentEnd(ctx: QuoteContext, cues: readonly Cue[], self: number, from: number, hi: number): number {
  const toks = ctx.tokens;
  let verbSeen = false;
  for (let k = from; k < hi; k++) {
    const t = toks[k];
    if (ctx.quoteOf[k] >= 0) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX') verbSeen = true;
    if (!verbSeen || k === from) continue;
    const next = toks[k + 1];
    if (!next || k + 1 >= hi || ctx.quoteOf[k + 1] >= 0) continue;
    // ", referencing the bank's ..." : a participle phrase after the clause
    if (isPunct(t, ',') && next.pos === 'VERB' && next.lower.endsWith('ing') && !ctx.kb.prepositionalParticiples.has(next.lower)) return k;
    // ", though she acknowledged ...": the writer's own clause; "; they only learned ..."
    if (isPunct(t, ',;') && ctx.kb.clauseBreaks.has(next.lower)) return k;
    if (isPunct(t, ';')) return k;
    // "... and said she would", "... and encouraged Americans to": the speaker's next act of speech
    if ((t.lower === 'and' || t.lower === 'but') && ctx.kb.verbs.has(next.lower) && !next.lower.endsWith('ing') &&
      (next.pos === 'VERB' || next.pos === 'AUX')) {
      return isPunct(toks[k - 1], ',') ? k - 1 : k;
    }
  }
  for (let c = self + 1; c < cues.length; c++) {
    const other = cues[c];
    if (other.a < from || other.a >= hi) continue;
    if (other.kind === 'participle' || other.kind === 'preposition') {
      let k = other.a - 1;
      while (k > from && (ctx.tokens[k].pos === 'ADV' || ctx.kb.adverbs.has(ctx.tokens[k].lower))) k--;
      if (isPunct(ctx.tokens[k], ',;')) return k;
    } else if (other.kind === 'verb') {
      // ", Clinton said, ..." or ", and the report says ...": another speaker's frame after a comma
      const np = phraseBefore(ctx, skipAdverbsLeft(ctx, other.a, from), from);
      if (np && np.a - 1 > from) {
        let k = np.a - 1;
        if (toks[k].lower === 'and' && k - 1 > from) k--;
        if (isPunct(toks[k], ',;')) return k;
      }
    }
  }
  return hi;
}

function skipAdverbsLeft(ctx: QuoteContext, j: number, lo: number): number {
  const toks = ctx.tokens;
  while (j - 1 >= lo) {
    const t = toks[j - 1];
    if (ctx.quoteOf[j - 1] >= 0) break;
    if (ctx.kb.adverbs.has(t.lower) || (t.pos === 'AUX' && !isPunct(t, ',')) || t.lower === 'not' || ctx.inTime[j - 1] ||
      (t.pos === 'ADV' && t.kind === 'word' && !ctx.kb.pronouns.has(t.lower))) {
      j--;
      continue;
    }
    // "on Monday" between speaker and cue
    if (t.pos === 'ADP' && ctx.inTime[j]) {
      j--;
      continue;
    }
    break;
  }
  return j;
}

/** The speaker standing before a verb cue, with an appositive ("Flynn, a top Trump surrogate, said") or past a
 *  parenthetical between commas ("Mattis, during a visit to Japan, said"). */
function speakerBefore(ctx: QuoteContext, u: Unit, cueStart: number): TokenSpan | null {
  return leftSpeaker(ctx, u, skipAdverbsLeft(ctx, cueStart, u.tokStart), 0);
}

function leftSpeaker(ctx: QuoteContext, u: Unit, j: number, depth: number): TokenSpan | null {
  const toks = ctx.tokens;
  if (j - 1 < u.tokStart) return null;
  if (!isPunct(toks[j - 1], ',')) {
    const np = phraseBefore(ctx, j, u.tokStart);
    // "Angelique Brunner, a Washington-based developer, which ..., said": the title segment before a
    // parenthetical joins the name that opens the unit
    if (np && depth > 0) {
      const p2 = previousComma(ctx, u, j);
      const name = p2 >= 0 && appositiveStart(ctx, toks[p2 + 1]) ? phraseBefore(ctx, p2, u.tokStart) : null;
      if (name && name.a === firstWord(ctx, u) && name.b === p2) return { a: name.a, b: j };
    }
    return np;
  }
  if (depth > 2) return null;
  const p = previousComma(ctx, u, j - 1);
  if (p < 0) return null;
  const first = toks[p + 1];
  if (!first) return null;
  if (appositiveStart(ctx, first)) {
    // "Flynn, a top Trump surrogate, said", "Douglas Brinkley, a historian who attended the session, recalled"
    const head = phraseBefore(ctx, p, u.tokStart);
    if (head) return { a: head.a, b: j - 1 };
  }
  // a parenthetical ("Mattis, during a visit to Japan, said") or something else: step over it
  return leftSpeaker(ctx, u, p, depth + 1);
}

/** The comma before token j within the unit (not inside a quotation, not too far), or -1. */
function previousComma(ctx: QuoteContext, u: Unit, j: number): number {
  for (let p = j - 1; p >= u.tokStart && p > j - 30; p--) {
    if (ctx.quoteOf[p] >= 0) return -1;
    if (isPunct(ctx.tokens[p], ',')) return p;
  }
  return -1;
}

/** Whether a segment between commas opens like an appositive noun phrase, not like a parenthetical. */
function appositiveStart(ctx: QuoteContext, t: Token | undefined): boolean {
  if (!t || ctx.kb.parentheticalOpeners.has(t.lower)) return false;
  return t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' ||
    ctx.kb.determiners.has(t.lower);
}

function firstWord(ctx: QuoteContext, u: Unit): number {
  let k = u.tokStart;
  while (k < u.tokEnd && (ctx.tokens[k].kind === 'space' || ctx.tokens[k].kind === 'punctuation')) k++;
  return k;
}

/** An inverted speaker ("..., said Rep. Jane Roe (D-Ohio), head of the caucus.") runs to the end of its clause. */
function speakerAfter(ctx: QuoteContext, cueEnd: number, hi: number, strict: boolean): TokenSpan | null {
  const toks = ctx.tokens;
  const head = phraseAfter(ctx, cueEnd, hi);
  if (!head) return null;
  let b = head.b;
  const next = toks[b];
  // an appositive or relative clause runs on; ", in a statement" or ", and ..." does not
  const opener = toks[b + 1];
  const runsOn = !!opener && (opener.pos === 'DET' || opener.pos === 'ADJ' || opener.pos === 'NOUN' || opener.pos === 'PROPN' ||
    opener.pos === 'NUM' || /^(who|whose|which)$/.test(opener.lower));
  if (next && b < hi && isPunct(next, '(')) {
    let close = b + 1;
    while (close < hi && close < b + 12 && toks[close].text !== ')') close++;
    if (close < hi && toks[close].text === ')') b = close + 1;
  } else if (next && b < hi && isPunct(next, ',') && runsOn && !ctx.kb.pronouns.has(toks[head.a].lower)) {
    let k = b;
    // a period ends the clause only where a space follows it ("(D-N.C.), head of ..." runs on)
    const endsSentence = (i: number) => isPunct(toks[i], ';') || (isPunct(toks[i], '.') && (i + 1 >= hi || toks[i + 1].start > toks[i].end));
    // a verb ends it unless a relative pronoun opened a clause ("Don Fowler, who helmed the DNC, ...")
    let relative = false;
    while (k < hi && ctx.quoteOf[k] < 0 && !endsSentence(k)) {
      const t = toks[k];
      if (/^(who|whose|which)$/.test(t.lower)) relative = true;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && (!relative || (t.lower.endsWith('ing') && isPunct(toks[k - 1], ',')))) break;
      k++;
    }
    if (k < hi && (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') && !relative) k = b;
    const ext = strip(ctx, b, k);
    if (ext) b = ext.b;
  }
  if (strict) {
    // after a comma, only a phrase that closes the clause is a speaker ("Content, said X.")
    const after = toks[b];
    if (b < hi && after && !isPunct(after, '.;') && ctx.quoteOf[b] < 0 && !(isPunct(after, ',') && ctx.quoteOf[b + 1] >= 0)) return null;
  }
  return { a: head.a, b };
}

/** Everything from i to the next comma or the unit's end, when short and unquoted: the source after "according
 *  to", where mis-tagged nouns ("police") defeat the phrase finder. */
function phraseToComma(ctx: QuoteContext, i: number, hi: number): TokenSpan | null {
  let k = i;
  while (k < hi && k < i + 12 && ctx.quoteOf[k] < 0 && !isPunct(ctx.tokens[k], ',;:.')) k++;
  if (k === i || k === i + 12 || ctx.quoteOf[k] >= 0) return null;
  return strip(ctx, i, k);
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
    if (cue.kind === 'preposition') {
      speaker = speakerAfter(ctx, cue.b, hi, false) ?? phraseToComma(ctx, cue.b, hi);
      inverted = true;
      if (!speaker) return;
    } else if (cue.kind === 'participle') {
      // "..., he said, adding that": the speaker of the cue before it in the unit, else the unit's subject
      speaker = firstSpeaker ?? unitSubject(ctx, lo, cue.a);
      lastShared = speaker;
    } else if (cue.kind === 'noun') {
      const by = toks[cue.b]?.lower === 'by' ? phraseAfter(ctx, cue.b + 1, hi, false) : null;
      const owner = toks[cue.a - 1];
      if (by) speaker = by;
      else if (owner && (owner.lower === "'s" || owner.lower === '’s')) {
        const np = phraseBefore(ctx, cue.a - 1, lo);
        speaker = np ? { a: np.a, b: cue.a } : null;
      }
      else if (owner && ctx.kb.determiners.has(owner.lower)) speaker = { a: cue.a - 1, b: cue.a };
      else speaker = unitSubject(ctx, lo, cue.a);
    } else if (cue.a === firstWord(ctx, u) && toks[cue.a].lower.endsWith('ing')) {
      // "Citing an unfounded theory, Trump accused ...": the participle's subject follows its phrase
      let comma = cue.b;
      while (comma < hi && comma < cue.b + 25 && !isPunct(toks[comma], ',') && ctx.quoteOf[comma] < 0) comma++;
      if (comma >= hi || !isPunct(toks[comma], ',')) return;
      speaker = phraseAfter(ctx, comma + 1, hi, false, comma + 1);
      const r = strip(ctx, cue.b, comma);
      if (!speaker || !r) return;
      lastSpeaker = speaker;
      out.push({ content: r, kind: kindOf(ctx, r), speaker, cue, unit: unitIndex, rule: 'participle-opening' });
      return;
    } else {
      const prev = toks[cue.a - 1];
      // inversion ("..., said the minister") is a habit of speech verbs only ("..., declared bankruptcy" is not)
      const inverts = ctx.kb.invertingVerbs.has(cue.lemma);
      if (cue.a === lo || (prev && endsQuote(ctx, cue.a - 1))) speaker = speakerAfter(ctx, cue.b, hi, false);
      else if (prev && isPunct(prev, ',') && inverts) speaker = speakerAfter(ctx, cue.b, hi, true);
      inverted = speaker !== null;
      if (!speaker) speaker = speakerBefore(ctx, u, cue.a);
      // "X announced the arrest and said ...": a second verb phrase shares the subject
      if (!speaker) {
        const j = skipAdverbsLeft(ctx, cue.a, lo);
        const conj = toks[j - 1];
        if (conj && j - 1 >= lo && (conj.lower === 'and' || conj.lower === 'but')) {
          // "I laughed and said": the subject of the verb just before the conjunction
          const verb = toks[j - 2];
          const own = verb && j - 2 >= lo && verb.pos === 'VERB' ? speakerBefore(ctx, u, j - 2) : null;
          speaker = own ?? lastSpeaker ?? unitSubject(ctx, lo, j - 1);
          lastShared = own ? null : speaker;
        }
      }
      if (!speaker) return;
    }

    if (speaker) lastSpeaker = speaker;
    if (speaker && !firstSpeaker) firstSpeaker = speaker;
    // the frame is the cue with its speaker; content lies before it, after it, or around it
    let frameA = cue.a;
    let frameB = cue.b;
    // the speaker joins the frame only when it stands right before the cue (a shared subject stays outside)
    if (speaker && speaker.a < cue.a && speaker.b >= skipAdverbsLeft(ctx, cue.a, lo) - 1 && speaker !== lastShared) frameA = speaker.a;
    if (inverted && speaker) frameB = Math.max(frameB, speaker.b);
    if (cue.kind === 'noun') {
      // "the assertion that ...": content is the clause, starting at "that"
      let k = cue.b;
      while (k < hi && toks[k].lower !== 'that') k++;
      const r = strip(ctx, k, contentEnd(ctx, cues, ci, k, hi));
      if (r) out.push({ content: r, kind: kindOf(ctx, r), speaker, cue, unit: unitIndex, rule: 'noun-that' });
      return;
    }
    const afterFrom = contentStart(ctx, cue, frameB, hi);
    const before = strip(ctx, lo, frameA);
    const after = strip(ctx, afterFrom, contentEnd(ctx, cues, ci, afterFrom, hi));
    const bs = before ? stats(ctx, before) : null;
    const as = after ? stats(ctx, after) : null;
    // content before the cue only when the cue closes its clause: "..., X said." / "..., X said in a statement."
    const rest = toks[afterFrom];
    // "..., Graham told The Huffington Post on Thursday.": only a listener after the cue
    const listenerOnly = !!after && !!as && ctx.kb.objectVerbs.has(cue.lemma) && as.verbs === 0 && as.quoted === 0;
    const closesClause = !after || !rest || isPunct(rest, ',;') || rest.pos === 'ADP' || ctx.inTime[afterFrom] === 1 || listenerOnly;
    const beforeOk = !!bs && (bs.quoted > 0 || bs.words >= 2) && (closesClause || (!!before && endsQuote(ctx, before.b - 1)));
    // a bare prepositional phrase after a verb ("did not respond to requests", "learned from the experience")
    const barePhrase = !!after && !!as && toks[after.a].pos === 'ADP' && toks[after.a].lower !== 'that' &&
      as.verbs === 0 && as.quoted === 0;
    const afterOk = !!as && !!after && !listenerOnly && !barePhrase &&
      (as.quoted > 0 || as.verbs > 0 || toks[after.a].lower === 'that' || as.words >= MIN_OBJECT_WORDS);
    const commaAfter = isPunct(toks[frameB] ?? toks[0], ',');
    let content: TokenSpan | null = null;
    let rule = cue.kind;
    // a quotation ending just before the speaker is the content, unless it is only a title inside an opening
    // phrase ("In an interview on “Face the Nation,” Ryan said the ...")
    const mostlyQuoted = !!bs && bs.quoted > bs.outside;
    if (beforeOk && before && endsQuote(ctx, before.b - 1) && (mostlyQuoted || !afterOk) &&
      !(afterOk && as && as.quoted === 0 && as.words > 3 && toks[after!.a].lower === 'that')) {
      const split = afterOk && !!after && ctx.quoteOf[after.a] >= 0;
      content = split ? { a: before.a, b: after!.b } : before;
      rule += split ? '-split-quote' : '-quote-before';
    } else if (!before && quoteBefore && cue.kind !== 'preposition' && !(after && toks[after.a].lower === 'that')) {
      // "“You winning?” she said, ..." where the sentence broke after the quotation
      content = quoteBefore;
      rule += '-previous-quote';
    } else if (cue.kind === 'preposition' && beforeOk && before) {
      // "..., according to the poll, more than ...": the clause before the cue is what the source says
      content = before;
      rule += '-before';
    } else if (beforeOk && afterOk && commaAfter && cue.kind !== 'preposition' && before && after && !(as && as.quoted > as.outside && ctx.quoteOf[after.a] >= 0)) {
      content = { a: before.a, b: after.b };
      rule += '-interrupting';
    } else if (afterOk && after) {
      content = after;
      rule += '-after';
    } else if (beforeOk && before) {
      content = before;
      rule += '-before';
    }
    if (!content) {
      // "he said:" introduces what follows; forward content is added by the caller
      out.push({ content: { a: cue.a, b: cue.a }, kind: 'direct', speaker, cue, unit: unitIndex, rule: cue.kind + '-pending' });
      return;
    }
    out.push({ content, kind: kindOf(ctx, content), speaker, cue, unit: unitIndex, rule });
  });
  return out;
}
