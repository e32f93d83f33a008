// The phrase matcher: every dictionary phrase compiled once into a word trie; matching is leftmost-longest over a
// document's words, linear in their number (each start walks at most as deep as the longest phrase).
import { caseFits, caseRuleOf, phraseWords, wordKey } from './phrase.js';
import type { Entry, EntryType } from './types.js';

interface Node {
  next: Map<string, Node> | null;
  entries: Entry[] | null;
  /** PETRARCH stems ending here: the next text word may only begin with the key */
  stems: Array<{ key: string; entry: Entry }> | null;
  /** children that modifiers may precede (the same nodes as in `next`): PETRARCH phrases written with a space */
  gapNext: Map<string, Node> | null;
}

const newNode = (): Node => ({ next: null, entries: null, stems: null, gapNext: null });

export interface MatchWord {
  key: string;
  text: string;
  /** part of speech and offsets: what a gap between a phrase's words may hold (absent: no gaps) */
  pos?: string;
  start?: number;
  end?: number;
}

/** At most this many words may stand in one gap of a phrase. */
const MAX_GAP = 4;

/** The end of the modifiers starting at words[i] that may stand inside a noun phrase between a phrase's words:
 *  adjectives and hyphenated compounds ("state-run"); i when there are none. */
function modifiersEnd(words: MatchWord[], i: number, limit: number): number {
  let k = i;
  while (k < limit && k - i < MAX_GAP) {
    const w = words[k];
    if (w.pos === 'ADJ' && w.key !== '-') {
      k++;
      continue;
    }
    // a run of words joined by hyphens with no space between ("state-run", "war-torn")
    let j = k;
    while (j + 2 < limit && words[j + 1].key === '-' && words[j].end === words[j + 1].start && words[j + 1].end === words[j + 2].start) j += 2;
    if (j === k || j + 1 - i > MAX_GAP + 2) break;
    k = j + 1;
  }
  return k;
}

export interface Match {
  /** words matched, from the start word */
  length: number;
  entries: Entry[];
}

export class PhraseMatcher {
  private root = newNode();
  size = 0;

  add(type: EntryType, phrase: string, ref: number, opts: { agent?: string | null; stem?: boolean; anyCase?: boolean; gaps?: number } = {}): void {
    const words = phraseWords(phrase);
    if (!words.length) return;
    // two bits per word (0 any case, 1 capitalized, 2 capitals); words past the 15th are not checked
    let caseRule = 0;
    if (!opts.anyCase) for (let i = 0; i < words.length && i < 15; i++) caseRule |= caseRuleOf(words[i]) << (2 * i);
    const entry: Entry = { type, phrase, caseRule, words: words.length, ref, agent: opts.agent ?? null, stem: !!opts.stem };
    let node = this.root;
    const last = words.length - 1;
    for (let i = 0; i < words.length; i++) {
      const key = wordKey(words[i]);
      if (i === last && opts.stem) {
        (node.stems ??= []).push({ key, entry });
        this.size++;
        return;
      }
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      if (i > 0 && opts.gaps && (opts.gaps >> i) & 1) (node.gapNext ??= new Map()).set(key, child);
      node = child;
    }
    // the same phrase twice for the same thing adds nothing
    if (node.entries?.some((e) => e.type === type && e.ref === ref && e.agent === entry.agent)) return;
    (node.entries ??= []).push(entry);
    this.size++;
  }

  /** Whether any phrase starts with this word key (a cheap test before longest()). */
  starts(key: string): boolean {
    return this.root.next?.has(key) === true || this.root.stems !== null;
  }

  /** The longest phrase starting at words[from] (not passing `limit`) whose case rules the text satisfies. */
  longest(words: MatchWord[], from: number, limit: number): Match | null {
    let node: Node | undefined = this.root;
    let best: Match | null = null;
    for (let i = from; i < limit && node; i++) {
      const w = words[i];
      if (node.stems) {
        for (const s of node.stems) {
          if (w.key.startsWith(s.key) && this.fits(s.entry, words, from)) {
            if (!best || best.length < i - from + 1) best = { length: i - from + 1, entries: [s.entry] };
            else if (best.length === i - from + 1) best.entries.push(s.entry);
          }
        }
      }
      let next: Node | undefined = node.next?.get(w.key);
      // a PETRARCH phrase written with a space: modifiers may stand before its next word
      if (!next && node.gapNext && w.pos !== undefined) {
        const j = modifiersEnd(words, i, limit);
        if (j > i && j < limit) {
          next = node.gapNext.get(words[j].key);
          if (next) i = j;
        }
      }
      node = next;
      if (node?.entries) {
        const len = i - from + 1;
        for (const e of node.entries) {
          if (!this.fits(e, words, from)) continue;
          if (!best || best.length < len) best = { length: len, entries: [e] };
          else best.entries.push(e);
        }
      }
    }
    return best;
  }

  private fits(e: Entry, words: MatchWord[], from: number): boolean {
    if (e.caseRule === 0) return true;
    for (let k = 0; k < e.words && k < 15; k++) {
      const rule = (e.caseRule >> (2 * k)) & 3;
      if (rule && !caseFits(rule, words[from + k].text)) return false;
    }
    return true;
  }
}
