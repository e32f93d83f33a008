// Full-text search over articles and quotes; matched words (in [brackets] from the store) shown as <mark>.
import { api, type Headlined, type SearchHit } from '../api.js';
import { h } from '../dom.js';
import { href, type Route } from '../route.js';
import { filterForm, pager } from './common.js';

export async function searchView(route: Route): Promise<HTMLElement> {
  const q = route.query.get('q')?.trim() ?? '';
  const form = filterForm(route, [{ name: 'q', label: 'Find', placeholder: 'words, "a phrase"' }]);
  if (!q) return h('div', { class: 'search-page' }, h('h1', {}, 'Search'), form);
  const offset = Number(route.query.get('offset') ?? 0) || 0;
  const page = await api.search({ q, offset, limit: 30 });
  return h('div', { class: 'search-page' },
    h('h1', {}, 'Search'), form,
    page.items.length ? h('ol', { class: 'hits' }, ...page.items.map(hit)) : h('p', {}, `Nothing found for “${q}”.`),
    pager(route, page.limit, page.offset, page.items.length));
}

function hit(x: Headlined<SearchHit>): HTMLElement {
  const link = x.kind === 'quote' && x.start != null
    ? href(['article', x.articleId], { quote: x.start })
    : href(['article', x.articleId]);
  return h('li', { class: `hit hit-${x.kind}` },
    h('a', { href: link }, x.kind === 'quote' ? 'Quote in: ' : '', x.title ?? x.headline ?? x.articleId),
    h('span', { class: 'small' }, ` ${x.date ?? ''}`),
    h('p', { class: 'snippet' }, ...marked(x.snippet)));
}

/** "text [match] text" as text nodes and <mark> elements. */
export function marked(snippet: string): Node[] {
  const out: Node[] = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) out.push(document.createTextNode(snippet.slice(last, m.index)));
    out.push(h('mark', {}, m[1]));
    last = m.index + m[0].length;
  }
  if (last < snippet.length) out.push(document.createTextNode(snippet.slice(last)));
  return out;
}
