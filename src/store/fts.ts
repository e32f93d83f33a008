// User text to an FTS5 query: each word becomes a quoted term (all must match), so punctuation and FTS5
// operators in the input are searched for, never interpreted. A trailing * on a word keeps prefix search.
export function ftsQuery(text: string): string | null {
  const terms: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const prefix = raw.endsWith('*');
    const word = raw.replace(/\*+$/, '').replace(/"/g, '""');
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    terms.push(`"${word}"${prefix ? '*' : ''}`);
  }
  return terms.length ? terms.join(' ') : null;
}
