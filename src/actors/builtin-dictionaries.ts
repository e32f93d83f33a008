// Reads the built-in actor dictionaries (dictionaries/actors/, formats in its README.md): the country table
// (world-countries plus our additions), sector agents, organizations and people with dated roles.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DataFileError, dataLines } from '../dictionaries/data-file.js';
import type { ActorKind } from '../model/analysis.js';
import type { ActorDef, AgentDef, Role } from './types.js';

export interface DictionaryData {
  actors: ActorDef[];
  agents: AgentDef[];
  /** phrases per actor index: [type, phrase, actorIndex, agentCode?] */
  phrases: Array<{ type: 'state' | 'adjective' | 'capital' | 'seat' | 'actor'; phrase: string; ref: number; agent?: string; stem?: boolean; gaps?: number }>;
}

interface WorldCountry {
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital: string[];
  independent?: boolean;
  unMember?: boolean;
}

const CODE = /^[A-Z]{3}$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function fields(file: string, line: number, text: string): { head: string; parts: string[] } {
  const [head, ...parts] = text.split('|').map((s) => s.trim());
  if (!head) throw new DataFileError(file, line, 'empty entry before "|"');
  return { head, parts };
}

const items = (s: string) => s.split(';').map((x) => x.trim()).filter(Boolean);

/** The countries: every state in world-countries with our additions (countries.txt) applied. */
function loadCountries(dir: string, data: DictionaryData): void {
  const file = join(dir, 'countries.txt');
  const extra = new Map<string, { line: number; f: Record<string, string[]> }>();
  for (const { line, text } of dataLines(file)) {
    const { head, parts } = fields(file, line, text);
    if (!CODE.test(head)) throw new DataFileError(file, line, `"${head}" is not a three-letter country code`);
    if (extra.has(head)) throw new DataFileError(file, line, `${head} is listed twice`);
    const f: Record<string, string[]> = {};
    for (const p of parts) {
      const m = /^(name|adj|capital|seat|drop):\s*(.*)$/.exec(p);
      if (!m) throw new DataFileError(file, line, `unknown field "${p.split(':')[0]}" (name, adj, capital, seat, drop)`);
      f[m[1]] = items(m[2]);
    }
    extra.set(head, { line, f });
  }
  const require = createRequire(import.meta.url);
  const world = require('world-countries') as WorldCountry[];
  const known = new Set(world.map((c) => c.cca3));
  for (const [code, { line }] of extra) if (!known.has(code)) throw new DataFileError(file, line, `${code} is not a country in world-countries`);
  for (const c of world) {
    const add = extra.get(c.cca3)?.f ?? {};
    const drop = new Set((add.drop ?? []).map((x) => x.toLowerCase()));
    const keep = (x: string) => !drop.has(x.toLowerCase());
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 2 && !a.includes(',') && /^[\p{L}\p{M}\s.'’-]+$/u.test(a))];
    const ref = data.actors.length;
    data.actors.push({ key: `state:${c.cca3}`, name: c.name.common, kind: 'state', country: c.cca3, code: c.cca3, roles: [], source: `world-countries:${c.cca3}` });
    for (const n of [...names, ...(add.name ?? [])].filter(keep)) data.phrases.push({ type: 'state', phrase: n, ref });
    const dem = c.demonyms?.eng;
    for (const a of [...(dem ? [dem.m, dem.f] : []), ...(add.adj ?? [])].filter(keep)) data.phrases.push({ type: 'adjective', phrase: a, ref });
    // the people of the country name it, as PETRARCH codes them ("15 Palestinians" -> PSE)
    const people = dem ? peopleOf(dem.m) : null;
    if (people && keep(people) && keep(dem!.m)) data.phrases.push({ type: 'state', phrase: people, ref });
    // capitals of small territories are often plain words or names; only states' capitals stand for them
    const capitals = add.capital ?? (c.independent || c.unMember ? c.capital : []);
    for (const cap of capitals.filter(keep)) data.phrases.push({ type: 'capital', phrase: cap, ref });
    for (const s of add.seat ?? []) data.phrases.push({ type: 'seat', phrase: s, ref, agent: 'GOV' });
  }
}

/** The plural of a demonym that has one (Palestinian -> Palestinians, Iraqi -> Iraqis); none for those that are
 *  the same in the plural or take "the" ("Chinese", "British", "Swiss"). */
function peopleOf(demonym: string): string | null {
  if (!/^[\p{L}\s'’-]+$/u.test(demonym) || /(s|h|z|x|e|y)$/.test(demonym)) return null;
  return `${demonym}s`;
}

const AGENT_KINDS = new Set(['person', 'organization', 'group']);

function loadAgents(dir: string, data: DictionaryData, pluralOf: (p: string) => string | null): void {
  const file = join(dir, 'agents.txt');
  for (const { line, text } of dataLines(file)) {
    const { head, parts } = fields(file, line, text);
    const [code, kind, ...rest] = head.split(/\s+/);
    if (!/^[A-Z]{3}$/.test(code) || !AGENT_KINDS.has(kind) || rest.length) {
      throw new DataFileError(file, line, `expected "CODE kind | phrases" with a three-letter code and kind person, organization or group`);
    }
    if (parts.length !== 1) throw new DataFileError(file, line, 'expected one "|" before the phrases');
    for (const phrase of items(parts[0])) {
      for (const p of [phrase, pluralOf(phrase)]) {
        if (p) data.agents.push({ code, prefix: false, kind: kind as AgentDef['kind'], phrase: p, source: `${file}:${line}` });
      }
    }
  }
}

function loadOrganizations(dir: string, data: DictionaryData): void {
  const file = join(dir, 'organizations.txt');
  for (const { line, text } of dataLines(file)) {
    const { head, parts } = fields(file, line, text);
    const m = /^([A-Z0-9]{3,12})\s+(organization|group)(?:\s+@([A-Z]{3}))?$/.exec(head);
    if (!m) throw new DataFileError(file, line, 'expected "CODE organization|group [@COUNTRY] | names"');
    if (parts.length !== 1) throw new DataFileError(file, line, 'expected one "|" before the names');
    const names = items(parts[0]);
    const ref = data.actors.length;
    data.actors.push({ key: `org:${line}:${names[0]}`, name: names[0], kind: m[2] as ActorKind, country: m[3] ?? null, code: m[1], roles: [], source: `${file}:${line}` });
    for (const n of names) data.phrases.push({ type: 'actor', phrase: n, ref });
  }
}

function parseRole(file: string, line: number, text: string, country: string | null): Role {
  const m = /^([A-Z0-9]{3,12})\s+(\S*)\.\.(\S*)\s*(.*)$/.exec(text);
  if (!m) throw new DataFileError(file, line, `role "${text}" is not "CODE FROM..TO title"`);
  const [, code, from, to, title] = m;
  for (const d of [from, to]) if (d && !DATE.test(d)) throw new DataFileError(file, line, `"${d}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  if (code.length === 3 && !country) throw new DataFileError(file, line, `role code ${code} needs the person's @COUNTRY`);
  const full = code.length === 3 ? country + code : code;
  const f = from ? fromDay(from) : null;
  const t = to ? toDay(to) : null;
  if (f && t && f > t) throw new DataFileError(file, line, `role ${text} ends before it starts`);
  return { from: f, to: t, code: full, title: title.trim() || null };
}

const fromDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const toDay = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-28` : d);

function loadPeople(dir: string, data: DictionaryData): void {
  const file = join(dir, 'people.txt');
  const seen = new Map<string, number>();
  for (const { line, text } of dataLines(file)) {
    const { head, parts } = fields(file, line, text);
    const m = /^(.*?)(?:\s+@([A-Z]{3}))?$/.exec(head)!;
    const names = items(m[1]);
    if (!names.length) throw new DataFileError(file, line, 'a person needs a name');
    for (const n of names) {
      const before = seen.get(n.toLowerCase());
      if (before) throw new DataFileError(file, line, `"${n}" is already a name at line ${before}`);
      seen.set(n.toLowerCase(), line);
    }
    const country = m[2] ?? null;
    const roles = parts.map((p) => parseRole(file, line, p, country)).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    const ref = data.actors.length;
    data.actors.push({ key: `person:${names[0]}`, name: names[0], kind: 'person', country, code: country ? `${country}ELI` : null, roles, source: `${file}:${line}` });
    for (const n of names) data.phrases.push({ type: 'actor', phrase: n, ref });
  }
}

export function loadBuiltinDictionaries(builtinDir: string, pluralOf: (p: string) => string | null): DictionaryData {
  const dir = join(builtinDir, 'actors');
  const data: DictionaryData = { actors: [], agents: [], phrases: [] };
  loadCountries(dir, data);
  loadAgents(dir, data, pluralOf);
  loadOrganizations(dir, data);
  loadPeople(dir, data);
  return data;
}
