// The sitrep web UI: a hash router over the views; each view fetches from /api and returns its element.
import './style.css';
import { clear, h, note } from './dom.js';
import { currentRoute, href, type Route } from './route.js';
import { installTooltips } from './tooltip.js';
import { loadCodes } from './codes.js';
import { articlesView } from './views/articles.js';
import { articleView } from './views/article.js';
import { eventsView } from './views/events.js';
import { actorsView } from './views/actors.js';
import { actorView } from './views/actor.js';
import { networkView } from './views/network.js';
import { searchView } from './views/search.js';

const VIEWS: Record<string, (r: Route) => Promise<HTMLElement>> = {
  '': articlesView,
  articles: articlesView,
  article: articleView,
  events: eventsView,
  actors: actorsView,
  actor: actorView,
  network: networkView,
  search: searchView,
};

const main = document.getElementById('app')!;
let rendering = 0;

async function render(): Promise<void> {
  const route = currentRoute();
  const view = VIEWS[route.path[0] ?? ''];
  const ticket = ++rendering;
  markNav(route.path[0] ?? '');
  clear(main);
  main.appendChild(note('Loading…'));
  main.setAttribute('aria-busy', 'true');
  let content: HTMLElement;
  try {
    content = view ? await view(route) : note(`No page “${route.path.join('/')}”.`, 'error');
  } catch (e) {
    content = note(`Could not load this page: ${(e as Error).message}`, 'error');
  }
  if (ticket !== rendering) return; // a newer navigation won
  clear(main);
  main.appendChild(content);
  main.removeAttribute('aria-busy');
  document.title = `sitrep · ${(content.querySelector('h1')?.textContent ?? '').slice(0, 60)}`;
}

function markNav(section: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header nav a')) {
    a.classList.toggle('current', a.dataset.section === (section || 'articles'));
  }
}

function header(): HTMLElement {
  const q = h('input', { type: 'search', name: 'q', placeholder: 'Search articles and quotes', 'aria-label': 'search' });
  const form = h('form', { class: 'search', role: 'search' }, q);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    location.hash = href(['search'], { q: q.value.trim() });
  });
  const link = (section: string, label: string) => h('a', { href: href([section]), 'data-section': section }, label);
  return h('header', {},
    h('a', { class: 'brand', href: '#/' }, 'sitrep'),
    h('nav', {}, link('articles', 'Articles'), link('events', 'Events'), link('actors', 'Actors'), link('network', 'Network'), link('search', 'Search')),
    form);
}

document.body.insertBefore(header(), main);
installTooltips();
window.addEventListener('hashchange', () => void render());
void loadCodes().then(render);
