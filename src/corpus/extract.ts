// Main-text extraction from an HTML page: Readability over linkedom, with the page's metadata read first.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { blockText, textBlocks } from './html-text.js';
import { filterBlocks } from './block-filter.js';
import { pageMeta, type PageMeta } from './page-meta.js';
import { removeBoilerplate } from './boilerplate.js';
import { extractionRules } from './extraction-rules.js';

export interface ExtractedPage extends PageMeta {
  /** The article text, paragraphs separated by a blank line; '' when the page has none. */
  text: string;
  /** Which method produced the text, for diagnosis. */
  method: 'readability' | 'fallback' | 'none';
}

export function extractPage(html: string, pageUrl: string | null = null): ExtractedPage {
  const { document } = parseHTML(html);
  const meta = pageMeta(document, pageUrl);
  let text = '';
  let method: ExtractedPage['method'] = 'none';
  const rules = extractionRules();
  removeBoilerplate(document, rules);
  try {
    const r = new Readability(document as any, { serializer: (el: any) => el }).parse();
    if (r?.content) {
      text = filterBlocks(textBlocks(r.content), meta.title, rules).map((b) => b.text).join('\n\n');
      method = 'readability';
      if (!meta.author && r.byline) meta.author = r.byline.trim() || null;
    }
  } catch {
    /* fall back below */
  }
  if (!text) {
    const fresh = parseHTML(html).document;
    text = blockText(fresh.body ?? fresh.documentElement);
    method = text ? 'fallback' : 'none';
  }
  return { ...meta, text, method };
}
