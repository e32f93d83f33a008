import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorsDoc, actorNamed, mentionTexts } from './helpers.js';

const MATTIS = 'Defense Secretary James Mattis visited the base.';

test('a dated role holds only while it lasts', () => {
  assert.equal(actorNamed(actorsDoc(MATTIS, '2017-06-01'), 'James Mattis')?.code, 'USAGOV');
  // after his term the dictionary, not the title in an old sentence, decides: a former official
  assert.equal(actorNamed(actorsDoc(MATTIS, '2020-06-01'), 'James Mattis')?.code, 'USAELI');
});

test('a person whose role changes is coded by the role on the document date', () => {
  const text = 'Mike Pompeo spoke to reporters.';
  assert.equal(actorNamed(actorsDoc(text, '2017-06-01'), 'Mike Pompeo')?.code, 'USASPY');
  assert.equal(actorNamed(actorsDoc(text, '2019-06-01'), 'Mike Pompeo')?.code, 'USAGOV');
});

test('one office, different holders over time', () => {
  const text = 'Rex Tillerson and Antony Blinken were both mentioned.';
  const in2017 = actorsDoc(text, '2017-06-01');
  assert.equal(actorNamed(in2017, 'Rex Tillerson')?.code, 'USAGOV');
  assert.equal(actorNamed(in2017, 'Antony Blinken')?.code, 'USAELI');
  const in2022 = actorsDoc(text, '2022-06-01');
  assert.equal(actorNamed(in2022, 'Rex Tillerson')?.code, 'USAELI');
  assert.equal(actorNamed(in2022, 'Antony Blinken')?.code, 'USAGOV');
});

test('"the Administration" refers back to the government already named', () => {
  const doc = actorsDoc('The Trump Administration imposed sanctions. Later the Administration softened its tone.', '2017-06-01');
  const gov = actorNamed(doc, 'Trump Administration');
  assert.equal(gov?.code, 'USAGOV');
  assert.deepEqual(mentionTexts(gov), ['Trump Administration', 'Administration']);
});

test('"the minister" refers back to the last minister named', () => {
  const doc = actorsDoc('Russian Foreign Minister Sergei Lavrov met reporters. The minister said talks would go on.', '2017-06-01');
  const lavrov = actorNamed(doc, 'Sergei Lavrov');
  assert.equal(lavrov?.code, 'RUSGOV');
  assert.deepEqual(mentionTexts(lavrov), ['Sergei Lavrov', 'minister']);
});

test('a pronoun starting a speech clause is a mention of the last person', () => {
  const doc = actorsDoc('Iranian President Hassan Rouhani visited the port. He said trade would grow.', '2016-06-01');
  const rouhani = actorNamed(doc, 'Hassan Rouhani');
  assert.equal(rouhani?.code, 'IRNGOV');
  assert.deepEqual(mentionTexts(rouhani), ['Hassan Rouhani', 'He']);
  // not every pronoun: one that does not start a speech clause is left alone
  const doc2 = actorsDoc('Iranian President Hassan Rouhani visited the port. He toured the docks.', '2016-06-01');
  assert.deepEqual(mentionTexts(actorNamed(doc2, 'Hassan Rouhani')), ['Hassan Rouhani']);
});

test('a bare agent takes the country named before it in the sentence', () => {
  const doc = actorsDoc('Talks between the Assad regime and the opposition stalled.', '2016-06-01');
  assert.equal(actorNamed(doc, 'opposition')?.code, 'SYROPP');
});

test('a bare agent with no country before it takes one named after it in its sentence, else the dateline\'s', () => {
  const doc = actorsDoc('LIMA (Reuters) - Police fired tear gas at protesters on Friday.\n\nStudents in Bolivia marched to the capital.', '2021-06-04');
  // the news agency in the dateline lends no country; the dateline's city does
  assert.equal(actorNamed(doc, 'Police')?.code, 'PERCOP');
  assert.equal(actorNamed(doc, 'protesters')?.code, 'PERCVL');
  assert.equal(actorNamed(doc, 'Students')?.code, 'BOLEDU');
});

test('a group named again refers back, unless its own sentence names another country', () => {
  const doc = actorsDoc('Police in Chile detained two men. Police later released them.\n\nIn Peru, police said the border was closed.', '2021-06-04');
  const chile = doc.actors.find((a) => a.code === 'CHLCOP');
  assert.deepEqual(mentionTexts(chile), ['Police', 'Police']);
  assert.equal(doc.actors.find((a) => a.code === 'PERCOP')?.mentions.length, 1);
});

test('"the government" takes the country its own sentence names before it over one named earlier in the story', () => {
  const doc = actorsDoc('The Kremlin rejected the offer. Thousands of Peruvians protested against the government on Sunday.', '2021-06-04');
  assert.equal(actorNamed(doc, 'government')?.code, 'PERGOV');
  const back = actorsDoc('The Peruvian government raised fuel prices. Unions said the government had lied.', '2021-06-04');
  assert.equal(actorNamed(back, 'government')?.code, 'PERGOV');
});

test('a side before a title names the side; a plural title with no determiner is a group; "rebel-held" is no actor', () => {
  const doc = actorsDoc('Colombian troops shelled rebel-held villages. Rebel commanders accused Colombia of war crimes. Officials in Bogota denied it.', '2021-06-04');
  assert.equal(actorNamed(doc, 'Rebel commanders')?.code, 'COLREB');
  assert.equal(doc.actors.find((a) => a.mentions.some((m) => m.text.startsWith('rebel-held'))), undefined);
  assert.equal(actorNamed(doc, 'Officials')?.kind, 'group');
});

test('a capital after "in" is no actor, but it tells where the bare agents of its sentence belong', () => {
  const doc = actorsDoc('Peru and Chile signed a trade deal. Thousands of students marched in Quito on Friday.', '2021-06-04');
  assert.equal(actorNamed(doc, 'students')?.code, 'ECUEDU');
  assert.equal(actorNamed(doc, 'Quito'), undefined);
});

test('a country after a bare agent is its own only when it is where the agent is ("in", "from"), not its object', () => {
  const doc = actorsDoc('Chile said on Monday that the companies had supplied Peru with arms.', '2021-06-04');
  assert.notEqual(actorNamed(doc, 'companies')?.code, 'PERBUS');
  const from = actorsDoc('Students from Peru marched through central Quito.', '2021-06-04');
  assert.equal(actorNamed(from, 'Students')?.code, 'PEREDU');
  // "central Quito" after "through" is the scene, not an actor
  assert.equal(actorNamed(from, 'Quito'), undefined);
});

test('"a" before a title (past adjectives) names someone new, of the country around them', () => {
  const doc = actorsDoc('Police in Chile detained a prominent opposition leader on Friday. A senior official confirmed it.', '2021-06-04');
  assert.equal(actorNamed(doc, 'opposition leader')?.code, 'CHLOPP');
  const later = actorsDoc('The Chilean minister spoke first. A minister from Peru spoke next.', '2021-06-04');
  // "a minister" is not the minister named before
  assert.notEqual(actorNamed(later, 'minister')?.code, undefined);
  assert.equal(later.actors.filter((a) => a.kind === 'person').length, 2);
});

test('quantity words opening a sentence are no names', () => {
  const doc = actorsDoc('SANTIAGO (AP) - Thousands marched through the city. Dozens were hurt.', '2021-06-04');
  assert.equal(actorNamed(doc, 'Thousands'), undefined);
  assert.equal(actorNamed(doc, 'Dozens'), undefined);
});

test('a lone capitalized word with no earlier full name is no person; one the text also writes in lower case is nothing', () => {
  const doc = actorsDoc('Rain fell on Kestrelford all night.', '2016-06-01');
  assert.notEqual(actorNamed(doc, 'Kestrelford')?.kind, 'person');
  const doc2 = actorsDoc('The hands were tied, said an aide to Hands.', '2016-06-01');
  assert.equal(actorNamed(doc2, 'Hands'), undefined);
});

test('actors are numbered in order of first mention, each mention once', () => {
  const doc = actorsDoc('Russia and Turkey met. Turkey then called Russia.', '2016-06-01');
  assert.deepEqual(doc.actors.map((a) => [a.id, a.code, a.mentions.length]), [['a1', 'RUS', 2], ['a2', 'TUR', 2]]);
});

test('"former" makes a role a past one: ELI', () => {
  const doc = actorsDoc('A former Egyptian foreign minister criticized the plan.', '2019-06-01');
  assert.equal(actorNamed(doc, 'former Egyptian foreign minister')?.code, 'EGYELI');
});

test('each mention says whether it is a name, a common-noun phrase or a pronoun', () => {
  const doc = actorsDoc('Iranian President Hassan Rouhani met Syrian rebels. He said Tehran would help. The president left.', '2016-06-01');
  const forms = doc.actors.flatMap((a) => a.mentions.map((m) => `${m.text}:${m.form}`));
  assert.deepEqual(forms.sort(), ['Hassan Rouhani:name', 'He:pronoun', 'Syrian rebels:nominal', 'Tehran:name', 'president:nominal'].sort());
});

test('a dictionary surname alone names its person, unless the text named someone else of that name', () => {
  const doc = actorsDoc('On Monday Lavrov met reporters in Moscow.', '2019-06-01');
  assert.equal(actorNamed(doc, 'Lavrov')?.name, 'Sergei Lavrov');
  assert.equal(actorNamed(doc, 'Lavrov')?.code, 'RUSGOV');
  const other = actorsDoc('Anna Lavrov, a teacher, spoke first. Later Lavrov said the school would reopen.', '2019-06-01');
  assert.deepEqual(mentionTexts(actorNamed(other, 'Anna Lavrov')), ['Anna Lavrov', 'Lavrov']);
  // opening a sentence, a surname is trusted only when its person is named elsewhere
  assert.equal(actorNamed(actorsDoc('Hunt for the killers went on.', '2019-06-01'), 'Hunt'), undefined);
});
