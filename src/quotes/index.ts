// The quote stage (issue 6): direct, indirect, mixed and block quotes with their speakers and cues.
// marks -> units -> cues -> attribution per unit -> forward content (colons, block quotes) and continuations ->
// speakers resolved through the actor layer -> doc.quotes.
import type { Quote } from '../model/analysis.js';
import type { Doc } from '../model/doc.js';
import type { Knowledge } from '../dictionaries/knowledge.js';
import { isDash, opensQuote, skipSpace, timeFlags, type QuoteContext } from './context.js';
import { findMarkedQuotes } from './marks.js';
import { buildUnits, quoteIndexOfTokens, type Unit } from './units.js';
import { findCues } from './cues.js';
import { dashQuotes } from './dash.js';
import { cueSpan } from './cue-span.js';
import { labelQuotes } from './labels.js';
import { attributeUnit, type Candidate } from './attribute.js';
import { kindOf, strip } from './regions.js';
import { unitSubject, type TokenSpan } from './phrases.js';
import { isPersonal, resolveSpeaker, type PreviousSpeaker } from './speaker.js';

export function findQuotes(doc: Doc, kb: Knowledge): void {
  try {
    doc.quotes = quotesOf(doc, kb);
  } catch {
    // odd text must not stop a batch; the layer stays empty for this document
    doc.quotes = [];
  }
}

/** A unit made only of quoted text and punctuation. */
function quoteOnly(ctx: QuoteContext, u: Unit): boolean {
  let quoted = false;
  for (let k = u.tokStart; k < u.tokEnd; k++) {
    if (ctx.quoteOf[k] >= 0) quoted = true;
    else if (ctx.tokens[k].kind !== 'punctuation' && ctx.tokens[k].kind !== 'space') return false;
  }
  return quoted;
}

/** Token range of paragraph p without surrounding spaces. */
function paragraphTokens(ctx: QuoteContext, p: number): TokenSpan | null {
  const para = ctx.doc.paragraphs[p];
  return para ? strip(ctx, para.tokenStart, para.tokenEnd) : null;
}

/** Token range of the whole marked quote that token k starts. */
function wholeQuote(ctx: QuoteContext, k: number): TokenSpan | null {
  const q = ctx.quoteOf[k];
  if (q < 0) return null;
  let b = k;
  while (b < ctx.tokens.length && (ctx.quoteOf[b] === q || ctx.tokens[b].kind === 'space')) b++;
  return strip(ctx, k, b);
}

/** What a unit ending in a colon introduces: its block-quote paragraphs, or a quotation opening the next one. */
function forwardContent(ctx: QuoteContext, u: Unit): TokenSpan[] {
  const { doc } = ctx;
  const blocks = doc.paragraphs.filter((p) => p.kind === 'blockquote' && p.introducedBy === u.para);
  if (blocks.length) return blocks.map((p) => paragraphTokens(ctx, p.i)).filter((r): r is TokenSpan => r !== null);
  const next = doc.paragraphs[u.para + 1];
  if (!next || next.kind === 'related') return [];
  const k = skipSpace(ctx, next.tokenStart, 1, next.tokenEnd);
  const whole = k < next.tokenEnd && opensQuote(ctx, k) ? wholeQuote(ctx, k) : null;
  return whole ? [whole] : [];
}

function endsWithColon(ctx: QuoteContext, u: Unit): boolean {
  const t = ctx.tokens[u.tokEnd - 1];
  return t.text === ':' && ctx.quoteOf[u.tokEnd - 1] < 0;
}

function candidatesOf(ctx: QuoteContext, units: Unit[]): Candidate[] {
  const out: Candidate[] = [];
  const byUnit: Candidate[][] = units.map(() => []);
  units.forEach((u, ui) => {
    const prevUnit = units[ui - 1];
    const quoteBefore = prevUnit && prevUnit.para === u.para && quoteOnly(ctx, prevUnit) && !byUnit[ui - 1].length
      ? strip(ctx, prevUnit.tokStart, prevUnit.tokEnd)
      : null;
    const cands = attributeUnit(ctx, u, ui, findCues(ctx, u), quoteBefore);
    const colon = endsWithColon(ctx, u);
    const last = cands.filter((c) => c.speaker).at(-1);
    for (const c of cands) {
      if (c.content.b > c.content.a) {
        byUnit[ui].push(c);
        continue;
      }
      // an empty content: "he said:" introduces the following paragraphs; "“...” he said." follows its quote
      const prev = units[ui - 1];
      if (!colon && prev && prev.para === u.para && quoteOnly(ctx, prev)) {
        const r = strip(ctx, prev.tokStart, prev.tokEnd);
        if (r) byUnit[ui].push({ ...c, content: r, kind: kindOf(ctx, r), rule: c.rule.replace('pending', 'quote-before') });
      }
    }
    // a colon hands the following block quotes to the unit's last speaker, or to its subject with ":" as the cue
    if (colon) {
      const speaker = last?.speaker ?? unitSubject(ctx, u.tokStart, u.tokEnd);
      // "Limbaugh continued:": the verb before the colon is the cue; else the colon itself
      const beforeColon = ctx.tokens[u.tokEnd - 2];
      const verbCue = beforeColon && u.tokEnd - 2 >= u.tokStart && beforeColon.pos === 'VERB' ? { a: u.tokEnd - 2, b: u.tokEnd - 1 } : null;
      const cue = last?.cue ?? verbCue ?? { a: u.tokEnd - 1, b: u.tokEnd };
      if (speaker) {
        for (const r of forwardContent(ctx, u)) {
          byUnit[ui].push({ content: r, kind: kindOf(ctx, r), speaker, cue, unit: ui, rule: last ? 'colon-after-cue' : 'colon-introduction' });
        }
      }
    }
    // quotation-only units after a direct quote continue it: "“A,” he said. “B.”"
    const before = units[ui - 1];
    const prevCands = byUnit[ui - 1];
    const opensWithQuote = opensQuote(ctx, u.tokStart);
    if (!cands.length && before && before.para === u.para && opensWithQuote && prevCands?.length) {
      // the quotation the frame belongs to, not a participle after it ("“A,” said Roe, speaking of X. “B.”")
      const quoted = (c: Candidate) => c.kind !== 'indirect' || (c.cue !== null && c.content.b <= c.cue.a);
      const target = [...prevCands].reverse().find((c) => quoted(c) && c.content.b <= u.tokStart && c.content.b >= before.tokStart) ??
        prevCands[prevCands.length - 1];
      const sameLine = !ctx.doc.text.slice(ctx.tokens[target.content.b - 1].end, ctx.tokens[u.tokStart].start).includes('\n');
      if (quoted(target) && sameLine && target.content.b <= u.tokStart && target.content.b >= before.tokStart) {
        target.content = { a: target.content.a, b: u.tokEnd };
        const r = strip(ctx, target.content.a, target.content.b);
        if (r) target.content = r;
        target.rule += '+continued';
        byUnit[ui - 1] = prevCands;
      }
    }
  });
  continueIntoQuoteParagraphs(ctx, units, byUnit);
  for (const list of byUnit) out.push(...list);
  out.push(...dashQuotes(ctx), ...labelQuotes(ctx));
  return out;
}

/** "“A,” she said.¶“B.”": a paragraph holding nothing but a quotation, with no speaker of its own, goes on with the
 *  quotation that ended the paragraph before it, when that paragraph's last report was a quotation with its speaker.
 *  The report then runs from the first quotation to the end of the second (PolNeAR marks such a pair as one). */
function continueIntoQuoteParagraphs(ctx: QuoteContext, units: Unit[], byUnit: Candidate[][]): void {
  let ui = 0;
  while (ui < units.length) {
    const para = units[ui].para;
    let end = ui;
    while (end < units.length && units[end].para === para) end++;
    const prevPara = ui > 0 ? units[ui - 1].para : -1;
    const quiet = byUnit.slice(ui, end).every((l) => l.length === 0);
    const onlyQuotes = units.slice(ui, end).every((u) => quoteOnly(ctx, u));
    const opens = opensQuote(ctx, units[ui].tokStart);
    if (ui > 0 && quiet && onlyQuotes && opens && para === prevPara + 1) {
      const last = byUnit.slice(0, ui).reverse().find((l) => l.length > 0);
      const target = last?.[last.length - 1];
      const lastUnit = units[ui - 1];
      // the same marks on both sides ("“A” ¶ “B”"): a straight mark after typographic ones opens someone else's text
      const sameMarks = target && ctx.doc.text[ctx.tokens[target.content.a].start] === ctx.doc.text[ctx.tokens[units[ui].tokStart].start];
      if (target && target.speaker && target.kind === 'direct' && sameMarks && !target.rule.startsWith('colon') && target.content.b >= lastUnit.tokStart &&
        units[target.unit]?.para === prevPara) {
        const r = strip(ctx, target.content.a, units[end - 1].tokEnd);
        if (r) {
          target.content = r;
          target.rule += '+next-paragraph';
        }
      }
    }
    ui = end;
  }
}

/** A report inside another speaker's report ("X said [that Y believes Z]", "X said [Y called the plan “a trap”]",
 *  "[Y demanded Z], X said", "[Y plans Z], according to X") is X's account, not a report of Y's own: it is dropped,
 *  partly quoted or not (PolNeAR marks the outer report only). A report that is wholly a quotation of Y's words is
 *  kept, and so is one inside a frame that interrupts it ("Y, X noted, had resisted ..."). */
function withoutNestedParaphrase(cands: Candidate[]): Candidate[] {
  // ("X said the fees he raised ...": a noun phrase before a contact clause is no paraphrase but its own report)
  return cands.filter((c) => c.kind === 'direct' || c.rule.endsWith('-contact') || c.rule.endsWith('-free-relative') || !cands.some((o) => o !== c && o.cue !== null && c.cue !== null &&
    o.content.a <= c.content.a && o.content.b >= c.content.b && o.content.b - o.content.a > c.content.b - c.content.a &&
    (o.cue.a < c.content.a || (o.cue.a >= c.content.b && /^(verb|preposition)-(quote-)?before/.test(o.rule))) && !sameSpeakerInFrame(o, c)));
}

/** "“A,” Roe said, stressing B. “C.”": a quotation running on past its frame holds the frame's own participle,
 *  which shares the frame's speaker; that report is the speaker's, not a paraphrase inside the quotation. */
function sameSpeakerInFrame(o: Candidate, c: Candidate): boolean {
  return c.rule.startsWith('participle') && !!o.speaker && !!c.speaker && !!o.cue && o.speaker.a === c.speaker.a && o.speaker.b === c.speaker.b &&
    o.content.a < o.cue.a && o.cue.b <= o.content.b && c.cue!.a > o.cue.a;
}

/** "PORTLAND, Maine ― Fishermen said ...": a dateline of capitalized words and a dash opening the content is the
 *  paper's, not the speaker's. */
function afterDateline(ctx: QuoteContext, r: TokenSpan): TokenSpan {
  const toks = ctx.tokens;
  if (ctx.quoteOf[r.a] >= 0 || !/^\p{Lu}{2,}/u.test(toks[r.a].text)) return r;
  for (let k = r.a + 1; k < r.b && k < r.a + 8; k++) {
    const t = toks[k];
    if (t.kind === 'space') continue;
    if (isDash(t) && toks[k - 1].end < t.start) return strip(ctx, k + 1, r.b) ?? r;
    // the dateline is a place in capitals, commas, a state or abbreviation ("DAYTON, Ohio", "PORTLAND, Maine")
    if (!(t.kind === 'punctuation' || /^\p{Lu}[\p{L}.]*$/u.test(t.text))) return r;
  }
  return r;
}

function isPronounSpan(ctx: QuoteContext, s: TokenSpan): boolean {
  return s.b - s.a === 1 && ctx.tokens[s.a].pos === 'PRON';
}

export function quotesOf(doc: Doc, kb: Knowledge): Quote[] {
  if (!doc.tokens.length) return [];
  const quotes = findMarkedQuotes(doc);
  const quoteOf = quoteIndexOfTokens(doc, quotes);
  const ctx: QuoteContext = { doc, tokens: doc.tokens, kb: kb.quotes, quotes, quoteOf, inTime: timeFlags(doc) };
  const units = buildUnits(doc, quotes, quoteOf);
  const candidates = withoutNestedParaphrase(candidatesOf(ctx, units)).sort((x, y) => x.content.a - y.content.a || y.content.b - x.content.b);
  const out: Quote[] = [];
  const seen = new Set<string>();
  let previous: PreviousSpeaker | null = null;
  const toks = doc.tokens;
  for (const c of candidates) {
    c.content = afterDateline(ctx, c.content);
    const start = toks[c.content.a].start;
    const end = toks[c.content.b - 1].end;
    const key = `${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let speaker = null;
    if (c.speaker) {
      // "Both Ann Roe and Al Poe said": the correlative "both" before two joined speakers is no part of them
      if (toks[c.speaker.a].lower === 'both' && c.speaker.b - c.speaker.a > 3 &&
        toks.slice(c.speaker.a + 1, c.speaker.b).some((t) => t.lower === 'and')) c.speaker = { a: c.speaker.a + 1, b: c.speaker.b };
      const s = c.speaker;
      const pronoun = isPronounSpan(ctx, s);
      let h = s.b - 1;
      while (h > s.a && toks[h].kind === 'punctuation') h--;
      const head = toks[h].kind === 'word' && /^\p{Lu}/u.test(toks[h].text) ? toks[h] : null;
      speaker = resolveSpeaker(doc, toks[s.a].start, toks[s.b - 1].end, previous, pronoun, head);
      // an unresolved name of a few capitalized words reads as a person
      const looksLikeName = s.b - s.a <= 4 && toks[s.b - 1].pos === 'PROPN';
      const personal = pronoun ? /^(he|she|i)$/i.test(toks[s.a].text) : isPersonal(doc, speaker, looksLikeName);
      previous = { speaker, personal };
    }
    const span = cueSpan(ctx, c);
    const cue = span ? { start: toks[span.a].start, end: toks[span.b - 1].end, text: '' } : null;
    if (cue) cue.text = doc.text.slice(cue.start, cue.end);
    out.push({
      start,
      end,
      text: doc.text.slice(start, end),
      kind: c.kind,
      speaker,
      cue,
      date: null,
      rule: c.rule,
    });
  }
  return withoutRepeatedSpeaker(doc, kb, out);
}

/** "She praised the plan, which she called “bold”": a quote whose cue lies inside a longer quote of the same speaker
 *  repeats words already attributed to them, and is dropped. Another speaker's words inside a report are kept. */
function withoutRepeatedSpeaker(doc: Doc, kb: Knowledge, quotes: Quote[]): Quote[] {
  // each speaker's identity and written form, once: the actor, else the words as written
  const written = new Map(quotes.map((q) => [q, q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end).toLowerCase() : null]));
  const who = (q: Quote) => q.speaker && (q.speaker.actor ?? written.get(q));
  // "the mayor praised the budget, which she called ...": a pronoun inside the longer report is its speaker
  const pronounWithin = (q: Quote, o: Quote) => q.speaker!.actor === null && o.start <= q.speaker!.start && q.speaker!.end <= o.end &&
    kb.quotes.pronouns.has(written.get(q)!);
  // ("the fees he has raised": a contact clause's noun phrase is a report of its own, not a repetition)
  return quotes.filter((q) => !q.cue || !q.speaker || q.rule?.endsWith('-contact') || !quotes.some((o) => o !== q && o.start <= q.start && o.end >= q.end &&
    o.end - o.start > q.end - q.start && o.start <= q.cue!.start && q.cue!.end <= o.end && o.speaker !== null &&
    (who(o) === who(q) || pronounWithin(q, o)) &&
    // a longer span holding its own speaker ("X countered that ..., linking") is a clause, not a report
    (o.speaker.end <= o.start || o.speaker.start >= o.end)));
}
