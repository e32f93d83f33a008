// The visible text of an HTML page, one paragraph per block element. Full main-text extraction lives in
// extract.ts; this is the plain fallback.
import { parseHTML } from 'linkedom';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'IFRAME', 'OBJECT']);
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'BR', 'HR', 'DL', 'DT', 'DD', 'ADDRESS',
]);

export interface HtmlText {
  text: string;
  title: string | null;
}

export function htmlVisibleText(html: string): HtmlText {
  const { document } = parseHTML(html);
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: any) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const tag = String(child.tagName).toUpperCase();
        if (SKIP.has(tag)) continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(document.body ?? document.documentElement ?? document);
  flush();
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  return { text: blocks.join('\n\n'), title };
}
