// An actor's page: its timeline (by week or month; cooperation above the axis, conflict below, by QuadClass or
// Goldstein) with the events of a picked period, its top counterparts and its quotes.
import { api, type ActorDetail, type Bucket, type QuoteRow } from '../api.js';
import { clear, h, note } from '../dom.js';
import { href, type Route } from '../route.js';
import { timelineChart, type ChartMode } from '../timeline-chart.js';
import { periodDays } from '../periods.js';
import { eventsTable } from './events.js';
import { clip, quoted } from './common.js';

export async function actorView(route: Route): Promise<HTMLElement> {
  const key = route.path[1] ?? '';
  const by: Bucket = route.query.get('by') === 'week' ? 'week' : 'month';
  const mode: ChartMode = route.query.get('mode') === 'goldstein' ? 'goldstein' : 'quad';
  const d = await api.actor(key, { by });
  const a = d.actor;

  const list = h('div', { class: 'timeline-events' });
  const chartBox = h('div', { class: 'chart-box' });
  let selected: string | null = null;
  const showEvents = async (period: string | null) => {
    selected = period;
    drawChart();
    const days = period ? periodDays(period, by) : null;
    clear(list);
    list.appendChild(note('Loading events…'));
    try {
      const page = await api.events({ actor: a.key, from: days?.from, to: days?.to, sort: '-date', limit: 100 });
      clear(list);
      list.appendChild(h('h3', {}, period
        ? `Events in ${period} (${page.total ?? page.items.length})`
        : `Latest events (${page.items.length} of ${page.total ?? page.items.length})`));
      if (period) {
        const all = h('button', { type: 'button', class: 'linklike' }, 'show all periods');
        all.addEventListener('click', () => showEvents(null));
        list.appendChild(all);
      }
      list.appendChild(eventsTable(page.items, route, false));
    } catch (e) {
      clear(list);
      list.appendChild(note((e as Error).message, 'error'));
    }
  };
  const drawChart = () => {
    clear(chartBox);
    chartBox.appendChild(d.timeline.length ? timelineChart(d.timeline, by, mode, showEvents, selected) : note('No dated events for this actor.'));
  };
  void showEvents(null);

  const q = Object.fromEntries(route.query);
  const toggle = (name: string, value: string, label: string, current: string) =>
    value === current ? h('strong', {}, label) : h('a', { href: href(route.path, { ...q, [name]: value }) }, label);

  return h('div', { class: 'actor-page' },
    h('h1', {}, a.name),
    h('p', { class: 'meta' }, [a.code && `code ${a.code}`, a.country && `country ${a.country}`, a.kind,
      `${a.articles} articles`, `${a.mentions} mentions`, `${a.events} events`].filter(Boolean).join(' · ')),
    h('section', { class: 'timeline' },
      h('h2', {}, 'Timeline'),
      h('p', { class: 'controls' },
        'by ', toggle('by', 'month', 'month', by), ' | ', toggle('by', 'week', 'week', by),
        ' · scale ', toggle('mode', 'quad', 'QuadClass', mode), ' | ', toggle('mode', 'goldstein', 'Goldstein', mode),
        h('span', { class: 'small' }, ' · pick a bar to list its events')),
      chartBox,
      h('p', { class: 'chart-legend small' },
        h('span', { class: 'key q1' }, 'verbal cooperation'), h('span', { class: 'key q2' }, 'material cooperation'),
        h('span', { class: 'key q3' }, 'verbal conflict'), h('span', { class: 'key q4' }, 'material conflict')),
      list),
    h('div', { class: 'two-columns' }, counterparts(d), quotes(d.quotes)));
}

function counterparts(d: ActorDetail): HTMLElement {
  const max = Math.max(1, ...d.counterparts.map((c) => c.events));
  return h('section', { class: 'counterparts' },
    h('h2', {}, 'Top counterparts'),
    d.counterparts.length ? h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Events'), h('th', {}, 'Mean Goldstein'))),
      h('tbody', {}, ...d.counterparts.map((c) => {
        const bar = h('span', { class: `bar ${c.meanGoldstein >= 0 ? 'coop' : 'conflict'}` });
        bar.style.width = `${(100 * c.events) / max}%`;
        return h('tr', {},
          h('td', {}, h('a', { href: href(['actor', c.key]) }, c.name ?? c.key), c.code ? h('span', { class: 'small' }, ` ${c.code}`) : null),
          h('td', { class: 'bar-cell' }, bar, h('span', { class: 'small' }, ` ${c.events}: ${c.asTarget} by ${d.actor.name}, ${c.asSource} by ${c.name ?? c.key}`)),
          h('td', { class: `num ${c.meanGoldstein >= 0 ? 'coop' : 'conflict'}` }, c.meanGoldstein.toFixed(1)));
      }))) : note('No counterparts yet.'));
}

function quotes(rows: QuoteRow[]): HTMLElement {
  return h('section', { class: 'actor-quotes' },
    h('h2', {}, 'Quotes'),
    rows.length ? h('ul', { class: 'quotes' }, ...rows.map((q) => h('li', {},
      h('a', { href: href(['article', q.articleId], { quote: q.start }) }, quoted(clip(q.text, 240))),
      h('div', { class: 'small' }, [q.speakerName, q.cue, q.date ?? q.articleDate].filter(Boolean).join(' · '))))) : note('No quotes from this actor.'));
}
