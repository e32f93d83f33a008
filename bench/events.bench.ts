// The event coder's speed: sentences coded per second on one core, tokenization included (issue 7 asks >= 10,000).
// Runs the stages up to the actors once (the coder needs their mentions), then times tokenization (the text
// stage) and codeEvents separately on the bench corpus; prints sentences/s for text + events, and for events alone.
//   node .build/NAME/bench/events.bench.js [--limit N] [--repeat N]
import { STAGES, newDoc } from '../src/analyze.js';
import { loadKnowledge } from '../src/dictionaries/knowledge.js';
import { codeEvents } from '../src/events/index.js';
import type { Article } from '../src/model/article.js';
import type { Doc } from '../src/model/doc.js';
import { arg, readCorpus, requireCorpus } from './corpus.js';

const corpus = requireCorpus();
const limit = arg('limit', Infinity);
const repeat = Math.max(1, arg('repeat', 3));

const articles: Article[] = [];
for await (const a of readCorpus(corpus)) {
  if (articles.length >= limit) break;
  articles.push(a);
}
const kb = loadKnowledge();
const before = STAGES.slice(0, STAGES.findIndex(([n]) => n === 'events'));
const textStage = STAGES.find(([n]) => n === 'text')![1];

// tokenization alone, timed
let textMs = 0;
for (const a of articles) {
  const t = performance.now();
  textStage(newDoc(a), kb);
  textMs += performance.now() - t;
}
// documents ready for the coder
const docs: Doc[] = articles.map((a) => {
  const d = newDoc(a);
  for (const [, stage] of before) stage(d, kb);
  return d;
});
const sentences = docs.reduce((n, d) => n + d.sentences.length, 0);
let eventsMs = Infinity;
let events = 0;
for (let r = 0; r < repeat; r++) {
  events = 0;
  const t = performance.now();
  for (const d of docs) {
    d.events = [];
    codeEvents(d, kb);
    events += d.events.length;
  }
  eventsMs = Math.min(eventsMs, performance.now() - t);
}
const rate = (ms: number) => Math.round((sentences / ms) * 1000).toLocaleString('en-US');
console.log(`events bench: ${articles.length} articles, ${sentences} sentences, ${events} events`);
console.log(`  codeEvents alone        ${eventsMs.toFixed(0)} ms   ${rate(eventsMs)} sentences/s`);
console.log(`  tokenization alone      ${textMs.toFixed(0)} ms   ${rate(textMs)} sentences/s`);
console.log(`  tokenization + events   ${(textMs + eventsMs).toFixed(0)} ms   ${rate(textMs + eventsMs)} sentences/s  (issue 7: >= 10,000)`);
