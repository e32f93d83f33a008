// The home page: what the store holds, and its articles newest first.
import { api } from '../api.js';
import { h, note } from '../dom.js';
import { href, type Route } from '../route.js';
import { filterForm, pager, pick } from './common.js';

export async function articlesView(route: Route): Promise<HTMLElement> {
  const [stats, page] = await Promise.all([api.stats(), api.articles({ ...pick(route, ['from', 'to', 'offset']), limit: 50 })]);
  return h('div', { class: 'articles-page' },
    h('h1', {}, 'Articles'),
    h('p', { class: 'meta' }, `${stats.articles} articles (${stats.duplicates} near-duplicates) · ${stats.events} events · `
      + `${stats.quotes} quotes · ${stats.actors} actors${stats.firstDate ? ` · ${stats.firstDate} to ${stats.lastDate}` : ''}`),
    stats.articles ? null : note('The store is empty: add articles with `sitrep ingest FILES --db …`, `sitrep serve --seed DIR`, or POST /api/articles.'),
    filterForm(route, [{ name: 'from', label: 'From', type: 'date' }, { name: 'to', label: 'To', type: 'date' }]),
    h('table', { class: 'articles' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Date'), h('th', {}, 'Title'), h('th', {}, 'Source'), h('th', {}, 'Events'), h('th', {}, 'Quotes'))),
      h('tbody', {}, ...page.items.map((a) => h('tr', {},
        h('td', { class: 'nowrap' }, a.date ?? '—'),
        h('td', {}, h('a', { href: href(['article', a.id]) }, a.title ?? a.headline ?? a.id), a.duplicateOf ? h('span', { class: 'small' }, ' (copy)') : null),
        h('td', {}, a.source ?? ''),
        h('td', { class: 'num' }, a.events),
        h('td', { class: 'num' }, a.quotes))))),
    pager(route, page.limit, page.offset, page.items.length));
}
