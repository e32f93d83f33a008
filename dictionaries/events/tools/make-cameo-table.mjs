#!/usr/bin/env node
// Turns the GDELT CAMEO lookups and the PLOVER conversion table (../shared/data/cameo) into our one table,
// dictionaries/events/cameo.tsv. Run once when those sources change:
//   node dictionaries/events/tools/make-cameo-table.mjs ../shared/data/cameo > dictionaries/events/cameo.tsv
// QuadClass follows GDELT: roots 01-04 verbal cooperation, 05-08 material cooperation, 09-13 verbal conflict,
// 14-20 material conflict.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/data/cameo';
const rows = (f) => readFileSync(join(dir, f), 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim()).map((l) => l.split('\t'));
const names = new Map(rows('CAMEO.eventcodes.txt').map(([c, n]) => [c.trim(), n.trim().replace(/Ò|Ó/g, '"').replace(/\s+/g, ' ')]));
const gold = new Map(rows('CAMEO.goldsteinscale.txt').map(([c, g]) => [c.trim(), Number(g)]));
const plover = new Map();
for (const line of readFileSync(join(dir, 'CAMEO2PLOVER-2021.txt'), 'utf8').split(/\r?\n/)) {
  if (line.startsWith('~~~~~')) break;
  const m = /^(\d{2,4}):\s*([A-Z_]+)/.exec(line);
  if (m && !plover.has(m[1])) plover.set(m[1], m[2]); // first listing wins (a few codes are listed twice)
}
const quad = (root) => (root <= 4 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4);
console.log('# code\tquadClass\tgoldstein\tplover\tname');
for (const [code, name] of names) {
  if (!gold.has(code)) throw new Error(`no Goldstein value for ${code}`);
  // A root without its own PLOVER row takes its 0-suffixed child's type (08 heads two blocks: CONCEDE is first).
  const p = plover.get(code) ?? plover.get(code.length === 2 ? code + '0' : '') ?? '-';
  console.log([code, quad(Number(code.slice(0, 2))), gold.get(code), p, name].join('\t'));
}
