// SimHash fingerprints (Charikar 2002; Manku et al. 2007) of article texts: 64 bits from the hashed word 3-shingles,
// so that a syndicated copy with a changed headline, byline or footer lands within a few bits of its original.
// Computed in one pass over the characters, without a regex or an array of words.

/** Texts shorter than this many words get no fingerprint: too few shingles to tell copies from look-alikes. */
export const MIN_WORDS = 30;

const FNV_PRIME = 0x01000193;

/** Letters and digits (ASCII, and everything above Latin-1 punctuation) make words. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 0xbf;
}

/** Bit-sliced counting: `(x >>> j) & NIBBLES` puts bits j, j+4, ..., j+28 of a hash into eight 4-bit counters
 *  of one number, so four additions count all 32 bits of a shingle's hash. A counter holds 15, so the counts are
 *  moved into `counts` every 15 shingles. A bit's vote sum (+1 set, -1 clear) over n shingles is 2 * count - n. */
const NIBBLES = 0x11111111;
const FLUSH_EVERY = 15;

function flush(counts: Int32Array, at: number, a0: number, a1: number, a2: number, a3: number): void {
  for (let k = 0; k < 8; k++) {
    const s = 4 * k;
    counts[at + s] += (a0 >>> s) & 15;
    counts[at + s + 1] += (a1 >>> s) & 15;
    counts[at + s + 2] += (a2 >>> s) & 15;
    counts[at + s + 3] += (a3 >>> s) & 15;
  }
}

/** The 64-bit SimHash of a text as 16 hex digits, or null when the text is too short. */
export function simhash(text: string): string | null {
  // set-bit counts per bit: 0-31 of the first hash of each shingle, 32-63 of the second
  const counts = new Int32Array(64);
  // the last two word hashes (a rolling window of three words with the current one)
  let w1 = 0, w2 = 0, h = 0x811c9dc5, g = 0x2545f491, inWord = false, words = 0;
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0, pending = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, FNV_PRIME);
      g = Math.imul(g ^ c, 0x5bd1e995) ^ (g >>> 15);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    words++;
    const word = (h ^ Math.imul(g, 0x9e3779b1)) >>> 0;
    if (words >= 3) {
      // the shingle (w2, w1, word) hashed two ways
      const a = mix(Math.imul(Math.imul(w2 ^ 0x5bd1e995, FNV_PRIME) ^ w1, FNV_PRIME) ^ word);
      const b = mix(Math.imul(Math.imul(word ^ 0x27d4eb2f, 0x85ebca6b) ^ w1, 0xc2b2ae35) ^ Math.imul(w2, 0x165667b1));
      a0 += a & NIBBLES; a1 += (a >>> 1) & NIBBLES; a2 += (a >>> 2) & NIBBLES; a3 += (a >>> 3) & NIBBLES;
      b0 += b & NIBBLES; b1 += (b >>> 1) & NIBBLES; b2 += (b >>> 2) & NIBBLES; b3 += (b >>> 3) & NIBBLES;
      if (++pending === FLUSH_EVERY) {
        flush(counts, 0, a0, a1, a2, a3);
        flush(counts, 32, b0, b1, b2, b3);
        a0 = a1 = a2 = a3 = b0 = b1 = b2 = b3 = pending = 0;
      }
    }
    w2 = w1;
    w1 = word;
    h = 0x811c9dc5;
    g = 0x2545f491;
  }
  if (words < MIN_WORDS) return null;
  flush(counts, 0, a0, a1, a2, a3);
  flush(counts, 32, b0, b1, b2, b3);
  const shingles = words - 2;
  let hi = 0, lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * counts[bit] > shingles) lo |= 1 << bit;
    if (2 * counts[bit + 32] > shingles) hi |= 1 << bit;
  }
  return hex8(hi) + hex8(lo);
}

/** murmur3's finalizer: spreads the bits so each shingle sets about half of them. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

function hex8(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

/** Number of differing bits between two fingerprints. */
export function hamming(a: string, b: string): number {
  return popcount(parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16))
    + popcount(parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16));
}
