// The one normalization of a place name used both when indexing the gazetteer and when looking up text:
// lower case, accents folded ("Genève" = "geneve"), curly apostrophes straightened, runs of white space as one.
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019\u02bc`]/g;
const SPACES = /\s{2,}|[\t\n\r]/;

export function nameKey(s: string): string {
  let k = s.toLowerCase();
  if (NON_ASCII.test(k)) k = k.normalize('NFD').replace(MARKS, '').replace(QUOTES, "'");
  if (SPACES.test(k)) k = k.replace(/\s+/g, ' ');
  return k;
}
