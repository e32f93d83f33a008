// Pieces the list views share: pagination links and a filter form bound to the route's query.
import { h } from '../dom.js';
import { href, type Route } from '../route.js';

export function pager(route: Route, limit: number, offset: number, shown: number, total?: number): HTMLElement {
  const at = (o: number) => {
    const q = Object.fromEntries(route.query);
    return href(route.path, { ...q, offset: o || null });
  };
  const hasNext = total != null ? offset + shown < total : shown === limit;
  return h('nav', { class: 'pager', 'aria-label': 'pages' },
    offset > 0 ? h('a', { href: at(Math.max(0, offset - limit)) }, '← previous') : h('span', { class: 'muted' }, '← previous'),
    h('span', {}, shown ? ` ${offset + 1}–${offset + shown}${total != null ? ` of ${total}` : ''} ` : ' none '),
    hasNext ? h('a', { href: at(offset + limit) }, 'next →') : h('span', { class: 'muted' }, 'next →'));
}

export interface Field {
  name: string;
  label: string;
  type?: 'text' | 'date' | 'select';
  options?: [string, string][];
  placeholder?: string;
}

/** A GET-like form: submitting rewrites the route's query (and drops the offset). */
export function filterForm(route: Route, fields: Field[], keep: string[] = []): HTMLElement {
  const form = h('form', { class: 'filters' });
  for (const f of fields) {
    const value = route.query.get(f.name) ?? '';
    let input: HTMLInputElement | HTMLSelectElement;
    if (f.type === 'select') {
      input = h('select', { name: f.name }, ...(f.options ?? []).map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
    } else {
      input = h('input', { name: f.name, type: f.type ?? 'text', value, placeholder: f.placeholder ?? '' });
    }
    form.appendChild(h('label', {}, h('span', {}, f.label), input));
  }
  form.appendChild(h('button', { type: 'submit' }, 'Apply'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q: Record<string, string> = {};
    for (const k of keep) { const v = route.query.get(k); if (v) q[k] = v; }
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) q[k] = v.trim();
    location.hash = href(route.path, q);
  });
  return form;
}

/** Query parameters of the route that the API takes, as an object. */
export function pick(route: Route, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of names) { const v = route.query.get(n); if (v) out[n] = v; }
  return out;
}

export function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n) + '…' : t;
}

/** Quote text in curly quotes, unless it already carries its own. */
export function quoted(text: string): string {
  return /^["“‘']/.test(text) ? text : `“${text}”`;
}
