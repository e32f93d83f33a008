// Page furniture removed before Readability scores the page: navigation, forms, captions and elements whose class
// or id names them as sharing tools, related lists, ads and the like. Readability only down-weights these when
// choosing the main container, and keeps them when they sit inside it.
import type { ExtractionRules } from './extraction-rules.js';
import { textBlocks } from './html-text.js';

/** The words of a class or id: split at non-letters and camelCase humps, lower-cased. */
export function classWords(s: string): string[] {
  return s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Readability drops embedded posts (named "social...", dense with links) wholesale; flattened to plain paragraphs
 * under a neutral name, they are judged as text. */
function flattenEmbed(el: any, word: string): void {
  el.setAttribute('class', word);
  el.removeAttribute('id');
  // Only quoted posts (tweets and the like come as blockquotes); a video or link embed keeps its links, so the
  // paragraph filter can still tell a list of links.
  if (String(el.tagName).toUpperCase() !== 'BLOCKQUOTE' && !el.querySelector('blockquote')) return;
  const doc = el.ownerDocument;
  const paras = textBlocks(el);
  while (el.firstChild) el.removeChild(el.firstChild);
  for (const b of paras) {
    const p = doc.createElement('p');
    p.textContent = b.text;
    el.appendChild(p);
  }
}

function isBoilerplateName(el: any, rules: ExtractionRules): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!names.trim()) return false;
  let boiler = false;
  for (const w of classWords(names)) {
    if (rules.keepWords.has(w)) {
      flattenEmbed(el, w);
      return false;
    }
    if (rules.boilerplateWords.has(w)) boiler = true;
  }
  return boiler;
}

const CONTAINERS = new Set(['BODY', 'HTML', 'ARTICLE', 'MAIN']);

function paragraphChars(root: any): number {
  let n = 0;
  for (const p of root.querySelectorAll('p')) n += (p.textContent ?? '').length;
  return n;
}

/** A picture with its caption or credit: a <figure>, or an element named as a picture container, holding an image
 * and only a line or two of text. Icons and emoji (small images) do not count. */
function isCaptionedImage(el: any, tag: string, rules: ExtractionRules): boolean {
  if (tag !== 'FIGURE') {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!names.trim() || !classWords(names).some((w) => rules.imageWords.has(w))) return false;
  }
  const img = el.querySelector('img');
  if (!img) return false;
  const w = Number(img.getAttribute('width') ?? 0);
  const h = Number(img.getAttribute('height') ?? 0);
  if ((w && w < 80) || (h && h < 80)) return false;
  const text = (el.textContent ?? '').trim();
  if (!text || text.length > CAPTION_MAX) return false;
  return el.querySelectorAll('p').length <= 1;
}

const CAPTION_MAX = 250;

export function removeBoilerplate(doc: any, rules: ExtractionRules): void {
  const body = doc.body ?? doc.documentElement;
  if (!body) return;
  const total = paragraphChars(body);
  const doomed: any[] = [];
  const visit = (el: any) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const tag = String(c.tagName).toUpperCase();
      const role = (c.getAttribute('role') ?? '').toLowerCase();
      if (rules.removeTags.has(tag) || (role && rules.removeRoles.has(role))) { doomed.push(c); continue; }
      // Article and main elements carry post classes such as "tag-news"; and an element holding much of the
      // page's paragraph text is the article, whatever its class says.
      if (!CONTAINERS.has(tag) && isBoilerplateName(c, rules) && paragraphChars(c) < total * 0.3) {
        doomed.push(c);
        continue;
      }
      if (isCaptionedImage(c, tag, rules)) { doomed.push(c); continue; }
      visit(c);
    }
  };
  visit(body);
  for (const el of doomed) el.remove();
}
