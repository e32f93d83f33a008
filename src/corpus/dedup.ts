// Near-duplicate detection over SimHash fingerprints. Two texts are copies when their fingerprints differ in at
// most MAX_DISTANCE bits; the index splits each fingerprint into four 16-bit bands, and any two fingerprints
// within 3 bits agree exactly on at least one band (pigeonhole), so a lookup compares only a few candidates.
import { hamming } from './simhash.js';

export const MAX_DISTANCE = 3;

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
    for (let b = 0; b < 4; b++) {
      const ids = this.bands.get(b + fingerprint.slice(b * 4, b * 4 + 4));
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
    for (let b = 0; b < 4; b++) {
      const key = b + fingerprint.slice(b * 4, b * 4 + 4);
      const ids = this.bands.get(key);
      if (ids) ids.push(id);
      else this.bands.set(key, [id]);
    }
  }
}
