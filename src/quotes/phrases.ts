// Speaker noun phrases found from the tokens' part of speech: the phrase ending just before a cue ("Russian
// Foreign Minister Sergei Lavrov said"), the phrase starting just after one ("said a campaign aide"), with
// appositives ("Okafor, a senior party adviser, said") and a sentence's subject (for "..., adding that").
import type { Token } from '../model/doc.js';
import { isCapitalized, isPunct, skipSpace, wordFrom, type QuoteContext } from './context.js';

export interface TokenSpan {
  /** token range [a, b) */
  a: number;
  b: number;
}

const NOMINAL_POS = new Set(['NOUN', 'PROPN', 'NUM']);
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NUM']);
const CLAUSE_EDGE_POS = new Set(['PUNCT', 'SCONJ', 'CCONJ', 'ADV']);
const CLOSED_POS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'SYM']);

function usable(ctx: QuoteContext, t: Token): boolean {
  return t.kind !== 'space' && ctx.quoteOf[t.i] < 0;
}

/** Whether token t can be a cue verb here: a form of a plain cue verb, or of a particle cue followed by its particle
 *  ("advocates for" is one; "rights advocates said", "the fire chief" are not). */
export function cueVerbForm(ctx: QuoteContext, t: Token): boolean {
  const forms = ctx.kb.verbs.get(t.lower);
  if (!forms) return false;
  if (forms.some((f) => !f.particle)) return true;
  const next = wordFrom(ctx, t.i + 1, ctx.tokens.length)?.lower;
  return forms.some((f) => f.particle === next);
}

/** A noun or name. wink-nlp sometimes tags a surname as a verb; a capitalized open-class word inside a sentence
 *  is taken as a name. */
export function isNominal(ctx: QuoteContext, t: Token, sentenceStart: number): boolean {
  if (t.kind !== 'word' && t.kind !== 'number') return false;
  if (NOMINAL_POS.has(t.pos)) return !cueVerbForm(ctx, t) || isCapitalized(t) || nounAfterModifier(ctx, t);
  // a name particle the tagger could not place ("De Luca")
  if (t.pos === 'X' && isCapitalized(t)) return true;
  return t.i > sentenceStart && isCapitalized(t) && !CLOSED_POS.has(t.pos) && !cueVerbForm(ctx, t);
}

/** A noun that is also a cue verb form is a noun after a determiner, an adjective or a name ("the ruling", "the OECD
 *  report"); a form in -s or -ed after a name stays a verb ("Roe says"). */
function nounAfterModifier(ctx: QuoteContext, t: Token): boolean {
  let k = t.i - 1;
  while (k >= 0 && ctx.tokens[k].kind === 'space') k--;
  const p = ctx.tokens[k];
  if (!p || ctx.quoteOf[k] >= 0) return false;
  if (p.pos === 'DET' || p.pos === 'ADJ' || isPossessive(p) || ctx.kb.determiners.has(p.lower)) return !WH.has(p.lower);
  // "the secretary of state": a noun-tagged form after a preposition
  if (p.pos === 'ADP' && t.pos === 'NOUN') return true;
  // "newly filed reports", "leaked documents": a form after a past participle that modifies it
  if (p.pos === 'VERB' && /(ed|en)$/.test(p.lower) && p.lower !== t.lower) return true;
  // "the port-finance reports": after a hyphenated compound modifier
  const h = ctx.tokens[k - 1];
  if ((p.pos === 'NOUN' || p.pos === 'ADJ') && h && h.text === '-' && h.end === p.start && k - 2 >= 0 && ctx.tokens[k - 2].end === h.start) return true;
  return (p.pos === 'PROPN' || p.pos === 'NOUN') && !/(s|ed)$/.test(t.lower);
}

function isPossessive(t: Token): boolean {
  return t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’';
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
const WH = new Set(['which', 'who', 'whose', 'whom', 'what', 'that']);

function isModifier(t: Token): boolean {
  return (MODIFIER_POS.has(t.pos) && t.kind !== 'punctuation' && !WH.has(t.lower)) || isPossessive(t);
}

/** A hyphen glued to words on both sides ("D-Mass", "Clinton-Kaine"). */
function gluedHyphen(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  return t.text === '-' && !!prev && !!next && prev.end === t.start && t.end === next.start;
}

/** A lowercase participle that is no cue verb form, which may modify the noun after it ("elected officials"). */
function participleModifier(ctx: QuoteContext, t: Token): boolean {
  return t.pos === 'VERB' && t.kind === 'word' && !isCapitalized(t) && /(ed|ing)$/.test(t.lower) && !cueVerbForm(ctx, t);
}

function isPronoun(ctx: QuoteContext, t: Token): boolean {
  return t.pos === 'PRON' && ctx.kb.pronouns.has(t.lower);
}

/** Whether the parenthesis opened at token `open` tags the name before it ("(D-Ohio)", "(R)", "(AROS)"): it opens
 *  with a capital or a number. An aside in lowercase ("(a view many share)") is no part of the speaker. */
export function nameTag(ctx: QuoteContext, open: number, hi: number): boolean {
  const first = wordFrom(ctx, open + 1, hi);
  return !!first && (isCapitalized(first) || first.kind === 'number');
}

/** Trims a span to start at a determiner, modifier or noun and end at a noun; null if it holds no noun. */
function trimPhrase(ctx: QuoteContext, a: number, b: number, lo: number): TokenSpan | null {
  const toks = ctx.tokens;
  const end = b;
  // (a noun that is also a cue verb form opens a compound before another noun: "state regulators", "press aides")
  while (a < b && !(isNominal(ctx, toks[a], a === end - 1 ? lo - 1 : lo) || ctx.kb.determiners.has(toks[a].lower) ||
    (isModifier(toks[a]) && !isPossessive(toks[a])) ||
    (toks[a].pos === 'NOUN' && toks[a].kind === 'word' && a + 1 < b && isNominal(ctx, toks[a + 1], lo)) ||
    // ("state and federal agencies": such a noun joined to the modifier of the head)
    (toks[a].pos === 'NOUN' && toks[a].kind === 'word' && a + 2 < b && toks[a + 1].lower === 'and' &&
      (toks[a + 2].pos === 'ADJ' || toks[a + 2].pos === 'NOUN')) ||
    (participleModifier(ctx, toks[a]) && a + 1 < b && toks[a + 1].pos === 'NOUN'))) a++;
  // a head noun tagged as an adjective ("the election chief") still ends a phrase that opens with a determiner
  // (as does a possessive: "Roe's brief dismissed", "the Post's tracking average shows")
  let determined = toks[a].pos === 'DET' || ctx.kb.determiners.has(toks[a].lower);
  for (let k = a + 1; k < b - 1 && !determined; k++) if (isPossessive(toks[k])) determined = true;
  while (b > a && !isNominal(ctx, toks[b - 1], b - 1 === a ? lo - 1 : lo) && !(toks[b - 1].text === ')') &&
    !(toks[b - 1].pos === 'VERB' && b - 1 > a) &&
    !(determined && b - a >= 3 && toks[b - 1].pos === 'ADJ')) b--;
  if (b <= a) return null;
  // a time expression alone ("Monday") is not a speaker
  let allTime = true;
  for (let k = a; k < b; k++) if (!ctx.inTime[k] && toks[k].pos !== 'DET') allTime = false;
  return allTime ? null : { a, b };
}

/** Whether token q is a quantifier standing alone for a group of speakers ("some believe ...", "but many argue"):
 *  it opens a clause (at lo, or after punctuation, a conjunction or "that") and the next word, the verb, does not end
 *  in -s (before "reports" or "claims" it is a determiner) nor has a noun after it. */
export function groupQuantifier(ctx: QuoteContext, q: number, lo: number, hi: number): boolean {
  const toks = ctx.tokens;
  if (!ctx.kb.groupQuantifiers.has(toks[q].lower) || ctx.quoteOf[q] >= 0) return false;
  const verb = wordFrom(ctx, q + 1, hi);
  if (!verb || verb.kind !== 'word' || verb.lower.endsWith('s')) return false;
  // ("some state officials": a noun after the form makes it a modifier in the quantifier's phrase)
  const after = wordFrom(ctx, verb.i + 1, hi);
  if (after && (after.pos === 'NOUN' || after.pos === 'PROPN')) return false;
  const p = skipSpace(ctx, q - 1, -1, lo);
  const prev = p >= lo ? toks[p] : undefined;
  return !prev || prev.kind === 'punctuation' || prev.pos === 'CCONJ' || prev.pos === 'SCONJ' || prev.lower === 'that';
}

/** The noun phrase that ends just before token j, not reaching before lo. */
export function phraseBefore(ctx: QuoteContext, j: number, lo: number): TokenSpan | null {
  const toks = ctx.tokens;
  const first = j - 1;
  if (first < lo || !usable(ctx, toks[first])) return null;
  if (groupQuantifier(ctx, first, lo, toks.length)) return { a: first, b: j };
  // "the crews, many of whom say ...", "two of which found ...": a quantifier over a relative word is the speaker
  if ((toks[first].lower === 'whom' || toks[first].lower === 'which') && first - 2 >= lo && toks[first - 1].lower === 'of') {
    const q = toks[first - 2];
    if (usable(ctx, q) && usable(ctx, toks[first - 1]) && q.kind !== 'punctuation' &&
      (q.pos === 'DET' || q.pos === 'NUM' || q.pos === 'ADJ' || q.pos === 'PRON' || ctx.kb.distributives.has(q.lower))) return { a: first - 2, b: j };
  }
  if (isPronoun(ctx, toks[first]) || toks[first].lower === 'who' || toks[first].lower === 'which') {
    // "not everyone agrees": a negation before the pronoun belongs to the phrase
    const neg = first - 1 >= lo && usable(ctx, toks[first - 1]) && toks[first - 1].lower === 'not' ? first - 1 : first;
    // "my siblings and I knew": a noun phrase opening the clause joined by "and" to the pronoun
    const and = toks[first - 1];
    if (neg === first && isPronoun(ctx, toks[first]) && and && first - 2 >= lo && and.lower === 'and' && usable(ctx, and)) {
      const left = phraseBefore(ctx, first - 1, lo);
      const edge = left ? toks[left.a - 1] : undefined;
      if (left && (left.a === lo || (edge && left.a - 1 >= lo && (edge.kind === 'punctuation' || edge.pos === 'SCONJ' || edge.pos === 'CCONJ')))) {
        return { a: left.a, b: j };
      }
    }
    return { a: neg, b: j };
  }
  // "all agreed that ...": a distributive quantifier stands for the group; after a noun phrase ("the senators all
  // said") it floats, and belongs to that phrase
  if (ctx.kb.distributives.has(toks[first].lower) && toks[first].kind === 'word') {
    const group = first - 1 >= lo ? phraseBefore(ctx, first, lo) : null;
    return group && group.b === first ? { a: group.a, b: j } : { a: first, b: j };
  }
  // "people close to him said", "aides loyal to her say": an object pronoun after a preposition ends a phrase
  // whose head stands before the preposition
  if (toks[first].pos === 'PRON' && OBJECT_PRONOUNS.has(toks[first].lower) && first - 2 >= lo && toks[first - 1].pos === 'ADP' &&
    usable(ctx, toks[first - 1]) && toks[first - 2].pos === 'ADJ' && usable(ctx, toks[first - 2])) {
    const head = phraseBefore(ctx, first - 2, lo);
    if (head) return { a: head.a, b: j };
    // "those close to her"
    const d = toks[first - 3];
    return d && first - 3 >= lo && usable(ctx, d) && d.pos === 'DET' ? { a: first - 3, b: j } : null;
  }
  let a = j;
  let k = first;
  while (k >= lo) {
    const t = toks[k];
    if (!usable(ctx, t)) break;
    // the word right before a cue may be a sentence-initial name ("Lynch said"), whatever its tag, or a noun
    // tagged as a verb after a determiner ("the police said")
    const head = k === first ? lo - 1 : lo;
    const before = toks[k - 1];
    // "the $3 billion engineers say it needs": a number after a currency sign is an amount, not the speakers' count
    if (t.pos === 'NUM' && a < j) {
      let m = k;
      while (m - 1 >= lo && toks[m - 1].pos === 'NUM') m--;
      if (m - 1 >= lo && toks[m - 1].pos === 'SYM') break;
    }
    const nounAsVerb = k === first && t.pos === 'VERB' && t.kind === 'word' && !!before && k - 1 >= lo &&
      (before.pos === 'DET' || before.pos === 'ADJ' || isPossessive(before) || ctx.kb.determiners.has(before.lower));
    // a noun that is also a cue verb ("state", "press") inside a compound: "the state attorney general"
    const compound = k < first && a === k + 1 && t.pos === 'NOUN' && t.kind === 'word' && isNominal(ctx, toks[a], lo);
    if (isNominal(ctx, t, head) || nounAsVerb || compound || isModifier(t) || (t.text === '.' && a < j && t.start === toks[k - 1]?.end)) {
      a = k;
      k--;
      // a determiner opens the phrase, unless a joiner continues it leftwards ("director of the Institute")
      if (t.pos === 'DET' && !isPossessive(t)) {
        const j2 = toks[k];
        if (k - 1 >= lo && j2 && (ctx.kb.joiners.has(j2.lower) || j2.lower === 'and') && isNominal(ctx, toks[k - 1], lo)) {
          a = k;
          k--;
          continue;
        }
        break;
      }
      continue;
    }
    if (gluedHyphen(ctx, k) && a < j) {
      a = k;
      k--;
      continue;
    }
    // "the poll released Friday shows", "an analysis of newly filed reports shows": a past participle modifying the
    // noun before it stays inside the phrase (with an adverb before it: "newly filed")
    if (t.pos === 'VERB' && (a < j || k === first) && !isCapitalized(t) && /(ed|en|wn)$/.test(t.lower) && k - 1 >= lo) {
      let m = k - 1;
      if (toks[m].pos === 'ADV' && m - 1 >= lo) m--;
      if (toks[m].pos === 'NOUN' || toks[m].pos === 'PROPN' || (m < k - 1 && toks[m].pos === 'ADP')) {
        a = m + 1;
        k = m;
        continue;
      }
    }
    // a lowercase noun tagged as a verb between nouns ("White House press secretary", "restructuring experts")
    // ("Although ..., elected officials say", "where restructuring experts say": a participle opening the phrase after
    // a clause boundary modifies its noun)
    if (t.pos === 'VERB' && a < j && !isCapitalized(t) && !cueVerbForm(ctx, t) && isNominal(ctx, toks[a], lo) &&
      toks[a].pos !== 'PROPN' && k - 1 >= lo && (isNominal(ctx, toks[k - 1], lo) || toks[k - 1].pos === 'DET' || toks[k - 1].pos === 'ADJ' ||
        (a === k + 1 && participleModifier(ctx, t) && CLAUSE_EDGE_POS.has(toks[k - 1].pos)))) {
      a = k;
      k--;
      continue;
    }
    if (ctx.kb.determiners.has(t.lower) && a < j) {
      a = k;
      // "RT and its defenders"
      const j2 = toks[k - 1];
      if (k - 2 >= lo && j2?.lower === 'and' && isNominal(ctx, toks[k - 2], lo)) {
        a = k - 1;
        k -= 2;
        continue;
      }
      break;
    }
    if (t.text === ')') {
      let open = k - 1;
      while (open >= lo && open > k - 10 && toks[open].text !== '(') open--;
      if (open >= lo && toks[open].text === '(') {
        a = open;
        k = open - 1;
        continue;
      }
      break;
    }
    const joins = (ctx.kb.joiners.has(t.lower) || t.lower === 'and') && a < j && k - 1 >= lo &&
      (isNominal(ctx, toks[k - 1], lo) || (t.lower === 'and' && toks[k - 1].pos === 'ADJ') ||
        // "the attorney general of the state": a title's head noun the tagger read as an adjective after a noun
        (t.lower !== 'and' && toks[k - 1].pos === 'ADJ' && k - 2 >= lo && toks[k - 2].pos === 'NOUN' && usable(ctx, toks[k - 2])));
    // "and" joins two speakers ("Okafor and Lindqvist", "Farmers and water boards", "the ministry and its allies")
    // or two modifiers of one noun ("state and local leaders")
    const right = toks[a];
    const rightOpens = right.pos === 'DET' || right.pos === 'ADJ' || right.pos === 'NOUN' || right.pos === 'PROPN' ||
      ctx.kb.determiners.has(right.lower);
    if (joins && (t.lower !== 'and' || rightOpens)) {
      a = k;
      k--;
      continue;
    }
    // "state and federal agencies": a lowercase noun that is also a cue verb form, joined by "and" to a modifier or
    // noun of the same head, is a modifier too
    const left = toks[k - 1];
    if (t.lower === 'and' && a < j && k - 1 >= lo && left.pos === 'NOUN' && left.kind === 'word' && usable(ctx, left) &&
      !isCapitalized(left) && (right.pos === 'ADJ' || right.pos === 'NOUN') && a + 1 < j) {
      a = k - 1;
      k -= 2;
      continue;
    }
    break;
  }
  return a < j ? trimPhrase(ctx, a, j, lo) : null;
}

/** The noun phrase that starts at token i, not reaching hi; with an appositive when one follows to the end. */
export function phraseAfter(ctx: QuoteContext, i: number, hi: number, appositive = true, sentenceStart = i - 1): TokenSpan | null {
  const toks = ctx.tokens;
  if (i >= hi || !usable(ctx, toks[i])) return null;
  if (isPronoun(ctx, toks[i])) return { a: i, b: i + 1 };
  let b = i;
  let k = i;
  while (k < hi) {
    const t = toks[k];
    if (!usable(ctx, t)) break;
    // (a possessive determiner opens the phrase: "said his spokesman", ", his ruling was ...")
    if (isNominal(ctx, t, sentenceStart) || isModifier(t) || (k === i && ctx.kb.determiners.has(t.lower)) ||
      (t.text === '.' && b > i && t.start === toks[k - 1].end)) {
      const afterJoiner = k > i && (ctx.kb.joiners.has(toks[k - 1].lower) || toks[k - 1].lower === 'and' ||
        ctx.kb.afterJoiners.has(toks[k - 1].lower));
      if (t.pos === 'DET' && b > i && !isPossessive(t) && !afterJoiner) break;
      b = ++k;
      continue;
    }
    if (gluedHyphen(ctx, k) && b > i) {
      b = ++k;
      continue;
    }
    // "the more cautious trust", "a very old crew": an adverb grading the adjective after a determiner or modifier
    const graded = toks[k + 1];
    if (t.pos === 'ADV' && t.kind === 'word' && b > i && (toks[b - 1].pos === 'DET' || toks[b - 1].pos === 'ADJ' ||
      ctx.kb.determiners.has(toks[b - 1].lower)) && !!graded && k + 1 < hi && graded.pos === 'ADJ' && usable(ctx, graded)) {
      k++;
      continue;
    }
    if (t.text === '(' && b > i && nameTag(ctx, k, hi)) {
      let close = k + 1;
      while (close < hi && close < k + 10 && toks[close].text !== ')') close++;
      if (close < hi && toks[close].text === ')') {
        b = k = close + 1;
        continue;
      }
      break;
    }
    const next = toks[k + 1];
    // ("A crew in 1998 sent ...": a preposition before a time starts an adverbial, not part of the phrase)
    // ("said one senior aide on the board": a body the noun belongs to)
    const member = ctx.kb.afterJoiners.has(t.lower) && b > i && toks[b - 1].pos === 'NOUN' && !!next && next.pos === 'DET';
    const joins = (ctx.kb.joiners.has(t.lower) || t.lower === 'and' || member) && b > i && !!next && k + 1 < hi &&
      (isNominal(ctx, next, sentenceStart) || next.pos === 'DET' || next.pos === 'ADJ') && !(t.pos === 'ADP' && ctx.inTime[k + 1] === 1);
    // "and" joins two names, or (inside an appositive) two titles: "a fellow at X and a former ambassador"
    if (joins && (t.lower !== 'and' || (next.pos === 'PROPN' && toks[b - 1].pos === 'PROPN') ||
      (!appositive && (next.pos === 'DET' || next.pos === 'NOUN' ||
        // "a former board chairman and mayoral candidate": an adjective and its noun after "and"
        (next.pos === 'ADJ' && !!toks[k + 2] && k + 2 < hi && toks[k + 2].pos === 'NOUN'))))) {
      k++;
      continue;
    }
    break;
  }
  const head = b > i ? trimPhrase(ctx, i, b, sentenceStart) : null;
  if (!head || !appositive) return head;
  // "said Ana Ruiz, chief analyst for the Valley Polling Institute": an appositive running to the unit's end
  if (head.b < hi - 1 && isPunct(toks[head.b], ',')) {
    const app = phraseAfter(ctx, head.b + 1, hi, false);
    if (app && toks[app.a].pos !== 'PRON') {
      const after = toks[app.b];
      if (app.b >= hi || (after && isPunct(after, ',.;:') && (app.b + 1 >= hi || after.text !== ','))) {
        return { a: head.a, b: app.b };
      }
    }
  }
  return head;
}

/** The subject of a unit: the phrase at its start (after an opening "On Monday," or "In a statement,"), when a
 *  verb follows it. */
export function unitSubject(ctx: QuoteContext, lo: number, hi: number): TokenSpan | null {
  const toks = ctx.tokens;
  let start = lo;
  while (start < hi && (!usable(ctx, toks[start]) || toks[start].kind === 'punctuation')) start++;
  // opening phrases may follow one another ("On Monday, however, Roe ...", "Stung by the vote, as well as by the
  // press, Roe ..."): each opens with a preposition, subordinator, adverb, time or a participle before "by", or is
  // one word ("Worse, ...")
  for (let n = 0; n < 3; n++) {
    while (start < hi && toks[start].kind === 'space') start++;
    const opener = toks[start];
    if (!opener) return null;
    const oneWord = opener.kind === 'word' && start + 1 < hi && isPunct(toks[start + 1], ',') &&
      !(opener.pos === 'PROPN' || opener.pos === 'PRON' || opener.pos === 'NOUN');
    const participle = opener.pos === 'VERB' && /(ed|en)$/.test(opener.lower) && wordFrom(ctx, start + 1, hi)?.lower === 'by';
    if (!(opener.pos === 'ADP' || opener.pos === 'SCONJ' || opener.pos === 'ADV' || ctx.inTime[start] || oneWord || participle)) break;
    let k = start;
    while (k < hi && k < start + 12 && !isPunct(toks[k], ',')) k++;
    if (k >= hi || !isPunct(toks[k], ',')) return null;
    start = k + 1;
  }
  let np = phraseAfter(ctx, start, hi, true, start);
  if (!np) return null;
  // "The union and the council sued ...": two subjects joined by "and"
  if (np.b + 1 < hi && toks[np.b].lower === 'and') {
    const second = phraseAfter(ctx, np.b + 1, hi, false);
    if (second && toks[second.a].pos !== 'PRON' && second.b < hi && (toks[second.b].pos === 'VERB' || toks[second.b].pos === 'AUX')) {
      np = { a: np.a, b: second.b };
    }
  }
  // "Ruiz, a retired judge, then opened ...": an appositive between commas before the verb
  if (np.b + 1 < hi && isPunct(toks[np.b], ',')) {
    const app = phraseAfter(ctx, np.b + 1, hi, false);
    if (app && toks[app.a].pos !== 'PRON' && app.b < hi && isPunct(toks[app.b], ',')) {
      let v = app.b + 1;
      while (v < hi && (toks[v].kind === 'space' || ctx.kb.adverbs.has(toks[v].lower) || toks[v].pos === 'ADV')) v++;
      if (v < hi && (toks[v].pos === 'VERB' || toks[v].pos === 'AUX')) np = { a: np.a, b: app.b };
    }
  }
  let k = np.b;
  // (the adverbs list holds auxiliaries too: "were" is the verb that makes the phrase a subject, not an adverb)
  // ("A panel of judges in 2019 ruled ...": a time may stand between the subject and its verb)
  while (k < hi && toks[k].pos !== 'AUX' && toks[k].pos !== 'VERB' &&
    (ctx.kb.adverbs.has(toks[k].lower) || toks[k].pos === 'ADV' || isPunct(toks[k], ',') || toks[k].kind === 'space' ||
      ctx.inTime[k] === 1 || (toks[k].pos === 'ADP' && ctx.inTime[k + 1] === 1))) k++;
  // ("A crew in 1998 sent a letter": after such a time the tagger may read the verb as a noun; an object follows it)
  const after = k < hi ? wordFrom(ctx, k + 1, hi) : undefined;
  const verbAfterTime = k < hi && toks[k].pos === 'NOUN' && k > np.b && ctx.inTime[k - 1] === 1 && !!after &&
    (after.pos === 'DET' || ctx.kb.determiners.has(after.lower));
  return k < hi && (toks[k].pos === 'VERB' || toks[k].pos === 'AUX' || verbAfterTime) ? np : null;
}
