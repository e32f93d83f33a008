// Quote layer behaviour, on sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, at, quoteWith, speakerText } from '../helpers/analyze.js';

test('a direct quote before "said <speaker>" keeps its marks, speaker and cue', () => {
  const a = analyzeText('“The bridge will open in spring,” said Mayor Ellen Varga of Brookfield.', '2021-03-02');
  const q = quoteWith(a, 'bridge will open');
  assert.equal(q.kind, 'direct');
  assert.equal(q.text, '“The bridge will open in spring,”');
  assert.equal(speakerText(a, q), 'Mayor Ellen Varga of Brookfield');
  assert.equal(q.cue?.text, 'said');
  assert.equal(at(a, q), q.text);
});

test('straight quotes and a speaker before the cue', () => {
  const a = analyzeText('"We counted every ballot twice," the election chief told reporters.', '2021-03-02');
  const q = quoteWith(a, 'counted every ballot');
  assert.equal(q.kind, 'direct');
  assert.equal(speakerText(a, q), 'the election chief');
  assert.equal(q.cue?.text, 'told');
});

test('a quote running over two paragraphs is one quote', () => {
  const text = [
    'Farmers gathered outside the ministry on Tuesday. Their leader, Tomas Breel, said:',
    '',
    '“The drought has taken half our harvest. We cannot pay our loans.',
    '',
    '“We ask only for time, and the ministry has given us none.”',
    '',
    'The ministry did not reply.',
  ].join('\n');
  const a = analyzeText(text, '2021-03-02');
  const q = quoteWith(a, 'The drought has taken');
  assert.ok(q.text.includes('We ask only for time'), q.text);
  assert.match(speakerText(a, q) ?? '', /Tomas Breel/);
  assert.equal(a.quotes.filter((x) => x.text.includes('We ask only for time')).length, 1);
});

test('an indirect quote starts at "that" after the cue and a time phrase', () => {
  const a = analyzeText('The trade commissioner countered on Monday that the tariffs would hurt exporters most.', '2021-03-02');
  const q = quoteWith(a, 'tariffs would hurt');
  assert.equal(q.kind, 'indirect');
  assert.equal(q.text, 'that the tariffs would hurt exporters most');
  assert.equal(speakerText(a, q), 'The trade commissioner');
  assert.equal(q.cue?.text, 'countered');
});

test('a mixed quote: reported clause holding a quoted phrase', () => {
  const a = analyzeText('The governor said the county was “fully prepared for the storm”.', '2021-03-02');
  const q = quoteWith(a, 'fully prepared');
  assert.equal(q.kind, 'mixed');
  assert.ok(q.text.startsWith('the county was'), q.text);
  assert.equal(speakerText(a, q), 'The governor');
});

test('"according to" takes the phrase after it as the speaker and the clause before it as content', () => {
  const a = analyzeText('Turnout fell to a record low, according to the regional electoral office.', '2021-03-02');
  const q = quoteWith(a, 'Turnout fell');
  assert.equal(q.cue?.text, 'according to');
  assert.equal(speakerText(a, q), 'the regional electoral office');
  assert.equal(q.text, 'Turnout fell to a record low');
});

test('a nominal cue: the clause after "the assertion that" belongs to the sentence subject', () => {
  const a = analyzeText('The senator opened the hearing with the assertion that the budget was unlawful.', '2021-03-02');
  const q = quoteWith(a, 'budget was unlawful');
  assert.equal(q.cue?.text, 'assertion');
  assert.equal(speakerText(a, q), 'The senator');
});

test('a nominal cue with no one to own it keeps speaker null', () => {
  const a = analyzeText('There were claims that the count had been rigged.', '2021-03-02');
  const q = quoteWith(a, 'count had been rigged');
  assert.equal(q.speaker, null);
  assert.equal(q.cue?.text, 'claims');
});

test('block quotes after a colon belong to the speaker of the introducing paragraph', () => {
  const text = [
    'Harbour master Ines Okafor warned on Friday that the old pier was unsafe, adding:',
    '',
    'I have asked the council three times to close it, and three times I was ignored.',
    '',
    'We will all regret it if someone is hurt before the summer is out.',
    '',
    'The council meets next week.',
  ].join('\n');
  const a = analyzeText(text, '2021-03-02');
  for (const words of ['I have asked the council', 'We will all regret it']) {
    const q = quoteWith(a, words);
    assert.match(speakerText(a, q) ?? '', /Ines Okafor/, words);
  }
  assert.ok(!a.quotes.some((q) => q.text.includes('council meets')), 'the paragraph after the block quotes is not a quote');
});

test('a caption quote joined by a dash', () => {
  const a = analyzeText('PHOTO: Fisheries Minister Jorunn Lie — “The quotas stay as they are”\n\nThe minister spoke in Bergen.', '2021-03-02');
  const q = quoteWith(a, 'quotas stay');
  assert.equal(q.kind, 'direct');
  assert.equal(speakerText(a, q), 'Fisheries Minister Jorunn Lie');
  assert.equal(q.cue?.text, '—');
});

test('an appositive speaker and a parenthetical between commas', () => {
  const a = analyzeText(
    'The port director, Anya Holm, said exports had doubled. On Friday, Commissioner Rafe Dunn, during a visit to the docks, said the cranes were too old.',
    '2021-03-02',
  );
  assert.equal(speakerText(a, quoteWith(a, 'exports had doubled')), 'The port director, Anya Holm');
  assert.equal(speakerText(a, quoteWith(a, 'cranes were too old')), 'Commissioner Rafe Dunn');
});

test('"he" after a named speaker takes that speaker\'s name', () => {
  const a = analyzeText('Ambassador Lorenz Hale said the embassy would stay open. He added that staff were safe.', '2021-03-02');
  const first = quoteWith(a, 'embassy would stay open');
  const second = quoteWith(a, 'staff were safe');
  assert.equal(speakerText(a, second), 'He');
  assert.ok(first.speaker?.name && first.speaker.name.includes('Hale'), JSON.stringify(first.speaker));
  assert.equal(second.speaker?.name, first.speaker?.name);
});

test('a quotation continued after "he said." extends the quote', () => {
  const a = analyzeText('“We are ready,” the coach said. “The team has trained all winter.”', '2021-03-02');
  const q = quoteWith(a, 'We are ready');
  assert.ok(q.text.includes('trained all winter'), q.text);
});

test('cross-reference lines are never quotes', () => {
  const a = analyzeText('The mayor said the road would reopen.\n\nSee City Daily, Mar 1: Mayor Says Road Will Reopen Soon', '2021-03-02');
  assert.ok(!a.quotes.some((q) => q.text.includes('Road Will Reopen')));
});

test('odd text does not throw and yields no quotes', () => {
  for (const text of ['', '“', '" " " ”', ':\n\n:', 'said said said', '\u0000\u200b“'.repeat(50)]) {
    const a = analyzeText(text, null);
    assert.ok(Array.isArray(a.quotes));
  }
});

test('every quote, speaker and cue span points at its own text', () => {
  const a = analyzeText('“Prices will fall,” the central bank governor said on Thursday, according to a transcript.', '2021-03-02');
  assert.ok(a.quotes.length > 0);
  for (const q of a.quotes) {
    assert.equal(at(a, q), q.text);
    if (q.cue) assert.equal(at(a, q.cue), q.cue.text);
    if (q.speaker) assert.ok(q.speaker.end > q.speaker.start);
    assert.match(q.rule, /^[a-z]+(-[a-z]+)*(\+[a-z]+)?$/, 'each quote names the rule that produced it');
  }
});

test('a paraphrase inside another report stays the reporter\'s, partly quoted or not', () => {
  const a = analyzeText(
    'The spokesman said the minister believes the deal is dead. The envoy said the rebels called the truce “a trap” for farmers.',
    '2021-03-02',
  );
  assert.equal(speakerText(a, quoteWith(a, 'the deal is dead')), 'The spokesman');
  assert.ok(!a.quotes.some((q) => q.text === 'the deal is dead'), 'no separate quote for the minister');
  assert.equal(speakerText(a, quoteWith(a, 'a trap')), 'The envoy');
  const inner = a.quotes.filter((q) => q.text.includes('a trap') && speakerText(a, q) !== 'The envoy');
  assert.deepEqual(inner.map((q) => q.text), [], 'no separate quote for the rebels');
});

test('transcript labels name the speaker; editorial labels do not', () => {
  const text = [
    'Partial transcript:',
    '',
    '"HOST: Will the mayor run again?',
    '',
    '"OKONJO: The mayor has not decided, and I will not decide for her.',
    '',
    '"She will tell the city herself when she is ready.',
    '',
    'Correction: A previous version of this story gave the host’s name wrongly.',
  ].join('\n');
  const a = analyzeText(text, '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'has not decided')), 'OKONJO');
  assert.ok(quoteWith(a, 'has not decided').text.includes('tell the city herself'), 'the turn runs on to the next paragraph');
  assert.equal(speakerText(a, quoteWith(a, 'Will the mayor run')), 'HOST');
  assert.ok(!a.quotes.some((q) => q.text.includes('misspelled')), 'a correction note is not a quote');
});

test('vox-pop lines: a quotation, a dash, a name, one line each', () => {
  const text = 'Readers wrote in.\n\n“The buses never come on time.” ― Lena Aho\n“I walk to work now.” ― Marcus Feld\n';
  const a = analyzeText(text, '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'buses never come')), 'Lena Aho');
  assert.equal(speakerText(a, quoteWith(a, 'walk to work')), 'Marcus Feld');
});

test('a participle after "she said" reports the same speaker', () => {
  const a = analyzeText('“We will appeal,” the lawyer said, adding that the ruling ignored the evidence.', '2021-03-02');
  const q = quoteWith(a, 'ruling ignored the evidence');
  assert.equal(q.cue?.text, 'adding');
  assert.equal(speakerText(a, q), 'the lawyer');
  assert.equal(quoteWith(a, 'We will appeal').text, '“We will appeal,”');
});

test('a line break ends the sentence a speaker belongs to', () => {
  const text = 'The council met on Monday.\n“Rents are too high,” one tenant said.\nThe landlord association added, “Costs have risen for us too.”';
  const a = analyzeText(text, '2021-03-02');
  const q = quoteWith(a, 'Costs have risen');
  assert.equal(speakerText(a, q), 'The landlord association');
  assert.ok(!q.text.includes('Rents are too high'), q.text);
});

test('a relative clause, an age or a home place between commas belongs to the speaker before the cue', () => {
  const a = analyzeText(
    'Marta Lindqvist, who chairs the harbor board, said the ferry would run again. ' +
      'Tomas Reed, 61, of Millbrook, Ore., said the tolls were too high. ' +
      'The governor, during a tour of the port, said repairs would start soon.',
    '2021-03-02',
  );
  assert.equal(speakerText(a, quoteWith(a, 'ferry would run')), 'Marta Lindqvist, who chairs the harbor board');
  assert.equal(speakerText(a, quoteWith(a, 'tolls were too high')), 'Tomas Reed, 61, of Millbrook, Ore.');
  // a parenthetical that opens with a preposition is still stepped over
  assert.equal(speakerText(a, quoteWith(a, 'repairs would start')), 'The governor');
});

test('a stance verb reports what its subject holds: "X openly admires Y", "she expects that ..."', () => {
  const a = analyzeText('The senator openly admires the new budget plan. Mayor Dana Ortiz expects that the vote will pass.', '2021-03-02');
  const admire = quoteWith(a, 'the new budget plan');
  assert.equal(speakerText(a, admire), 'The senator');
  assert.equal(admire.cue?.text, 'openly admires');
  const expect = quoteWith(a, 'the vote will pass');
  assert.equal(speakerText(a, expect), 'Mayor Dana Ortiz');
});

test('a reported noun phrase ends before a reason or a second verb phrase of the same subject', () => {
  const a = analyzeText(
    'The union attacked the pension reform because the vote came too early. The mayor praised the bus plan and opened a new depot.',
    '2021-03-02',
  );
  assert.equal(quoteWith(a, 'pension reform').text, 'the pension reform');
  assert.equal(quoteWith(a, 'bus plan').text, 'the bus plan');
});

test('a cue verb the tagger reads as a noun still reports: "Recent polls show a ..."', () => {
  const a = analyzeText('Recent polls show a tight race in the county. Many farmers support the new water levy.', '2021-03-02');
  const show = quoteWith(a, 'tight race');
  assert.equal(speakerText(a, show), 'Recent polls');
  assert.equal(show.cue?.text, 'show');
  assert.equal(speakerText(a, quoteWith(a, 'water levy')), 'Many farmers');
});

test('the speaker is the whole subject when modifiers stand before the cue', () => {
  const a = analyzeText(
    'A city audit released last year by the comptroller found that the depot had lost money. ' +
      'Harbor pilots who had worked the night shift said the fog was thick. ' +
      'Lena Park praised the ferry crews but the union said they deserved a raise.',
    '2021-03-02',
  );
  assert.equal(speakerText(a, quoteWith(a, 'depot had lost')), 'A city audit released last year by the comptroller');
  assert.equal(speakerText(a, quoteWith(a, 'fog was thick')), 'Harbor pilots who had worked the night shift');
  // a clause of its own before the speaker is not part of the subject
  assert.equal(speakerText(a, quoteWith(a, 'deserved a raise')), 'the union');
});

test('a reported noun phrase stops where another speaker\'s clause joins it', () => {
  const a = analyzeText('Lena Park praised the ferry crews but the union said they deserved a raise.', '2021-03-02');
  assert.equal(quoteWith(a, 'ferry crews').text, 'the ferry crews');
});

test('a passive with "by" gives the agent as speaker and the subject as content', () => {
  const a = analyzeText('The new levy has been endorsed by the largest teachers union. Her bridge plan, meanwhile, is opposed by few residents.', '2021-03-02');
  const levy = quoteWith(a, 'new levy');
  assert.equal(levy.text, 'The new levy');
  assert.equal(speakerText(a, levy), 'the largest teachers union');
  assert.equal(levy.cue?.text, 'has been endorsed by');
  const bridge = quoteWith(a, 'bridge plan');
  assert.equal(bridge.text, 'Her bridge plan');
  assert.equal(speakerText(a, bridge), 'few residents');
});

test('a stance adjective after "be" is a cue: "has been critical of", "was sure", but not "it is certain"', () => {
  const a = analyzeText(
    'The governor has been critical of the port deal. The mayor was sure the levy would pass. It is certain that taxes will rise.',
    '2021-03-02',
  );
  const critical = quoteWith(a, 'port deal');
  assert.equal(critical.text, 'the port deal');
  assert.equal(speakerText(a, critical), 'The governor');
  assert.equal(critical.cue?.text, 'has been critical of');
  assert.equal(speakerText(a, quoteWith(a, 'levy would pass')), 'The mayor');
  assert.ok(!a.quotes.some((q) => q.text.includes('taxes will rise')), JSON.stringify(a.quotes.map((q) => q.text)));
});

test('the cue takes the auxiliaries and adverbs between the speaker and the verb', () => {
  const a = analyzeText('The ferry operator has repeatedly denied that the boats were unsafe. “We are ready,” the coach said on Friday.', '2021-03-02');
  assert.equal(quoteWith(a, 'boats were unsafe').cue?.text, 'has repeatedly denied');
  assert.equal(quoteWith(a, 'We are ready').cue?.text, 'said');
});

test('names and titles the tagger splits stay whole: "Theresa May", "press secretary", "state attorney general"', () => {
  const a = analyzeText(
    'Prime Minister Theresa May said the talks had failed. City Hall press secretary Dana Obi said the bill was costly. ' +
      'The Utah state attorney general has disputed the audit.',
    '2021-03-02',
  );
  assert.equal(speakerText(a, quoteWith(a, 'talks had failed')), 'Prime Minister Theresa May');
  assert.equal(speakerText(a, quoteWith(a, 'bill was costly')), 'City Hall press secretary Dana Obi');
  assert.equal(speakerText(a, quoteWith(a, 'the audit')), 'The Utah state attorney general');
});

test('a negated modal still reports ("would not say whether"); a bare modal does not ("could add fuel")', () => {
  const a = analyzeText('Officer Dale Brant would not say whether the mayor would resign. The delay could add costs to the project.', '2021-03-02');
  const q = quoteWith(a, 'mayor would resign');
  assert.equal(speakerText(a, q), 'Officer Dale Brant');
  assert.equal(q.cue?.text, 'would not say');
  assert.ok(!a.quotes.some((x) => x.text.includes('costs to the project')));
});

test('a progressive cue the tagger reads as an adjective still reports: "is promising lower fares"', () => {
  const a = analyzeText('Governor Lia Ames is promising lower fares and more buses.', '2021-03-02');
  const q = quoteWith(a, 'lower fares');
  assert.equal(speakerText(a, q), 'Governor Lia Ames');
  assert.equal(q.cue?.text, 'is promising');
});

test('the speaker is the person heading the phrase, not one named in a title or an appositive', () => {
  const a = analyzeText(
    'Former Peru leader Ollanta Humala said the wall was absurd. Tomas Pryce, an aide to Hillary Clinton, said the bill would pass.',
    '2021-03-02',
  );
  const first = quoteWith(a, 'wall was absurd');
  assert.ok(first.speaker?.name?.includes('Humala'), JSON.stringify(first.speaker));
  const second = quoteWith(a, 'bill would pass');
  assert.equal(second.speaker?.name, 'Tomas Pryce');
});

test('a circumstance clause after the frame is not the report: "..., leaders said Friday, as they rallied"', () => {
  const a = analyzeText('The new toll is an insult to every commuter, union leaders said Friday, as they rallied outside city hall.', '2021-03-02');
  const q = quoteWith(a, 'insult to every commuter');
  assert.equal(q.text, 'The new toll is an insult to every commuter');
  assert.equal(speakerText(a, q), 'union leaders');
});

test('"according to" closing a sentence names a source that runs to its end', () => {
  const a = analyzeText('Ames now holds a wide lead, according to a city poll released last week.', '2021-03-02');
  const q = quoteWith(a, 'wide lead');
  assert.equal(q.text, 'Ames now holds a wide lead');
  assert.equal(speakerText(a, q), 'a city poll released last week');
});

test('a participle phrase after a reported noun phrase or a quotation closing on a comma is left out', () => {
  const a = analyzeText('The senator described the governor as a “reckless gambler,” comparing him to a card player.', '2021-03-02');
  assert.equal(quoteWith(a, 'reckless gambler').text, 'the governor as a “reckless gambler,”');
  const b = analyzeText('The union praised the new contract, calling it a fair deal for nurses.', '2021-03-02');
  assert.equal(quoteWith(b, 'new contract').text, 'the new contract');
});

test('a participle cue takes the noun phrase after "with" as its speaker, not an object before it', () => {
  const a = analyzeText('The race tightened, with a new survey showing the mayor ahead by two points.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'mayor ahead')), 'a new survey');
  const b = analyzeText('The union mailed a petition to the council members urging them to fund the clinic.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'fund the clinic')), 'The union');
});

test('a report ends where "and" joins a clause with its own speaker and cue', () => {
  const a = analyzeText('The mayor said the audit missed the deadline and the council accused her of hiding the report.', '2021-03-02');
  assert.equal(quoteWith(a, 'audit missed').text, 'the audit missed the deadline');
  const q = quoteWith(a, 'hiding the report');
  assert.equal(speakerText(a, q), 'the council');
  const b = analyzeText('Okafor said the count would take days — and she noted that turnout was low.', '2021-03-02');
  assert.equal(quoteWith(b, 'count would take').text, 'the count would take days');
  assert.equal(speakerText(b, quoteWith(b, 'turnout was low')), 'she');
});

test('a capitalized word tagged as a verb after a quotation is part of the speaker’s name, not the cue', () => {
  const a = analyzeText('“The levy is a mistake, and we will repeal it,” county spokesman Josh Ruden said on Monday.', '2021-03-02');
  const q = quoteWith(a, 'levy is a mistake');
  assert.equal(q.cue?.text, 'said');
  assert.match(speakerText(a, q) ?? '', /Josh Ruden$/);
});

test('a gerund cue after a preposition reports the subject of its clause, appositive included', () => {
  const a = analyzeText('Ruiz, a retired judge, opened her talk by saying she would never run again.', '2021-03-02');
  const q = quoteWith(a, 'never run again');
  assert.equal(q.cue?.text, 'saying');
  assert.equal(speakerText(a, q), 'Ruiz, a retired judge');
  const b = analyzeText('Crowds marched past the court while chanting, “No justice, no peace.”', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'No justice')), 'Crowds');
  // no subject, no report
  const c = analyzeText('There is no point in saying the vote was rigged.', '2021-03-02');
  assert.equal(c.quotes.filter((x) => x.text.includes('rigged')).length, 0);
});

test('rulings, publications and references are cues', () => {
  const a = analyzeText('The appeals court ruled that the county map was drawn unfairly.', '2021-03-02');
  const q = quoteWith(a, 'county map');
  assert.equal(q.cue?.text, 'ruled');
  assert.equal(speakerText(a, q), 'The appeals court');
  const b = analyzeText('The mayor repeatedly referred to the strike as a “hostage crisis.”', '2021-03-02');
  assert.equal(quoteWith(b, 'hostage crisis').cue?.text, 'repeatedly referred to');
});

test('a noun that is also a cue verb heads a speaker phrase after a determiner or a name', () => {
  const a = analyzeText('“The levy cannot stand,” the ruling said.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'levy cannot stand')), 'the ruling');
  const b = analyzeText('“Growth will slow next year,” the OECD report stated.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'Growth will slow')), 'the OECD report');
});

test('a speech verb after an appositive comma is not inverted when nothing was reported before it', () => {
  const a = analyzeText('Ann Roe, a nurse at the county clinic, noted the change in a radio interview.', '2021-03-02');
  const q = quoteWith(a, 'the change');
  assert.equal(speakerText(a, q), 'Ann Roe, a nurse at the county clinic');
});

test('a short phrase between the cue and a quotation after a comma stays out of the content', () => {
  const a = analyzeText('The governor said of her rival, “He has never run anything.”', '2021-03-02');
  assert.equal(quoteWith(a, 'never run anything').text, '“He has never run anything.”');
  const b = analyzeText('The coach said at a rally in Dayton, Ohio, that the team would stay.', '2021-03-02');
  assert.equal(quoteWith(b, 'team would stay').text, 'that the team would stay');
});

test('in a relative clause the relative word stands for the content', () => {
  const a = analyzeText('That, at any rate, is what the organizers expect.', '2021-03-02');
  const q = a.quotes.find((x) => x.cue?.text.includes('expect'));
  assert.ok(q, JSON.stringify(a.quotes));
  assert.equal(q.text, 'what');
  assert.equal(speakerText(a, q), 'the organizers');
});

test('"rules" after a noun is the plural noun, not the verb', () => {
  const a = analyzeText('The agency’s new rules limit emissions from older plants.', '2021-03-02');
  assert.equal(a.quotes.filter((x) => x.cue?.text === 'rules').length, 0);
});

test('the report of a relative clause between commas or dashes ends where the clause closes', () => {
  const a = analyzeText('The mayor, who believed that the bridge was unsafe, ordered an inspection.', '2021-03-02');
  assert.equal(quoteWith(a, 'bridge was unsafe').text, 'that the bridge was unsafe');
  const b = analyzeText('The mayor — who has called for a new stadium downtown — criticized the budget on Monday.', '2021-03-02');
  assert.equal(quoteWith(b, 'new stadium').text, 'a new stadium downtown');
});

test('"to" joins a speaker phrase, and a capitalized name after "according to" runs to the end', () => {
  const a = analyzeText('Advisers to the governor say the budget will pass.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'budget will pass')), 'Advisers to the governor');
  const b = analyzeText('Turnout doubled, according to the charity Friends Who Build Homes.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'Turnout doubled')), 'the charity Friends Who Build Homes');
});

test('titles broken at an abbreviation, name particles and "of <place>" stay in the speaker', () => {
  const a = analyzeText('“We will rebuild,” said the Rev. Jo Bay, of Elm Street Chapel. “The city is strong.”', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'We will rebuild')), 'the Rev. Jo Bay, of Elm Street Chapel');
  const b = analyzeText('De Luca said the fire was an accident.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'fire was an accident')), 'De Luca');
});

test('a stance verb after a modal reports; another verb after a modal does not', () => {
  const a = analyzeText('Opponents would call the levy a tax on the poor.', '2021-03-02');
  const q = quoteWith(a, 'tax on the poor');
  assert.equal(q.cue?.text, 'would call');
  assert.equal(speakerText(a, q), 'Opponents');
  const b = analyzeText('The new tax could add pressure on renters.', '2021-03-02');
  assert.equal(b.quotes.length, 0, JSON.stringify(b.quotes));
});

test('an adverb or a time may stand between a cue verb and its particle', () => {
  const a = analyzeText('The governor called Friday for an end to the strike.', '2021-03-02');
  const q = quoteWith(a, 'end to the strike');
  assert.equal(q.cue?.text, 'called Friday for');
  assert.equal(q.text, 'an end to the strike');
});

test('after a cue with a particle comes its object, not a listener', () => {
  const a = analyzeText('The chief said the roads were closed and warned against travel to the coast, the lakes and the hills.', '2021-03-02');
  const q = quoteWith(a, 'travel');
  assert.equal(q.cue?.text, 'warned against');
  assert.equal(q.text, 'travel to the coast, the lakes and the hills');
  const b = analyzeText('The mayor said she would resign and warned against looters.', '2021-03-02');
  assert.equal(quoteWith(b, 'looters').text, 'looters');
});

test('a coordinated -s form before "to" is a second cue of the same speaker', () => {
  const a = analyzeText('The board favors selling the old depot, and plans to build two new stations.', '2021-03-02');
  assert.equal(quoteWith(a, 'old depot').text, 'selling the old depot');
  const q = quoteWith(a, 'two new stations');
  assert.equal(q.cue?.text, 'plans');
  assert.equal(speakerText(a, q), 'The board');
});

test('"According to" opening a sentence takes its source to the comma before the main clause', () => {
  const a = analyzeText('According to a lawsuit filed by the state and two counties, the firm hid its losses.', '2021-03-02');
  const q = quoteWith(a, 'hid its losses');
  assert.equal(speakerText(a, q), 'a lawsuit filed by the state and two counties');
  assert.equal(q.text, 'the firm hid its losses');
  const b = analyzeText('According to a study by Ana Ruiz, an economist at the bank, rents rose by a third.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'rents rose')), 'a study by Ana Ruiz, an economist at the bank');
});

test('an opening adverbial before an interrupting frame stays out of the content', () => {
  const a = analyzeText('During her two terms, the mayor said, crime fell by a third.', '2021-03-02');
  assert.equal(quoteWith(a, 'crime fell').text, 'crime fell by a third');
  const b = analyzeText('The new bridge, the mayor said, will open in May.', '2021-03-02');
  assert.equal(quoteWith(b, 'will open').text, 'The new bridge, the mayor said, will open in May');
});

test('a non-restrictive relative clause after a reported noun phrase is left out unless the report goes on', () => {
  const a = analyzeText('The treasurer has admitted the size of the deficit, which puts her at odds with the governor.', '2021-03-02');
  assert.equal(quoteWith(a, 'size of the deficit').text, 'the size of the deficit');
  const b = analyzeText('The council accused the contractor, who had built the old pier, of cutting corners.', '2021-03-02');
  assert.ok(quoteWith(b, 'the contractor').text.endsWith('of cutting corners'));
  const c = analyzeText('Farmers opposed the water plan, which engineers say favors the cities.', '2021-03-02');
  assert.ok(quoteWith(c, 'water plan').text.includes('favors the cities'));
});

test('after a preposition, a name following a common noun is the speaker alone', () => {
  const a = analyzeText('At a town hall Ruiz declared that the plan was dead.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'plan was dead')), 'Ruiz');
  const b = analyzeText('White House press secretary Jo Ames said the plan was dead.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'plan was dead')), 'White House press secretary Jo Ames');
});

test('a title in quotation marks inside an opening phrase is not the content; "secretary of state" is a noun phrase', () => {
  const a = analyzeText('In a chat on “Harbour Hour,” a former secretary of state and longtime mayor said she might run again.', '2021-03-02');
  const q = quoteWith(a, 'run again');
  assert.equal(q.text, 'she might run again');
  assert.equal(speakerText(a, q), 'a former secretary of state and longtime mayor');
});

test('a quotation continuing after a frame with a participle joins the quotation, not the participle', () => {
  const a = analyzeText('“The river is rising,” said Lena Ruiz, speaking of the flood risk. “We need sandbags now.”', '2021-03-02');
  const q = quoteWith(a, 'river is rising');
  assert.ok(q.text.includes('We need sandbags now'), q.text);
  assert.equal(q.cue?.text, 'said');
  assert.equal(speakerText(a, q), 'Lena Ruiz');
});

test('a listener before a reported clause opened by a pronoun, or an object pronoun before a colon and a quotation, stays out', () => {
  const a = analyzeText('The coach told reporters on Sunday he would step down.', '2021-03-02');
  assert.equal(quoteWith(a, 'step down').text, 'he would step down');
  const b = analyzeText('The judge rebuked him: “You have wasted this court’s time.”', '2021-03-02');
  assert.equal(quoteWith(b, 'wasted this court').text, '“You have wasted this court’s time.”');
});

test('a dateline opening the content is left out', () => {
  const text = 'Harbor fees rise again\n\nPORTLAND, Maine ― The new harbor fees will drive boats away, local fishermen said Friday.\n';
  const a = analyzeText(text, '2021-03-02');
  assert.equal(quoteWith(a, 'harbor fees will').text, 'The new harbor fees will drive boats away');
});

test('a participle after the clause reports its subject of two phrases joined by "and"', () => {
  const a = analyzeText('The tenants’ union and the city council sued the landlord, arguing the rents were illegal.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'rents were illegal')), 'The tenants’ union and the city council');
});

test('a sentence subject before an auxiliary speaks for a later participle; a gerund after "without" does not report', () => {
  const a = analyzeText('At the hearing, the union’s lawyers were visibly relieved, apparently believing that the case was won.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'case was won')), 'the union’s lawyers');
  const b = analyzeText('Voters went to the polls without knowing how the levy would be spent.', '2021-03-02');
  assert.equal(b.quotes.filter((x) => x.cue?.text === 'knowing').length, 0);
});

test('a cue after "appeared to" or "tried to" starts at the catenative verb, whose subject speaks', () => {
  const a = analyzeText('The governor appeared to suggest that the tunnel would never be finished.', '2021-03-02');
  const q = quoteWith(a, 'tunnel would never');
  assert.equal(q.cue?.text, 'appeared to suggest');
  assert.equal(speakerText(a, q), 'The governor');
  const b = analyzeText('The harbor master tried to explain that the cranes had been idle for weeks.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'cranes had been idle')), 'The harbor master');
});

test('a cue participle after a comma reports even when tagged as an adjective', () => {
  const a = analyzeText('Varga spoke to a crowd of dock workers, promising to reopen the shipyard by summer.', '2021-03-02');
  const q = quoteWith(a, 'reopen the shipyard');
  assert.equal(q.text, 'to reopen the shipyard by summer');
  assert.equal(speakerText(a, q), 'Varga');
});

test('a report ends at the writer\'s "but" after a quotation closing on a comma', () => {
  const a = analyzeText('Varga is promising cheaper fares and “buses, buses, buses,” but she has also cut the night routes.', '2021-03-02');
  const q = quoteWith(a, 'cheaper fares');
  assert.equal(q.text, 'cheaper fares and “buses, buses, buses,”');
});

test('a report inside the clause that a later frame attributes (", a steward said", ", according to ...") is the frame speaker\'s', () => {
  const a = analyzeText('The dock crews demanded a second break each shift, a union steward said. Jo Roe plans to sell the harbor tug, according to her lawyer.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'second break')), 'a union steward');
  assert.equal(speakerText(a, quoteWith(a, 'harbor tug')), 'her lawyer');
  const inner = a.quotes.filter((q) => ['The dock crews', 'Jo Roe'].includes(speakerText(a, q) ?? ''));
  assert.deepEqual(inner.map((q) => q.text), []);
});

test('words the same speaker already reports in a longer quote are not a second quote; nor are another speaker\'s', () => {
  const a = analyzeText('The mayor praised the budget, which she called “a fair deal for every district.”', '2021-03-02');
  const inner = a.quotes.filter((q) => q.text.startsWith('“a fair deal'));
  assert.equal(inner.length, 0, JSON.stringify(a.quotes.map((q) => q.text)));
  assert.ok(a.quotes.some((q) => q.text.includes('a fair deal') && q.text.includes('the budget')));
  const b = analyzeText('The council reported that the mayor called the budget “a fair deal for every district.”', '2021-03-02');
  // (the council's report holds the mayor's words; PolNeAR marks no second report inside it)
  assert.ok(!b.quotes.some((q) => q.text.startsWith('the budget “a fair deal')), JSON.stringify(b.quotes.map((q) => q.text)));
  assert.ok(b.quotes.some((q) => q.text.startsWith('that the mayor called')), JSON.stringify(b.quotes.map((q) => q.text)));
});

test('a paragraph that is only a quotation goes on with the speaker of the quotation ending the paragraph before', () => {
  const text = '“The ferry will run all winter,” the harbor master said.\n\n“We have two crews ready and a spare engine.”\n\nThe council meets on Monday.';
  const a = analyzeText(text, '2021-03-02');
  const q = quoteWith(a, 'ferry will run');
  assert.ok(q.text.endsWith('spare engine.”'), q.text);
  assert.equal(speakerText(a, q), 'the harbor master');
  // another speaker's text in other marks is not taken as a continuation
  const b = analyzeText('“The ferry will run all winter,” the harbor master said.\n\n"The ferry is late again," a rider wrote.', '2021-03-02');
  assert.ok(!quoteWith(b, 'ferry will run').text.includes('late again'));
});

test('a report ends where the same speaker\'s next cue follows "but has" or "and repeatedly"', () => {
  const a = analyzeText('The governor has pressed councils to cut fees but has said he will not force them to.', '2021-03-02');
  assert.ok(quoteWith(a, 'cut fees').text.endsWith('cut fees'));
  assert.ok(a.quotes.some((q) => q.text === 'he will not force them to'), JSON.stringify(a.quotes.map((q) => q.text)));
});

test('an indefinite pronoun can be the speaker', () => {
  const a = analyzeText('Then someone asked how the council would pay for the new bridge.', '2021-03-02');
  const q = quoteWith(a, 'pay for the new bridge');
  assert.equal(speakerText(a, q), 'someone');
});

test('a cue inside someone else\'s clause reports nothing when "is" or a conjunction follows it', () => {
  const a = analyzeText('Everything the mayor says is checked twice by the clerk.', '2021-03-02');
  assert.equal(a.quotes.length, 0, JSON.stringify(a.quotes.map((q) => q.text)));
});

test('a cue as an -ing form after "avoids" or "kept" starts at that verb', () => {
  const a = analyzeText('The minister avoids condemning the strike by the dock workers.', '2021-03-02');
  const q = quoteWith(a, 'the strike');
  assert.equal(q.cue?.text, 'avoids condemning');
  assert.equal(speakerText(a, q), 'The minister');
});

test('a nominal cue after a possessive determiner is a noun, its owner the speaker', () => {
  const a = analyzeText('Her claim that the ferry would be free was repeated by the council.', '2021-03-02');
  const q = quoteWith(a, 'the ferry would be free');
  assert.equal(q.cue?.text, 'claim');
  assert.equal(speakerText(a, q), 'Her');
});

test('an appositive between dashes belongs to the speaker before it', () => {
  const a = analyzeText('Ann Roe -- a pilot with the island ferry service -- said the new timetable was a mistake.', '2021-03-02');
  const q = quoteWith(a, 'timetable was a mistake');
  assert.equal(speakerText(a, q), 'Ann Roe -- a pilot with the island ferry service');
});

test('negated and perfect cues keep their speaker: "isn\'t saying", "has also detailed", "didn\'t apologize for"', () => {
  const a = analyzeText('The harbor master isn’t saying if the ferry will run on Sunday.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'ferry will run')), 'The harbor master');
  const b = analyzeText('The gazette has also detailed payments that personally benefited the mayor.', '2021-03-02');
  assert.equal(quoteWith(b, 'payments that').cue?.text, 'has also detailed');
  const c = analyzeText('And the mayor didn’t apologize for her earlier remarks.', '2021-03-02');
  const q = quoteWith(c, 'earlier remarks');
  assert.equal(q.cue?.text, 'didn’t apologize for');
  assert.equal(q.text, 'her earlier remarks');
});

test('a frame inside a relative clause reports that clause from its relative word', () => {
  const a = analyzeText('The market is near the old pier, which, the harbor master said, floods every spring.', '2021-03-02');
  const q = quoteWith(a, 'floods every spring');
  assert.equal(q.text, 'which, the harbor master said, floods every spring');
});

test('a new clause joined after an interrupting frame is the writer\'s', () => {
  const a = analyzeText('It would take two weeks to repair the pier, she said, and the ferry company has already cancelled trips.', '2021-03-02');
  const q = quoteWith(a, 'repair the pier');
  assert.equal(q.text, 'It would take two weeks to repair the pier');
});

test('"..., going on to say that" is a participle of the clause before, with its speaker', () => {
  const a = analyzeText('“We rebuilt the pier,” the mayor said, going on to say that ferries would return in May.', '2021-03-02');
  const q = quoteWith(a, 'ferries would return');
  assert.equal(q.text, 'that ferries would return in May');
  assert.equal(speakerText(a, q), 'the mayor');
  assert.equal(quoteWith(a, 'rebuilt the pier').text, '“We rebuilt the pier,”');
});

test('a frame followed by its own quotation does not take the quotation before it', () => {
  const text = 'Harbor Town Loses Final.\n\nThe team lost on Sunday.\n“We lost the match,” the coach said. “The second half was our worst.”\n' +
    'Team spokesman Ivo Marsh added, “The players gave everything. They will be back.”\nThe season ends in May.';
  const a = analyzeText(text, '2021-03-02');
  const q = quoteWith(a, 'players gave everything');
  assert.equal(speakerText(a, q), 'Team spokesman Ivo Marsh');
  assert.ok(!a.quotes.some((x) => x.text.includes('second half') && x.speaker && speakerText(a, x)?.includes('Marsh')),
    JSON.stringify(a.quotes.map((x) => [x.text, x.speaker && speakerText(a, x)])));
});

test('a report in an opening clause ends where the main clause begins', () => {
  const a = analyzeText('As she welcomed the visiting delegation, the mayor was also preparing her budget.', '2021-03-02');
  assert.equal(quoteWith(a, 'visiting delegation').text, 'the visiting delegation');
  const b = analyzeText('While the governor demanded that the port reopen, the council voted to keep it closed.', '2021-03-02');
  assert.equal(quoteWith(b, 'port reopen').text, 'that the port reopen');
});

test('the wider list of reporting verbs: rebut, brag about, speculate', () => {
  const a = analyzeText('The harbor master rebutted the claim that the pier was unsafe. The mayor brags about the new ferry. Analysts speculated that fares would rise.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'the claim that the pier')), 'The harbor master');
  assert.equal(quoteWith(a, 'the new ferry').cue?.text, 'brags about');
  assert.equal(speakerText(a, quoteWith(a, 'fares would rise')), 'Analysts');
});

test('a nominal cue takes a "that" clause, which ends where the main clause begins; "that" before a verb is relative', () => {
  const a = analyzeText('Despite the council\'s pronouncement that the pier was safe, the ferry stayed in port.', '2021-03-02');
  assert.equal(quoteWith(a, 'pier was safe').text, 'that the pier was safe');
  const b = analyzeText('The mayor took a position that protects the fishing fleet.', '2021-03-02');
  assert.ok(!b.quotes.some((q) => q.text.startsWith('that protects')), JSON.stringify(b.quotes.map((q) => q.text)));
});

test('a vox-pop line that opens with a quotation is the speaker\'s to the dash, asides between quotations included', () => {
  const text = 'Readers Answer.\n\n“The ferry is late every day. As my father said, ‘time is money.” And that is what we lose “every single morning.” ― Ann Roe, Brookfield\n“Fix the pier first.” ― Ivo Marsh';
  const a = analyzeText(text, '2021-03-02');
  const q = quoteWith(a, 'every single morning');
  assert.ok(q.text.startsWith('“The ferry is late'), q.text);
  assert.equal(speakerText(a, q), 'Ann Roe');
  assert.equal(quoteWith(a, 'Fix the pier').text, '“Fix the pier first.”');
});

test('"After saying ..., she ...": a cue gerund after an opening preposition has the main clause subject as speaker', () => {
  const a = analyzeText('After saying the pier was “too old to save,” she voted to rebuild it.', '2021-03-02');
  const q = quoteWith(a, 'pier was');
  assert.equal(q.text, 'the pier was “too old to save,”');
  assert.equal(speakerText(a, q), 'she');
});

test('an inverted speaker keeps an appositive with "whom" or one opening with an adverb', () => {
  const a = analyzeText('“The pier will hold,” said Ann Roe, an engineer whom the council hired in May.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'pier will hold')), 'Ann Roe, an engineer whom the council hired in May');
  const b = analyzeText('“The pier will hold,” said Ivo Marsh, now a consultant to the port.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'pier will hold')), 'Ivo Marsh, now a consultant to the port');
});

test('"as X put it" attributes the clause before it, without the "as"', () => {
  const a = analyzeText('The only rule is a steady source of income, as a council memo put it.', '2021-03-02');
  const q = quoteWith(a, 'steady source');
  assert.equal(q.text, 'The only rule is a steady source of income');
  assert.equal(speakerText(a, q), 'a council memo');
  assert.equal(q.cue?.text, 'put it');
});

test('a cue tagged as a noun after "Subject, however," is the verb', () => {
  const a = analyzeText('Some residents, however, question the cost of the new bridge.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'cost of the new bridge')), 'Some residents');
});

test('a speaker phrase keeps a past participle modifying its noun, and a time after it', () => {
  const a = analyzeText('The harbor survey released Friday shows that ferry use has doubled.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'ferry use has doubled')), 'The harbor survey released Friday');
  const b = analyzeText('Ferry use has doubled, an analysis of newly filed port records shows.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'Ferry use has doubled')), 'an analysis of newly filed port records');
});

test('a word that is a cue only with its particle is a noun elsewhere ("rights advocates", "the fire chief")', () => {
  const a = analyzeText('Civil rights advocates expressed concern about the new rules.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'the new rules')), 'Civil rights advocates');
  const b = analyzeText('The fire chief said the blaze was out by midnight.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'blaze was out')), 'The fire chief');
});

test('a capitalized cue form before another name opening a sentence is a first name ("Hope Marsh"), "Said Ellis:" still a cue', () => {
  const a = analyzeText('Hope Marsh, who speaks for the port, has not answered my calls.', '2021-03-02');
  assert.ok(!a.quotes.some((q) => q.cue?.text === 'Hope'), JSON.stringify(a.quotes.map((q) => [q.cue?.text, q.text])));
  const b = analyzeText('The plan was costly. Said Ellis: “I don’t think it will pass.”', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'think it will pass')), 'Ellis');
});

test('a credit line ("Reporting by ...") is not a report', () => {
  const a = analyzeText('The ferry resumed service on Monday.\n(Reporting by Ann Roe; Additional reporting by Ivo Marsh; Editing by Jo Bay.)', '2021-03-02');
  assert.equal(a.quotes.length, 0, JSON.stringify(a.quotes.map((q) => [q.cue?.text, q.text])));
});

test('a participle after the frame of a quotation that runs on is a report of the same speaker', () => {
  const a = analyzeText('“The levee held this time,” the engineer said, stressing why the repairs cannot wait. “Next spring it may not.”', '2021-03-02');
  const q = a.quotes.find((x) => x.text === 'why the repairs cannot wait');
  assert.ok(q, JSON.stringify(a.quotes.map((x) => x.text)));
  assert.equal(speakerText(a, q), 'the engineer');
  assert.equal(q.cue?.text, 'stressing');
});

test('an inverted speaker keeps an appositive whose relative clause opens with "that"', () => {
  const a = analyzeText('The new timetable saved money, said Ida Berg, a deputy head at the agency that runs the trains.', '2021-03-02');
  const q = quoteWith(a, 'new timetable');
  assert.equal(q.text, 'The new timetable saved money');
  assert.equal(speakerText(a, q), 'Ida Berg, a deputy head at the agency that runs the trains');
  assert.equal(q.cue?.text, 'said');
});

test('a speaker phrase may end in an object pronoun after an adjective and a preposition ("those close to her")', () => {
  const a = analyzeText('Those close to her say the mayor will not run again.', '2021-03-02');
  const q = quoteWith(a, 'will not run');
  assert.equal(speakerText(a, q), 'Those close to her');
  const b = analyzeText('Aides loyal to him said the count was fair.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'count was fair')), 'Aides loyal to him');
});

test('an inverted speaker\'s appositive ends before a prepositional phrase after a comma ("..., in a statement.")', () => {
  const a = analyzeText('“The audit found nothing,” said Lena Marsh, the ranking member of the panel, in a statement.', '2021-03-02');
  const q = quoteWith(a, 'audit found nothing');
  assert.equal(speakerText(a, q), 'Lena Marsh, the ranking member of the panel');
});

test('a speaker phrase with a relative clause lacking its relative word ("the economists I interviewed said")', () => {
  const a = analyzeText('All the economists I interviewed said her budget was more coherent than his.', '2021-03-02');
  const q = quoteWith(a, 'budget was more coherent');
  assert.equal(speakerText(a, q), 'All the economists I interviewed');
  assert.equal(q.cue?.text, 'said');
  const b = analyzeText('Most of the farmers we asked said the rain came too late.', '2021-03-02');
  assert.equal(b.quotes.length, 1, JSON.stringify(b.quotes.map((x) => x.text)));
  assert.equal(speakerText(b, b.quotes[0]), 'Most of the farmers we asked');
  assert.equal(b.quotes[0].text, 'the rain came too late');
});

test('a time before a named speaker and "in a ..." after the name are the frame, not the speaker', () => {
  const a = analyzeText('On Monday Ruiz in a radio interview seemed to blame the staff.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'the staff')), 'Ruiz');
  const b = analyzeText('Officials in a nearby county said the staff was to blame.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'staff was to blame')), 'Officials in a nearby county');
});

test('in "footage of <name> saying ..." the recorded person is the speaker', () => {
  const a = analyzeText('The new ad uses footage of Mayor Ruiz saying the plan would fail.', '2021-03-02');
  const q = quoteWith(a, 'plan would fail');
  assert.equal(speakerText(a, q), 'Mayor Ruiz');
  assert.equal(q.cue?.text, 'saying');
});

test('an -s cue form the tagger read as a noun is the verb before "to" and a verb ("the campaign plans to hire ...")', () => {
  const a = analyzeText('The campaign plans to hire more organizers before the fall.', '2021-03-02');
  const q = quoteWith(a, 'more organizers');
  assert.equal(speakerText(a, q), 'The campaign');
  assert.equal(q.cue?.text, 'plans');
  const b = analyzeText("The union's plans to strike were dropped last week.", '2021-03-02');
  assert.equal(b.quotes.length, 0, JSON.stringify(b.quotes.map((x) => x.text)));
});

test('a cue verb joined by "and" inside a relative clause has the relative word as its speaker', () => {
  const a = analyzeText('The tape became a rallying point for the marchers, who took to the streets and called for its release.', '2021-03-02');
  const q = quoteWith(a, 'its release');
  assert.equal(speakerText(a, q), 'who');
  assert.equal(q.cue?.text, 'called for');
  // an object relative ("which she was finishing") is no subject of the verb after "and"
  const b = analyzeText('Jo Roe said she was painting the fence, which she was finishing when a neighbour saw her and asked her to stop.', '2021-03-02');
  assert.notEqual(speakerText(b, quoteWith(b, 'to stop')), 'which');
});

test('a negation before an indefinite pronoun belongs to the speaker ("not everyone agrees ...")', () => {
  const a = analyzeText('The council backed the budget, but not everyone agrees that it will balance.', '2021-03-02');
  const q = quoteWith(a, 'it will balance');
  assert.equal(speakerText(a, q), 'not everyone');
});

test('a noun that is also a cue verb form opens a compound speaker after a comma ("Initially, state regulators ...")', () => {
  const a = analyzeText('At first, state inspectors doubted that the dam would hold.', '2021-03-02');
  const q = quoteWith(a, 'dam would hold');
  assert.equal(speakerText(a, q), 'state inspectors');
});

test('a participle opening a speaker phrase after a clause boundary modifies its noun ("..., elected officials say")', () => {
  const a = analyzeText('Although the bill stalled, elected officials from both towns say the bridge will be rebuilt.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'bridge will be rebuilt')), 'elected officials from both towns');
  const b = analyzeText('The firm moved to Dover, where restructuring lawyers say judges are friendlier.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'judges are friendlier')), 'restructuring lawyers');
});

test('a list of speakers separated by commas opening the clause is one speaker ("The family, neighbours and clergy have demanded")', () => {
  const a = analyzeText('The road stayed shut. The family, neighbours and local clergy have demanded that the council reopen it.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'council reopen it')), 'The family, neighbours and local clergy');
  const b = analyzeText('Tolls rose as Ruritania, Vlatava and Grand Fenwick backed a new treaty.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'new treaty')), 'Ruritania, Vlatava and Grand Fenwick');
  // an adverb before the comma is no list item
  const c = analyzeText('Yet, a study by Jo Roe and Al Doe found that rents fell.', '2021-03-02');
  assert.equal(speakerText(c, quoteWith(c, 'rents fell')), 'a study by Jo Roe and Al Doe');
});

test('a noun phrase opening the clause joined by "and" to a pronoun speaker is part of the speaker ("my sisters and I knew")', () => {
  const a = analyzeText('Probably, my sisters and I knew that the farm was failing.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'farm was failing')), 'my sisters and I');
  // an object before "and" is no part of it
  const b = analyzeText('He read the report and I said it was wrong.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'it was wrong')), 'I');
});

test('a bare -ed cue form after the object of a preposition is a participle, not that object\'s report', () => {
  const a = analyzeText('The mayor took questions from residents invited to speak at the hearing.', '2021-03-02');
  assert.ok(!a.quotes.some((q) => q.cue?.text === 'invited'), JSON.stringify(a.quotes.map((q) => q.cue?.text)));
  const b = analyzeText('The town sits near a quiet creek called Willow Run.', '2021-03-02');
  assert.equal(b.quotes.length, 0, JSON.stringify(b.quotes.map((q) => q.text)));
  // a subordinator is no preposition: "as the chair noted"
  const c = analyzeText('Turnout fell, as the chair observed in her report.', '2021-03-02');
  assert.equal(speakerText(c, quoteWith(c, 'Turnout fell')), 'the chair');
});

test('an agent after "by" completes a participle modifying the speaker noun ("research conducted by the institute found")', () => {
  const a = analyzeText('In 2019, research conducted by the Harlow Institute found that fares rose.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'fares rose')), 'research conducted by the Harlow Institute');
  const b = analyzeText('A short report being issued on Friday by a panel of engineers shows that bridges sagged.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'bridges sagged')), 'A short report being issued on Friday by a panel of engineers');
  const c = analyzeText('A survey released by the board last month reveals that few residents drive.', '2021-03-02');
  assert.equal(speakerText(c, quoteWith(c, 'few residents drive')), 'A survey released by the board last month');
});

test('a cue form the tagger read as a noun, inside a phrase after a preposition, is that noun ("rated half of Tory claims")', () => {
  const a = analyzeText('Reviewers rated half of Tory claims as false.', '2021-03-02');
  assert.ok(!a.quotes.some((q) => q.cue?.text === 'claims'), JSON.stringify(a.quotes.map((q) => q.cue?.text)));
});

test('a number after a currency sign is an amount, not part of the speaker ("the $5 million analysts say it costs")', () => {
  const a = analyzeText('That is far below the $5 million analysts say it costs to build a school.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'costs to build')), 'analysts');
});

test('a head noun the tagger read as an adjective ends a speaker phrase holding a possessive ("Roe\'s brief dismissed")', () => {
  const a = analyzeText("However, Jo Roe's brief dismissed the claim that the lease was void.", '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'lease was void')), "Jo Roe's brief");
});

test('a cue form after a relative word the tagger read as a determiner is a verb ("the study, which notes that ...")', () => {
  const a = analyzeText('The study, which notes that firms would owe more, found that rates fell.', '2021-03-02');
  const q = quoteWith(a, 'firms would owe more');
  assert.equal(speakerText(a, q), 'which');
  assert.equal(q.cue?.text, 'notes');
});

test('a reported noun phrase ends at an aside after a dash, unless the phrase goes on after the closing dash', () => {
  const a = analyzeText('The mayor announced a roster of backers from 30 retired teachers -- many of whom had praised her before -- who cited her record on roads.', '2021-03-02');
  const q = quoteWith(a, 'roster of backers');
  assert.equal(q.text, 'a roster of backers from 30 retired teachers');
  assert.equal(speakerText(a, quoteWith(a, 'her record on roads')), 'who');
  const b = analyzeText('Roe welcomed the ambitious -- and very expensive -- rail plan at the fair.', '2021-03-02');
  assert.ok(quoteWith(b, 'rail plan'));
});

test('a reported noun phrase ends before ", and" opening a new main clause ("posted the letter on Monday, and aides shared it")', () => {
  const a = analyzeText('The Courier first published the photos on Monday, and lawyers for the family released them to other papers.', '2021-03-02');
  const q = quoteWith(a, 'the photos');
  assert.equal(q.text, 'the photos on Monday');
});

test('a speaker phrase after an inverting verb may open with a possessive determiner ("..., said his spokesman.")', () => {
  const a = analyzeText('“We will appeal the ruling,” said his spokesman.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'appeal the ruling')), 'his spokesman');
});

test('a reported small clause with no verb ends where the main clause after an opening subordinate clause starts', () => {
  const a = analyzeText('While a county judge found that fee unlawful, her ruling was reversed by a higher court.', '2021-03-02');
  assert.equal(quoteWith(a, 'fee unlawful').text, 'that fee unlawful');
});

test('a distributive quantifier stands for a group of speakers, or floats after the group ("all agreed", "the mayors both said")', () => {
  const a = analyzeText('In different ways, all agreed that the levy would pass.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'levy would pass')), 'all');
  const b = analyzeText('The two mayors both said the levy would pass.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'levy would pass')), 'The two mayors both');
});

test('"comment on" reports its object as a stance ("Roe has also commented on the closure")', () => {
  const a = analyzeText('Mayor Jo Roe has also commented on the closure of the mill.', '2021-03-02');
  const q = quoteWith(a, 'closure of the mill');
  assert.equal(speakerText(a, q), 'Mayor Jo Roe');
  assert.equal(q.cue?.text, 'has also commented on');
});

test('a time opened by a preposition after a participle in the speaker phrase belongs to it ("surveys collected over the last month shows")', () => {
  const a = analyzeText('The mean of surveys collected over the last month shows Roe ahead by four points.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'Roe ahead')), 'The mean of surveys collected over the last month');
});

test('a cue gerund after "of" reports the subject of its clause ("stopped short of calling ...")', () => {
  const a = analyzeText('The harbour board stopped short of blaming the ferry crew for the delays.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'the ferry crew')), 'The harbour board');
});

test('a relative clause reporting on its own ("who insisted that ...") is no part of the speaker phrase before or after the cue', () => {
  const a = analyzeText('As for cost, “the pier is sound,” said Jo Roe, who insisted that the repairs would finish in May.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'pier is sound')), 'Jo Roe');
  assert.equal(speakerText(a, quoteWith(a, 'repairs would finish')), 'who');
  assert.equal(a.quotes.filter((x) => x.text.startsWith('who')).length, 0);
  const b = analyzeText('The harbour master, who believed that the storm would pass, told the crews to stay in port.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'stay in port')), 'The harbour master');
});

test('a reported noun phrase inside an aside between spaced dashes ends at the closing dash', () => {
  const a = analyzeText('The mayor named ten new wardens -- some who had previously backed her campaign -- who praised her record on roads.', '2021-03-02');
  assert.equal(quoteWith(a, 'her campaign').text, 'her campaign');
  assert.equal(quoteWith(a, 'record on roads').text, 'her record on roads');
});

test('a quantifier over "of whom" or "of which" before a cue is the speaker ("many of whom say ...")', () => {
  const a = analyzeText('This has angered the fishermen, many of whom say that the new quotas are unfair.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'quotas are unfair')), 'many of whom');
  const b = analyzeText('The crews sent three letters, two of which warned that the dock was unsafe.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'dock was unsafe')), 'two of which');
});

test('"vote against" reports its object as a stance ("Roe voted against the levy")', () => {
  const a = analyzeText('Councillor Jo Roe voted against the harbour levy last spring.', '2021-03-02');
  const q = quoteWith(a, 'harbour levy');
  assert.equal(speakerText(a, q), 'Councillor Jo Roe');
  assert.equal(q.cue?.text, 'voted against');
});

test('"incensed" is a stance adjective taking a clause ("the growers are incensed that ...")', () => {
  const a = analyzeText('Apple growers in the valley are still incensed that a tariff on imports was waived.', '2021-03-02');
  const q = quoteWith(a, 'tariff on imports');
  assert.equal(speakerText(a, q), 'Apple growers in the valley');
  assert.equal(q.cue?.text, 'are still incensed');
});

test('a listener after "to" or "with" may stand between a particle cue and its particle ("talked to the crews about ...")', () => {
  const a = analyzeText('The ferry captain Jo Roe talks to the harbour crews about the risk of winter storms.', '2021-03-02');
  const q = quoteWith(a, 'winter storms');
  assert.equal(speakerText(a, q), 'The ferry captain Jo Roe');
  assert.equal(q.cue?.text, 'talks to the harbour crews about');
  // ("of" goes on with the listener's phrase; a time is no listener)
  const b = analyzeText('Roe spoke to a meeting of ferry owners on Monday.', '2021-03-02');
  assert.equal(b.quotes.filter((x) => x.cue?.text.startsWith('spoke')).length, 0);
});

test('"exhort" is a speech verb ("Roe exhorted the crews to ...")', () => {
  const a = analyzeText('At the quay, Jo Roe exhorted the night crews to keep the cranes running.', '2021-03-02');
  const q = quoteWith(a, 'cranes running');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.cue?.text, 'exhorted');
});

test('"articulate" is a speech verb ("the mayor has articulated these aims")', () => {
  const a = analyzeText('Mayor Jo Roe has articulated her plans for the waterfront in several speeches.', '2021-03-02');
  const q = quoteWith(a, 'plans for the waterfront');
  assert.equal(speakerText(a, q), 'Mayor Jo Roe');
  assert.equal(q.cue?.text, 'has articulated');
});

test('"propound" is a speech verb ("the council is propounding a plan")', () => {
  const a = analyzeText('Jo Roe is propounding a theory of harbour tides that few sailors accept.', '2021-03-02');
  const q = quoteWith(a, 'harbour tides');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.cue?.text, 'is propounding');
});

test('"retweet" is a verb of reporting ("Roe retweeted a post by ...")', () => {
  const a = analyzeText('Overnight, Jo Roe also retweeted a cartoon mocking the harbour board.', '2021-03-02');
  const q = quoteWith(a, 'cartoon mocking');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.cue?.text, 'also retweeted');
});

test('"sum up" is a particle cue ("Roe summed up the mood")', () => {
  const a = analyzeText('The harbour master Jo Roe summed up the mood of the anxious crews.', '2021-03-02');
  const q = quoteWith(a, 'anxious crews');
  assert.equal(speakerText(a, q), 'The harbour master Jo Roe');
  assert.equal(q.cue?.text, 'summed up');
});

test('"in" before a phrase headed by a poll noun names the source of the finding', () => {
  const a = analyzeText('In the new harbour survey, most crews backed the ferry levy.', '2021-03-02');
  const q = quoteWith(a, 'backed the ferry levy');
  assert.equal(q.text, 'most crews backed the ferry levy');
  assert.equal(speakerText(a, q), 'the new harbour survey');
  assert.equal(q.cue?.text, 'In');
  const b = analyzeText('The ferry levy fared badly in two early surveys to reach the quay.', '2021-03-02');
  const r = quoteWith(b, 'fared badly');
  assert.equal(speakerText(b, r), 'two early surveys to reach the quay');
  assert.equal(r.cue?.text, 'in');
  // a poll noun that does not end its phrase, or a comparison, is no source
  assert.equal(analyzeText('The boats climbed in the survey rankings this year.', '2021-03-02').quotes.length, 0);
  assert.equal(analyzeText('The crews did better than in earlier surveys.', '2021-03-02').quotes.length, 0);
});

test('an opening prepositional source keeps a participle between commas after it', () => {
  const a = analyzeText('According to the audit, published in March, the harbour board lost two ferries.', '2021-03-02');
  const q = quoteWith(a, 'lost two ferries');
  assert.equal(q.text, 'the harbour board lost two ferries');
  assert.equal(speakerText(a, q), 'the audit, published in March');
  assert.equal(q.cue?.text, 'According to');
});

test('a "which" clause after a speaker\'s appositive tells of the body the appositive names, not of the speaker', () => {
  const a = analyzeText('Jo Roe, head of the Dockers Guild, which runs the night shifts, said the cranes were unsafe.', '2021-03-02');
  const q = quoteWith(a, 'cranes were unsafe');
  assert.equal(speakerText(a, q), 'Jo Roe, head of the Dockers Guild');
  // a "who" clause still tells of the speaker
  const b = analyzeText('Jo Roe, head of the Dockers Guild, who runs the night shifts, said the cranes were unsafe.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'cranes were unsafe')), 'Jo Roe, head of the Dockers Guild, who runs the night shifts');
});

test('a pronoun speaker right after a noun opens a contact clause whose noun phrase is the content', () => {
  const a = analyzeText('The inquiry looked at the harbour fees he praised.', '2021-03-02');
  const q = quoteWith(a, 'harbour fees');
  assert.equal(q.text, 'the harbour fees');
  assert.equal(speakerText(a, q), 'he');
  assert.equal(q.cue?.text, 'praised');
  // inside another report the noun phrase is still its own report
  const b = analyzeText('Jo Roe criticized the harbour fees he praised.', '2021-03-02');
  assert.ok(b.quotes.some((x) => x.text === 'the harbour fees' && x.cue?.text === 'praised'));
  assert.ok(b.quotes.some((x) => x.text === 'the harbour fees he praised' && x.cue?.text === 'criticized'));
});

test('"’s" between a personal pronoun and a past form is "has": "she’s praised the plan"', () => {
  const a = analyzeText('Since June she’s praised the plan to dredge the harbour.', '2021-03-02');
  const q = quoteWith(a, 'dredge the harbour');
  assert.equal(speakerText(a, q), 'she');
  assert.equal(q.cue?.text, '’s praised');
  const b = analyzeText('The pier board, led by Jo Roe, who’s called for a ferry levy, met on Monday.', '2021-03-02');
  assert.equal(quoteWith(b, 'a ferry levy').cue?.text, '’s called for');
  // a passive keeps its reading
  assert.ok(!analyzeText('She’s expected to back the levy.', '2021-03-02').quotes.some((x) => x.cue?.text.includes('expected')));
});

test('"herald" is a cue verb', () => {
  const a = analyzeText('The port authority has heralded a new tariff for cargo ships.', '2021-03-02');
  const q = quoteWith(a, 'new tariff');
  assert.equal(speakerText(a, q), 'The port authority');
  assert.equal(q.cue?.text, 'has heralded');
});

test('"invoke" is a cue verb', () => {
  const a = analyzeText('At the hearing, Jo Roe invoked an old charter of the fishing guild.', '2021-03-02');
  const q = quoteWith(a, 'old charter');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.cue?.text, 'invoked');
});

test('"ignore" is a cue verb', () => {
  const a = analyzeText('The harbour board has largely ignored the warnings of the ferry crews.', '2021-03-02');
  const q = quoteWith(a, 'warnings of the ferry');
  assert.equal(speakerText(a, q), 'The harbour board');
  assert.equal(q.cue?.text, 'has largely ignored');
});

test('"sponsor" is a cue verb', () => {
  const a = analyzeText('Councillor Jo Roe sponsored a bill to rebuild the old quay.', '2021-03-02');
  const q = quoteWith(a, 'rebuild the old quay');
  assert.equal(speakerText(a, q), 'Councillor Jo Roe');
  assert.equal(q.cue?.text, 'sponsored');
});

test('"go after" is a cue verb', () => {
  const a = analyzeText('In the debate, Jo Roe went after the ferry board for its fares.', '2021-03-02');
  const q = quoteWith(a, 'the ferry board');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.cue?.text, 'went after');
});

test('"examine" is a cue verb', () => {
  const a = analyzeText('A new report by the harbour trust examines the cost of dredging.', '2021-03-02');
  const q = quoteWith(a, 'cost of dredging');
  assert.equal(speakerText(a, q), 'A new report by the harbour trust');
  assert.equal(q.cue?.text, 'examines');
});

test('"enact" is a cue verb', () => {
  const a = analyzeText('Last spring the island council enacted a ban on night fishing.', '2021-03-02');
  const q = quoteWith(a, 'night fishing');
  assert.equal(speakerText(a, q), 'the island council');
  assert.equal(q.cue?.text, 'enacted');
});

test('"rejoice in" is a cue verb', () => {
  const a = analyzeText('The ferry crews rejoiced in the defeat of the harbour toll.', '2021-03-02');
  const q = quoteWith(a, 'defeat of the harbour');
  assert.equal(speakerText(a, q), 'The ferry crews');
  assert.equal(q.cue?.text, 'rejoiced in');
});

test('"chalk up" is a cue verb', () => {
  const a = analyzeText('The harbour master chalked up the delays to a shortage of pilots.', '2021-03-02');
  const q = quoteWith(a, 'shortage of pilots');
  assert.equal(speakerText(a, q), 'The harbour master');
  assert.equal(q.cue?.text, 'chalked up');
});

test('"break with" is a cue verb', () => {
  const a = analyzeText('On tariffs, Jo Roe broke with the harbour board.', '2021-03-02');
  const q = quoteWith(a, 'the harbour board');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.cue?.text, 'broke with');
});

test('"overturn" is a cue verb', () => {
  const a = analyzeText('An appeals panel overturned the fishing ban on Tuesday.', '2021-03-02');
  const q = quoteWith(a, 'the fishing ban');
  assert.equal(speakerText(a, q), 'An appeals panel');
  assert.equal(q.cue?.text, 'overturned');
});

test('"repeal" is a cue verb', () => {
  const a = analyzeText('The new council repealed the curfew on the pier.', '2021-03-02');
  const q = quoteWith(a, 'curfew on the pier');
  assert.equal(speakerText(a, q), 'The new council');
  assert.equal(q.cue?.text, 'repealed');
});

test('"block" is a cue verb', () => {
  const a = analyzeText('The port union has long blocked any sale of the docks.', '2021-03-02');
  const q = quoteWith(a, 'any sale of the docks');
  assert.equal(speakerText(a, q), 'The port union');
  assert.equal(q.cue?.text, 'has long blocked');
});

test('"appoint" is a cue verb', () => {
  const a = analyzeText('The governor appointed a retired captain to the ferry board.', '2021-03-02');
  const q = quoteWith(a, 'retired captain');
  assert.equal(speakerText(a, q), 'The governor');
  assert.equal(q.cue?.text, 'appointed');
});

test('"rate" is a cue verb', () => {
  const a = analyzeText('The fact-checking site rated the claim of the harbour master as false.', '2021-03-02');
  const q = quoteWith(a, 'harbour master as false');
  assert.equal(speakerText(a, q), 'The fact-checking site');
  assert.equal(q.cue?.text, 'rated');
});

test('"impose" is a cue verb', () => {
  const a = analyzeText('The port authority imposed a new fee on cruise ships.', '2021-03-02');
  const q = quoteWith(a, 'new fee on cruise');
  assert.equal(speakerText(a, q), 'The port authority');
  assert.equal(q.cue?.text, 'imposed');
});

test('"hear" is a cue verb', () => {
  const a = analyzeText('Most of the ferry crews have heard that the toll will rise.', '2021-03-02');
  const q = quoteWith(a, 'toll will rise');
  assert.equal(speakerText(a, q), 'Most of the ferry crews');
  assert.equal(q.cue?.text, 'have heard');
});

test('"paint" is a cue verb', () => {
  const a = analyzeText('In her speech, Jo Roe painted the harbour board as reckless.', '2021-03-02');
  const q = quoteWith(a, 'board as reckless');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.cue?.text, 'painted');
});

test('"lift" is a cue verb', () => {
  const a = analyzeText('The island council lifted its ban on night fishing.', '2021-03-02');
  const q = quoteWith(a, 'ban on night fishing');
  assert.equal(speakerText(a, q), 'The island council');
  assert.equal(q.cue?.text, 'lifted');
});

test('an inverted speaker\'s appositive keeps a compound modifier with a hyphenated participle', () => {
  const a = analyzeText('“The pier is sinking,” said Jo Roe, a Leeds-based engineer for the harbour trust.', '2021-03-02');
  const q = quoteWith(a, 'pier is sinking');
  assert.equal(speakerText(a, q), 'Jo Roe, a Leeds-based engineer for the harbour trust');
  assert.equal(q.cue?.text, 'said');
});

test('"speak out" is a particle cue', () => {
  const a = analyzeText('Jo Roe, a retired pilot, is speaking out about why the harbour toll must go.', '2021-03-02');
  const q = quoteWith(a, 'harbour toll must go');
  assert.equal(speakerText(a, q), 'Jo Roe, a retired pilot');
  assert.ok(q.cue?.text.endsWith('speaking out'));
});

test('"persuade" is a cue verb', () => {
  const a = analyzeText('Jo Roe tried to persuade the harbour board that the pier was unsafe.', '2021-03-02');
  const q = quoteWith(a, 'pier was unsafe');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.cue?.text, 'tried to persuade');
});

test('a noun of intent after a possessive owner reports the "to" infinitive after it', () => {
  const a = analyzeText('The vote came after the mayor\'s decision to close the pier at dawn.', '2021-03-02');
  const q = quoteWith(a, 'close the pier');
  assert.equal(q.text, 'to close the pier at dawn');
  assert.equal(speakerText(a, q), 'the mayor\'s');
  assert.equal(q.cue?.text, 'decision');
  const b = analyzeText('Crews waited for the board to keep its own pledge to dredge the channel.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'dredge the channel')), 'its');
  // without an owner the noun is no report ("a pledge to build ...")
  assert.ok(!analyzeText('There was a pledge to dredge the channel.', '2021-03-02').quotes.some((x) => x.cue?.text === 'pledge'));
});

test('"address" is a cue verb', () => {
  const a = analyzeText('In her speech, the mayor did not address the closure of the mill.', '2021-03-02');
  const q = quoteWith(a, 'closure of the mill');
  assert.equal(speakerText(a, q), 'the mayor');
  assert.equal(q.cue?.text, 'did not address');
});

test('"restrict" is a cue verb', () => {
  const a = analyzeText('The harbour board restricted night fishing near the pier.', '2021-03-02');
  const q = quoteWith(a, 'night fishing');
  assert.equal(speakerText(a, q), 'The harbour board');
  assert.equal(q.cue?.text, 'restricted');
});

test('"vague about" is a stance adjective after a form of "be"', () => {
  const a = analyzeText('The harbour board has been vague about the cost of the new pier.', '2021-03-02');
  const q = quoteWith(a, 'cost of the new pier');
  assert.equal(speakerText(a, q), 'The harbour board');
  assert.equal(q.cue?.text, 'has been vague about');
});

test('a noun modifying a nominal cue names who holds it ("harbour board assurances that ...")', () => {
  const a = analyzeText('Despite Harbour Board assurances that the pier was safe, the crews stayed away.', '2021-03-02');
  const q = quoteWith(a, 'pier was safe');
  assert.equal(q.text, 'that the pier was safe');
  assert.equal(speakerText(a, q), 'Harbour Board');
  assert.equal(q.cue?.text, 'assurances');
});

test('a correlative "both" before two joined speakers is no part of the speaker phrase', () => {
  const a = analyzeText('Both Jo Roe and Al Poe say the pier is unsafe.', '2021-03-02');
  const q = quoteWith(a, 'pier is unsafe');
  assert.equal(speakerText(a, q), 'Jo Roe and Al Poe');
  // "both" as the head of a plain noun phrase stays
  const b = analyzeText('Both harbour pilots say the pier is unsafe.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'pier is unsafe')), 'Both harbour pilots');
});

test('a light verb with a listed noun and the word after it is a cue ("made a strong plea for", "filed a motion to")', () => {
  const a = analyzeText('On Monday the ferry union made a strong plea for a new pier.', '2021-03-02');
  const q = quoteWith(a, 'a new pier');
  assert.equal(speakerText(a, q), 'the ferry union');
  assert.equal(q.cue?.text, 'made a strong plea for');
  const b = analyzeText('The dockers filed a motion to halt the sale of the quay.', '2021-03-02');
  const r = quoteWith(b, 'halt the sale');
  assert.equal(r.text, 'to halt the sale of the quay');
  assert.equal(r.cue?.text, 'filed a motion');
  // a light verb with another noun is no cue
  assert.equal(analyzeText('The cook made a cake for the harbour master.', '2021-03-02').quotes.length, 0);
});

test('"sign an agreement to" is a light-verb cue', () => {
  const a = analyzeText('The harbour board has signed an agreement to lease the quay to a fishing cooperative.', '2021-03-02');
  const q = quoteWith(a, 'lease the quay');
  assert.equal(speakerText(a, q), 'The harbour board');
  assert.ok(q.cue?.text.endsWith('signed an agreement'));
});

test('"narrative" is a nominal cue before a "that" clause', () => {
  const a = analyzeText('The harbour board pushed the narrative that the pier was safe.', '2021-03-02');
  const q = quoteWith(a, 'pier was safe');
  assert.equal(q.text, 'that the pier was safe');
  assert.equal(speakerText(a, q), 'The harbour board');
  assert.equal(q.cue?.text, 'narrative');
});

test('"recognition" is a nominal cue before a "that" clause', () => {
  const a = analyzeText('The toll rose despite Harbour Board recognition that the fares were too high.', '2021-03-02');
  const q = quoteWith(a, 'fares were too high');
  assert.equal(q.text, 'that the fares were too high');
  assert.equal(speakerText(a, q), 'Harbour Board');
  assert.equal(q.cue?.text, 'recognition');
});

test('"follow up" is a particle cue', () => {
  const a = analyzeText('At the hearing, Jo Roe followed up with questions that the board could not answer.', '2021-03-02');
  const q = quoteWith(a, 'could not answer');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.cue?.text, 'followed up');
});

test('a report whose clause opens with an aside between commas goes on to its main clause ("noted that at ..., in 2009, she backed")', () => {
  const a = analyzeText('Roe noted that at her first hearing on the pier, in 2009, she backed a plan to widen the channel.', '2021-03-02');
  const q = quoteWith(a, 'first hearing');
  assert.ok(q.text.endsWith('widen the channel'), q.text);
  assert.equal(speakerText(a, q), 'Roe');
  assert.ok(!a.quotes.some((x) => speakerText(a, x) === 'she'), JSON.stringify(a.quotes.map((x) => x.text)));
});

test('a base form after "and" inside a report joins the report\'s infinitive, not the past-tense frame verb', () => {
  const a = analyzeText('Jo Roe called on the board to delay the vote and consider a smaller pier.', '2021-03-02');
  const q = quoteWith(a, 'delay the vote');
  assert.ok(q.text.endsWith('a smaller pier'), q.text);
  assert.equal(a.quotes.length, 1, JSON.stringify(a.quotes.map((x) => x.text)));
});

test('a cue word in capitals belongs to a section heading and reports nothing', () => {
  const a = analyzeText('THE BOARD THINKS THE PIER IS SAFE — Inspectors found no cracks last week.', '2021-03-02');
  assert.ok(!a.quotes.some((q) => speakerText(a, q) === 'THE BOARD'), JSON.stringify(a.quotes.map((q) => q.text)));
  assert.equal(speakerText(a, quoteWith(a, 'no cracks')), 'Inspectors');
});

test('a frame that no comma, dash or quotation mark sets off from the clause before it reports nothing', () => {
  for (const text of ['Examining the Council\'s Record on Urgent Harbor Challenges.', 'Not that anyone on the crew side of the port is arguing.']) {
    const a = analyzeText(text, '2021-03-02');
    assert.deepEqual(a.quotes.map((q) => q.text), [], text);
  }
  const b = analyzeText('The new pier is safe, the inspector said.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'pier is safe')), 'the inspector');
});

test('a dash after a quotation joins a speaker only when a name follows it, not the writer\'s aside', () => {
  const a = analyzeText('In May, Roe called the ferry “a floating ruin” — a phrase the crews still repeat. Meanwhile Lee stayed quiet.', '2021-03-02');
  assert.ok(!a.quotes.some((q) => q.rule === 'dash-speaker-after'), JSON.stringify(a.quotes.map((q) => [q.rule, q.text])));
  const b = analyzeText('“We will rebuild the pier.” ― Jo Roe', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'rebuild the pier')), 'Jo Roe');
});

test('a passive cue whose subject is a pronoun alone reports nothing; a noun phrase subject is what the agent put forward', () => {
  const a = analyzeText('It was first proposed by the harbor board in 1990.', '2021-03-02');
  assert.deepEqual(a.quotes.map((q) => q.text), []);
  const b = analyzeText('The toll plan was first proposed by the harbor board.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'toll plan')), 'the harbor board');
});

test('a verb that is no speech verb joined by "and" inside a reported clause goes on with that clause', () => {
  const a = analyzeText('Harbor officials said the skipper ignored the signal and refused to leave the pier.', '2021-03-02');
  const q = quoteWith(a, 'ignored the signal');
  assert.ok(q.text.endsWith('refused to leave the pier'), q.text);
  assert.equal(a.quotes.length, 1, JSON.stringify(a.quotes.map((x) => x.text)));
  // a speech verb after "and" is the speaker's next report
  const b = analyzeText('Jo Roe said the ferry was late and warned that fares would rise.', '2021-03-02');
  assert.ok(quoteWith(b, 'ferry was late').text.endsWith('was late'), JSON.stringify(b.quotes.map((x) => x.text)));
  assert.equal(speakerText(b, quoteWith(b, 'fares would rise')), 'Jo Roe');
});
