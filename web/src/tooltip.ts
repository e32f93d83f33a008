// One floating tooltip for the whole page. Elements register their lines; hovering or focusing shows them.
// Lines are set with textContent, like everything else.
const lines = new WeakMap<Element, string[]>();
let tip: HTMLElement | null = null;

export function setTip(el: Element, text: string[]): void {
  lines.set(el, text);
  el.setAttribute('data-tip', '');
}

function tipElement(): HTMLElement {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'tooltip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    document.body.appendChild(tip);
  }
  return tip;
}

function show(target: Element, x: number, y: number): void {
  const text = lines.get(target);
  if (!text) return;
  const t = tipElement();
  while (t.firstChild) t.removeChild(t.firstChild);
  for (const line of text) {
    const div = document.createElement('div');
    div.textContent = line;
    t.appendChild(div);
  }
  t.hidden = false;
  const w = t.offsetWidth;
  t.style.left = `${Math.max(4, Math.min(x + 12, window.innerWidth - w - 8))}px`;
  t.style.top = `${y + 16 + window.scrollY}px`;
}

function hide(): void {
  if (tip) tip.hidden = true;
}

/** Call once: the innermost registered element under the pointer shows its lines. */
export function installTooltips(): void {
  document.addEventListener('mouseover', (ev) => {
    const target = (ev.target as Element | null)?.closest?.('[data-tip]');
    if (target) show(target, ev.clientX, ev.clientY);
    else hide();
  });
  document.addEventListener('focusin', (ev) => {
    const target = (ev.target as Element | null)?.closest?.('[data-tip]');
    if (!target) return hide();
    const r = target.getBoundingClientRect();
    show(target, r.left, r.bottom - 12);
  });
  window.addEventListener('hashchange', hide);
}
