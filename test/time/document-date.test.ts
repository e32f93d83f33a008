// Publication-date inference from the text's own evidence, with people's terms of office handed in directly so
// the tests do not depend on the actor dictionaries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorTimes } from '../../src/time/index.js';
import { inferDate } from '../../src/time/document-date.js';
import type { PersonTerms } from '../../src/actors/terms.js';
import { builtinKnowledge } from '../helpers/analyze.js';
import { timeDoc } from './helpers.js';

const ARTICLE = [
  'Governor Ada Vell said on Monday that the levees would hold.',
  '',
  'See Delta Notes, Mar 3: Levees Under Strain',
  '',
  'See Delta Notes, Mar 5: Rain Returns',
].join('\n');

/** A fictional governor in office through 2014. */
const vell = (title: string | null): PersonTerms => ({
  name: 'Ada Vell', start: 9, end: 17, title,
  roles: [{ from: '2014-01-10', to: '2014-12-31', code: 'DLTGOV', title: 'governor' }],
});

test('cross-reference days get their year from a term of office; the date is the day after the latest', () => {
  const doc = timeDoc(ARTICLE);
  assert.equal(inferDate(doc, builtinKnowledge(), [vell('Governor')]), '2014-03-06');
});

test('a name without its title does not give cross-reference days a year: people are named out of office too', () => {
  const doc = timeDoc(ARTICLE);
  assert.equal(inferDate(doc, builtinKnowledge(), [vell(null)]), null);
});

test('without anything giving a year, no date is invented', () => {
  const doc = timeDoc(ARTICLE);
  assert.equal(inferDate(doc, builtinKnowledge(), []), null);
  assert.equal(doc.date.source, 'none');
  assert.equal(doc.date.value, null);
  assert.equal(timeDoc('The levees held on Monday.').date.source, 'none');
});

test('a weekday written with a day must fit the calendar: it picks the year', () => {
  const terms: PersonTerms[] = [{
    name: 'Ada Vell', start: 0, end: 8, title: null,
    roles: [{ from: '2014-01-01', to: '2016-12-31', code: 'DLTGOV', title: 'governor' }],
  }];
  const doc = timeDoc('The strike began on Thursday, April 9, union leaders said.');
  assert.equal(inferDate(doc, builtinKnowledge(), terms), '2015-04-09');
});

test('a day in the dateline is the day of publication, its year confirmed by a titled term of office', () => {
  const doc = timeDoc('NORVIK, Apr 14 (Tidings) - Governor Ada Vell opened the new dam on Monday.');
  assert.equal(inferDate(doc, builtinKnowledge(), [vell('Governor')]), '2014-04-14');
  assert.equal(inferDate(doc, builtinKnowledge(), []), null);
});

test('a lone explicit date is history, not a dateline: no date is inferred from it', () => {
  const doc = timeDoc('The dam burst on October 9, 1963, the survivors recalled.');
  assert.equal(inferDate(doc, builtinKnowledge(), []), null);
});

test('an explicit date with its weekday pins the publication date, at or after it', () => {
  const doc = timeDoc('The bridge collapsed on Friday, May 3, 2013, officials said.');
  assert.equal(inferDate(doc, builtinKnowledge(), []), '2013-05-03');
});

test('once the date is known, cross-reference days get their year and relative times their values', () => {
  const doc = timeDoc(ARTICLE);
  doc.date = { value: '2014-03-06', source: 'inferred' };
  anchorTimes(doc, builtinKnowledge());
  assert.deepEqual(doc.structure.related.map((r) => r.date), ['2014-03-03', '2014-03-05']);
  assert.equal(doc.times[0].value, '2014-03-03'); // "on Monday" in a past clause
});

test('a date given with the article is kept as it is', () => {
  const doc = timeDoc(ARTICLE, '2020-01-01');
  assert.deepEqual(doc.date, { value: '2020-01-01', source: 'metadata' });
});
