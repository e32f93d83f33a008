// Part-of-speech repairs over wink-nlp's tags, by the shape of the words around a token (no word lists).
import { skipSpaceTokens as skip } from './skip-space.js';

/**
 * "..., then state and city crews could ...": after an adverb or a conjunction, wink-nlp reads a noun
 * that modifies a head together with a coordinated modifier as a verb. A lowercase word tagged VERB, followed by
 * "and"/"or", one to three adjectives or nouns ending in a noun, and then a verb, is a noun.
 */
export function mendTags(tokens: Array<{ text: string; lower: string; pos: string; kind: string }>): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || t.kind !== 'word' || t.text !== t.lower || /(ed|ing)$/.test(t.lower)) continue;
    const p = skip(tokens, i - 1, -1);
    if (p < 0 || (tokens[p].pos !== 'ADV' && tokens[p].pos !== 'CCONJ')) continue;
    const c = skip(tokens, i + 1, 1);
    if (c < 0 || (tokens[c].lower !== 'and' && tokens[c].lower !== 'or')) continue;
    let k = skip(tokens, c + 1, 1);
    let n = 0;
    let lastNoun = false;
    while (k >= 0 && n < 3 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN') && tokens[k].kind === 'word') {
      lastNoun = tokens[k].pos === 'NOUN';
      n++;
      k = skip(tokens, k + 1, 1);
    }
    if (!lastNoun || k < 0 || (tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX')) continue;
    t.pos = 'NOUN';
  }
}
