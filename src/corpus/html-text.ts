// The visible text of an HTML page or element, one paragraph per block element, paragraphs separated by a blank
// line. extract.ts uses it on the main-text element it finds; htmlVisibleText is the plain whole-page fallback.
import { parseHTML } from 'linkedom';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'DL', 'DT', 'DD', 'ADDRESS',
  'TD', 'TH', 'CAPTION', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY',
]);

export interface HtmlText {
  text: string;
  title: string | null;
}

/** One paragraph of a page: its text, how much of it is link text, and the element that closed it. */
export interface TextBlock {
  text: string;
  linkChars: number;
  /** Tag of the innermost block element holding the text (P, LI, H2, TD...). */
  tag: string;
}

/** The paragraphs under `root`: one per block element; <br> breaks a block too. */
export function textBlocks(root: any): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current = '';
  let linkChars = 0;
  const tags: string[] = ['DIV'];
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ text: t, linkChars: Math.min(linkChars, t.length), tag: tags[tags.length - 1] });
    current = '';
    linkChars = 0;
  };
  const walk = (node: any, inLink: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const t = child.textContent ?? '';
        current += t;
        if (inLink) linkChars += t.replace(/\s+/g, ' ').trim().length;
      } else if (child.nodeType === 1) {
        const tag = String(child.tagName).toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') { flush(); continue; }
        const block = BLOCK.has(tag);
        if (block) { flush(); tags.push(tag); }
        walk(child, inLink || tag === 'A');
        if (block) { flush(); tags.pop(); }
      }
    }
  };
  walk(root, false);
  flush();
  return blocks;
}

/** The text under `root`, blocks separated by a blank line. */
export function blockText(root: any): string {
  return textBlocks(root).map((b) => b.text).join('\n\n');
}

/** The document of an HTML page or fragment. linkedom makes no <body> for markup that lacks one (a fragment, or a
 * page that leaves it implied): such markup is given a page to live in. */
export function parsePage(html: string): any {
  const page = /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html.replace(/<!doctype[^>]*>/i, '')}</body></html>`;
  return parseHTML(page).document;
}

export function htmlVisibleText(html: string): HtmlText {
  const document = parsePage(html);
  const text = blockText(document.body ?? document.documentElement ?? document);
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  return { text, title };
}
