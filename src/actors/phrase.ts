// How phrases and text are cut into the words the matcher compares: hyphens and a trailing possessive are words
// of their own (wink-nlp splits "al-Nusra" but not "pro-Assad"), and keys ignore case and periods ("U.S." = "US").

/** The comparison key of one word. */
const CURLY = /[’‘`]/;

export function wordKey(word: string): string {
  const w = (CURLY.test(word) ? word.replace(/[’‘`]/g, "'") : word).toLowerCase();
  if (!w.includes('.')) return w;
  const stripped = w.replace(/\./g, '');
  return stripped || w;
}

/** The words of a dictionary phrase, as written. */
const SIMPLE = /^[\p{L}\p{N} .]*$/u;

export function phraseWords(phrase: string): string[] {
  // most phrases are plain words: no hyphen or apostrophe to split off
  if (SIMPLE.test(phrase)) return phrase.trim().split(/\s+/).filter(Boolean);
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
  let letters = 0;
  let upper = 0;
  let firstUpper = false;
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lower === up) continue; // not a cased letter
    if (letters === 0) firstUpper = ch === up;
    letters++;
    if (ch === up) upper++;
  }
  if (letters >= 2 && upper === letters) return 2;
  return firstUpper ? 1 : 0;
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
