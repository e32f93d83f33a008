// Paragraph-level clean-up of the main text Readability found: the headline repeated at the top, bylines and
// timestamps, link lists ("You may also like", source lists) and short non-sentence lines at the edges of the text
// (section labels, "Tags", "Join the conversation").
import type { TextBlock } from './html-text.js';
import type { ExtractionRules } from './extraction-rules.js';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A paragraph that reads as prose: it ends like a sentence. */
function endsLikeSentence(text: string): boolean {
  return /[.!?…:;"”’')\]。！？」』）]$/.test(text);
}

function isDateline(b: TextBlock, rules: ExtractionRules): boolean {
  if (b.text.length > 120) return false;
  const text = b.text.replace(/^[^\p{L}\p{N}]+/u, ''); // "| UPDATED: 11:05" follows a separator
  const lower = text.toLowerCase();
  for (const p of rules.datelinePrefixes) {
    if (!lower.startsWith(p)) continue;
    const rest = text.slice(p.length);
    if (!/^[\s:]/.test(rest) && rest !== '') continue;
    // "By Jane Doe" names someone; "By contrast, ..." does not. The others carry a date or a time.
    if (p === 'by') { if (/^\s+\p{Lu}/u.test(rest) && !endsLikeSentence(text)) return true; }
    else if (/\d/.test(rest)) return true;
  }
  return false;
}

/** Mostly link text and short: a navigation item or a related-article headline. A written-out URL is the
 * author's, and a long linked paragraph is a teaser the page is made of, so both stay. */
function isLinkList(b: TextBlock): boolean {
  return b.linkChars > 0 && b.text.length < 150 && b.linkChars / b.text.length > 0.6 && !/^https?:\/\/\S+$/.test(b.text);
}

/** Short lines that are not sentences: labels, section names, credits. */
function isLabel(b: TextBlock): boolean {
  return b.text.length < 60 && !endsLikeSentence(b.text);
}

const MAX_EDGE_LABELS = 3;
const CUE_OPENING = 60;

/** A paragraph of article prose: long, ending like a sentence, not mostly links. */
function isProse(b: TextBlock): boolean {
  return b.text.length >= 100 && endsLikeSentence(b.text) && b.linkChars / b.text.length < 0.5;
}

function hasCue(text: string, cues: string[]): boolean {
  const t = ` ${norm(text)} `;
  return cues.some((c) => t.includes(` ${c} `));
}

/** Where the closing furniture starts: the first block after the last prose paragraph that carries a tail cue
 * ("subscribe", "you may also like"), which with everything after it is not article text. A cut that would take
 * most of the text is not made: then the cue was the article's own word. */
function tailStart(blocks: TextBlock[], rules: ExtractionRules): number {
  let lastProse = -1;
  // A prose paragraph that opens with a cue ("Reporting by...", "Copyright...", "If you enjoyed this article")
  // is a credit or a call, not the article's last paragraph.
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (isProse(blocks[i]) && !hasCue(blocks[i].text.slice(0, CUE_OPENING), rules.tailCues)) { lastProse = i; break; }
  }
  let cut = blocks.length;
  for (let i = lastProse + 1; i < blocks.length; i++) if (hasCue(blocks[i].text, rules.tailCues)) { cut = i; break; }
  let kept = 0;
  let dropped = 0;
  blocks.forEach((b, i) => { if (i < cut) kept += b.text.length; else dropped += b.text.length; });
  return dropped > kept ? blocks.length : cut;
}

/** True when the block repeats one of the page's titles (og:title, <title>, <h1>), or the start of one. */
function isHeadline(b: TextBlock, titles: string[]): boolean {
  const n = norm(b.text);
  return titles.some((t) => n === t || (n.length > 20 && t.startsWith(n)));
}

/** The page's paragraphs without furniture. `titles` are what the page calls itself (meta title, <title>, <h1>);
 * a repeat among the first three paragraphs is the headline, not text. */
export function filterBlocks(blocks: TextBlock[], titles: Array<string | null> | string | null, rules: ExtractionRules): TextBlock[] {
  const ts = (Array.isArray(titles) ? titles : [titles]).filter((t): t is string => !!t).map(norm).filter(Boolean);
  let out = blocks.filter((b, i) => {
    if (i < 3 && isHeadline(b, ts)) return false;
    if (rules.furnitureLines.has(norm(b.text)) || (b.text.length < 40 && rules.furniturePatterns.some((re) => re.test(b.text)))) return false;
    if (isDateline(b, rules)) return false;
    if (isLinkList(b)) return false;
    return true;
  });
  out = out.slice(0, tailStart(out, rules));
  // A few label lines at an edge are furniture; a longer run is a list that belongs to the article.
  let start = 0;
  while (start < out.length && isLabel(out[start])) start++;
  if (start > MAX_EDGE_LABELS) start = 0;
  let end = out.length;
  while (end > start && isLabel(out[end - 1])) end--;
  if (out.length - end > MAX_EDGE_LABELS) end = out.length;
  return out.slice(start, end);
}
