// The actors list, most active first, with a name or code filter.
import { api } from '../api.js';
import { h } from '../dom.js';
import { href, type Route } from '../route.js';
import { filterForm, pager, pick } from './common.js';

export async function actorsView(route: Route): Promise<HTMLElement> {
  const page = await api.actors({ ...pick(route, ['match', 'kind', 'offset']), limit: 50 });
  return h('div', { class: 'actors-page' },
    h('h1', {}, 'Actors'),
    filterForm(route, [
      { name: 'match', label: 'Name or code' },
      { name: 'kind', label: 'Kind', type: 'select', options: [['', 'any'], ['state', 'state'], ['person', 'person'], ['organization', 'organization'], ['group', 'group']] },
    ]),
    h('table', { class: 'actors' },
      h('thead', {}, h('tr', {}, ...['Actor', 'Code', 'Kind', 'Articles', 'Mentions', 'Events'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...page.items.map((a) => h('tr', {},
        h('td', {}, h('a', { href: href(['actor', a.key]) }, a.name)),
        h('td', {}, a.code ?? ''), h('td', {}, a.kind),
        h('td', { class: 'num' }, a.articles), h('td', { class: 'num' }, a.mentions), h('td', { class: 'num' }, a.events))))),
    pager(route, page.limit, page.offset, page.items.length));
}
