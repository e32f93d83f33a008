// The one normalization of a place name used both when indexing the gazetteer and when looking up text:
// lower case, accents folded ("Genève" = "geneve"), curly apostrophes straightened, runs of white space as one.
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /[\u0300-\u036f]/g;
const QUOTES = /[\u2018\u2019\u02bc`]/g;
const SPACES = /\s{2,}|[\t\n\r]/;

/** What the regular expressions above would find in an ASCII string, in one pass over its characters: whether it
 *  needs its white space collapsed; null when it holds a non-ASCII character (the general path then). Most keys
 *  are short ASCII names, looked up for every capitalized word, so this skips two regex runs per key. */
function asciiNeedsSpaces(s: string): boolean | null {
  let spaces = false;
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return null;
    const space = c === 32 || (c >= 9 && c <= 13);
    if ((space && prevSpace) || c === 9 || c === 10 || c === 13) spaces = true;
    prevSpace = space;
  }
  return spaces;
}

export function nameKey(s: string): string {
  const ascii = asciiNeedsSpaces(s);
  if (ascii === false) return s.toLowerCase();
  if (ascii === true) return s.toLowerCase().replace(/\s+/g, ' ');
  let k = s.toLowerCase();
  if (NON_ASCII.test(k)) k = k.normalize('NFD').replace(MARKS, '').replace(QUOTES, "'");
  if (SPACES.test(k)) k = k.replace(/\s+/g, ' ');
  return k;
}
