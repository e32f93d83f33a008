// Main-text extraction from an HTML page. The page's metadata is read first (Readability changes the document);
// then page furniture is removed and Readability picks the main container; its paragraphs are filtered again
// (headline, bylines, link lists). When Readability finds nothing on the cleaned page (the clean-up can take away
// what it scores on), it runs on the untouched page, and failing that the whole visible text is filtered instead.
import { Readability } from '@mozilla/readability';
import { parsePage, textBlocks, type TextBlock } from './html-text.js';
import { filterBlocks } from './block-filter.js';
import { pageMeta, type PageMeta } from './page-meta.js';
import { removeBoilerplate } from './boilerplate.js';
import { extractionRules } from './extraction-rules.js';

const RAW_RETRY_SHARE = 0.3;

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

const NO_META: PageMeta = { title: null, date: null, author: null, url: null, siteName: null };

function paragraphChars(root: any): number {
  let n = 0;
  for (const p of root?.querySelectorAll('p') ?? []) n += (p.textContent ?? '').trim().length;
  return n;
}

/** Never throws: a page that cannot be read at all gives empty text. */
export function extractPage(html: string, pageUrl: string | null = null): ExtractedPage {
  try {
    return extract(html, pageUrl);
  } catch {
    return { ...NO_META, url: pageUrl, text: '', method: 'none' };
  }
}

function extract(html: string, pageUrl: string | null): ExtractedPage {
  const rules = extractionRules();
  const document = parsePage(html);
  let meta: PageMeta;
  try { meta = pageMeta(document, pageUrl, rules); } catch { meta = { ...NO_META, url: pageUrl }; }
  const titles = [meta.title, document.querySelector('title')?.textContent ?? null, document.querySelector('h1')?.textContent ?? null];
  const filtered = (blocks: TextBlock[]) => filterBlocks(blocks, titles, rules).map((b) => b.text).join('\n\n');
  const done = (text: string, method: ExtractedPage['method'], byline: string | null = null): ExtractedPage =>
    ({ ...meta, author: meta.author ?? byline, text, method: text ? method : 'none' });

  const pageParagraphs = paragraphChars(document.body);
  removeBoilerplate(document, rules);
  const cleaned = readable(document);
  const cleanedText = cleaned ? filtered(cleaned.blocks) : '';
  // The clean-up can take the article away with the furniture (a wrapper named like a sidebar): when what is left
  // is a small part of the page's paragraph text, Readability on the untouched page gets a say.
  if (cleanedText && cleanedText.length >= pageParagraphs * RAW_RETRY_SHARE) return done(cleanedText, 'readability', cleaned!.byline);

  const raw = readable(parsePage(html));
  const rawText = raw ? filtered(raw.blocks) : '';
  if (rawText && rawText.length > cleanedText.length * 2) return done(rawText, 'readability-raw', raw!.byline);
  if (cleanedText) return done(cleanedText, 'readability', cleaned!.byline);

  const page = parsePage(html);
  removeBoilerplate(page, rules);
  return done(filtered(textBlocks(page.body ?? page.documentElement ?? page)), 'page');
}
