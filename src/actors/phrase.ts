// How phrases and text are cut into the words the matcher compares: hyphens and a trailing possessive are words
// of their own (wink-nlp splits "al-Nusra" but not "pro-Assad"), and keys ignore case and periods ("U.S." = "US").

/** The comparison key of one word. */
export function wordKey(word: string): string {
  const w = word.replace(/[’‘`]/g, "'").toLowerCase();
  if (!w.includes('.')) return w;
  const stripped = w.replace(/\./g, '');
  return stripped || w;
}

/** The words of a dictionary phrase, as written. */
export function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const raw of phrase.trim().split(/\s+/)) {
    for (const part of raw.split(/(-)/)) {
      if (!part) continue;
      const m = /^(.+?)(['’]s|['’])$/.exec(part);
      if (m && part !== "'s") {
        out.push(m[1], m[2]);
      } else out.push(part);
    }
  }
  return out;
}

/** 0: any case; 1: must be capitalized in the text; 2: must be all capitals (an acronym). */
export function caseRuleOf(word: string): number {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (!letters) return 0;
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 2;
  const first = letters[0];
  return first !== first.toLowerCase() ? 1 : 0;
}

/** Whether a word of the text satisfies a phrase word's case rule. */
export function caseFits(rule: number, text: string): boolean {
  if (rule === 0) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return true;
  if (rule === 2) return letters === letters.toUpperCase();
  const first = letters[0];
  return first !== first.toLowerCase();
}

/** A simple English plural of a phrase's last word (minister -> ministers, authority -> authorities). */
export function pluralOf(phrase: string): string | null {
  const m = /^(.*?)(\p{L}+)$/u.exec(phrase);
  if (!m) return null;
  const [, head, last] = m;
  if (/s$/i.test(last)) return null;
  if (/[^aeiou]y$/i.test(last)) return head + last.slice(0, -1) + 'ies';
  if (/(ch|sh|x|z)$/i.test(last)) return head + last + 'es';
  if (/man$/i.test(last)) return head + last.slice(0, -3) + 'men';
  return head + last + 's';
}
