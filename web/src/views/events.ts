// The events table: filters in the route's query, sortable by date, Goldstein and reports, each row linked to
// its evidence in the article.
import { api, type EventRow } from '../api.js';
import { h } from '../dom.js';
import { QUAD_NAMES } from '../layers.js';
import { codeName } from '../codes.js';
import { href, type Route } from '../route.js';
import { clip, filterForm, pager, pick } from './common.js';

const FILTERS = ['actor', 'source', 'target', 'cameo', 'plover', 'quadClass', 'from', 'to', 'place', 'text', 'sort', 'offset'];

export async function eventsView(route: Route): Promise<HTMLElement> {
  const params = pick(route, FILTERS);
  // Newest first unless a column header asked otherwise (the header arrows assume this default).
  const page = await api.events({ sort: '-date', ...params, limit: 50 });
  return h('div', { class: 'events-page' },
    h('h1', {}, 'Events'),
    filterForm(route, [
      { name: 'actor', label: 'Actor', placeholder: 'code or name' },
      { name: 'source', label: 'Source' },
      { name: 'target', label: 'Target' },
      { name: 'cameo', label: 'CAMEO', placeholder: 'e.g. 11 or 112' },
      { name: 'quadClass', label: 'QuadClass', type: 'select', options: [['', 'any'], ...[1, 2, 3, 4].map((n) => [String(n), `${n} ${QUAD_NAMES[n]}`] as [string, string])] },
      { name: 'plover', label: 'PLOVER', placeholder: 'e.g. ACCUSE' },
      { name: 'from', label: 'From', type: 'date' },
      { name: 'to', label: 'To', type: 'date' },
      { name: 'place', label: 'Place', placeholder: 'name or ISO3' },
      { name: 'text', label: 'Words' },
    ], ['sort']),
    eventsTable(page.items, route),
    pager(route, page.limit, page.offset, page.items.length, page.total));
}

/** A sortable header: clicking toggles between descending and ascending on the server's sort keys. */
function sortHeader(route: Route, label: string, key: string | null, sortable: boolean): HTMLElement {
  if (!sortable || !key) return h('th', {}, label);
  const current = route.query.get('sort') ?? '-date';
  const next = current === `-${key}` ? key : `-${key}`;
  const arrow = current === key ? ' ▲' : current === `-${key}` ? ' ▼' : '';
  const q = { ...Object.fromEntries(route.query), sort: next, offset: null };
  return h('th', { 'aria-sort': arrow ? (current.startsWith('-') ? 'descending' : 'ascending') : null },
    h('a', { href: href(route.path, q) }, label + arrow));
}

export function eventsTable(rows: EventRow[], route: Route, sortable = true): HTMLElement {
  const actor = (code: string | null, name: string | null) => {
    const k = code ?? name;
    const label = name && code ? `${name} (${code})` : (name ?? code ?? '—');
    return k ? h('a', { href: href(['actor', k]) }, label) : h('span', {}, label);
  };
  return h('table', { class: 'events' },
    h('thead', {}, h('tr', {},
      sortHeader(route, 'Date', 'date', sortable), h('th', {}, 'Source'), h('th', {}, 'Event'), h('th', {}, 'Target'),
      sortHeader(route, 'Goldstein', 'goldstein', sortable), sortHeader(route, 'Reports', 'mentions', sortable), h('th', {}, 'Evidence'))),
    h('tbody', {}, ...rows.map((e) => h('tr', { class: `quad${e.quadClass} ${e.quadClass <= 2 ? 'coop' : 'conflict'}`, 'data-cameo': e.cameo },
      h('td', { class: 'nowrap' }, e.date ?? '—'),
      h('td', {}, actor(e.sourceCode, e.sourceName)),
      h('td', {}, h('span', { class: 'code' }, e.cameo), ` ${codeName(e.cameo) ?? e.plover ?? ''}`,
        h('div', { class: 'small' }, [e.plover, QUAD_NAMES[e.quadClass]].filter(Boolean).join(' · '))),
      h('td', {}, actor(e.targetCode, e.targetName)),
      h('td', { class: 'num' }, e.goldstein.toFixed(1)),
      h('td', { class: 'num' }, e.numMentions),
      h('td', {}, h('a', { href: href(['article', e.articleId], { event: e.eventId }) }, clip(e.text, 140)),
        h('div', { class: 'small' }, `rule: ${e.rule}`))))),
    rows.length ? null : h('caption', {}, 'No events match.'));
}
