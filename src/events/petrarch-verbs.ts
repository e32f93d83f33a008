// Import of PETRARCH/TABARI verb dictionaries (*.verbs.txt) and discard lists (*.discards.txt), compiled to the
// same triggers and patterns as our own verbs.txt. Format (PETRARCH 2 docs, and the files themselves):
//   &NAME / +WORD lines             a synonym set
//   --- NAME [CODE] ---             a verb block; CODE may be "---" (no event) or "032:033" (with a reverse code)
//   WORD [CODE] {FORM FORM}         a verb of the block (own code, listed irregular forms); "+" marks the verb in
//                                   a multi-word verb ("+BREAK_DOWN", "WIRE_+TAP")
//   - PATTERN [CODE] # comment      a pattern for the block's verbs
// Pattern words match exactly; codes that are not letters and digits ("+++") leave a pattern inactive.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError, readText } from '../dictionaries/data-file.js';
import { verbForms, type IrregularVerbs } from './inflect.js';
import type { Lexicon } from './lexicon.js';
import { parseCode, parsePattern, PatternSyntaxError, type Pattern, type PatternContext, type TriggerEntry, type WordTest } from './patterns.js';

/** PETRARCH pattern words match exactly ("EFFORT" is not "efforts"; the suite tests it). */
export function petrarchWordTest(word: string, _exact: boolean): WordTest {
  return { forms: new Set([word.toLowerCase()]), prefix: null };
}

/** A usable code is letters and digits ("174K"); "+++", "###", "025?" in the files mark patterns left inactive. */
function usable(c: { code: string | null; reverse: string | null }): { code: string | null; reverse: string | null } {
  const ok = (s: string | null) => (s && /^[0-9A-Za-z]+$/.test(s) ? s : null);
  return { code: ok(c.code), reverse: ok(c.reverse) };
}

/** Cuts a "#" comment, leaving a "#" inside a [code] ("[###]") alone. */
function stripHashComment(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) return text.slice(0, i);
  }
  return text;
}

/** Lines with comments ("#", "<!-- -->") removed, 1-based line numbers kept. */
function cleanLines(source: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let inComment = false;
  source.split(/\r?\n/).forEach((raw, i) => {
    let text = raw;
    if (inComment) {
      const end = text.indexOf('-->');
      if (end < 0) return;
      text = text.slice(end + 3);
      inComment = false;
    }
    text = text.replace(/<!--.*?-->/g, '');
    const open = text.indexOf('<!--');
    if (open >= 0) {
      text = text.slice(0, open);
      inComment = true;
    }
    text = stripHashComment(text).trim();
    out.push({ line: i + 1, text });
  });
  return out;
}

interface VerbLine {
  words: string[];
  head: number;
  code: string | null;
  reverse: string | null;
  hasCode: boolean;
  forms: string[];
}

/** "WIRE_+TAP [1711] {WIRE_+TAPPED WIRE_+TAPPING}" */
function parseVerbLine(text: string): VerbLine {
  let rest = text;
  const forms: string[] = [];
  const brace = /\{([^}]*)\}/.exec(rest);
  if (brace) {
    rest = rest.replace(brace[0], ' ');
    for (const f of brace[1].trim().split(/\s+/).filter(Boolean)) {
      const ws = f.split('_').filter(Boolean);
      const h = Math.max(0, ws.findIndex((w) => w.startsWith('+')));
      if (ws[h]) forms.push(ws[h].replace(/^\+/, '').toLowerCase());
    }
  }
  let code: string | null = null;
  let reverse: string | null = null;
  let hasCode = false;
  const bracket = /\[([^\]]*)\]/.exec(rest);
  if (bracket) {
    ({ code, reverse } = usable(parseCode(bracket[1])));
    hasCode = true;
    rest = rest.slice(0, bracket.index);
  }
  const words = rest.trim().split(/[\s_]+/).filter(Boolean);
  let head = words.findIndex((w) => w.startsWith('+'));
  if (head < 0) head = 0;
  return { words: words.map((w) => w.replace(/^\+/, '').toLowerCase()), head, code, reverse, hasCode, forms };
}

export function loadPetrarchVerbs(file: string, lexicon: Lexicon, irregular: IrregularVerbs): number {
  const lines = cleanLines(readText(file));
  const synsets = new Map<string, string[][]>();
  const ctx: PatternContext = { synsets, wordTest: petrarchWordTest };
  let synset: string[][] | null = null;
  let block: { code: string | null; reverse: string | null; patterns: Pattern[]; name: string } | null = null;
  let count = 0;
  for (const { line, text } of lines) {
    if (!text) {
      synset = null;
      continue;
    }
    const fail = (reason: string): never => {
      throw new DataFileError(file, line, reason);
    };
    if (text.startsWith('&')) {
      synset = [];
      synsets.set(text.slice(1).trim().split(/\s+/)[0].toUpperCase().replace(/_+$/, ''), synset);
      continue;
    }
    if (synset && text.startsWith('+')) {
      synset.push(text.slice(1).trim().split(/[\s_]+/).filter(Boolean).map((w) => (w.startsWith('&') ? w : w.toLowerCase())));
      continue;
    }
    synset = null;
    if (text.startsWith('---')) {
      const m = /^---\s*(.*?)\s*(\[[^\]]*\])/.exec(text);
      if (!m) fail('a verb block header reads "--- VERB [CODE] ---"');
      const { code, reverse } = usable(parseCode(m![2].slice(1, -1)));
      block = { code, reverse, patterns: [], name: m![1] };
      continue;
    }
    if (!block) fail('a verb or pattern outside any "--- VERB [CODE] ---" block');
    if (text.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]/.exec(text);
      if (!m) fail('a pattern reads "- WORDS * WORDS [CODE]"');
      // "[---]" keeps the pattern as a match that codes nothing; an unusable code drops it
      const { code, reverse } = usable(parseCode(m![2]));
      if (!code && !/^\s*-+\s*$/.test(m![2])) continue;
      try {
        // PETRARCH 2 groups a noun phrase in {} and a prepositional phrase in (): read as words
        const p = parsePattern(m![1].replace(/[{}()]/g, ' '), ctx);
        block!.patterns.push({ ...p, code, reverse, rule: `${file.split('/').pop()}:${line} ${m![1].trim()} [${m![2]}]` });
        count++;
      } catch (e) {
        if (e instanceof PatternSyntaxError) fail(e.message);
        throw e;
      }
      continue;
    }
    const v = parseVerbLine(text);
    if (!v.words.length) fail('a verb line with no verb');
    const entry: TriggerEntry = {
      words: v.words,
      head: v.head,
      kind: 'verb',
      code: v.hasCode ? v.code : block!.code,
      reverse: v.hasCode ? v.reverse : block!.reverse,
      patterns: block!.patterns,
      rule: `${file.split('/').pop()}:${line} ${v.words.join(' ')}`,
    };
    const lemma = v.words[v.head];
    const irrPast = new Set(irregular.get(lemma) ?? []);
    // "hit", "cut": a lemma that is also its own participle
    const forms = [{ form: lemma, priority: 0, participle: irrPast.has(lemma) }];
    for (const f of v.forms) forms.push({ form: f, priority: 1, participle: /(ed|en|wn|t)$/.test(f) });
    for (const f of verbForms(lemma, irregular)) {
      if (f !== lemma) forms.push({ form: f, priority: 2, participle: f.endsWith('ed') || irrPast.has(f) });
    }
    lexicon.add(entry, forms);
    count++;
  }
  return count;
}

/** Discard phrases: a sentence holding one codes nothing; "+" phrases discard the whole story. */
export interface Discards {
  sentence: string[][];
  story: string[][];
}

export function loadPetrarchDiscards(file: string, into: Discards): void {
  for (const { text } of cleanLines(readText(file))) {
    if (!text) continue;
    const story = text.startsWith('+');
    const words = text.replace(/^\+/, '').split(/[\s_]+/).filter(Boolean).map((w) => w.toLowerCase());
    if (words.length) (story ? into.story : into.sentence).push(words);
  }
}

/** The PETRARCH files of a folder with the given suffix (".verbs.txt"), sorted. */
export function petrarchFiles(dir: string, suffix: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new DataFileError(dir, null, `cannot read the --dictionaries folder: ${(e as Error).message}`);
  }
  return names.filter((n) => n.toLowerCase().endsWith(suffix)).sort().map((n) => join(dir, n));
}
