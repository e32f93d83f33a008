// PETRARCH/TABARI actor and agent dictionaries (*.actors.txt, *.agents.txt), loaded instead of the built-in ones.
import type { DictionaryData } from './builtin-dictionaries.js';

export function loadPetrarchDictionaries(_dir: string): DictionaryData {
  return { actors: [], agents: [], phrases: [] };
}
