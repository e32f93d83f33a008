// Main-text extraction from an HTML page. The page's metadata is read first (Readability changes the document);
// then page furniture is removed and Readability picks the main container; its paragraphs are filtered again
// (headline, bylines, link lists). When Readability finds nothing on the cleaned page (the clean-up can take away
// what it scores on), it runs on the untouched page, and failing that the whole visible text is filtered instead.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { textBlocks, type TextBlock } from './html-text.js';
import { filterBlocks } from './block-filter.js';
import { pageMeta, type PageMeta } from './page-meta.js';
import { removeBoilerplate } from './boilerplate.js';
import { extractionRules } from './extraction-rules.js';

export interface ExtractedPage extends PageMeta {
  /** The article text, paragraphs separated by a blank line; '' when the page has none. */
  text: string;
  /** Which method produced the text, for diagnosis. */
  method: 'readability' | 'readability-raw' | 'page' | 'none';
}

/** Readability's main container as paragraphs, with its byline; null when it finds no article. */
function readable(document: any): { blocks: TextBlock[]; byline: string | null } | null {
  try {
    const r = new Readability(document, { serializer: (el: any) => el }).parse();
    if (!r?.content) return null;
    const blocks = textBlocks(r.content);
    return blocks.length ? { blocks, byline: r.byline?.trim() || null } : null;
  } catch {
    return null; // Readability throws on some odd documents; the fallbacks below still apply
  }
}

export function extractPage(html: string, pageUrl: string | null = null): ExtractedPage {
  const rules = extractionRules();
  const { document } = parseHTML(html);
  const meta = pageMeta(document, pageUrl);
  const done = (blocks: TextBlock[], method: ExtractedPage['method'], byline: string | null = null): ExtractedPage => {
    const text = filterBlocks(blocks, meta.title, rules).map((b) => b.text).join('\n\n');
    return { ...meta, author: meta.author ?? byline, text, method: text ? method : 'none' };
  };

  removeBoilerplate(document, rules);
  const cleaned = readable(document);
  if (cleaned) return done(cleaned.blocks, 'readability', cleaned.byline);

  const raw = readable(parseHTML(html).document);
  if (raw) return done(raw.blocks, 'readability-raw', raw.byline);

  const page = parseHTML(html).document;
  removeBoilerplate(page, rules);
  return done(textBlocks(page.body ?? page.documentElement ?? page), 'page');
}
