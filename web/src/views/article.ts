// The article reader: the text with its layers highlighted (actors link to their pages; hovering a quote names
// its speaker, an event gives its code, actors, date and rule), block quotes signed with their speaker, related
// links as links, and a side list of events and quotes that jumps to their evidence.
import type { Analysis, CodedEvent } from '../../../src/model/analysis.js';
import { api, type ArticleRecord } from '../api.js';
import { h } from '../dom.js';
import { argumentName, blocks, marksOf, QUAD_NAMES, segments, speakerName, type Block, type Mark } from '../layers.js';
import { href, type Route } from '../route.js';
import { setTip } from '../tooltip.js';
import { quoted } from './common.js';
import { codeName } from '../codes.js';

const LAYERS = [
  ['actor', 'actors'],
  ['quote', 'quotes'],
  ['event', 'events'],
  ['time', 'dates'],
  ['place', 'places'],
] as const;

/** Elements showing each event and quote, to jump to and flash. */
interface Anchors {
  events: Map<string, HTMLElement[]>;
  quotes: Map<number, HTMLElement[]>;
}

export async function articleView(route: Route): Promise<HTMLElement> {
  const id = route.path[1] ?? '';
  const record = await api.article(id);
  const a = record.analysis;
  const anchors: Anchors = { events: new Map(), quotes: new Map() };
  const text = h('div', { class: 'article-text' });
  const marks = marksOf(a);
  for (const b of blocks(a)) text.appendChild(renderBlock(a, b, marks, anchors));

  const page = h('div', { class: 'article-page' },
    h('article', { class: 'reader' },
      h('h1', {}, record.title ?? untitled(a)),
      meta(record),
      legend(text),
      text),
    h('aside', { class: 'side' }, eventList(a, anchors), quoteList(a, anchors), actorList(a)));

  // Arriving from the events table or a search hit: show that piece of evidence.
  const ev = route.query.get('event');
  const qs = route.query.get('quote');
  requestAnimationFrame(() => {
    if (ev) jump(anchors.events.get(ev));
    else if (qs) {
      const i = a.quotes.findIndex((q) => String(q.start) === qs);
      if (i >= 0) jump(anchors.quotes.get(i));
    }
  });
  return page;
}

/** No title in the input: the start of the first body paragraph stands in for one. */
function untitled(a: Analysis): string {
  const b = blocks(a).find((x) => x.kind === 'body') ?? blocks(a)[0];
  const line = b ? a.text.slice(b.start, b.end) : '';
  return line.length > 90 ? line.slice(0, 90).replace(/\s+\S*$/, '') + '…' : line || 'Untitled article';
}

function meta(r: ArticleRecord): HTMLElement {
  const a = r.analysis;
  const date = a.date.value ? `${a.date.value}${a.date.source === 'inferred' ? ' (inferred from the text)' : ''}` : 'date unknown';
  return h('p', { class: 'meta' },
    h('span', {}, date),
    r.source ? h('span', {}, ` · ${r.source}`) : null,
    r.url ? h('span', {}, ' · ', h('a', { href: r.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')) : null,
    r.duplicateOf ? h('span', {}, ' · copy of ', h('a', { href: href(['article', r.duplicateOf]) }, r.duplicateOf)) : null,
    h('span', {}, ` · ${a.actors.length} actors, ${a.quotes.length} quotes, ${a.events.length} events`));
}

/** Checkboxes that hide a layer's highlighting (by a class on the text). */
function legend(text: HTMLElement): HTMLElement {
  return h('div', { class: 'legend' }, ...LAYERS.map(([kind, label]) => {
    const box = h('input', { type: 'checkbox', checked: true });
    box.addEventListener('change', () => text.classList.toggle(`hide-${kind}`, !box.checked));
    return h('label', { class: `legend-${kind}` }, box, ' ', h('span', { class: `swatch m-${kind}` }, label));
  }));
}

function renderBlock(a: Analysis, b: Block, marks: Mark[], anchors: Anchors): HTMLElement {
  if (b.kind === 'related') return relatedLink(a, b);
  const body = spans(a, b, marks, anchors);
  if (b.kind === 'caption') return h('figure', { class: 'caption' }, h('figcaption', {}, ...body));
  if (b.kind === 'blockquote') {
    // Sign the block with whoever the quote layer says is speaking in it.
    const q = a.quotes.find((q) => q.start < b.end && q.end > b.start && q.speaker);
    const who = q ? speakerName(a, q) : null;
    return h('blockquote', { class: 'block' }, h('p', {}, ...body),
      who ? h('footer', { class: 'speaker' }, '— ', who) : null);
  }
  return h('p', {}, ...body);
}

function relatedLink(a: Analysis, b: Block): HTMLElement {
  const r = a.structure.related.find((r) => r.start < b.end && r.end > b.start)!;
  const link = h('a', { href: href(['search'], { q: r.title }) }, a.text.slice(b.start, b.end));
  setTip(link, [`Related: ${[r.series, r.date].filter(Boolean).join(', ') || 'earlier coverage'}`, r.title, 'Search the store for it']);
  return h('p', { class: 'related' }, link);
}

function spans(a: Analysis, b: Block, marks: Mark[], anchors: Anchors): Node[] {
  return segments(b.start, b.end, marks).map((seg) => {
    const piece = a.text.slice(seg.start, seg.end);
    if (!seg.marks.length) return document.createTextNode(piece);
    const actor = seg.marks.find((m) => m.kind === 'actor');
    const el = actor && actor.kind === 'actor' ? h('a', { href: href(['actor', actor.key]) }, piece) : h('span', {}, piece);
    const classes = new Set<string>();
    const tip: string[] = [];
    for (const m of seg.marks) {
      classes.add(`m-${m.kind}`);
      switch (m.kind) {
        case 'actor': tip.push(`Actor: ${m.name}${m.code ? ` (${m.code})` : ''}`); break;
        case 'place': tip.push(`Place: ${m.name}${m.country ? `, ${m.country}` : ''}`); break;
        case 'time': tip.push(`${m.type}: ${m.value}`); break;
        case 'quote': {
          const who = speakerName(a, m.quote);
          tip.push(`Quote (${m.quote.kind}) — speaker: ${who ?? 'unknown'}${m.quote.date ? `, ${m.quote.date}` : ''}`);
          el.setAttribute('data-quote', String(m.index));
          push(anchors.quotes, m.index, el);
          break;
        }
        case 'event': {
          const e = m.event;
          classes.add(e.quadClass <= 2 ? 'coop' : 'conflict');
          tip.push(eventLine(a, e), `  rule: ${e.rule}`);
          push(anchors.events, e.id, el);
          break;
        }
      }
    }
    el.className = [...classes].join(' ');
    setTip(el, tip);
    return el;
  });
}

function push<K>(map: Map<K, HTMLElement[]>, k: K, el: HTMLElement): void {
  const list = map.get(k);
  if (list) list.push(el);
  else map.set(k, [el]);
}

export function eventLine(a: Analysis, e: CodedEvent): string {
  return `Event ${e.cameo} ${codeName(e.cameo) ?? ''}${e.plover ? ` (${e.plover})` : ''}: ${argumentName(a, e.source)} → ${argumentName(a, e.target)}`
    + `${e.date ? `, ${e.date}` : ''} (${QUAD_NAMES[e.quadClass]}, Goldstein ${e.goldstein})`;
}

function jump(els: HTMLElement[] | undefined): void {
  if (!els?.length) return;
  els[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const el of els) {
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation
    el.classList.add('flash');
  }
}

function eventList(a: Analysis, anchors: Anchors): HTMLElement {
  const items = a.events.map((e) => {
    const item = h('li', { class: `side-event ${e.quadClass <= 2 ? 'coop' : 'conflict'}` },
      h('button', { type: 'button', class: 'linklike' },
        h('span', { class: 'code' }, e.cameo), ` ${codeName(e.cameo) ?? ''}: `,
        `${argumentName(a, e.source)} → ${argumentName(a, e.target)}`),
      h('div', { class: 'small' }, [e.date ?? 'undated', e.plover, `Goldstein ${e.goldstein}`].filter(Boolean).join(' · ')));
    item.querySelector('button')!.addEventListener('click', () => jump(anchors.events.get(e.id)));
    setTip(item, [eventLine(a, e), `rule: ${e.rule}`]);
    return item;
  });
  return h('section', { class: 'side-events' }, h('h2', {}, `Events (${a.events.length})`),
    items.length ? h('ol', {}, ...items) : h('p', { class: 'small' }, 'No events coded.'));
}

function quoteList(a: Analysis, anchors: Anchors): HTMLElement {
  const items = a.quotes.map((q, i) => {
    const who = speakerName(a, q);
    const text = q.text.length > 160 ? q.text.slice(0, 160) + '…' : q.text;
    const item = h('li', { class: 'side-quote' },
      h('button', { type: 'button', class: 'linklike' }, h('strong', {}, who ?? 'unknown speaker'), ': ', quoted(text)),
      h('div', { class: 'small' }, [q.kind, q.cue?.text, q.date].filter(Boolean).join(' · ')));
    item.querySelector('button')!.addEventListener('click', () => jump(anchors.quotes.get(i)));
    return item;
  });
  return h('section', { class: 'side-quotes' }, h('h2', {}, `Quotes (${a.quotes.length})`),
    items.length ? h('ol', {}, ...items) : h('p', { class: 'small' }, 'No quotes found.'));
}

function actorList(a: Analysis): HTMLElement {
  const items = [...a.actors].sort((x, y) => y.mentions.length - x.mentions.length).map((actor) =>
    h('li', {}, h('a', { href: href(['actor', actor.code ?? actor.name]) }, actor.name),
      h('span', { class: 'small' }, ` ${actor.code ?? ''} · ${actor.mentions.length}×`)));
  return h('section', { class: 'side-actors' }, h('h2', {}, `Actors (${a.actors.length})`),
    items.length ? h('ul', {}, ...items) : h('p', { class: 'small' }, 'No actors found.'));
}
