// Near-duplicate detection over SimHash fingerprints. Two texts are copies when their fingerprints differ in at
// most MAX_DISTANCE bits (5 of 64: a short wire story with a new headline, byline and footer moves 4 or 5 bits).
// The index splits each fingerprint into six bands (four of 12 bits, two of 8); two fingerprints within 5 bits
// agree exactly on at least one band (pigeonhole), so a lookup compares only the few candidates sharing a band.
import { hamming } from './simhash.js';

export const MAX_DISTANCE = 5;

/** The bands, as [start, end) ranges of hex digits of the 16-digit fingerprint. */
const BANDS: ReadonlyArray<readonly [number, number]> = [[0, 3], [3, 6], [6, 9], [9, 12], [12, 14], [14, 16]];

export interface NearMatch {
  id: string;
  distance: number;
  similarity: number;
}

export class NearDuplicateIndex {
  private readonly bands = new Map<string, string[]>();
  private readonly prints = new Map<string, string>();

  get size(): number {
    return this.prints.size;
  }

  /** The closest indexed original within MAX_DISTANCE bits (the earliest on a tie), or null. */
  find(fingerprint: string): NearMatch | null {
    let best: NearMatch | null = null;
    for (let b = 0; b < BANDS.length; b++) {
      const ids = this.bands.get(b + fingerprint.slice(BANDS[b][0], BANDS[b][1]));
      if (!ids) continue;
      for (const id of ids) {
        const d = hamming(fingerprint, this.prints.get(id)!);
        if (d <= MAX_DISTANCE && (!best || d < best.distance)) best = { id, distance: d, similarity: 1 - d / 64 };
      }
    }
    return best;
  }

  add(id: string, fingerprint: string): void {
    if (this.prints.has(id)) return;
    this.prints.set(id, fingerprint);
    for (let b = 0; b < BANDS.length; b++) {
      const key = b + fingerprint.slice(BANDS[b][0], BANDS[b][1]);
      const ids = this.bands.get(key);
      if (ids) ids.push(id);
      else this.bands.set(key, [id]);
    }
  }
}
