// Cue finding within a unit: speech verbs (with particles), prepositional cues ("according to"), nominal cues
// followed by a clause ("the assertion that"). Dashes joining a speaker to a quotation are in dash.ts.
import type { Token } from '../model/doc.js';
import { endsQuote, isCapitalized, isPunct, quoteClosesOnComma, skipSpace, wordFrom, type QuoteContext } from './context.js';
import { groupQuantifier, phraseBefore } from './phrases.js';
import type { Unit } from './units.js';

export type CueKind = 'verb' | 'participle' | 'preposition' | 'noun' | 'passive';

export interface Cue {
  kind: CueKind;
  /** token range [a, b) of the cue words */
  a: number;
  b: number;
  /** base form for verbs ("tell"), else the lowercase cue text */
  lemma: string;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);
const VERBAL_POS = new Set(['VERB', 'AUX']);
// relative words, which the tagger may read as determiners ("the study, which notes that ...")
const RELATIVES = new Set(['who', 'which']);

function prevWord(ctx: QuoteContext, i: number, lo: number): Token | null {
  for (let k = i - 1; k >= lo; k--) {
    const t = ctx.tokens[k];
    if (t.kind === 'space') continue;
    if (t.pos === 'ADV' || ctx.kb.adverbs.has(t.lower)) {
      if (BE.has(t.lower) || ctx.kb.modals.has(t.lower)) return t;
      continue;
    }
    return t;
  }
  return null;
}

/** Whether a negation stands between token m and token k ("could not explain", "wouldn't say"). */
function negatedBefore(ctx: QuoteContext, k: number, m: number): boolean {
  for (let j = m; j < k; j++) {
    const w = ctx.tokens[j].lower;
    if (w === 'not' || w === "n't" || w === 'n’t' || w === 'never' || w.endsWith("n't") || w.endsWith('n’t')) return true;
  }
  return false;
}

function nextWord(ctx: QuoteContext, i: number, hi: number): Token | null {
  return wordFrom(ctx, i + 1, hi) ?? null;
}

const PASSIVE_AUXILIARIES = new Set([...BE, 'has', 'have', 'had', 'been', 'will', 'would', 'could', 'may', 'might', 'not', "n't"]);

/** The first auxiliary of the verb group ending at k ("has been" in "has been widely endorsed by"). */
function auxiliaryStart(ctx: QuoteContext, k: number, lo: number): number {
  let a = k;
  for (let j = k - 1; j >= lo; j--) {
    const t = ctx.tokens[j];
    if (t.kind === 'space') continue;
    if (PASSIVE_AUXILIARIES.has(t.lower) || t.pos === 'ADV' || ctx.kb.adverbs.has(t.lower)) a = j;
    else break;
  }
  // adverbs before the first auxiliary stay outside ("also has been")
  while (a < k && !PASSIVE_AUXILIARIES.has(ctx.tokens[a].lower)) a++;
  return a;
}

/** "appeared to suggest", "went on to argue": the catenative verb before the "to" at index `to`, which starts the
 *  cue (its subject is the speaker), or null. */
function catenativeBefore(ctx: QuoteContext, u: Unit, to: number): number | null {
  let w = prevWord(ctx, to, u.tokStart);
  if (!w) return null;
  let particle: string | null = null;
  const cues = ctx.kb.catenatives.get(w.lower);
  if (!cues) {
    particle = w.lower;
    w = prevWord(ctx, w.i, u.tokStart);
    if (!w) return null;
  }
  const found = ctx.kb.catenatives.get(w.lower)?.some((c) => c.particle === particle);
  return found && w.pos !== 'NOUN' ? w.i : null;
}

/** The word before ", however," ending at the comma at c (a one-word adverb between commas), or null. */
function parentheticalBefore(ctx: QuoteContext, c: number, lo: number): Token | null {
  const a = skipSpace(ctx, c - 1, -1, lo);
  if (a < lo || ctx.tokens[a].pos !== 'ADV') return null;
  const k = skipSpace(ctx, a - 1, -1, lo);
  if (k < lo || !isPunct(ctx.tokens[k], ',')) return null;
  return prevWord(ctx, k, lo);
}

/** A headline written in title case ("Graham Says Trump Could Embrace Clean Energy"). */
function titleCase(ctx: QuoteContext, u: Unit): boolean {
  let words = 0, capitals = 0;
  for (let k = u.tokStart; k < u.tokEnd; k++) {
    const t = ctx.tokens[k];
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (isCapitalized(t)) capitals++;
  }
  return words >= 3 && capitals >= words * 0.8;
}

function verbCue(ctx: QuoteContext, u: Unit, k: number): Cue | null {
  const t = ctx.tokens[k];
  const forms = ctx.kb.verbs.get(t.lower);
  if (!forms) return null;
  // "the United States": a capitalized word inside a sentence is a name, not a verb (all-capital headlines aside)
  if (k > u.tokStart && isCapitalized(t) && t.text !== t.text.toUpperCase() && !titleCase(ctx, u)) return null;
  const next = nextWord(ctx, k, u.tokEnd);
  // "Hope Hicks, a spokeswoman, said": a capitalized form opening the sentence before another name is a first name
  // (a speech verb that inverts is still one: "Said Ellis: ...")
  if (isCapitalized(t) && t.text !== t.text.toUpperCase() && next && next.pos === 'PROPN' && isCapitalized(next) &&
    !titleCase(ctx, u) && !forms.some((f) => ctx.kb.invertingVerbs.has(f.lemma))) return null;
  const before = ctx.tokens[k - 1];
  // "the call", "a report": a determiner makes the word a noun
  // ("all agreed", "both said": a distributive quantifier is the subject, not a determiner)
  // ("some believe", "but many argue": a quantifier alone at a clause's start is the subject too)
  if (before && before.pos === 'DET' && k - 1 >= u.tokStart && !RELATIVES.has(before.lower) && !ctx.kb.distributives.has(before.lower) &&
    !groupQuantifier(ctx, k - 1, u.tokStart, u.tokEnd)) return null;
  const prev = prevWord(ctx, k, u.tokStart);
  // "was endorsed by the paper": the agent after "by" holds the stance, the subject is its content
  if (prev && BE.has(prev.lower) && !t.lower.endsWith('ing') && ctx.tokens[k + 1]?.lower === 'by' && forms.some((f) => !f.particle)) {
    return { kind: 'passive', a: auxiliaryStart(ctx, k, u.tokStart), b: k + 2, lemma: forms[0].lemma };
  }
  // "he’s praised the plan", "who’s called for": after a personal pronoun, "’s" before a past form that no "by",
  // "as" or "to" follows is "has", not "is" (a stance adjective keeps its own reading: "she’s convinced that")
  const contractedHas = !!prev && (prev.lower === "'s" || prev.lower === '’s') && /ed$/.test(t.lower) && !ctx.kb.adjectives.has(t.lower) &&
    !!next && !/^(by|as|to)$/.test(next.lower) && /^(he|she|who)$/.test(prevWord(ctx, prev.i, u.tokStart)?.lower ?? '');
  // "was described as", "is expected": passives are not speech by the subject
  if (prev && BE.has(prev.lower) && !t.lower.endsWith('ing') && !contractedHas) return null;
  if (ctx.tokens[k + 1]?.lower === 'by' && t.lower.endsWith('ed')) {
    // "a fine imposed by the regulator", "a view echoed by the crews": a participle after its noun, with an agent
    const head = ctx.tokens[k - 1];
    const reduced = !!head && k - 1 >= u.tokStart && (head.pos === 'NOUN' || head.pos === 'PROPN') && ctx.quoteOf[k - 1] < 0 &&
      forms.some((f) => !f.particle);
    return reduced ? { kind: 'passive', a: k, b: k + 2, lemma: forms[0].lemma } : null;
  }
  // "(Reporting by Ann Roe; editing by ...)", "reporting by the Times": an -ing form before "by" is a noun of credit
  if (t.lower.endsWith('ing') && next?.lower === 'by') return null;
  // "could add weight", "wouldn't tell the auditors": a base form after a modal is rarely a report
  // ("would not say whether", "could not explain why" do report a stance: refusing to speak)
  // ("opponents would call it ...", "voters should know ...": stance verbs report after a modal too)
  if (prev && ctx.kb.modals.has(prev.lower) && forms.some((f) => f.lemma === t.lower && !ctx.kb.modalStances.has(f.lemma)) &&
    !negatedBefore(ctx, k, prev.i)) return null;
  // "polls show a ...", "voters support the ...": a verb form the tagger took for a noun, between the subject's
  // head and the start of an object
  // ("his claim that ...": after a possessive determiner the word stays a noun)
  // ("Some voters, however, question the ...": the subject may stand before a parenthetical adverb between commas)
  const subjectWord = prev !== null && isPunct(prev, ',') ? parentheticalBefore(ctx, prev.i, u.tokStart) : prev;
  // ("A dock tribunal in 1998 found that ...": or a time between the subject and the verb)
  // ("..., though Lynch notes they ...": a capitalized word inside the sentence is a name whatever its tag)
  const nameWord = subjectWord !== null && isCapitalized(subjectWord) && subjectWord.i > u.tokStart && ctx.tokens[subjectWord.i - 1]?.kind === 'word' &&
    ctx.quoteOf[subjectWord.i] < 0;
  const nounAsVerb = t.pos === 'NOUN' && subjectWord !== null && (subjectWord.pos === 'NOUN' || subjectWord.pos === 'PROPN' || subjectWord.pos === 'PRON' ||
    ctx.inTime[subjectWord.i] === 1 || nameWord) &&
    !ctx.kb.determiners.has(subjectWord.lower) &&
    next !== null && (next.pos === 'DET' || next.lower === 'that' || ctx.kb.determiners.has(next.lower) || next.pos === 'NUM' ||
      (nameWord && next.pos === 'PRON' && ctx.kb.pronouns.has(next.lower)) ||
      // "the campaign plans to hire ...": an -s form before "to" and a verb
      (next.lower === 'to' && /[^s]s$/.test(t.lower) && wordFrom(ctx, next.i + 1, u.tokEnd)?.pos === 'VERB'));
  // "is promising lower taxes": a progressive the tagger read as an adjective
  const progressive = t.lower.endsWith('ing') && prev !== null && BE.has(prev.lower);
  // "..., and plans to build ...": after a conjunction, an -s or -ed form before "to" or "that" is the verb
  const coordinated = t.pos === 'NOUN' && prev !== null && (prev.lower === 'and' || prev.lower === 'but') && next !== null &&
    (next.lower === 'to' || next.lower === 'that') && /(s|ed)$/.test(t.lower);
  // "has also detailed the spending": a past form after "has/have/had" is the verb, whatever the tagger said
  // (the auxiliary is among the adverbs prevWord steps over, so it is looked for directly)
  let aux = k - 1;
  while (aux > u.tokStart && (ctx.tokens[aux].kind === 'space' || ctx.tokens[aux].pos === 'ADV')) aux--;
  const perfect = /ed$/.test(t.lower) && aux >= u.tokStart && /^(has|have|had)$/.test(ctx.tokens[aux].lower) || contractedHas;
  // "..., promising to ...": a cue's -ing form after a comma is a participle even where the tagger read an adjective
  // (or a noun before "that": "..., warning that")
  const participleAfterComma = (t.pos === 'ADJ' || (t.pos === 'NOUN' && next?.lower === 'that')) && t.lower.endsWith('ing') && prev !== null &&
    isPunct(prev, ',');
  // ("some note that ...", "many think the ...": after a group quantifier the plain form is the verb)
  const verbal = VERBAL_POS.has(t.pos) || nounAsVerb || progressive || coordinated || participleAfterComma || perfect ||
    (prev !== null && groupQuantifier(ctx, prev.i, u.tokStart, u.tokEnd)) ||
    (prev !== null && (prev.pos === 'PRON' || prev.pos === 'PROPN' || RELATIVES.has(prev.lower)) && /([^s]s|ed)$/.test(t.lower)) ||
    (prev !== null && isPunct(prev, ',”"\'’') && (t.lower === 'said' || t.lower === 'says'));
  if (!verbal) return null;
  // "..., adding that", "posted late Monday saying that": a participle whose speaker is the clause's subject
  const participle = t.lower.endsWith('ing') && prev !== null &&
    (isPunct(prev, ',') || (endsQuote(ctx, prev.i) && quoteClosesOnComma(ctx, prev.i)) || (prev.pos === 'NOUN' || prev.pos === 'PROPN' || ctx.inTime[prev.i] === 1) && !BE.has(prev.lower) ||
      // "opened by saying", "was faulted for saying", "while chanting": a gerund after a preposition
      (ctx.kb.gerundPrepositions.has(prev.lower) && prev.i > u.tokStart));
  // "appeared to suggest", "avoids condemning": a catenative verb before starts the cue
  const a = prev && prev.lower === 'to' ? catenativeBefore(ctx, u, prev.i) ?? k
    : prev && t.lower.endsWith('ing') && ctx.kb.catenatives.get(prev.lower)?.some((c) => c.particle === null) && prev.pos !== 'NOUN' ? prev.i : k;
  // "..., going on to say that": a catenative participle after a comma makes the cue a participle of the clause before
  const catenativeParticiple = a < k && ctx.tokens[a].lower.endsWith('ing') && isPunct(prevWord(ctx, a, u.tokStart) ?? ctx.tokens[a], ',');
  const kind = participle || catenativeParticiple ? 'participle' : 'verb';
  for (const f of forms) {
    if (f.particle) {
      // "spoke of", "spoke warmly of", "called Friday for": adverbs and times may stand before the particle
      let j = k + 1;
      while (j < u.tokEnd && j <= k + 3 && ctx.quoteOf[j] < 0 && ctx.tokens[j].lower !== f.particle &&
        (ctx.tokens[j].kind === 'space' || (ctx.tokens[j].pos === 'ADV' && ctx.tokens[j].kind === 'word') || ctx.inTime[j] === 1)) j++;
      if (j < u.tokEnd && ctx.tokens[j].lower === f.particle) return { kind, a, b: j + 1, lemma: f.lemma };
      // "talked to reporters about", "complained with her aides about": a listener may stand before the particle
      const l = listenerBefore(ctx, u, j, f.particle);
      if (l > 0) return { kind, a, b: l + 1, lemma: f.lemma };
      continue;
    }
    return { kind, a, b: k + 1, lemma: f.lemma };
  }
  return null;
}

/** The index of the particle after a short listener phrase opened by "to" or "with" at j ("to the board about"),
 *  or -1: a few words of a noun phrase, then the particle. */
function listenerBefore(ctx: QuoteContext, u: Unit, j: number, particle: string): number {
  const toks = ctx.tokens;
  // ("talked to a panel of growers": "of" goes on with the listener's phrase)
  if (j >= u.tokEnd || !(toks[j].lower === 'to' || toks[j].lower === 'with') || toks[j].lower === particle || particle === 'of') return -1;
  let words = 0;
  for (let m = j + 1; m < u.tokEnd && m <= j + 10 && ctx.quoteOf[m] < 0; m++) {
    const t = toks[m];
    if (t.kind === 'space') continue;
    if (t.lower === particle) return words > 0 ? m : -1;
    if (words >= 4 || ctx.inTime[m] === 1 || !(t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PRON' || t.pos === 'NUM')) return -1;
    words++;
  }
  return -1;
}

/** "In the harbour survey, most crews ...", "... fared well in surveys taken after the storm": "in" before a short
 *  noun phrase headed by a poll noun is a prepositional cue. The poll noun must end the phrase (a comma, the unit's
 *  end, a participle or "to" and a verb after it): "the boats climbed in the survey rankings" is no report, nor
 *  is a comparison ("crews did better than in earlier surveys"). */
function pollCue(ctx: QuoteContext, u: Unit, k: number): Cue | null {
  const toks = ctx.tokens;
  if (prevWord(ctx, k, u.tokStart)?.lower === 'than') return null;
  for (let m = k + 1; m < u.tokEnd && m <= k + 12; m++) {
    const t = toks[m];
    if (ctx.quoteOf[m] >= 0) return null;
    if (t.kind === 'space') continue;
    if (ctx.kb.pollNouns.has(t.lower)) {
      const n = nextWord(ctx, m, u.tokEnd);
      const ends = !n || isPunct(n, ',.;') || (n.pos === 'VERB' && /(ed|en)$/.test(n.lower)) ||
        (n.lower === 'to' && wordFrom(ctx, n.i + 1, u.tokEnd)?.pos === 'VERB');
      return ends ? { kind: 'preposition', a: k, b: k + 1, lemma: 'in' } : null;
    }
    // a noun phrase: determiners, numbers, modifiers, names ("one of the first post-storm surveys")
    if (!(t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.lower === 'of' ||
      t.lower === 'and' || isPunct(t, '/-'))) return null;
  }
  return null;
}

function prepositionCue(ctx: QuoteContext, u: Unit, k: number): Cue | null {
  if (ctx.tokens[k].lower === 'in') return pollCue(ctx, u, k);
  const rests = ctx.kb.prepositions.get(ctx.tokens[k].lower);
  if (!rests) return null;
  for (const rest of rests) {
    if (k + rest.length >= u.tokEnd) continue;
    if (rest.every((w, j) => ctx.tokens[k + 1 + j].lower === w)) {
      return { kind: 'preposition', a: k, b: k + 1 + rest.length, lemma: ctx.tokens.slice(k, k + 1 + rest.length).map((x) => x.lower).join(' ') };
    }
  }
  return null;
}

/** "the mayor's decision to close the pier", "their refusal to pay", "its own pledge to ...": a noun of intent after a
 *  possessive owner, with "to" and a verb after it. */
function infinitiveNounCue(ctx: QuoteContext, u: Unit, k: number): Cue | null {
  const toks = ctx.tokens;
  if (!ctx.kb.infinitiveNouns.has(toks[k].lower) || toks[k].pos === 'VERB') return null;
  const to = wordFrom(ctx, k + 1, u.tokEnd);
  if (!to || to.lower !== 'to' || wordFrom(ctx, to.i + 1, u.tokEnd)?.pos !== 'VERB') return null;
  let o = skipSpace(ctx, k - 1, -1, u.tokStart);
  if (o >= u.tokStart && toks[o].lower === 'own') o = skipSpace(ctx, o - 1, -1, u.tokStart);
  if (o < u.tokStart) return null;
  const owner = toks[o].lower;
  const possessive = owner === "'s" || owner === '’s' || ctx.kb.determiners.has(owner);
  return possessive ? { kind: 'noun', a: k, b: k + 1, lemma: toks[k].lower } : null;
}

function nounCue(ctx: QuoteContext, u: Unit, k: number): Cue | null {
  const t = ctx.tokens[k];
  const infinitive = infinitiveNounCue(ctx, u, k);
  if (infinitive) return infinitive;
  if (!ctx.kb.nouns.has(t.lower)) return null;
  // a noun form tagged as a verb is still a noun after a determiner, adjective or "there were"
  const prev = ctx.tokens[k - 1];
  if (t.pos === 'VERB' && !(prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || BE.has(prev.lower) || ctx.kb.determiners.has(prev.lower)))) return null;
  // the clause must follow: "the assertion that", "declarations by the Administration that"
  for (let j = k + 1; j < u.tokEnd && j <= k + 10; j++) {
    const n = ctx.tokens[j];
    // ("a position that protects ...": "that" before a verb opens a relative clause, not what was said)
    const afterThat = nextWord(ctx, j, u.tokEnd);
    if (n.lower === 'that' && (n.pos === 'SCONJ' || n.pos === 'DET' || n.pos === 'PRON') && !(afterThat && (afterThat.pos === 'VERB' || afterThat.pos === 'AUX'))) {
      return j === k + 1 || ctx.tokens[k + 1].lower === 'by' ? { kind: 'noun', a: k, b: k + 1, lemma: t.lower } : null;
    }
    if (ctx.quoteOf[j] >= 0 || isPunct(n, ',.;')) break;
  }
  return null;
}

const NOT_HOLDERS = new Set(['it', 'there', 'this', 'that', 'which', 'what']);

/** A stance adjective after "be": "has been critical of", "were convinced (that)". The cue runs from the first
 *  auxiliary to the adjective or its preposition; "it is clear" has no one holding the stance. */
function adjectiveCue(ctx: QuoteContext, u: Unit, k: number): Cue | null {
  const preps = ctx.kb.adjectives.get(ctx.tokens[k].lower);
  if (!preps) return null;
  const prev = prevWord(ctx, k, u.tokStart);
  if (!prev || !BE.has(prev.lower)) return null;
  const a = auxiliaryStart(ctx, k, u.tokStart);
  const holder = prevWord(ctx, a, u.tokStart);
  if (!holder || NOT_HOLDERS.has(holder.lower) || holder.kind === 'punctuation') return null;
  const next = nextWord(ctx, k, u.tokEnd);
  if (next && next.lower !== '' && preps.includes(next.lower)) return { kind: 'verb', a, b: next.i + 1, lemma: ctx.tokens[k].lower };
  // listed alone: a clause or an infinitive must follow, not the end of the sentence
  if (!preps.includes('') || !next || next.kind === 'punctuation') return null;
  return { kind: 'verb', a, b: k + 1, lemma: ctx.tokens[k].lower };
}

/** Any verb right before a colon and a quotation: "Limbaugh continued: “They are ...”". */
function colonVerbCue(ctx: QuoteContext, u: Unit, k: number): Cue | null {
  const t = ctx.tokens[k];
  if (t.pos !== 'VERB' || k + 2 >= u.tokEnd || ctx.tokens[k + 1].text !== ':') return null;
  const q = ctx.quoteOf[k + 2];
  return q >= 0 && ctx.quotes[q].start === ctx.tokens[k + 2].start ? { kind: 'verb', a: k, b: k + 1, lemma: t.lower } : null;
}

/** Any verb in "“...,” she yells" / "“...,” the letter reads": a quotation closing on a comma, a speaker, a verb. */
function afterQuoteVerbCue(ctx: QuoteContext, u: Unit, k: number): Cue | null {
  const t = ctx.tokens[k];
  // "… county spokesman Josh Ruden said": a capitalized word the tagger took for a verb is a name
  if (t.pos !== 'VERB' || t.lower.endsWith('ing') || isCapitalized(t)) return null;
  // cheap test first: a quotation mark among the few tokens before
  let near = false;
  for (let j = k - 1; j >= u.tokStart && j >= k - 6; j--) if (ctx.quoteOf[j] >= 0) near = true;
  if (!near) return null;
  const np = phraseBefore(ctx, k, u.tokStart);
  if (!np || np.b !== k || np.b - np.a > 4 || np.a - 1 < u.tokStart || !endsQuote(ctx, np.a - 1)) return null;
  const q = ctx.quotes[ctx.quoteOf[np.a - 1]];
  const text = ctx.doc.text;
  // the quotation's last character before its closing mark: a comma, question or exclamation mark
  let e = q.end - 1;
  while (e > q.start && /[”"'’]/.test(text[e])) e--;
  return /[,?!]/.test(text[e]) ? { kind: 'verb', a: k, b: k + 1, lemma: t.lower } : null;
}

/** "made a strong plea for", "sounded a call for", "filed a motion to": a light verb, a few determiners and modifiers,
 *  and a listed noun with the word that must follow it. The cue runs to that word ("for", "of"), or to the noun
 *  when "to" or "that" opens the report. */
function lightVerbCue(ctx: QuoteContext, u: Unit, k: number): Cue | null {
  const toks = ctx.tokens;
  const forms = ctx.kb.lightVerbs.get(toks[k].lower);
  if (!forms || toks[k].pos !== 'VERB') return null;
  for (let m = k + 1, n = 0; m < u.tokEnd && n < 5; m++) {
    const t = toks[m];
    if (t.kind === 'space') continue;
    n++;
    if (ctx.quoteOf[m] >= 0) return null;
    const nexts = ctx.kb.lightNouns.get(t.lower);
    const after = nexts ? wordFrom(ctx, m + 1, u.tokEnd) : undefined;
    if (nexts && after && nexts.includes(after.lower)) {
      const b = after.lower === 'to' || after.lower === 'that' ? m + 1 : after.i + 1;
      return { kind: 'verb', a: k, b, lemma: forms[0].lemma };
    }
    if (!(t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'NUM')) return null;
  }
  return null;
}

export function findCues(ctx: QuoteContext, u: Unit): Cue[] {
  const cues: Cue[] = [];
  const { kb, tokens, quoteOf } = ctx;
  const anyQuote = ctx.quotes.length > 0;
  for (let k = u.tokStart; k < u.tokEnd; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || quoteOf[k] >= 0) continue;
    // a word in capitals ("CLAIMS", "THINKS") belongs to a section heading, which reports nothing
    if (t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.lower) continue;
    // one hash lookup decides which recognizers can apply to this word
    const cue = kb.cueWords.has(t.lower)
      ? prepositionCue(ctx, u, k) ?? lightVerbCue(ctx, u, k) ?? verbCue(ctx, u, k) ?? nounCue(ctx, u, k) ?? adjectiveCue(ctx, u, k)
      : anyQuote && t.pos === 'VERB' ? colonVerbCue(ctx, u, k) ?? afterQuoteVerbCue(ctx, u, k) : null;
    if (cue) {
      cues.push(cue);
      k = cue.b - 1;
    }
  }
  return cues;
}
