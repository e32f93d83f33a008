// Anchoring relative expressions against the publication date, with the tense of the clause.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeDoc, timeNamed, timesOf } from './helpers.js';

const DATE = '2019-06-12'; // a Wednesday

test('a bare weekday is the one before in a past clause and the one ahead in a future clause', () => {
  assert.deepEqual(timesOf('The minister resigned on Monday.', DATE), ['Monday=2019-06-10']);
  assert.deepEqual(timesOf('The minister will resign on Monday.', DATE), ['Monday=2019-06-17']);
  assert.deepEqual(timesOf('The vote is scheduled for Friday.', DATE), ['Friday=2019-06-14']);
  // the day itself counts: a Wednesday paper reporting what happened on Wednesday
  assert.deepEqual(timesOf('Troops withdrew on Wednesday.', DATE), ['Wednesday=2019-06-12']);
  // a participle carries no tense; the finite verb does
  assert.deepEqual(timesOf('Police seized files, including ledgers, on Thursday.', DATE), ['Thursday=2019-06-06']);
});

test('last, next and this move a weekday, a month, a season or a unit', () => {
  assert.deepEqual(timesOf('Envoys met last Wednesday and meet again next Wednesday.', DATE), [
    'last Wednesday=2019-06-05', 'next Wednesday=2019-06-19',
  ]);
  assert.deepEqual(timesOf('The dam cracked last July and is repaired this June.', DATE), ['last July=2018-07', 'this June=2019-06']);
  assert.deepEqual(timesOf('It flooded last summer and may flood next spring.', DATE), ['last summer=2018-SU', 'next spring=2020-SP']);
  assert.deepEqual(timesOf('Output fell last year, rose last month and will rise next year.', DATE), [
    'last year=2018', 'last month=2019-05', 'next year=2020',
  ]);
  assert.deepEqual(timesOf('Yesterday the talks stalled; today they resume; tomorrow they end.', DATE), [
    'Yesterday=2019-06-11', 'today=2019-06-12', 'tomorrow=2019-06-13',
  ]);
  assert.deepEqual(timesOf('Arrests rose over the last week.', DATE), ['the last week=2019-W23']);
});

test('a month or day without a year takes the year that fits the tense', () => {
  // past clause: the latest on or before the publication date
  assert.deepEqual(timesOf('The treaty was signed on September 9.', DATE), ['September 9=2018-09-09']);
  // future clause: the earliest on or after it
  assert.deepEqual(timesOf('The treaty will be signed on March 2.', DATE), ['March 2=2020-03-02']);
  // no tense to go by: the nearest
  assert.deepEqual(timesOf('Talks in late May: the agenda.', '2019-01-10'), ['late May=2019-05']);
  assert.deepEqual(timesOf('Elections held in December drew crowds.', '2019-01-10'), ['December=2018-12']);
});

test('spans before now: "two years ago", "a decade ago", "since last autumn"', () => {
  assert.deepEqual(timesOf('The mine closed two years ago.', DATE), ['two years ago=2017']);
  assert.deepEqual(timesOf('The mill burned three days ago.', DATE), ['three days ago=2019-06-09']);
  assert.deepEqual(timesOf('The road was paved a decade ago.', DATE), ['a decade ago=2009']);
  assert.deepEqual(timesOf('Shelling has continued since last autumn.', DATE), ['last autumn=2018-FA']);
  const doc = timeDoc('Talks resumed in late January after a decade of silence.', '2019-02-20');
  assert.equal(timeNamed(doc, 'late January').value, '2019-01');
  assert.equal(timeNamed(doc, 'a decade').value, 'P10Y');
});

test('without a publication date, values keep their unknown parts', () => {
  assert.deepEqual(timesOf('The minister resigned on Monday, last year, in March and on June 3.'), [
    'Monday=XXXX-WXX-1', 'last year=PAST_REF', 'March=XXXX-03', 'June 3=XXXX-06-03',
  ]);
  assert.deepEqual(timesOf('The council met on Saturday night.'), ['Saturday night=XXXX-WXX-6TNI']);
});

test('"earlier" and "later" after a span move from the time last mentioned; "ago" and "from now" from now', () => {
  assert.deepEqual(timesOf('The fire started on March 3. Two days later it was out.', DATE), [
    'March 3=2019-03-03', 'Two days later=2019-03-05',
  ]);
  assert.deepEqual(timesOf('The bridge will open a year from now.', DATE), ['a year from now=2020']);
  // a comparison of spans is no date
  assert.deepEqual(timesOf('The rains came a month earlier than usual.', DATE), ['a month=P1M']);
});

test('"the next day" and "the following week" count from the story\'s own time, "next week" from now', () => {
  assert.deepEqual(timesOf('The quake struck on May 20. The next day, aid arrived.', DATE), [
    'May 20=2019-05-20', 'The next day=2019-05-21',
  ]);
  assert.deepEqual(timesOf('Aid arrives next week.', DATE), ['next week=2019-W25']);
});

test('an infinitive before the expression looks ahead; one after it defers to the finite verb', () => {
  assert.deepEqual(timesOf('The board chose a firm to run the port through October.', DATE), ['October=2019-10']);
  assert.deepEqual(timesOf('The index fell 2% Tuesday to close at a low.', DATE), ['Tuesday=2019-06-11']);
});

test('the verb group, not a look-alike, gives the tense', () => {
  // a possessive is no "is"
  assert.deepEqual(timesOf("Friday's vote was close.", DATE), ['Friday=2019-06-07']);
  // modals and linking verbs lead to the participle's real tense
  assert.deepEqual(timesOf('The law, which must be approved by Friday, is unpopular.', DATE), ['Friday=2019-06-14']);
  assert.deepEqual(timesOf('Schools will remain closed until Friday.', DATE), ['Friday=2019-06-14']);
  // "set" as a noun marks no future
  assert.deepEqual(timesOf('A set of talks held Monday failed.', DATE), ['Monday=2019-06-10']);
});

test('a present reporting verb reports what was already said: its weekday is the latest one', () => {
  assert.deepEqual(timesOf('The ministry says on Monday that the border is shut.', DATE), ['Monday=2019-06-10']);
  // the clause's own verb still decides: "resume" is present, so the Friday ahead
  assert.deepEqual(timesOf('The minister says talks resume on Friday.', DATE), ['Friday=2019-06-14']);
});
