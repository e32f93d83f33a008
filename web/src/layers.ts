// Flattens an Analysis's overlapping layers (actors, places, times, quotes, events) into segments of text, each
// with the annotations covering it, so the reader can render nested highlights as one run of elements.
import type { Analysis, CodedEvent, Quote } from '../../src/model/analysis.js';

export type Mark =
  | { kind: 'actor'; start: number; end: number; key: string; name: string; code: string | null }
  | { kind: 'place'; start: number; end: number; name: string; country: string | null }
  | { kind: 'time'; start: number; end: number; type: string; value: string }
  | { kind: 'quote'; start: number; end: number; index: number; quote: Quote }
  | { kind: 'event'; start: number; end: number; event: CodedEvent };

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** The store's key for an actor: its code when known, else its name (see store.ts ActorRow.key). */
export const actorKey = (a: { code: string | null; name: string }) => a.code ?? a.name;

export function marksOf(a: Analysis): Mark[] {
  const marks: Mark[] = [];
  for (const actor of a.actors) {
    for (const m of actor.mentions) marks.push({ kind: 'actor', start: m.start, end: m.end, key: actorKey(actor), name: actor.name, code: actor.code });
  }
  for (const p of a.places) marks.push({ kind: 'place', start: p.start, end: p.end, name: p.name, country: p.country });
  for (const t of a.times) marks.push({ kind: 'time', start: t.start, end: t.end, type: t.type, value: t.value });
  a.quotes.forEach((q, index) => marks.push({ kind: 'quote', start: q.start, end: q.end, index, quote: q }));
  for (const e of a.events) marks.push({ kind: 'event', start: e.start, end: e.end, event: e });
  return marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= a.text.length);
}

/** Cuts [start, end) at every mark boundary inside it; each piece lists the marks covering it. */
export function segments(start: number, end: number, marks: Mark[]): Segment[] {
  const inside = marks.filter((m) => m.start < end && m.end > start);
  const cuts = new Set<number>([start, end]);
  for (const m of inside) {
    if (m.start > start) cuts.add(m.start);
    if (m.end < end) cuts.add(m.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    out.push({ start: s, end: e, marks: inside.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}

export interface Block {
  start: number;
  end: number;
  kind: 'body' | 'caption' | 'related' | 'blockquote';
}

/** The text's paragraphs (runs between blank lines or line breaks), typed by the Analysis structure. */
export function blocks(a: Analysis): Block[] {
  const out: Block[] = [];
  const text = a.text;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    let e = j;
    while (e > i && /\s/.test(text[e - 1])) e--;
    out.push({ start: i, end: e, kind: kindOf(a, i, e) });
    i = j + 1;
  }
  return out;
}

function overlaps(s: number, e: number, span: { start: number; end: number }): boolean {
  return span.start < e && span.end > s;
}

function kindOf(a: Analysis, s: number, e: number): Block['kind'] {
  const st = a.structure;
  if (st.caption && overlaps(s, e, st.caption)) return 'caption';
  if (st.related.some((r) => overlaps(s, e, r))) return 'related';
  if ((st.blockquotes ?? []).some((b) => overlaps(s, e, b))) return 'blockquote';
  return 'body';
}

export const QUAD_NAMES = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

export function speakerName(a: Analysis, q: Quote): string | null {
  if (!q.speaker) return null;
  if (q.speaker.name) return q.speaker.name;
  const actor = q.speaker.actor ? a.actors.find((x) => x.id === q.speaker!.actor) : null;
  return actor?.name ?? a.text.slice(q.speaker.start, q.speaker.end);
}

export function argumentName(a: Analysis, arg: CodedEvent['source']): string {
  const actor = arg.actor ? a.actors.find((x) => x.id === arg.actor) : null;
  const name = actor?.name ?? arg.text ?? null;
  if (name && arg.code) return `${name} (${arg.code})`;
  return name ?? arg.code ?? '—';
}
