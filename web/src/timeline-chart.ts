// The actor timeline as SVG: one bar per period, cooperation above the axis and conflict below, either by
// QuadClass (stacked counts) or by Goldstein (the period's summed score).
import type { Bucket, TimelinePoint } from './api.js';
import { s } from './dom.js';
import { QUAD_NAMES } from './layers.js';
import { fillPeriods } from './periods.js';

export type ChartMode = 'quad' | 'goldstein';

const W = 860;
const H = 260;
const PAD = { left: 44, right: 8, top: 12, bottom: 28 };

export function timelineChart(points: TimelinePoint[], by: Bucket, mode: ChartMode, onPick: (period: string) => void, selected: string | null): SVGSVGElement {
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  const periods = fillPeriods(points.map((p) => p.period), by);
  const up = (p: TimelinePoint) => (mode === 'quad' ? [p.quad[0], p.quad[1]] : [Math.max(0, p.meanGoldstein * p.events)]);
  const down = (p: TimelinePoint) => (mode === 'quad' ? [p.quad[2], p.quad[3]] : [Math.max(0, -p.meanGoldstein * p.events)]);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...points.map((p) => Math.max(sum(up(p)), sum(down(p)))));
  const innerW = W - PAD.left - PAD.right;
  const half = (H - PAD.top - PAD.bottom) / 2;
  const axisY = PAD.top + half;
  const step = innerW / Math.max(1, periods.length);
  const barW = Math.max(2, Math.min(40, step * 0.8));
  const scale = (v: number) => (v / max) * half;

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline-chart', role: 'img', 'aria-label': `timeline by ${by}, ${mode === 'quad' ? 'QuadClass' : 'Goldstein'}` });
  // Scale labels and the axis.
  const unit = mode === 'quad' ? 'events' : 'Goldstein';
  svg.appendChild(s('text', { x: PAD.left - 6, y: PAD.top + 10, class: 'tick', 'text-anchor': 'end' }, fmt(max)));
  svg.appendChild(s('text', { x: PAD.left - 6, y: H - PAD.bottom, class: 'tick', 'text-anchor': 'end' }, `-${fmt(max)}`));
  svg.appendChild(s('text', { x: PAD.left + 4, y: PAD.top + 10, class: 'axis-label coop-label' }, `cooperation (${unit})`));
  svg.appendChild(s('text', { x: PAD.left + 4, y: H - PAD.bottom - 4, class: 'axis-label conflict-label' }, `conflict (${unit})`));

  const labelEvery = Math.max(1, Math.ceil(periods.length / 12));
  periods.forEach((period, i) => {
    const p = byPeriod.get(period);
    const x = PAD.left + i * step + (step - barW) / 2;
    const g = s('g', { class: `bin${period === selected ? ' selected' : ''}`, 'data-period': period, tabindex: p ? 0 : null });
    if (p) {
      let y = axisY;
      up(p).forEach((v, k) => {
        const hgt = scale(v);
        y -= hgt;
        if (hgt > 0) g.appendChild(s('rect', { x, y, width: barW, height: hgt, class: mode === 'quad' ? `q${k + 1}` : 'gpos' }));
      });
      y = axisY;
      down(p).forEach((v, k) => {
        const hgt = scale(v);
        if (hgt > 0) g.appendChild(s('rect', { x, y, width: barW, height: hgt, class: mode === 'quad' ? `q${k + 3}` : 'gneg' }));
        y += hgt;
      });
      // A transparent hit area so thin bars are easy to pick.
      g.appendChild(s('rect', { x: PAD.left + i * step, y: PAD.top, width: step, height: 2 * half, class: 'hit' }));
      g.appendChild(s('title', {}, [
        `${period}: ${p.events} events, ${p.quotes} quotes`,
        ...p.quad.map((n, k) => `${QUAD_NAMES[k + 1]}: ${n}`),
        `mean Goldstein ${p.meanGoldstein.toFixed(1)}`,
      ].join('\n')));
      const pick = () => onPick(period);
      g.addEventListener('click', pick);
      g.addEventListener('keydown', (ev) => { if ((ev as KeyboardEvent).key === 'Enter') pick(); });
    }
    if (i % labelEvery === 0) {
      g.appendChild(s('text', { x: PAD.left + i * step + step / 2, y: H - 8, class: 'tick', 'text-anchor': 'middle' }, period));
    }
    svg.appendChild(g);
  });
  svg.appendChild(s('line', { x1: PAD.left, x2: W - PAD.right, y1: axisY, y2: axisY, class: 'axis' }));
  return svg;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
