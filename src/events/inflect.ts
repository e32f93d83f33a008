// Word forms generated from a lemma, so dictionaries list "impose" and match "imposes", "imposed", "imposing".
// Over-generation is harmless (a form that is not English never occurs in text), so doubling of a final consonant
// is offered beside the plain form instead of guessing stress.
import { dataLines, DataFileError } from '../dictionaries/data-file.js';

/** lemma -> its irregular past and participle forms */
export type IrregularVerbs = Map<string, string[]>;

export function loadIrregularVerbs(file: string): IrregularVerbs {
  const out: IrregularVerbs = new Map();
  for (const { line, text } of dataLines(file)) {
    const parts = text.toLowerCase().split(/\s+/);
    if (parts.length !== 3) throw new DataFileError(file, line, 'expected "LEMMA PAST PARTICIPLE"');
    out.set(parts[0], [...parts[1].split('/'), ...parts[2].split('/')].filter(Boolean));
  }
  return out;
}

const VOWEL = /[aeiou]/;
const SIBILANT = /(s|x|z|ch|sh|o)$/;

function doubled(w: string): string | null {
  // stop -> stopp(ed); ban -> bann(ed); admit -> admitt(ed)
  return /[^aeiou][aeiou][bdgklmnprt]$/.test(w) ? w + w[w.length - 1] : null;
}

/** Third person, past, participle and -ing forms of a verb lemma (the lemma included). */
export function verbForms(lemma: string, irregular: IrregularVerbs): string[] {
  const w = lemma.toLowerCase();
  const forms = new Set<string>([w]);
  const consY = w.length > 1 && w.endsWith('y') && !VOWEL.test(w[w.length - 2]);
  forms.add(consY ? w.slice(0, -1) + 'ies' : SIBILANT.test(w) ? w + 'es' : w + 's');
  const irr = irregular.get(w);
  if (irr) irr.forEach((f) => forms.add(f));
  else if (w.endsWith('e')) forms.add(w + 'd');
  else if (consY) forms.add(w.slice(0, -1) + 'ied');
  else forms.add(w + 'ed');
  if (w.endsWith('ie')) forms.add(w.slice(0, -2) + 'ying');
  else if (w.endsWith('e') && !/(ee|ye|oe)$/.test(w)) forms.add(w.slice(0, -1) + 'ing');
  else forms.add(w + 'ing');
  const d = doubled(w);
  if (d && !irr) {
    forms.add(d + 'ed');
    forms.add(d + 'ing');
  }
  return [...forms];
}

/** Singular and plural of a noun. */
export function nounForms(noun: string): string[] {
  const w = noun.toLowerCase();
  if (w.endsWith('s')) return [w, w + 'es'];
  if (w.length > 1 && w.endsWith('y') && !VOWEL.test(w[w.length - 2])) return [w, w.slice(0, -1) + 'ies'];
  return [w, SIBILANT.test(w) ? w + 'es' : w + 's'];
}
