// The actor network: the most active actors, edges coloured by cooperation (mean Goldstein above 0) or conflict
// (below) and as thick as their event counts; a node opens its actor page.
import { api } from '../api.js';
import { h, note, s } from '../dom.js';
import { forceLayout } from '../force.js';
import { href, type Route } from '../route.js';
import { filterForm } from './common.js';

const W = 960;
const H = 640;

export async function networkView(route: Route): Promise<HTMLElement> {
  const actors = route.query.get('actors') ?? '30';
  const min = route.query.get('min') ?? '1';
  const net = await api.network({ actors, min });
  const form = filterForm(route, [{ name: 'actors', label: 'Actors', placeholder: '30' }, { name: 'min', label: 'Min. events per edge', placeholder: '1' }]);
  if (!net.nodes.length) return h('div', { class: 'network-page' }, h('h1', {}, 'Network'), form, note('No actors with events yet.'));

  const index = new Map(net.nodes.map((n, i) => [n.key, i]));
  const edges = net.edges.map((e) => ({ a: index.get(e.source)!, b: index.get(e.target)!, w: e.events, e }));
  const pos = forceLayout(net.nodes.length, edges, W, H);
  const maxEdge = Math.max(1, ...net.edges.map((e) => e.events));
  const maxNode = Math.max(1, ...net.nodes.map((n) => n.events));

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'img', 'aria-label': 'actor network' });
  const edgeLayer = s('g', { class: 'edges' });
  for (const { a, b, e } of edges) {
    const tone = e.meanGoldstein > 0 ? 'coop' : e.meanGoldstein < 0 ? 'conflict' : 'neutral';
    edgeLayer.appendChild(s('line', {
      x1: pos[a].x, y1: pos[a].y, x2: pos[b].x, y2: pos[b].y, class: `edge ${tone}`,
      'stroke-width': (1 + 7 * Math.sqrt(e.events / maxEdge)).toFixed(1),
    }, s('title', {}, `${net.nodes[a].name} — ${net.nodes[b].name}: ${e.events} events, mean Goldstein ${e.meanGoldstein.toFixed(1)}`)));
  }
  svg.appendChild(edgeLayer);
  net.nodes.forEach((n, i) => {
    const r = 5 + 14 * Math.sqrt(n.events / maxNode);
    const link = s('a', { href: href(['actor', n.key]), class: `node kind-${n.kind}` },
      s('circle', { cx: pos[i].x, cy: pos[i].y, r: r.toFixed(1) }),
      s('text', { x: pos[i].x, y: pos[i].y - r - 4, 'text-anchor': 'middle' }, n.code ?? n.name),
      s('title', {}, `${n.name}${n.code ? ` (${n.code})` : ''}: ${n.events} events`));
    svg.appendChild(link);
  });
  return h('div', { class: 'network-page' },
    h('h1', {}, 'Network'), form,
    h('p', { class: 'chart-legend small' }, 'links: ', h('span', { class: 'key coop' }, 'cooperation'), h('span', { class: 'key conflict' }, 'conflict'),
      ' (mean Goldstein; width: events) · actors: ', h('span', { class: 'key kind-state' }, 'state'), h('span', { class: 'key kind-person' }, 'person'),
      h('span', { class: 'key kind-organization' }, 'organization or group'), ` (size: events) · ${net.nodes.length} actors, ${net.edges.length} links`),
    svg);
}
