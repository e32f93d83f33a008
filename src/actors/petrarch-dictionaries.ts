// PETRARCH/TABARI actor and agent dictionaries (*.actors.txt, *.agents.txt in the --dictionaries folder), loaded
// instead of the built-in ones and compiled into the same matcher. The formats (PETRARCH 2 readers):
//   actors: "PHRASE [CODE]" starts an actor; "+PHRASE" adds a synonym; an indented "[CODE <YYMMDD]",
//           "[CODE >YYMMDD]", "[CODE YYMMDD-YYMMDD]" restricts a code to dates (6 or 8 digits), an indented
//           "[CODE]" sets the default; "_" joins words, a final "_" is ignored (PETRARCH does not stem).
//   agents: "PHRASE {PLURAL} [~CODE]" (code after the actor's) or "[CODE~]" (before); "{}" means no plural,
//           otherwise -S / -IES / -ES plurals are made; "!MARK! = A, B" defines a substitution used as "X!MARK!".
//   both:   "#" and "<!-- ... -->" comments (a " #" ends a line).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError, readText } from '../dictionaries/data-file.js';
import type { DictionaryData } from './builtin-dictionaries.js';
import type { Role } from './types.js';
import { phraseWords } from './phrase.js';

interface Line {
  line: number;
  text: string;
  indented: boolean;
}

/** Lines without comments; indentation kept as a flag (it marks date restrictions). */
function petrarchLines(file: string): Line[] {
  const out: Line[] = [];
  const lines = readText(file).split(/\r?\n/);
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    let t = lines[i];
    if (inComment) {
      const k = t.indexOf('-->');
      if (k < 0) continue;
      inComment = false;
      t = t.slice(k + 3);
      if (!t.trim()) continue;
    }
    if (t.startsWith('#') || t.startsWith('<!')) {
      if (t.startsWith('<!') && !t.includes('-->') && t.includes('<!--')) inComment = true;
      continue;
    }
    const c = t.indexOf('<!--');
    if (c >= 0) {
      const e = t.indexOf('-->', c);
      if (e >= 0) t = t.slice(0, c) + t.slice(e + 3);
      else {
        t = t.slice(0, c);
        inComment = true;
      }
    }
    const h = t.search(/\s#/);
    if (h >= 0) t = t.slice(0, h);
    if (!t.trim()) continue;
    out.push({ line: i + 1, text: t.trim(), indented: /^\s/.test(t) });
  }
  return out;
}

const phraseOf = (s: string) => s.trim().replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();

/** Where a phrase lets other words stand between its words: TABARI joins words that must be adjacent with "_",
 *  while a space allows others between, within the noun phrase ("ITHILEN TELEVISION" in "Ithilen state-run
 *  television"). Bit i set = before word i (words as the matcher splits them). */
function gapsOf(s: string): number {
  let gaps = 0;
  let n = 0;
  s.trim().replace(/_+$/, '').split(/\s+/).forEach((chunk, c) => {
    chunk.split('_').filter(Boolean).forEach((part, k) => {
      if (c > 0 && k === 0 && n < 30) gaps |= 1 << n;
      n += phraseWords(part).length;
    });
  });
  return gaps;
}

/** YYMMDD or YYYYMMDD -> YYYY-MM-DD (two-digit years up to 30 are 20xx). */
function petrDate(file: string, line: number, s: string): string {
  const d = s.replace(/\D/g, '');
  let y: string;
  let rest: string;
  if (d.length === 6) {
    const yy = Number(d.slice(0, 2));
    y = String(yy <= 30 ? 2000 + yy : 1900 + yy);
    rest = d.slice(2);
  } else if (d.length === 8) {
    y = d.slice(0, 4);
    rest = d.slice(4);
  } else throw new DataFileError(file, line, `"${s}" is not a date (YYMMDD or YYYYMMDD)`);
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

const dayBefore = (iso: string) => new Date(Date.parse(iso) - 864e5).toISOString().slice(0, 10);
const dayAfter = (iso: string) => new Date(Date.parse(iso) + 864e5).toISOString().slice(0, 10);

function loadActorFile(file: string, data: DictionaryData): void {
  let current: number | null = null;
  for (const { line, text, indented } of petrarchLines(file)) {
    if (text.includes('---STOP---')) break;
    const bracket = /\[([^\]]*)\]/.exec(text);
    if (indented && text.startsWith('[')) {
      if (current === null) throw new DataFileError(file, line, 'a code line before any actor');
      const def = data.actors[current];
      const [code, ...restParts] = bracket![1].trim().split(/\s+/);
      const rest = restParts.join(' ');
      if (!rest) {
        def.code = code;
        continue;
      }
      let role: Role;
      if (rest.startsWith('<')) role = { from: null, to: dayBefore(petrDate(file, line, rest)), code, title: null };
      else if (rest.startsWith('>')) role = { from: dayAfter(petrDate(file, line, rest)), to: null, code, title: null };
      else if (rest.includes('-')) {
        const [a, b] = rest.split('-');
        role = { from: petrDate(file, line, a), to: petrDate(file, line, b), code, title: null };
        if (role.from! > role.to!) throw new DataFileError(file, line, 'date range ends before it starts');
      } else throw new DataFileError(file, line, `cannot read the date restriction "${rest}"`);
      def.roles.push(role);
      continue;
    }
    if (text.startsWith('+')) {
      if (current === null) throw new DataFileError(file, line, 'a synonym before any actor');
      const raw = text.slice(1).split('[')[0];
      const phrase = phraseOf(raw);
      if (phrase) data.phrases.push({ type: 'actor', phrase, ref: current, gaps: gapsOf(raw) });
      continue;
    }
    const raw = text.split('[')[0];
    const phrase = phraseOf(raw);
    if (!phrase) throw new DataFileError(file, line, 'an actor line needs a phrase');
    const code = bracket ? bracket[1].trim().split(/\s+/)[0] : null;
    current = data.actors.length;
    data.actors.push({ key: `petr:${file}:${line}`, name: phrase, kind: 'organization', country: null, code, roles: [], source: `${file}:${line}` });
    data.phrases.push({ type: 'actor', phrase, ref: current, gaps: gapsOf(raw) });
  }
  for (const a of data.actors) {
    a.roles.sort((x, y) => (x.from ?? '').localeCompare(y.from ?? ''));
    // the code agents attach to; dated codes replace it when the document date is known
    a.country = a.code ?? a.roles[a.roles.length - 1]?.code ?? null;
  }
}

function petrPlural(phrase: string): string {
  if (/Y$/i.test(phrase)) return phrase.slice(0, -1) + 'IES';
  if (/SS$/i.test(phrase)) return phrase + 'ES';
  return phrase + 'S';
}

function loadAgentFile(file: string, data: DictionaryData): void {
  const marks = new Map<string, string[]>();
  for (const { line, text } of petrarchLines(file)) {
    const mark = /^!([^!]+)!\s*=\s*(.*)$/.exec(text);
    if (mark) {
      marks.set(mark[1], mark[2].split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const bracket = /\[\s*([^\]]*?)\s*\]/.exec(text);
    if (!bracket) throw new DataFileError(file, line, 'an agent needs a [~CODE] or [CODE~]');
    const raw = bracket[1].replace(/\s+/g, '');
    const prefix = raw.endsWith('~');
    const code = raw.replace(/~/g, '');
    if (!code) throw new DataFileError(file, line, 'empty agent code');
    const head = text.slice(0, bracket.index);
    const braces = /\{([^}]*)\}/.exec(head);
    const base = head.replace(/\{[^}]*\}/, '');
    const forms: Array<{ phrase: string; gaps: number }> = [];
    const m = /!([^!]+)!/.exec(base);
    if (m) {
      const subs = marks.get(m[1]);
      if (!subs) throw new DataFileError(file, line, `substitution marker !${m[1]}! is not defined above`);
      for (const s of subs) forms.push({ phrase: phraseOf(base.replace(m[0], s)), gaps: gapsOf(base.replace(m[0], s)) });
    } else {
      const phrase = phraseOf(base);
      forms.push({ phrase, gaps: gapsOf(base) });
      if (!braces) forms.push({ phrase: petrPlural(phrase), gaps: gapsOf(base) });
      else if (braces[1].trim()) forms.push({ phrase: phraseOf(braces[1]), gaps: gapsOf(braces[1]) });
    }
    for (const f of forms) if (f.phrase) data.agents.push({ code, prefix, kind: 'organization', phrase: f.phrase, gaps: f.gaps, source: `${file}:${line}` });
  }
}

export function loadPetrarchDictionaries(dir: string): DictionaryData {
  let files: string[];
  try {
    files = readdirSync(dir).sort();
  } catch (e) {
    throw new DataFileError(dir, null, `cannot read the dictionaries folder: ${(e as Error).message}`);
  }
  const data: DictionaryData = { actors: [], agents: [], phrases: [] };
  const actors = files.filter((f) => f.endsWith('.actors.txt'));
  const agents = files.filter((f) => f.endsWith('.agents.txt'));
  if (!actors.length) throw new DataFileError(dir, null, 'no *.actors.txt file');
  for (const f of actors) loadActorFile(join(dir, f), data);
  for (const f of agents) loadAgentFile(join(dir, f), data);
  return data;
}
