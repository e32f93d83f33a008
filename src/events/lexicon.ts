// The compiled trigger lexicon: every inflected form of every trigger's head word, hashed to the entries it can
// start. Built once per Knowledge; a sentence is coded with one Map lookup per token.
import type { TriggerEntry } from './patterns.js';

export interface Candidate {
  entry: TriggerEntry;
  /** 0: the word as the dictionary lists it, 1: a form listed with it, 2: a generated form */
  priority: number;
  /** the form is a past tense or participle (passive voice needs one) */
  participle: boolean;
}

export class Lexicon {
  private readonly byForm = new Map<string, Candidate[]>();
  readonly entries: TriggerEntry[] = [];

  add(entry: TriggerEntry, forms: Iterable<{ form: string; priority: number; participle: boolean }>): void {
    this.entries.push(entry);
    for (const f of forms) {
      const list = this.byForm.get(f.form);
      const c = { entry, priority: f.priority, participle: f.participle };
      if (list) {
        if (!list.some((x) => x.entry === entry)) list.push(c);
        else {
          const i = list.findIndex((x) => x.entry === entry);
          if (list[i].priority > c.priority) list[i] = c;
        }
      } else this.byForm.set(f.form, [c]);
    }
  }

  /** candidates for a lowercase token, best priority first */
  lookup(lower: string): Candidate[] | undefined {
    return this.byForm.get(lower);
  }

  /** sorts each candidate list once loading is done */
  freeze(): void {
    for (const list of this.byForm.values()) list.sort((a, b) => a.priority - b.priority);
  }

  get size(): number {
    return this.byForm.size;
  }
}
