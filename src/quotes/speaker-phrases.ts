// Speaker phrases around a cue within a unit: before it ("the port director, Anya Holm, said", past adverbs,
// appositives and parentheticals between commas) and after it when inverted ("..., said Rep. Jo Roe (D-Ohio), head
// of the caucus" and the source after "according to").
import type { Token } from '../model/doc.js';
import { isCapitalized, isPunct, wordFrom, type QuoteContext } from './context.js';
import { cueVerbForm, nameTag, phraseAfter, phraseBefore, type TokenSpan } from './phrases.js';
import { strip } from './regions.js';
import type { Unit } from './units.js';

/** Steps left over adverbs, auxiliaries and time phrases between a speaker and its cue ("he has also said"). */
export function skipAdverbsLeft(ctx: QuoteContext, j: number, lo: number): number {
  const toks = ctx.tokens;
  while (j - 1 >= lo) {
    const t = toks[j - 1];
    if (ctx.quoteOf[j - 1] >= 0) break;
    // "Theresa May said": a capitalized modal or adverb right after a name is part of the name
    if (isCapitalized(t) && j - 2 >= lo && toks[j - 2].pos === 'PROPN' && isCapitalized(toks[j - 2])) break;
    if (ctx.kb.adverbs.has(t.lower) || (t.pos === 'AUX' && !isPunct(t, ',')) || t.lower === 'not' || t.lower === "n't" || t.lower === 'n’t' || ctx.inTime[j - 1] ||
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

/** The speaker standing before a verb cue, with an appositive ("Okafor, a senior party adviser, said") or past a
 *  parenthetical between commas ("Mattis, during a visit to Japan, said"). */
export function speakerBefore(ctx: QuoteContext, u: Unit, cueStart: number): TokenSpan | null {
  const j = skipAdverbsLeft(ctx, cueStart, u.tokStart);
  const found = leftSpeaker(ctx, u, j, 0) ?? contactClause(ctx, u, j);
  const framed = found && withoutFrameAround(ctx, found);
  const s = framed && agentOfModifier(ctx, u, framed);
  // "the poll released Friday shows": the time after a participle belongs to the phrase (as after its agent: "a
  // study released by the board last week shows")
  const last = s ? ctx.tokens[s.b - 1] : undefined;
  if (s && last && s.b === j && ((last.pos === 'VERB' && /(ed|en|wn)$/.test(last.lower)) || s.a !== framed!.a)) {
    let b = s.b;
    // ("collected over the last month": a preposition opening the time too)
    while (b < cueStart && (ctx.inTime[b] === 1 || ctx.tokens[b].kind === 'space' ||
      (ctx.tokens[b].pos === 'ADP' && ctx.inTime[b + 1] === 1))) b++;
    if (b > s.b) return strip(ctx, s.a, b) ?? s;
  }
  return s;
}

/** "research conducted by the institute found", "a report issued on Friday by a panel of engineers shows": the
 *  agent after "by" completes a participle modifying the noun before it, and that noun heads the speaker phrase. */
function agentOfModifier(ctx: QuoteContext, u: Unit, s: TokenSpan): TokenSpan {
  const toks = ctx.tokens;
  // ("... issued on Friday by a panel": the phrase may have taken in the time before "by")
  let by = s.a;
  while (by < s.b && (ctx.inTime[by] === 1 || toks[by].kind === 'space')) by++;
  if (by === s.a || toks[by]?.lower !== 'by') by = s.a - 1;
  if (by <= u.tokStart || toks[by].lower !== 'by' || ctx.quoteOf[by] >= 0) return s;
  let v = by - 1;
  while (v > u.tokStart && (ctx.inTime[v] === 1 || toks[v].kind === 'space' || (toks[v].pos === 'ADP' && ctx.inTime[v + 1] === 1))) v--;
  const t = toks[v];
  if (t.pos !== 'VERB' || !/(ed|en|wn)$/.test(t.lower) || ctx.quoteOf[v] >= 0) return s;
  let h = v;
  while (h - 1 > u.tokStart && (toks[h - 1].lower === 'being' || (toks[h - 1].pos === 'ADV' && toks[h - 1].kind === 'word'))) h--;
  const head = phraseBefore(ctx, h, u.tokStart);
  return head && head.b === h && NOUN_HEAD.has(toks[h - 1].pos) ? { a: head.a, b: s.b } : s;
}

const NOUN_HEAD = new Set(['NOUN', 'PROPN']);

/** "Last week Roe in a televised interview said": a time before a name and "in a ..." after it frame the report; the
 *  name alone is the speaker. */
function withoutFrameAround(ctx: QuoteContext, s: TokenSpan): TokenSpan {
  const toks = ctx.tokens;
  let a = s.a;
  while (a < s.b - 1 && (ctx.inTime[a] === 1 || toks[a].kind === 'space')) a++;
  if (a > s.a && !(toks[a].pos === 'PROPN' && isCapitalized(toks[a]))) a = s.a;
  for (let k = a + 1; k + 1 < s.b; k++) {
    // (a capitalized word alone may be a common noun opening the sentence: "Officials in a nearby town said")
    if (toks[k].lower === 'in' && toks[k - 1].pos === 'PROPN' && /^(a|an)$/.test(toks[k + 1].lower) && (a > s.a || k - 1 > a)) {
      return { a, b: k };
    }
  }
  return { a, b: s.b };
}

/** "the economists I interviewed said", "everyone we spoke to says": a noun phrase with a relative clause that has no
 *  relative word (a subject pronoun and its verb, maybe a stranded preposition) right before the cue. */
function contactClause(ctx: QuoteContext, u: Unit, j: number): TokenSpan | null {
  const toks = ctx.tokens;
  let k = j - 1;
  if (k - 1 > u.tokStart && (toks[k].pos === 'ADP' || toks[k].pos === 'PART') && toks[k - 1].pos === 'VERB') k--;
  const pron = toks[k - 1];
  if (k - 2 < u.tokStart || toks[k].pos !== 'VERB' || /ing$/.test(toks[k].lower) || ctx.quoteOf[k] >= 0 || !pron ||
    pron.pos !== 'PRON' || !SUBJECTS.has(pron.lower)) return null;
  const before = toks[k - 2];
  if (before.pos === 'PRON' && ctx.kb.pronouns.has(before.lower) && !SUBJECTS.has(before.lower)) return { a: k - 2, b: j };
  if (before.pos !== 'NOUN' || ctx.inTime[k - 2]) return null;
  const head = phraseBefore(ctx, k - 1, u.tokStart);
  if (!head) return null;
  // "all the experts I asked"
  const pre = toks[head.a - 1];
  return { a: pre && head.a - 1 >= u.tokStart && ctx.kb.distributives.has(pre.lower) ? head.a - 1 : head.a, b: j };
}

const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

function leftSpeaker(ctx: QuoteContext, u: Unit, j: number, depth: number): TokenSpan | null {
  const toks = ctx.tokens;
  if (j - 1 < u.tokStart) return null;
  // "Kall -- co-editor of a book on the debates -- said": an appositive between dashes belongs to the name before it
  if (DASHES.has(toks[j - 1].text) && depth === 0) {
    for (let p = j - 2; p > u.tokStart && p > j - 30; p--) {
      if (ctx.quoteOf[p] >= 0 || isPunct(toks[p], ';:')) break;
      if (toks[p].text !== toks[j - 1].text) continue;
      // ("Jo Roe, chief of Bay Media -- a firm that ... -- said": the name with its title before the dashes)
      const head = p - 1 >= u.tokStart && !isPunct(toks[p - 1], ',') ? leftSpeaker(ctx, u, p, 1) : phraseBefore(ctx, p, u.tokStart);
      return head && appositiveStart(ctx, wordFrom(ctx, p + 1, j)) ? { a: head.a, b: j - 1 } : null;
    }
    return null;
  }
  if (!isPunct(toks[j - 1], ',')) {
    const np = phraseBefore(ctx, j, u.tokStart);
    // "Jo Roe, a Leeds-based builder, which ..., said": the title segment before a
    // parenthetical joins the name that opens the unit
    if (np && depth > 0) {
      const p2 = previousComma(ctx, u, j);
      const name = p2 >= 0 && appositiveStart(ctx, toks[p2 + 1]) ? phraseBefore(ctx, p2, u.tokStart) : null;
      if (name && name.a === firstWord(ctx, u) && name.b === p2) return { a: name.a, b: j };
    }
    return np && depth === 0 ? listBefore(ctx, u, np) : np;
  }
  if (depth > 2) return null;
  const attached = attachedSegments(ctx, u, j - 1);
  if (attached) return attached;
  const p = previousComma(ctx, u, j - 1);
  if (p < 0) return null;
  const first = toks[p + 1];
  if (!first) return null;
  if (appositiveStart(ctx, first)) {
    // "Okafor, a senior party adviser, said", "Marta Lindqvist, an engineer who visited the site, recalled"
    const head = phraseBefore(ctx, p, u.tokStart);
    // "Jo Roe, the mayor of Elmwood, a town of 4,000, said": a second appositive describes the first one's last
    // noun; the speaker is the name with its own appositive
    const p2 = head ? previousComma(ctx, u, head.a) : -1;
    if (head && p2 >= 0 && wordFrom(ctx, p2 + 1, head.a + 1) === toks[head.a] && appositiveStart(ctx, toks[head.a]) &&
      toks[head.a].pos !== 'PROPN') {
      const name = phraseBefore(ctx, p2, u.tokStart);
      if (name && name.b === p2 && toks[p2 - 1].pos === 'PROPN' && isCapitalized(toks[p2 - 1])) return { a: name.a, b: p };
    }
    if (head) return { a: head.a, b: j - 1 };
  }
  // a parenthetical ("Mattis, during a visit to Japan, said") or something else: step over it
  return leftSpeaker(ctx, u, p, depth + 1);
}

/** "The crew, dock workers and local traders have been demanding": a coordinated phrase ("dock workers and local
 *  traders") after a comma continues a list whose first items open the clause (at the unit's start or after a
 *  subordinating word); an item after a comma elsewhere may be an appositive, and the phrase stays as it is. */
function listBefore(ctx: QuoteContext, u: Unit, np: TokenSpan): TokenSpan {
  const toks = ctx.tokens;
  let coordinated = false;
  for (let k = np.a + 1; k < np.b; k++) if (toks[k].pos === 'CCONJ') coordinated = true;
  if (!coordinated || !(toks[np.b - 1].pos === 'NOUN' || toks[np.b - 1].pos === 'PROPN')) return np;
  let a = np.a;
  for (let n = 0; n < 4; n++) {
    const c = a - 1;
    if (c <= u.tokStart || !isPunct(toks[c], ',') || ctx.quoteOf[c] >= 0) return np;
    const item = phraseBefore(ctx, c, u.tokStart);
    // (an item is a noun phrase: "Yet, a study by A and B found" holds no list)
    if (!item || item.b !== c || !(toks[c - 1].pos === 'NOUN' || toks[c - 1].pos === 'PROPN')) return np;
    a = item.a;
    const before = toks[a - 1];
    if (a === firstWord(ctx, u) ||
      (before && a - 1 >= u.tokStart && (before.pos === 'SCONJ' || ctx.kb.subordinators.has(before.lower)))) return { a, b: np.b };
  }
  return np;
}

const RELATIVE = new Set(['who', 'which', 'whose', 'whom']);

/** Whether the relative clause opened at r makes a report of its own, a cue verb with a "that" clause after it
 *  ("Jo Roe, who insisted that the pier was safe,"): the relative word is that report's speaker, and the clause is
 *  no part of the name's phrase. Looks a few words on only. */
function reportingRelative(ctx: QuoteContext, r: number, hi: number): boolean {
  const toks = ctx.tokens;
  for (let k = r + 1, n = 0; k < hi && n < 6; k++) {
    const t = toks[k];
    if (t.kind === 'space') continue;
    n++;
    if (t.kind === 'punctuation' || ctx.quoteOf[k] >= 0) return false;
    if (t.pos === 'VERB' && cueVerbForm(ctx, t)) return wordFrom(ctx, k + 1, hi)?.lower === 'that';
  }
  return false;
}
const DASHES = new Set(['--', '—', '–', '―']);


/** Kinds of comma-bounded segment that belong to the name before them: a relative clause ("Ann Ruiz, who led the
 *  inquiry,"), an age ("Ruiz, 58,"), a home place ("Ruiz, of Dayton, Ohio,"), an inclusion ("Mayors, including
 *  Ruiz,"). null when the segment is none of these. */
function attachedKind(ctx: QuoteContext, a: number, b: number): 'relative' | 'age' | 'place' | 'including' | 'short-name' | null {
  const toks = ctx.tokens;
  while (a < b && toks[a].kind === 'space') a++;
  if (a >= b) return null;
  const f = toks[a];
  if (RELATIVE.has(f.lower)) return reportingRelative(ctx, a, b) ? null : 'relative';
  if (f.lower === 'including') return 'including';
  const words: Token[] = [];
  for (let k = a; k < b; k++) if (toks[k].kind !== 'space') words.push(toks[k]);
  if (words.length === 1 && f.kind === 'number' && /^\d{1,3}$/.test(f.text)) return 'age';
  if ((f.lower === 'of' || f.lower === 'from') && words.length >= 2 && isCapitalized(words[1])) return 'place';
  if (words.length <= 3 && words.every((w) => isCapitalized(w) || w.text === '.')) return 'short-name';
  return null;
}

/** The speaker before a comma closing segments that belong to a name ("Ann Ruiz, 58, of Dayton, Ohio, said"):
 *  the name with those segments, or null when no such segment stands before the comma at c. */
function attachedSegments(ctx: QuoteContext, u: Unit, c: number): TokenSpan | null {
  let cur = c;
  let any = false;
  let pendingShort = false;
  // the comma before a "which" clause right after the name's phrase, or -1
  let which = -1;
  for (let n = 0; n < 4; n++) {
    const p = previousComma(ctx, u, cur);
    if (p < 0) break;
    const kind = attachedKind(ctx, p + 1, cur);
    if (!kind) break;
    which = kind === 'relative' && wordFrom(ctx, p + 1, cur)?.lower === 'which' ? p : -1;
    // a short capitalized segment ("Ohio") belongs only after a place ("of Dayton")
    if (kind === 'short-name') {
      if (pendingShort) break;
      pendingShort = true;
      cur = p;
      continue;
    }
    if (pendingShort && kind !== 'place') return null;
    pendingShort = false;
    any = true;
    cur = p;
  }
  if (!any || pendingShort) return null;
  const head = phraseBefore(ctx, cur, u.tokStart);
  if (!head) return null;
  // the name may carry an appositive of its own: "Ann Ruiz, a nurse, who ..."
  const p = previousComma(ctx, u, cur);
  const name = p >= 0 && head.a === p + 1 && appositiveStart(ctx, ctx.tokens[p + 1]) ? phraseBefore(ctx, p, u.tokStart) : null;
  // "Jo Roe, head of the dockers' union, which ..., said": a "which" clause after the appositive tells of the body
  // the appositive ends in, not of the speaker, and stays out of the speaker's phrase
  if (name && which === cur) return { a: name.a, b: cur };
  return { a: (name ?? head).a, b: c };
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

export function firstWord(ctx: QuoteContext, u: Unit): number {
  let k = u.tokStart;
  while (k < u.tokEnd && (ctx.tokens[k].kind === 'space' || ctx.tokens[k].kind === 'punctuation')) k++;
  return k;
}

/** An inverted speaker ("..., said Rep. Jane Roe (D-Ohio), head of the caucus.") runs to the end of its clause. */
export function speakerAfter(ctx: QuoteContext, cueEnd: number, hi: number, strict: boolean): TokenSpan | null {
  const toks = ctx.tokens;
  const head = phraseAfter(ctx, cueEnd, hi);
  if (!head) return null;
  let b = head.b;
  const next = toks[b];
  // an appositive or relative clause runs on; ", in a statement" or ", and ..." does not
  const opener = toks[b + 1];
  const runsOn = !!opener && (opener.pos === 'DET' || opener.pos === 'ADJ' || opener.pos === 'NOUN' || opener.pos === 'PROPN' ||
    opener.pos === 'NUM' || /^(who|whose|whom|which)$/.test(opener.lower) ||
    // "..., said Ann Roe, now a consultant in Ohio."
    (opener.pos === 'ADV' && toks[b + 2]?.pos === 'DET' && b + 2 < hi) ||
    // "..., said Jo Bay, of Elm Street Chapel."
    (opener.lower === 'of' && !!toks[b + 2] && b + 2 < hi && isCapitalized(toks[b + 2])));
  if (next && b < hi && isPunct(next, '(') && nameTag(ctx, b, hi)) {
    let close = b + 1;
    while (close < hi && close < b + 12 && toks[close].text !== ')') close++;
    if (close < hi && toks[close].text === ')') b = close + 1;
  } else if (next && b < hi && isPunct(next, ',') && runsOn && !ctx.kb.pronouns.has(toks[head.a].lower)) {
    let k = b;
    // a period ends the clause only where a space follows it ("(D-N.C.), head of ..." runs on)
    const endsSentence = (i: number) => isPunct(toks[i], ';') || (isPunct(toks[i], '.') && (i + 1 >= hi || toks[i + 1].start > toks[i].end));
    // a verb ends it unless a relative pronoun opened a clause ("Al Doe, who chaired the board, ...")
    let relative = false;
    while (k < hi && ctx.quoteOf[k] < 0 && !endsSentence(k)) {
      const t = toks[k];
      if (RELATIVE.has(t.lower) && reportingRelative(ctx, k, hi)) break;
      // ("..., said Jo Roe, an official with the board that oversees the fund.": "that" after a noun opens one too)
      if (/^(who|whose|whom|which)$/.test(t.lower) || (t.lower === 'that' && k > b + 1 && /^(NOUN|PROPN)$/.test(toks[k - 1].pos))) relative = true;
      // ("a Leeds-based engineer": a participle joined by a hyphen is part of a compound modifier, not a verb)
      const compound = t.pos === 'VERB' && k > b && toks[k - 1].text === '-' && toks[k - 1].end === t.start;
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !compound && (!relative || (t.lower.endsWith('ing') && isPunct(toks[k - 1], ',')))) break;
      // "..., said Jo Roe, the party's whip, in a statement.": a prepositional phrase after the appositive is the frame's
      if (!relative && k > b && isPunct(t, ',') && toks[k + 1]?.pos === 'ADP' && toks[k + 1].lower !== 'of' && k + 1 < hi) break;
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
export function phraseToComma(ctx: QuoteContext, i: number, hi: number): TokenSpan | null {
  let k = i;
  while (k < hi && k < i + 12 && ctx.quoteOf[k] < 0 && !isPunct(ctx.tokens[k], ',;:.')) k++;
  if (k === i || k === i + 12 || ctx.quoteOf[k] >= 0) return null;
  return strip(ctx, i, k);
}

const RELATIVE_OPENERS = new Set(['that', 'who', 'which', 'whose', 'whom']);
const QUANTIFYING = new Set(['only', 'nearly', 'almost', 'about', 'roughly', 'some', 'more', 'fewer', 'just']);

/** The whole subject when a speaker phrase found before a cue is only its tail: "A study released last year by the
 *  institute found", "Surety firms that had insured the mines agreed". The stretch from the unit's first word to
 *  the phrase must read as modifiers of one noun phrase: no punctuation, no quotation, no time opener, and a finite
 *  verb only inside a relative clause. Returns the widened span, or the phrase unchanged. */
export function wholeSubject(ctx: QuoteContext, u: Unit, speaker: TokenSpan): TokenSpan {
  const toks = ctx.tokens;
  const s0 = firstWord(ctx, u);
  if (speaker.a <= s0 || speaker.a - s0 > 30) return speaker;
  const first = toks[s0];
  if (ctx.inTime[s0] || ctx.quoteOf[s0] >= 0) return speaker;
  const opens = first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NOUN' || first.pos === 'PROPN' || first.pos === 'NUM' ||
    ctx.kb.determiners.has(first.lower) || QUANTIFYING.has(first.lower);
  if (!opens || ctx.kb.pronouns.has(first.lower)) return speaker;
  if (speaker.b - speaker.a === 1 && toks[speaker.a].pos === 'PRON') return speaker;
  let relative = false;
  for (let k = s0; k < speaker.a; k++) {
    const t = toks[k];
    if (t.kind === 'space') continue;
    if (ctx.quoteOf[k] >= 0 || (t.kind === 'punctuation' && !(t.text === '.' || t.text === '-' || t.text === '’' || t.text === "'" || t.text === '/'))) return speaker;
    // a hyphen with space around it is a dash ("BAYPORT - Mayor Jo Roe said": a dateline before it is no subject)
    if (t.text === '-' && (toks[k - 1]?.end !== t.start || toks[k + 1]?.start !== t.end)) return speaker;
    // "the gap between what the mayor says": a free relative makes the stretch a clause of its own
    if (t.lower === 'what' || t.lower === 'how' || t.lower === 'why') return speaker;
    if (RELATIVE_OPENERS.has(t.lower)) relative = true;
    // "A chart from a deck that her staff bring along when they visit owners shows": a clause of time or reason inside the
    // relative clause (a subordinator and a subject pronoun) closes the subject's phrase
    if (relative && (t.pos === 'SCONJ' || ctx.kb.subordinators.has(t.lower)) && k > s0 &&
      SUBJECTS.has(wordFrom(ctx, k + 1, speaker.a)?.lower ?? '')) return strip(ctx, s0, k) ?? speaker;
    if (relative) continue;
    if (t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PRON' && ctx.kb.pronouns.has(t.lower)) return speaker;
    if (t.pos === 'VERB' && !/(ed|ing|en)$/.test(t.lower)) return speaker;
    // "PolitiFact rated ...": after a name an -ed form is the name's own verb, not a modifier ("a study released")
    if (t.pos === 'VERB' && k > s0 && (toks[k - 1].pos === 'PROPN' || isCapitalized(toks[k - 1]))) return speaker;
    // "praised the crews": an -ed form taking a direct object is a finite verb ("a study released by" is not)
    const after = toks[k + 1];
    if (t.pos === 'VERB' && after && (after.pos === 'DET' || ctx.kb.determiners.has(after.lower))) return speaker;
    if (ctx.kb.verbs.has(t.lower) && t.pos === 'VERB' && !/(ed|ing)$/.test(t.lower)) return speaker;
  }
  return { a: s0, b: speaker.b };
}
