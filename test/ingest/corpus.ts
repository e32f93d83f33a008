// Inputs for the ingest tests, written by us: a JSON Lines corpus of distinct short reports built from a few
// sentence parts, and a dump of a store file that two runs can be compared by.
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
}

const WHO = ['The foreign minister of Norland', 'Officials in Castavia', 'The defence ministry of Urbia', 'The president of Merovia',
  'Police in the port city of Saldra', 'A spokesman for the Velmora council'];
const DID = ['said talks with neighbours would resume', 'criticized a report on border crossings', 'signed a trade accord',
  'warned of new tariffs on steel', 'promised aid to flooded villages', 'denied any role in the cyberattack'];
const WHEN = ['on Monday', 'on Tuesday', 'last week', 'on Friday evening', 'in March', 'earlier this month'];
const MORE = ['The statement gave no further detail.', 'Opposition lawmakers called the move a mistake.',
  'Markets barely reacted to the news.', 'A vote is expected before the summer recess.', 'Diplomats said more meetings are planned.'];

/** A distinct article for each n: its sentences vary with n in several places, and it names n. */
export function article(n: number): { id: string; text: string; date: string; url: string; source: string } {
  const p = (list: string[], k: number) => list[(n * k + Math.floor(n / list.length)) % list.length];
  const text = [
    `${p(WHO, 1)} ${p(DID, 5)} ${p(WHEN, 7)}, according to report number ${n}.`,
    `${p(MORE, 3)} ${p(WHO, 11)} ${p(DID, 13)} as well.`,
    `Item ${n} of the daily digest: ${p(MORE, 17)} ${p(WHO, 19)} ${p(DID, 23)} ${p(WHEN, 29)}.`,
  ].join('\n\n');
  const day = 1 + (n % 28);
  return { id: `r${n}`, text, date: `2022-05-${String(day).padStart(2, '0')}`, url: `https://news.example/${n}`, source: 'Example' };
}

export function jsonl(from: number, to: number): string {
  let s = '';
  for (let n = from; n < to; n++) s += JSON.stringify(article(n)) + '\n';
  return s;
}

const VOLATILE = new Set(['added', 'at']);

/** Every row of every table of a store file, in rowid order, without the timestamps of when rows were written. */
export function dumpStore(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
    const out: Record<string, unknown[]> = {};
    for (const t of tables) {
      const rows = db.prepare(`SELECT * FROM "${t}"`).all() as Array<Record<string, unknown>>;
      out[t] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !VOLATILE.has(k))));
    }
    // the full-text indexes answer the same
    out.fts = ['articles_fts', 'quotes_fts', 'events_fts'].map((t) =>
      (db.prepare(`SELECT rowid FROM ${t} WHERE ${t} MATCH 'the' ORDER BY rowid`).all() as Array<{ rowid: number }>).map((r) => r.rowid));
    return out;
  } finally {
    db.close();
  }
}
