import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate, dateFromUrl } from '../../src/corpus/dates.js';

test('metadata dates in the common formats give the day as written', () => {
  assert.equal(normalizeDate('2021-07-09T23:30:00-04:00'), '2021-07-09'); // the publisher's day, not UTC's
  assert.equal(normalizeDate('Fri, 09 Jul 2021 23:30:00 -0400'), '2021-07-09');
  assert.equal(normalizeDate('July 9, 2021'), '2021-07-09');
  assert.equal(normalizeDate('9 July 2021'), '2021-07-09');
  assert.equal(normalizeDate('20210709'), '2021-07-09');
  assert.equal(normalizeDate('2021/7/9'), '2021-07-09');
});

test('impossible or missing dates give null', () => {
  assert.equal(normalizeDate('2021-02-30'), null);
  assert.equal(normalizeDate('yesterday'), null);
  assert.equal(normalizeDate(''), null);
  assert.equal(normalizeDate(null), null);
});

test('dates written in URL paths', () => {
  assert.equal(dateFromUrl('https://news.example/2019/05/12/harbour-reopens'), '2019-05-12');
  assert.equal(dateFromUrl('https://news.example/world/2019-05-12-harbour.html'), '2019-05-12');
  assert.equal(dateFromUrl('https://news.example/story/20190512/harbour'), '2019-05-12');
  assert.equal(dateFromUrl('https://news.example/story/12345678/harbour'), null);
  assert.equal(dateFromUrl('not a url'), null);
});
