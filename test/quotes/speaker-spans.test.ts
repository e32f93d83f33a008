// Where a speaker phrase begins and ends, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, quoteWith, speakerText } from '../helpers/analyze.js';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadQuotesKnowledge } from '../../src/quotes/knowledge.js';
import { DataFileError } from '../../src/dictionaries/data-file.js';
import { dictionariesDir } from '../../src/paths.js';


test('a "which" clause after a name\'s appositive describes the appositive, not the speaker', () => {
  const a = analyzeText('Jo Roe, head of the ferry union, which has 900 members, said the strike would go on.', '2021-03-02');
  const q = quoteWith(a, 'strike would go on');
  assert.equal(speakerText(a, q), 'Jo Roe, head of the ferry union');
  assert.equal(q.cue?.text, 'said');
  // a "who" clause may describe the name itself and stays
  const b = analyzeText('Kim Lee, a nurse, who led the march, said the ward was full.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'ward was full')), 'Kim Lee, a nurse, who led the march');
});

test('a second appositive describes the first one\'s last noun and stays out of the speaker phrase', () => {
  const a = analyzeText('Jo Roe, the mayor of Elmwood, a town of 4,000, said the ferry would stop.', '2021-03-02');
  const q = quoteWith(a, 'ferry would stop');
  assert.equal(speakerText(a, q), 'Jo Roe, the mayor of Elmwood');
  assert.equal(q.text, 'the ferry would stop');
  // with the quotation before the frame, the left-out aside is no part of the content either
  const b = analyzeText('“We have lost the summer,” Jo Roe, the mayor of Elmwood, one of the towns by the dam, said.', '2021-03-02');
  const r = quoteWith(b, 'lost the summer');
  assert.equal(speakerText(b, r), 'Jo Roe, the mayor of Elmwood');
  assert.equal(r.text, '“We have lost the summer,”');
});

test('a participle after the clause finds its subject past several opening phrases', () => {
  const a = analyzeText('At dawn, meanwhile, the harbour board met the ferry crews, promising new contracts.', '2021-03-02');
  const q = quoteWith(a, 'new contracts');
  assert.equal(speakerText(a, q), 'the harbour board');
  assert.equal(q.cue?.text, 'promising');
  const b = analyzeText('Angered by the ruling, Jo Roe walked out of the hearing, vowing to appeal.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'to appeal')), 'Jo Roe');
});

test('a time between the clause subject and its verb keeps the subject as the speaker of a verb after "and"', () => {
  const a = analyzeText('The ferry union on Monday staged a short strike at the docks and vowed to shut the port.', '2021-03-02');
  const q = quoteWith(a, 'shut the port');
  assert.equal(speakerText(a, q), 'The ferry union');
  assert.equal(q.cue?.text, 'vowed');
});

test('the object of "left" or "had" is the speaker of a cue participle right after it', () => {
  const a = analyzeText('The closure of the mill also left many harbour towns feeling that they had been forgotten.', '2021-03-02');
  const q = quoteWith(a, 'had been forgotten');
  assert.equal(speakerText(a, q), 'many harbour towns');
  assert.equal(q.cue?.text, 'feeling');
  const b = analyzeText('By noon the rumour had the ferry crews saying that the port would close.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'port would close')), 'the ferry crews');
});

test('object_subject_verbs is checked at load, naming file and line', () => {
  const kb = loadQuotesKnowledge({ builtinDir: dictionariesDir, petrarchDir: null });
  assert.ok(kb.objectSubjectVerbs.has('left'));
  const good = readFileSync(join(dictionariesDir, 'quotes', 'cues.yaml'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-quotes-'));
  mkdirSync(join(dir, 'quotes'));
  writeFileSync(join(dir, 'quotes', 'cues.yaml'), good.replace('  - keep keeps kept keeping\n', '  - Keep Kept\n'));
  assert.throws(
    () => loadQuotesKnowledge({ builtinDir: dir, petrarchDir: null }),
    (e: unknown) => e instanceof DataFileError && /cues\.yaml:\d+/.test(e.message) && /lowercase/.test(e.message),
  );
});

test('a participle after ", and <subject> <verb>" takes that clause\'s subject as its speaker', () => {
  const a = analyzeText('The boat was drifting, and the skipper grew angry, shouting that the engine had failed.', '2021-03-02');
  const q = quoteWith(a, 'engine had failed');
  assert.equal(speakerText(a, q), 'the skipper');
  assert.equal(q.cue?.text, 'shouting');
});

test('a verb after ", but" with no subject of its own shares the main clause speaker, not a reported clause\'s subject', () => {
  const a = analyzeText('The dock workers said they wanted a new contract, but promised to keep the cranes running.', '2021-03-02');
  const q = quoteWith(a, 'keep the cranes running');
  assert.equal(speakerText(a, q), 'The dock workers');
  assert.equal(q.cue?.text, 'promised');
  const b = analyzeText('Tenants said they expect “a fair rent for everyone,” but vowed to stay calm.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'stay calm')), 'Tenants');
});

test('a participle after the clause is not the speech of a relative word that reported inside it', () => {
  const a = analyzeText('At the depot, the manager was unmoved by a driver who said the brakes had failed, calling the claim absurd.', '2021-03-02');
  const q = quoteWith(a, 'claim absurd');
  assert.equal(speakerText(a, q), 'the manager');
  assert.equal(q.cue?.text, 'calling');
  assert.equal(speakerText(a, quoteWith(a, 'brakes had failed')), 'who');
});

test('an inverted speaker\'s appositive runs on past a hyphenated participle ("a Leeds-based builder")', () => {
  const a = analyzeText('“The port is dying,” said Jo Roe, a Leeds-based builder of ferries.', '2021-03-02');
  const q = quoteWith(a, 'port is dying');
  assert.equal(speakerText(a, q), 'Jo Roe, a Leeds-based builder of ferries');
  assert.equal(q.cue?.text, 'said');
});

test('an appositive may join two titles with "and" before an adjective and its noun', () => {
  const a = analyzeText('Kim Lee, a retired ferry pilot and local historian, spoke at the quay, warning that the pier would collapse.', '2021-03-02');
  const q = quoteWith(a, 'pier would collapse');
  assert.equal(speakerText(a, q), 'Kim Lee, a retired ferry pilot and local historian');
  assert.equal(q.cue?.text, 'warning');
});

test('a title whose head the tagger reads as an adjective ("attorney general") still joins "of" and its noun', () => {
  const a = analyzeText('“We were never consulted,” Ana Ruiz, the attorney general of Westvale, a county on the coast, said.', '2021-03-02');
  const q = quoteWith(a, 'never consulted');
  assert.equal(speakerText(a, q), 'Ana Ruiz, the attorney general of Westvale');
  assert.equal(q.text, '“We were never consulted,”');
});

test('a cue form in -s followed by a perfect ("worries have haunted") is a noun subject, not a report', () => {
  const a = analyzeText('Money worries have haunted the ferry firm since spring.', '2021-03-02');
  assert.equal(a.quotes.length, 0, JSON.stringify(a.quotes.map((x) => x.text)));
  const b = analyzeText('The mayor says he has raised the fares.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'raised the fares')), 'The mayor');
});

test('a noun modifying a nominal cue names its speaker ("union allegations that ...")', () => {
  const a = analyzeText('Despite union allegations that the yard was unsafe, the ferry sailed on time.', '2021-03-02');
  const q = quoteWith(a, 'yard was unsafe');
  assert.equal(speakerText(a, q), 'union');
  assert.equal(q.cue?.text, 'allegations');
  assert.equal(q.text, 'that the yard was unsafe');
});

test('a participle after the noun of an opening prepositional phrase has that noun as its speaker, and only it', () => {
  const a = analyzeText('In a letter urging calm, the harbour board called the strike unlawful, citing the old contract.', '2021-03-02');
  const q = quoteWith(a, 'calm');
  assert.equal(speakerText(a, q), 'a letter');
  assert.equal(q.cue?.text, 'urging');
  assert.equal(speakerText(a, quoteWith(a, 'old contract')), 'the harbour board');
});

test('a relative word\'s cue does not take the words before its clause as its report', () => {
  const a = analyzeText('"The fares are fair," she said, waving off a sailor who asked about costs.', '2021-03-02');
  assert.ok(!a.quotes.some((x) => x.cue?.text === 'asked'), JSON.stringify(a.quotes.map((x) => [x.text, x.cue?.text])));
  assert.equal(speakerText(a, quoteWith(a, 'fares are fair')), 'she');
});

test('a participle takes the subject of the nearest main clause opened after a comma', () => {
  const a = analyzeText('The pumps were failing, and by midnight, the skipper grew furious, shouting that help was late.', '2021-03-02');
  const q = quoteWith(a, 'help was late');
  assert.equal(speakerText(a, q), 'the skipper');
  assert.equal(q.cue?.text, 'shouting');
});

test('"feel" before an adjective, a participle or "that way" describes a state and reports nothing', () => {
  const a = analyzeText('The ferry crews felt cheated after the vote on the harbour levy.', '2021-03-02');
  assert.ok(!a.quotes.some((x) => x.cue?.text === 'felt'), JSON.stringify(a.quotes.map((x) => [x.text, x.cue?.text])));
  const b = analyzeText('The ferry crews felt that the levy was unfair.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'levy was unfair')), 'The ferry crews');
});

test('state_verbs must name verbs from the list, checked at load with file and line', () => {
  const good = readFileSync(join(dictionariesDir, 'quotes', 'cues.yaml'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-quotes-'));
  mkdirSync(join(dir, 'quotes'));
  writeFileSync(join(dir, 'quotes', 'cues.yaml'), good.replace(/(state_verbs:\n(?:  #.*\n)*)/, '$1  - wobble\n'));
  assert.throws(
    () => loadQuotesKnowledge({ builtinDir: dir, petrarchDir: null }),
    (e: unknown) => e instanceof DataFileError && /cues\.yaml:\d+/.test(e.message) && /wobble/.test(e.message),
  );
});

test('a clause joined before the frame by "but" is not what the frame reports', () => {
  const a = analyzeText('The crews went on strike in June, but the harbour board learned from the dispute.', '2021-03-02');
  assert.ok(!a.quotes.some((x) => x.text.includes('went on strike')), JSON.stringify(a.quotes.map((x) => [x.text, x.cue?.text])));
  const b = analyzeText('The crews went on strike in June, but the harbour board said that talks would resume.', '2021-03-02');
  const q = quoteWith(b, 'talks would resume');
  assert.equal(speakerText(b, q), 'the harbour board');
  assert.equal(q.text, 'that talks would resume');
});

test('a clause before a subordinator that opens the frame is not what the frame reports', () => {
  const a = analyzeText('The harbour board will close the pier if the engineers conclude.', '2021-03-02');
  assert.ok(!a.quotes.some((x) => x.text.includes('close the pier')), JSON.stringify(a.quotes.map((x) => [x.text, x.cue?.text])));
});

test('a relative word before a cue followed only by a prepositional phrase is no report ("the ones that they argued about")', () => {
  const a = analyzeText('Which of the grievances do you mean, the ones that the dockers have argued about for years?', '2021-03-02');
  assert.ok(!a.quotes.some((x) => /argued/.test(x.cue?.text ?? '')), JSON.stringify(a.quotes.map((x) => [x.text, x.cue?.text])));
});

test('a pronoun frame right after a noun sits in a relative clause and does not interrupt the clause around it', () => {
  const a = analyzeText('To pay for the new berths she has proposed, the mayor will need higher fees.', '2021-03-02');
  const q = a.quotes.find((x) => x.cue?.text === 'has proposed');
  assert.ok(!q || !q.text.includes('To pay for the new berths'), JSON.stringify(q?.text));
});

test('a pronoun frame right after a noun and before a comma reports nothing: its object is the noun before it', () => {
  const a = analyzeText('To pay for the new berths she has proposed, the mayor will need higher fees.', '2021-03-02');
  assert.ok(!a.quotes.some((x) => x.cue?.text === 'has proposed'), JSON.stringify(a.quotes.map((x) => [x.text, x.cue?.text])));
  const b = analyzeText('Last spring she proposed new berths for the ferries.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'new berths')), 'she');
});

test('"you" after an auxiliary opening a yes-no question reports nothing; after a question word it may', () => {
  const a = analyzeText('Would you believe the ferry still runs on coal?', '2021-03-02');
  assert.ok(!a.quotes.some((x) => x.cue?.text === 'believe'), JSON.stringify(a.quotes.map((x) => [x.text, x.cue?.text])));
  const b = analyzeText('Why do you believe the ferry still runs on coal?', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'ferry still runs')), 'you');
});

test('a content that is only another frame ("..., she said") is no report of the verb before it', () => {
  const a = analyzeText('By Tuesday the ferry crews had finally agreed, Roe added.', '2021-03-02');
  assert.ok(!a.quotes.some((x) => x.text === 'Roe added'), JSON.stringify(a.quotes.map((x) => [x.text, x.cue?.text])));
  assert.equal(speakerText(a, quoteWith(a, 'crews had finally agreed')), 'Roe');
  const b = analyzeText('By Tuesday the ferry crews had finally agreed, she added.', '2021-03-02');
  assert.ok(!b.quotes.some((x) => x.text === 'she added'), JSON.stringify(b.quotes.map((x) => [x.text, x.cue?.text])));
});

test('the agent of a passive cue ends before a relative clause after a comma', () => {
  const a = analyzeText('The pier plan was endorsed by the Harbor Gazette, which ran a long series on the old docks last spring.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'pier plan')), 'the Harbor Gazette');
});

test('"told" after a comma takes its speaker from before it: what follows is the listener', () => {
  const a = analyzeText('“The pier is safe,” Jo Roe, the harbor chief who also sits on the board, told the Harbor Gazette.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'pier is safe')), 'Jo Roe, the harbor chief who also sits on the board');
});

test('a list item that leaves out its subject ("Keeps saying ...", "Calls ...") has no speaker, not the words after its cue', () => {
  const a = analyzeText('Keeps saying she opposed the levy, when there are recordings of her backing it.', '2021-03-02');
  const q = quoteWith(a, 'opposed the levy');
  assert.equal(q.speaker, null);
  assert.equal(q.cue?.text, 'Keeps saying');
  const b = analyzeText('Calls the ferry crews lazy, like "sloths," and skips every hearing.', '2021-03-02');
  assert.equal(quoteWith(b, 'ferry crews').speaker, null);
});

test('"Having said that" opens a sentence with no speaker; a report inside the sentence keeps its own', () => {
  const a = analyzeText('Having said that, a few sailors still argue that the tolls should stay low.', '2021-03-02');
  assert.ok(!a.quotes.some((q) => speakerText(a, q) === 'Having'), JSON.stringify(a.quotes.map((q) => q.text)));
  assert.equal(speakerText(a, quoteWith(a, 'tolls should stay')), 'a few sailors');
});

test('a participle after a semicolon takes the subject of the clause after it, not the first speaker of the sentence', () => {
  const a = analyzeText('The port office estimates that the repairs would cost five million dollars; the union puts the figure at nine million, assuming no delays.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'no delays')), 'the union');
});

test('a demonstrative opening the sentence belongs to the speaker phrase ("That survey found", "But that board warned")', () => {
  const a = analyzeText('That survey found that most crews backed the levy. But that cautious board also warned that the pier was unsafe.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'most crews')), 'That survey');
  assert.equal(speakerText(a, quoteWith(a, 'pier was unsafe')), 'that cautious board');
  const b = analyzeText('The mayor said that crews found cracks.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'crews found')), 'The mayor');
});

test('after an inverted cue, "on" and a body joins a lowercase noun to the speaker ("said one senior aide on the board")', () => {
  const a = analyzeText('“The ferry will run again by May,” said one senior aide on the harbor board.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'ferry will run')), 'one senior aide on the harbor board');
  // after a name it opens a frame of its own, and a time after it is no body
  const b = analyzeText('“The ferry will run again by May,” said Jo Roe on Tuesday.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'ferry will run')), 'Jo Roe');
});

test('an adverb grading an adjective stays inside a subject phrase ("the institute at the more cautious trust puts ...")', () => {
  const a = analyzeText('The ferry board expects a busy summer; the survey team at the more cautious Sea Trust expects a quiet one, citing the storms.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'the storms')), 'the survey team at the more cautious Sea Trust');
});

test('a lowercase aside in parentheses after an inverted speaker is no part of the name; a party tag is', () => {
  const a = analyzeText('"The new ferry timetable helps nobody," said Mr. Bay (an opinion most dock workers share).', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'helps nobody')), 'Mr. Bay');
  const b = analyzeText('"The fares are too high," said Rep. Jo Roe (D-Ohio).', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'fares are too high')), 'Rep. Jo Roe (D-Ohio)');
});

test('a clause of its own after "according to X," is a comment on the figures, not part of the source', () => {
  const a = analyzeText('Dock fees would rise by as much as 12 percent, according to the Harbor Budget Office, nearly double what it had forecast for the smaller piers.', '2021-03-02');
  const q = quoteWith(a, 'Dock fees would rise');
  assert.equal(speakerText(a, q), 'the Harbor Budget Office');
  // an appositive with no clause of its own still runs to the end
  const b = analyzeText('Dock fees would rise by 9 percent, according to Jo Roe, the harbor board treasurer.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'Dock fees would rise')), 'Jo Roe, the harbor board treasurer');
});

test('a quantifier alone at the start of a clause stands for a group of speakers', () => {
  const a = analyzeText('Some believe the ferry levy will be dropped before the winter.', '2021-03-02');
  const q = quoteWith(a, 'ferry levy will be dropped');
  assert.equal(speakerText(a, q), 'Some');
  assert.equal(q.cue?.text, 'believe');
  // the outer report holds the inner one ("... shows ...") whole
  const b = analyzeText('But many think the rush to sign up dock workers shows the Roe campaign is worried about the harbor vote.', '2021-03-02');
  const r = quoteWith(b, 'campaign is worried');
  assert.equal(speakerText(b, r), 'many');
  assert.equal(r.cue?.text, 'think');
  // before a noun or a form in -s it is a determiner
  const c = analyzeText('Some port officials praised the new levy.', '2021-03-02');
  assert.equal(speakerText(c, quoteWith(c, 'the new levy')), 'Some port officials');
  const d = analyzeText('Some reports say the levy will be dropped.', '2021-03-02');
  assert.equal(speakerText(d, quoteWith(d, 'levy will be dropped')), 'Some reports');
});

test('an aside between dashes after a name\'s title keeps the name that opens the sentence', () => {
  const a = analyzeText('Jo Roe, the chief of Harbor Media -- the firm that runs the ferry ads, which also air on radio -- told me the slots were sold out.', '2021-03-02');
  const q = quoteWith(a, 'slots were sold out');
  assert.equal(speakerText(a, q), 'Jo Roe, the chief of Harbor Media -- the firm that runs the ferry ads, which also air on radio');
  const b = analyzeText('Jo Roe -- head of the ferry union -- said the strike would go on.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'strike would go on')), 'Jo Roe -- head of the ferry union');
});

test('a participle inside a relative clause has the relative word as its speaker', () => {
  const a = analyzeText('“Good work,” Jo Roe said to the mayor, who opened his talk by praising all the crews that had built the pier.', '2021-03-02');
  const q = quoteWith(a, 'all the crews');
  assert.equal(speakerText(a, q), 'who');
  assert.equal(q.cue?.text, 'praising');
  // outside such a clause the participle stays with the sentence's subject
  const b = analyzeText('Jo Roe opened her talk by praising all the crews that had built the pier.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'all the crews')), 'Jo Roe');
});

test('a clause of time inside a relative clause closes the subject phrase before it', () => {
  const a = analyzeText('A chart from a deck that Jo Roe and her staff bring along when they visit port owners and town leaders shows that fees have doubled.', '2021-03-02');
  const q = quoteWith(a, 'fees have doubled');
  assert.equal(speakerText(a, q), 'A chart from a deck that Jo Roe and her staff bring along');
  assert.equal(q.cue?.text, 'shows');
});
