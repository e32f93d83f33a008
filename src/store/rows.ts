// An Analysis laid out as the store's rows: every value the store writes that follows from the Analysis alone
// (names resolved, days filed, the lead paragraph found, the JSON of the Analysis). Built in the thread that
// analysed the article, so the one writing thread only binds values and runs the inserts, and what crosses
// between the threads is a few flat arrays instead of the Analysis's object graph.
import type { Analysis, CodedEvent } from '../model/analysis.js';
import { dayOf, sourceKey } from './day.js';

/** The values of an events row from `event_id` to `rule`, in the column order of the events INSERT. */
export type EventValues = [
  eventId: string, start: number, end: number, text: string, cameo: string, root: string, plover: string | null,
  quad: number, goldstein: number, date: string | null, day: string | null,
  srcActor: string | null, srcCode: string | null, srcName: string | null, srcKey: string | null, srcCountry: string | null,
  tgtActor: string | null, tgtCode: string | null, tgtName: string | null, tgtKey: string | null, tgtCountry: string | null,
  lead: 0 | 1, placeName: string | null, placeCountry: string | null, placeLat: number | null, placeLon: number | null,
  rule: string,
];

/** A long text as UTF-8 bytes, which the store binds as they are (CAST AS TEXT) where a string would be
 *  transcoded on the writing thread; a string when it holds a lone surrogate, whose bytes only SQLite's own
 *  conversion gives. */
export type Utf8 = string | Uint8Array;

const encoder = new TextEncoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function utf8(s: string): Utf8 {
  return LONE_SURROGATE.test(s) ? s : encoder.encode(s);
}

/** One value of a row. */
export type Value = string | number | null;

export interface ArticleRows {
  /** tells rows from an Analysis where either may be given */
  readonly rows: true;
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  sourceKey: string;
  date: string | null;
  dateSource: string;
  text: Utf8;
  /** the number of events and quotes of the Analysis (an events row is written once per event id) */
  events: number;
  quotes: number;
  /** the Analysis without its text (stored once, in articles); the empty string keeps the key order on read */
  json: Utf8;
  /** The rows of each table, one after another in one flat array (fewer objects to copy between threads than an
   *  array per row), each row's values in the column order of the table's INSERT after `article`:
   *  actors [actor_id, key, name, code, country, kind, n_mentions], one per actor of the Analysis;
   *  mentions [actor_id, start, end, text]; times [start, end, text, type, value, mod];
   *  places [start, end, text, name, country, lat, lon, kind];
   *  quotes [start, end, text, kind, speaker_actor, speaker_name, speaker_code, speaker_start, speaker_end, cue,
   *  cue_start, cue_end, date, day] */
  actorRows: Value[];
  mentionRows: Value[];
  timeRows: Value[];
  placeRows: Value[];
  quoteRows: Value[];
  /** one per event id (the first) */
  eventRows: EventValues[];
}

/** Values per row of each flat array of ArticleRows. */
export const ROW_WIDTH = { actors: 7, mentions: 4, times: 6, places: 8, quotes: 14 } as const;

interface ActorInfo {
  name: string;
  code: string | null;
  country: string | null;
}

export function articleRows(a: Analysis): ArticleRows {
  const day = a.date.value;
  // an actor id repeated inside one Analysis resolves names and codes to its last actor
  const names = new Map<string, ActorInfo>();
  const actors: Value[] = [];
  const mentions: Value[] = [];
  for (const actor of a.actors) {
    actors.push(actor.id, actor.code ?? actor.name, actor.name, actor.code, actor.country, actor.kind, actor.mentions.length);
    names.set(actor.id, { name: actor.name, code: actor.code, country: actor.country });
    for (const m of actor.mentions) mentions.push(actor.id, m.start, m.end, m.text);
  }
  const times: Value[] = [];
  for (const t of a.times) times.push(t.start, t.end, t.text, t.type, t.value, t.mod ?? null);
  const places: Value[] = [];
  for (const p of a.places) places.push(p.start, p.end, p.text, p.name, p.country, p.lat, p.lon, p.kind);
  const quotes: Value[] = [];
  for (const q of a.quotes) {
    const sp = q.speaker;
    const known = sp?.actor ? names.get(sp.actor) : undefined;
    quotes.push(
      q.start, q.end, q.text, q.kind, sp?.actor ?? null, sp?.name ?? known?.name ?? null, sp?.code ?? known?.code ?? null,
      sp?.start ?? null, sp?.end ?? null, q.cue?.text ?? null, q.cue?.start ?? null, q.cue?.end ?? null, q.date,
      dayOf(q.date, day),
    );
  }
  const lead = leadEnd(a);
  const seen = new Set<string>();
  const events: EventValues[] = [];
  for (const e of a.events) {
    if (seen.has(e.id)) continue; // an event id repeated inside one Analysis: keep the first
    seen.add(e.id);
    const src = argument(e.source, names);
    const tgt = argument(e.target, names);
    events.push([
      e.id, e.start, e.end, a.text.slice(e.start, e.end), e.cameo, e.cameo.slice(0, 2), e.plover, e.quadClass,
      e.goldstein, e.date, dayOf(e.date, day), src.actor, src.code, src.name, src.key, src.country, tgt.actor,
      tgt.code, tgt.name, tgt.key, tgt.country, e.start < lead ? 1 : 0, e.place?.name ?? null,
      e.place?.country ?? null, e.place?.lat ?? null, e.place?.lon ?? null, e.rule,
    ]);
  }
  return {
    rows: true, id: a.id, title: a.title, url: a.url, source: a.source, sourceKey: sourceKey(a.source, a.url),
    date: day, dateSource: a.date.source, text: utf8(a.text), events: a.events.length, quotes: a.quotes.length,
    // JSON.stringify writes a lone surrogate as an escape, so the JSON is always well formed
    json: encoder.encode(JSON.stringify({ ...a, text: '' })),
    actorRows: actors, mentionRows: mentions, timeRows: times, placeRows: places, quoteRows: quotes, eventRows: events,
  };
}

function argument(arg: CodedEvent['source'], names: Map<string, ActorInfo>) {
  const known = arg.actor ? names.get(arg.actor) : undefined;
  const code = arg.code ?? known?.code ?? null;
  const name = known?.name ?? arg.text ?? null;
  return { actor: arg.actor, code, name, key: code ?? name, country: known?.country ?? null };
}

/** The end of the lead paragraph: the first paragraph (blank-line separated) that is not the photo caption and
 *  holds a sentence ending in a full stop, so a headline line or a caption is skipped. */
function leadEnd(a: Analysis): number {
  const text = a.text;
  const caption = a.structure?.caption;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n\n', start);
    if (end < 0) end = text.length;
    const inCaption = caption && start >= caption.start && start < caption.end;
    const para = text.slice(start, end).trimEnd();
    if (!inCaption && /[.!?]["'\u201d\u2019)]?$/.test(para)) return end;
    start = end + 2;
  }
  return text.length;
}
