// Text-layer faults (tokens, sentences, tags, quotation marks) that cost quotes their speakers, on sentences written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, docOf, quoteWith, speakerText } from '../helpers/analyze.js';
import { tokenize } from '../../src/text/tokenize.js';
import { findMarkedQuotes } from '../../src/quotes/marks.js';

test('a horizontal bar is punctuation, so a dateline before it stays out of the speaker', () => {
  const bar = tokenize('BAYPORT ― Mayor Jo Roe said so.').tokens.find((t) => t.text === '―');
  assert.equal(bar?.kind, 'punctuation');
  assert.equal(bar?.pos, 'PUNCT');
  const a = analyzeText('BAYPORT ― Mayor Jo Roe said the harbour would close for the winter.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'harbour would close')), 'Mayor Jo Roe');
});

test('a title before a name keeps its period and its sentence ("the Rev. Jo Roe")', () => {
  const doc = docOf('The Rev. Jo Roe said the chapel would reopen in May. Adm. Bo Kim told the crew to wait.', '2021-03-02');
  assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end)), [
    'The Rev. Jo Roe said the chapel would reopen in May.',
    'Adm. Bo Kim told the crew to wait.',
  ]);
  assert.ok(doc.tokens.some((t) => t.text === 'Rev.'));
  const a = analyzeText('The pier will stay shut, said Cmdr. Al Day.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'pier will stay shut')), 'Cmdr. Al Day');
});

test('"No." is an abbreviation only before a number; elsewhere its period ends the sentence', () => {
  const text = 'Asked whether the pier would reopen, Jo Roe said no. “We cannot afford it,” she added. The ferry docks at No. 3 Quay.';
  const doc = docOf(text, '2021-03-02');
  assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end)), [
    'Asked whether the pier would reopen, Jo Roe said no.',
    '“We cannot afford it,” she added.',
    'The ferry docks at No. 3 Quay.',
  ]);
  assert.ok(doc.tokens.some((t) => t.text === 'No.'), 'before a number the abbreviation stays whole');
  const a = analyzeText(text, '2021-03-02');
  const q = quoteWith(a, 'cannot afford it');
  assert.equal(q.text, '“We cannot afford it,”');
  assert.equal(speakerText(a, q), 'she');
});

test('a noun that is also a cue verb, joined by "and" to the head\'s modifier, stays in the speaker ("state and federal agencies")', () => {
  const a = analyzeText('The levy will rise next year, and state and federal agencies said they would pay the rest.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'they would pay')), 'state and federal agencies');
});

test('after "then", a noun coordinated with a modifier before a verb is tagged a noun ("then state and city crews could")', () => {
  const text = 'Volunteers would sign up, and then state and city crews could call on them in a flood.';
  const state = tokenize(text).tokens.find((t) => t.lower === 'state');
  assert.equal(state?.pos, 'NOUN');
  const a = analyzeText(text, '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'them in a flood')), 'state and city crews');
  // a verb that takes a coordinated object keeps its tag
  assert.equal(tokenize('Then wash and dry wet socks.').tokens.find((t) => t.lower === 'wash')?.pos, 'VERB');
});

test('a quotation nested in curly marks inside another stays inside it ("... what she calls “a leaky tub” than ...")', () => {
  const a = analyzeText('“I would rather sail in what she calls “a leaky tub” than stay ashore with them,” said Jo Roe. “Fine,” Al Day said.', '2021-03-02');
  const q = quoteWith(a, 'leaky tub');
  assert.equal(q.text, '“I would rather sail in what she calls “a leaky tub” than stay ashore with them,”');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(speakerText(a, quoteWith(a, 'Fine')), 'Al Day');
});

test('a dateline before a spaced hyphen stays out of the subject ("BAYPORT - Mayor Jo Roe said")', () => {
  const a = analyzeText('BAYPORT - Mayor Jo Roe said the harbour would close for the winter.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'harbour would close')), 'Mayor Jo Roe');
  // a hyphen inside a word still joins the phrase
  const b = analyzeText('The pro-ferry lobby said the harbour would close.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'harbour would close')), 'The pro-ferry lobby');
});

test('a curly opening mark typed for a closing one, glued to the word before it, closes the quotation', () => {
  const text = 'The inspectors rated the claim “largely wrong.“\n\n“We will reopen the pier,” Jo Roe said.';
  const doc = docOf(text, '2021-03-02');
  assert.deepEqual(findMarkedQuotes(doc).map((q) => text.slice(q.start, q.end)), ['“largely wrong.“', '“We will reopen the pier,”']);
});

test('a dateline may end in a horizontal bar ("BAYPORT ― ...")', () => {
  const a = analyzeText('BAYPORT ― The ferry crews voted to strike on Monday, their union said.', '2021-03-02');
  assert.equal(a.structure.dateline?.place, 'BAYPORT');
  assert.equal(a.structure.dateline?.text, 'BAYPORT ―');
});

test('the dateline is a sentence of its own, so it is neither content nor speaker of the first report', () => {
  const a = analyzeText('BAYPORT — According to Jo Roe, the ferry will stop running in May.', '2021-03-02');
  assert.deepEqual(a.sentences.map((s) => a.text.slice(s.start, s.end)), ['BAYPORT —', 'According to Jo Roe, the ferry will stop running in May.']);
  const q = quoteWith(a, 'ferry will stop');
  assert.equal(q.text, 'the ferry will stop running in May');
  assert.equal(speakerText(a, q), 'Jo Roe');
});

test('a break after an abbreviation in brackets is no sentence end when a lowercase word follows ("(D-Va.) said")', () => {
  const doc = docOf('Sen. Jo Roe (D-Va.) said the ferry would run. Then it rained.', '2021-03-02');
  assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end)), [
    'Sen. Jo Roe (D-Va.) said the ferry would run.',
    'Then it rained.',
  ]);
});

test('a year in a clause set off inside the speaker\'s phrase dates the speaker\'s past, not the report', () => {
  const a = analyzeText('Jo Roe, who ran the ferry line in 2015, said the pier would close.', '2021-03-02');
  assert.deepEqual(a.times.map((t) => t.text), ['2015'], 'the time stage finds the year inside the speaker phrase');
  const q = quoteWith(a, 'pier would close');
  assert.equal(speakerText(a, q), 'Jo Roe, who ran the ferry line in 2015');
  assert.equal(q.date, '2021-03-02');
  // a year outside the speaker's phrase still dates the report
  const b = analyzeText('In 2015, the harbour board said the pier was unsafe.', '2021-03-02');
  assert.equal(quoteWith(b, 'pier was unsafe').date, '2015');
});

test('a dateline may carry a date after its place ("HAVENTON, Del., Sept. 26 (UPI) —")', () => {
  const a = analyzeText('HAVENTON, Del., Sept. 26 (UPI) — Jo Roe said the ferry would run all winter.', '2021-09-27');
  assert.equal(a.structure.dateline?.place, 'HAVENTON, Del.');
  assert.equal(a.structure.dateline?.agency, 'UPI');
  assert.equal(a.sentences.length, 2);
  assert.equal(speakerText(a, quoteWith(a, 'ferry would run')), 'Jo Roe');
});
