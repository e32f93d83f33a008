// Each TIMEX3 value form the recognizer produces, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeDoc, timeNamed, timesOf } from './helpers.js';

const DATE = '2019-06-12'; // a Wednesday, ISO week 24

test('explicit dates keep the granularity written: year, month, day', () => {
  const doc = timeDoc('The canal opened in 1998, was widened in March 2004 and closed on October 3, 2011.', DATE);
  assert.equal(timeNamed(doc, '1998').value, '1998');
  assert.equal(timeNamed(doc, 'March 2004').value, '2004-03');
  assert.equal(timeNamed(doc, 'October 3, 2011').value, '2011-10-03');
  assert.equal(timeNamed(doc, 'October 3, 2011').type, 'DATE');
  assert.deepEqual(timesOf('Ships logged on 4 May 2010 and again on 2012-08-30.', DATE), ['4 May 2010=2010-05-04', '2012-08-30=2012-08-30']);
});

test('weeks, seasons, decades, centuries and quarters', () => {
  assert.deepEqual(timesOf('The ferry was slow this week and last week.', DATE), ['this week=2019-W24', 'last week=2019-W23']);
  assert.deepEqual(timesOf('Harvests failed last autumn.', DATE), ['last autumn=2018-FA']);
  assert.deepEqual(timesOf('Rents climbed in the 1990s and fell in the 20th century.', DATE), ['the 1990s=199', 'the 20th century=19']);
  assert.deepEqual(timesOf('Sales fell in the third quarter of 2015.', DATE), ['the third quarter of 2015=2015-Q3']);
  assert.deepEqual(timesOf('Floods came in the summer of 2003.', DATE), ['the summer of 2003=2003-SU']);
});

test('durations: counted, written in words, hyphenated, unspecified', () => {
  assert.deepEqual(timesOf('The strike lasted three days, then a two-week pause.', DATE), ['three days=P3D', 'two-week=P2W']);
  assert.deepEqual(timesOf('The siege went on for years and talks took several months.', DATE), ['years=PXY', 'several months=PXM']);
  assert.deepEqual(timesOf('Crews worked 36 hours and waited a decade.', DATE), ['36 hours=PT36H', 'a decade=P10Y']);
  const doc = timeDoc('The truce held for the past two years.', DATE);
  assert.equal(timeNamed(doc, 'the past two years').type, 'DURATION');
  assert.equal(timeNamed(doc, 'the past two years').value, 'P2Y');
});

test('vague references: PRESENT_REF, PAST_REF, FUTURE_REF', () => {
  assert.deepEqual(timesOf('The port is now closed; it was recently dredged and may reopen in the future.', DATE), [
    'now=PRESENT_REF', 'recently=PAST_REF', 'the future=FUTURE_REF',
  ]);
  assert.deepEqual(timesOf('They argued about the future of the port.', DATE), []);
});

test('parts of day and clock times make TIME values', () => {
  const doc = timeDoc('The mayor spoke on Sunday night and the vote closes at 6:30 p.m. Friday.', DATE);
  const night = timeNamed(doc, 'Sunday night');
  assert.equal(night.type, 'TIME');
  assert.equal(night.value, '2019-06-09TNI');
  assert.equal(timeNamed(doc, '6:30 p.m. Friday').value, '2019-06-14T18:30');
});

test('recurrences are SETs: every Monday, weekly', () => {
  const doc = timeDoc('The council meets every Monday and publishes weekly reports.', DATE);
  assert.equal(timeNamed(doc, 'every Monday').type, 'SET');
  assert.equal(timeNamed(doc, 'every Monday').value, 'XXXX-WXX-1');
  assert.equal(timeNamed(doc, 'weekly').value, 'XXXX-WXX');
  assert.deepEqual(timesOf('She writes for the Daily Ledger.', DATE), []);
});

test('modifiers: early/mid/late mark a part, about/more than qualify a span and stay outside it', () => {
  const doc = timeDoc('Prices rose in early March, dipped in mid-2016 and recovered in late January.', DATE);
  assert.equal(timeNamed(doc, 'early March').mod, 'START');
  assert.equal(timeNamed(doc, 'mid-2016').mod, 'MID');
  assert.equal(timeNamed(doc, 'mid-2016').value, '2016');
  assert.equal(timeNamed(doc, 'late January').mod, 'END');
  const spans = timeDoc('The vote took more than a week after about three months of talks.', DATE);
  assert.equal(timeNamed(spans, 'a week').mod, 'MORE_THAN');
  assert.equal(timeNamed(spans, 'three months').mod, 'APPROX');
});

test('words that only look like times are left alone', () => {
  assert.deepEqual(timesOf('You may go. The 2000 troops marched. His 40-year-old brother waited.', DATE), []);
  assert.deepEqual(timesOf('Exports fell 3 percent and Sun Li spoke.', DATE), []);
  // two years in one token are two expressions
  assert.deepEqual(timesOf('The drought of 2011-12 was severe.', DATE), ['2011=2011', '12=2012']);
});

test('cross-reference lines keep their date in the structure, not in times', () => {
  const doc = timeDoc('The harbour reopened on Monday.\n\nSee Port Weekly, Jun 3: Harbour Talks Resume', DATE);
  assert.deepEqual(doc.times.map((t) => t.text), ['Monday']);
});

test('unspecified spans to or from now: "the coming weeks", "recent years"', () => {
  assert.deepEqual(timesOf('Aid will arrive in the coming weeks after shortages in recent years.', DATE), [
    'the coming weeks=PXW', 'recent years=PXY',
  ]);
  // "over" before "the" is a preposition, not "more than"
  const doc = timeDoc('Rents rose over the past decade.', DATE);
  assert.equal(timeNamed(doc, 'the past decade').mod, undefined);
});

test('clock times take a zone and a day written right after them; seasons recur with "each"', () => {
  assert.deepEqual(timesOf('Polls will close at 8 p.m. local time on Saturday.', DATE), ['8 p.m. local time on Saturday=2019-06-15T20:00']);
  assert.deepEqual(timesOf('Storks return each spring.', DATE), ['each spring=XXXX-SP']);
  assert.deepEqual(timesOf('Veterans of the 1980-88 war marched.', DATE), ['1980=1980', '88=1988']);
});

test('impossible days are not dates, and odd text never throws', () => {
  assert.deepEqual(timesOf('Ships sailed on February 30 and 31 April.', DATE), ['February=2019-02', 'April=2019-04']);
  // February 29 exists only in leap years
  assert.deepEqual(timesOf('He left on February 29.', '2019-02-28'), ['February 29=2016-02-29']);
  for (const odd of ['', '   \n\n ', '🙂 Monday 🙂', 'year '.repeat(2000), '\u0000\u200b 12:99 99/99/9999 0 days']) {
    assert.doesNotThrow(() => timesOf(odd, DATE));
  }
});

test('rates and periods recur: "a year" after an amount, "every four years"', () => {
  const doc = timeDoc('Voters choose a council every four years; members earn 900 crowns a month.', DATE);
  assert.equal(timeNamed(doc, 'every four years').type, 'SET');
  assert.equal(timeNamed(doc, 'every four years').value, 'P4Y');
  assert.equal(timeNamed(doc, 'a month').type, 'SET');
});

test('quarters and halves of a year', () => {
  assert.deepEqual(timesOf('Profit fell in the second half of 2017 and rose in the first quarter.', DATE), [
    'the second half of 2017=2017-H2', 'the first quarter=2019-Q1',
  ]);
  assert.deepEqual(timesOf('He scored in the first half of the match.', DATE), []);
});

test('half a unit is a whole count of a smaller one', () => {
  assert.deepEqual(timesOf('The ferry waited half an hour; the feud lasted half a century and 1.5 years more.', DATE), [
    'half an hour=PT30M', 'half a century=P50Y', '1.5 years=P1.5Y',
  ]);
});
