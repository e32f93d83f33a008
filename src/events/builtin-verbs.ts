// Our own trigger dictionary (dictionaries/events/verbs.txt; format in dictionaries/events/README.md):
//   &NAME = word, two words, &OTHER        a synonym set
//   verb LEMMA, LEMMA [CODE]               a block of verbs (phrasal verbs as "push back"), optional default code
//   noun NOUN, NOUN [CODE]                 a block of event nouns
//   CODE  PATTERN                          a pattern of the current block ("163  * &SANCTIONS on +")
// Words match any of their inflections ("sanction" matches "sanctions", "sanctioned"); "word_" matches exactly.
import { dataLines, DataFileError } from '../dictionaries/data-file.js';
import { nounForms, verbForms, type IrregularVerbs } from './inflect.js';
import type { Lexicon } from './lexicon.js';
import { parseCode, parsePattern, PatternSyntaxError, type Pattern, type PatternContext, type TriggerEntry, type WordTest } from './patterns.js';

const CODE = /^(\d{2,4}|---)(:(\d{2,4}|---))?$/;

export function loadBuiltinVerbs(file: string, lexicon: Lexicon, irregular: IrregularVerbs, cameoCodes: ReadonlySet<string>): number {
  const synsets = new Map<string, string[][]>();
  const cache = new Map<string, WordTest>();
  const wordTest = (word: string, exact: boolean): WordTest => {
    const w = word.toLowerCase();
    const key = (exact ? '=' : '~') + w;
    let t = cache.get(key);
    if (!t) {
      t = { forms: new Set(exact ? [w] : [...verbForms(w, irregular), ...nounForms(w)]), prefix: null };
      cache.set(key, t);
    }
    return t;
  };
  const ctx: PatternContext = { synsets, wordTest };
  let block: { patterns: Pattern[]; texts: Set<string> } | null = null;
  let count = 0;
  const checkCode = (code: string | null, line: number) => {
    if (code && !cameoCodes.has(code)) throw new DataFileError(file, line, `code ${code} is not in cameo.tsv`);
  };
  const lines = dataLines(file);
  // synonym sets first, so a pattern may use a set defined further down
  for (const { line, text } of lines) {
    if (!text.startsWith('&')) continue;
    const m = /^&([A-Za-z0-9_]+)\s*=\s*(.+)$/.exec(text);
    if (!m) throw new DataFileError(file, line, 'a synonym set reads "&NAME = word, two words, &OTHER"');
    const name = m[1].toUpperCase();
    if (synsets.has(name)) throw new DataFileError(file, line, `synonym set &${name} defined twice`);
    synsets.set(name, m[2].split(',').map((s) => s.trim().split(/\s+/).filter(Boolean)).filter((a) => a.length));
  }
  for (const { line, text } of lines) {
    const fail = (reason: string): never => {
      throw new DataFileError(file, line, reason);
    };
    if (text.startsWith('&')) continue;
    const head = /^(verb|noun)\s+(.+?)\s*(\[([^\]]+)\])?$/.exec(text);
    if (head) {
      const kind = head[1] as 'verb' | 'noun';
      let code: string | null = null;
      let reverse: string | null = null;
      if (head[4]) {
        if (!CODE.test(head[4].trim())) fail(`bad code [${head[4]}]`);
        ({ code, reverse } = parseCode(head[4]));
        checkCode(code, line);
        checkCode(reverse, line);
      }
      block = { patterns: [], texts: new Set() };
      for (const phrase of head[2].split(',').map((s) => s.trim()).filter(Boolean)) {
        const words = phrase.toLowerCase().split(/\s+/);
        let h = words.findIndex((w) => w.startsWith('+'));
        if (h < 0) h = 0;
        const clean = words.map((w) => w.replace(/^\+/, ''));
        const entry: TriggerEntry = { words: clean, head: h, kind, code, reverse, patterns: block.patterns, rule: `verbs.txt:${line} ${kind} ${phrase}` };
        const lemma = clean[h];
        const irrPast = new Set(irregular.get(lemma) ?? []);
        const forms =
          kind === 'verb'
            ? verbForms(lemma, irregular).map((f) => ({ form: f, priority: f === lemma ? 0 : 2, participle: irrPast.has(f) || (f !== lemma && f.endsWith('ed')) }))
            : nounForms(lemma).map((f) => ({ form: f, priority: f === lemma ? 0 : 2, participle: false }));
        lexicon.add(entry, forms);
        count++;
      }
      continue;
    }
    const pat = /^(\S+)\s+(.+)$/.exec(text);
    if (!pat || !CODE.test(pat[1])) fail('expected "verb ...", "noun ...", "&NAME = ..." or "CODE  PATTERN"');
    if (!block) fail('a pattern before any "verb" or "noun" line');
    const { code, reverse } = parseCode(pat![1]);
    const written = pat![2].trim().replace(/\s+/g, ' ');
    if (block!.texts.has(written)) fail(`pattern "${written}" listed twice in this block`);
    block!.texts.add(written);
    checkCode(code, line);
    checkCode(reverse, line);
    try {
      const p = parsePattern(pat![2], ctx);
      block!.patterns.push({ ...p, code, reverse, rule: `verbs.txt:${line} ${pat![2].trim()}` });
      count++;
    } catch (e) {
      if (e instanceof PatternSyntaxError) fail(e.message);
      throw e;
    }
  }
  return count;
}
