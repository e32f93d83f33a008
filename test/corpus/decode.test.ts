import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes, charsetOfContentType, declaredCharset } from '../../src/corpus/decode.js';

const page = (meta: string, body: string) => `<html><head>${meta}</head><body><p>${body}</p></body></html>`;

test('a <meta charset> naming a legacy charset decodes accented letters', () => {
  const bytes = iconv.encode(page('<meta charset="iso-8859-1">', 'Le ministre a déclaré à Genève'), 'latin1');
  const d = decodeBytes(bytes);
  assert.equal(d.charset, 'iso-8859-1');
  assert.match(d.text, /déclaré à Genève/);
});

test('the HTTP charset wins over the page when both are given', () => {
  const bytes = iconv.encode(page('<meta charset="utf-8">', 'Привет из Москвы'), 'windows-1251');
  const d = decodeBytes(bytes, 'text/html; charset=windows-1251');
  assert.equal(d.charset, 'windows-1251');
  assert.match(d.text, /Привет из Москвы/);
});

test('a page declaring UTF-8 but written in windows-1252 falls back instead of producing replacement marks', () => {
  const bytes = iconv.encode(page('<meta charset="utf-8">', 'café “quoted”'), 'windows-1252');
  const d = decodeBytes(bytes);
  assert.equal(d.charset, 'windows-1252');
  assert.ok(d.note);
  assert.match(d.text, /café “quoted”/);
  assert.doesNotMatch(d.text, /\uFFFD/);
});

test('UTF-8 bytes under a legacy declaration are read as UTF-8', () => {
  const bytes = Buffer.from(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'Zürich und Genf'), 'utf8');
  const d = decodeBytes(bytes);
  assert.equal(d.charset, 'utf-8');
  assert.match(d.text, /Zürich/);
});

test('an unknown charset name falls back to the bytes and says so', () => {
  const d = decodeBytes(Buffer.from(page('<meta charset="x-no-such-charset">', 'naïve'), 'utf8'));
  assert.equal(d.charset, 'utf-8');
  assert.match(d.note ?? '', /unknown charset/);
  assert.match(d.text, /naïve/);
});

test('no declaration: strict UTF-8 if it fits, else windows-1252', () => {
  assert.equal(decodeBytes(Buffer.from('<p>Ærø</p>', 'utf8')).text, '<p>Ærø</p>');
  assert.equal(decodeBytes(iconv.encode('<p>Ærø</p>', 'latin1')).text, '<p>Ærø</p>');
});

test('a byte-order mark decides, and is not part of the text', () => {
  const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>hi</p>', 'utf16le')]);
  assert.equal(decodeBytes(bom, 'text/html; charset=iso-8859-1').text, '<p>hi</p>');
});

test('charset names are read from Content-Type values and page heads', () => {
  assert.equal(charsetOfContentType('text/html; Charset="Shift_JIS"'), 'shift_jis');
  assert.equal(charsetOfContentType('text/html'), null);
  assert.equal(declaredCharset(Buffer.from('<?xml version="1.0" encoding="KOI8-R"?><rss/>')), 'koi8-r');
});
