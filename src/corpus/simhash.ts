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

/** For each byte value, its 8 bits as +1/-1 votes: a shingle's hash votes a byte at a time, without branches. */
const VOTES = (() => {
  const t = new Int8Array(256 * 8);
  for (let b = 0; b < 256; b++) for (let i = 0; i < 8; i++) t[b * 8 + i] = (b >> i) & 1 ? 1 : -1;
  return t;
})();

function vote(weights: Int32Array, at: number, x: number): void {
  for (let k = 0; k < 4; k++) {
    const row = ((x >>> (k * 8)) & 0xff) * 8;
    const w = at + k * 8;
    for (let i = 0; i < 8; i++) weights[w + i] += VOTES[row + i];
  }
}

/** The 64-bit SimHash of a text as 16 hex digits, or null when the text is too short. */
export function simhash(text: string): string | null {
  const weights = new Int32Array(64);
  // the last two word hashes (a rolling window of three words with the current one)
  let w1 = 0, w2 = 0, h = 0x811c9dc5, g = 0x2545f491, inWord = false, words = 0;
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
      const a = Math.imul(Math.imul(w2 ^ 0x5bd1e995, FNV_PRIME) ^ w1, FNV_PRIME) ^ word;
      const b = Math.imul(Math.imul(word ^ 0x27d4eb2f, 0x85ebca6b) ^ w1, 0xc2b2ae35) ^ Math.imul(w2, 0x165667b1);
      vote(weights, 0, mix(a));
      vote(weights, 32, mix(b));
    }
    w2 = w1;
    w1 = word;
    h = 0x811c9dc5;
    g = 0x2545f491;
  }
  if (words < MIN_WORDS) return null;
  let hi = 0, lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (weights[bit] > 0) lo |= 1 << bit;
    if (weights[bit + 32] > 0) hi |= 1 << bit;
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
