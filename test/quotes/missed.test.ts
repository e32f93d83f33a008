// Attributions the quote layer used to miss: each test is a sentence written for it, with invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, at, quoteWith, speakerText } from '../helpers/analyze.js';

test('a participle after a quotation closing on a comma reports for the speaker (\'said it was “fine,” adding that\')', () => {
  const a = analyzeText('Jo Roe said the new pier "was a fine success," adding that its value doubled within a year.', '2021-03-02');
  const q = quoteWith(a, 'its value doubled');
  assert.equal(q.cue?.text, 'adding');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.text, 'that its value doubled within a year');
});

test('a noun that is also a cue form heads the speaker after a participle or a hyphenated modifier ("newly filed reports shows")', () => {
  const a = analyzeText('Ferry fares rose all summer, an analysis of newly filed reports shows.', '2021-03-02');
  const q = quoteWith(a, 'Ferry fares rose');
  assert.equal(q.cue?.text, 'shows');
  assert.equal(speakerText(a, q), 'an analysis of newly filed reports');
  const b = analyzeText('Ferry fares rose all summer, a review of the harbour-finance reports shows.', '2021-03-02');
  const r = quoteWith(b, 'Ferry fares rose');
  assert.equal(speakerText(b, r), 'a review of the harbour-finance reports');
});

test('a cue participle with an agent right after its noun is a passive report ("a fine imposed by the regulator")', () => {
  const a = analyzeText('Crews paid a record penalty imposed by the Ministry of Ports.', '2021-03-02');
  const q = quoteWith(a, 'penalty');
  assert.equal(q.text, 'a record penalty');
  assert.equal(speakerText(a, q), 'the Ministry of Ports');
});

test('a cue form the tagger reads as a noun after a time between subject and verb is the verb ("a tribunal in 1998 found")', () => {
  const a = analyzeText('A dock tribunal in 1998 found that our ferry company had broken its lease.', '2021-03-02');
  const q = quoteWith(a, 'broken its lease');
  assert.equal(q.cue?.text, 'found');
  assert.equal(speakerText(a, q), 'A dock tribunal');
});

test('"agreed with" takes the person agreed with into the report', () => {
  const a = analyzeText('At the hearing, Ann Lee of the dock union agreed with Jo Roe about the new fees.', '2021-03-02');
  const q = quoteWith(a, 'Jo Roe');
  assert.equal(q.cue?.text, 'agreed with');
  assert.equal(speakerText(a, q), 'Ann Lee of the dock union');
  assert.equal(q.text, 'Jo Roe about the new fees');
});

test('"decided against" is a particle cue, and what was decided against is the report', () => {
  const a = analyzeText('The harbour board met on Friday and decided against raising the mooring fees.', '2021-03-02');
  const q = quoteWith(a, 'mooring fees');
  assert.equal(q.cue?.text, 'decided against');
  assert.equal(speakerText(a, q), 'The harbour board');
  assert.equal(q.text, 'raising the mooring fees');
});

test('a participle reports for the subject even when a time stands between it and its verb ("a crew in 1998 sent ..., calling for")', () => {
  const a = analyzeText('A crew of welders in 1998 sent a note to our port board, calling for his removal.', '2021-03-02');
  const q = quoteWith(a, 'his removal');
  assert.equal(q.cue?.text, 'calling for');
  assert.equal(speakerText(a, q), 'A crew of welders');
});

test('"heard" before a cue participle is a catenative: the one heard is the speaker ("can be heard shouting")', () => {
  const a = analyzeText('On the tape, Jo Roe can be heard shouting at the deckhands that the hold was empty.', '2021-03-02');
  const q = quoteWith(a, 'hold was empty');
  assert.equal(q.cue?.text, 'can be heard shouting');
  assert.equal(speakerText(a, q), 'Jo Roe');
});

test('a name the tagger reads as a verb still heads the subject of a cue form read as a noun ("though Wade notes they ...")', () => {
  const a = analyzeText('Two deckhands kept their posts, though Wade notes they were hired before the storm.', '2021-03-02');
  const q = quoteWith(a, 'hired before the storm');
  assert.equal(q.cue?.text, 'notes');
  assert.equal(speakerText(a, q), 'Wade');
});

test('"pleads for" is a particle cue, so what is pleaded for is reported', () => {
  const a = analyzeText("The skipper's brother pleads for his job back.", '2021-03-02');
  const q = quoteWith(a, 'his job back');
  assert.equal(q.cue?.text, 'pleads for');
  assert.equal(speakerText(a, q), "The skipper's brother");
});

test('a headline ending in a name, a colon and a quotation gives the quotation to the name ("A talk with Jo Roe: \'...\'")', () => {
  const a = analyzeText("Notes from a chat with Tam Wade: 'Keep every pier open.'\n\nThe harbour chief spoke on Monday.", '2021-03-02');
  const q = quoteWith(a, 'Keep every pier open');
  assert.equal(speakerText(a, q), 'Tam Wade');
  assert.equal(q.cue?.text, ':');
  // a title-case headline does not show where the name starts
  const b = analyzeText("Tam Wade Scolds Harbour Chief: 'Keep Every Pier Open.'\n\nThe harbour chief spoke on Monday.", '2021-03-02');
  assert.ok(!b.quotes.some((x) => x.speaker && at(b, x.speaker) === 'Scolds Harbour Chief'));
});

test('a frame inside an aside between spaced dashes reports only up to the closing dash', () => {
  const a = analyzeText('The new levy on ferries -- which Jo Roe called “a plain raid” -- falls due in May, and owners are angry.', '2021-03-02');
  const q = quoteWith(a, 'a plain raid');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.text, '“a plain raid”');
});

test('"disagrees with" is a particle cue: the one disagreed with is reported, not the clause before', () => {
  const a = analyzeText('As the council moves to close the pier, the harbour chief Jo Roe plainly disagrees with her own staff.', '2021-03-02');
  const q = quoteWith(a, 'her own staff');
  assert.equal(q.cue?.text, 'plainly disagrees with');
  assert.equal(q.text, 'her own staff');
});

test('a cue form in -ing after a comma and before "that" is a participle even when tagged as a noun ("..., warning that")', () => {
  const a = analyzeText('Port leaders have endorsed a plan for a joint fleet, warning that the storm season could cost them dearly.', '2021-03-02');
  const q = quoteWith(a, 'storm season could cost');
  assert.equal(q.cue?.text, 'warning');
  assert.equal(speakerText(a, q), 'Port leaders');
  assert.equal(quoteWith(a, 'joint fleet').text, 'a plan for a joint fleet');
});

test('a comparison between commas after the cue ("warned, as have the crews, that ...") stands before the report', () => {
  const a = analyzeText('Two harbour pilots warned, as have the crews on the night ferry, that the new fees might rise again.', '2021-03-02');
  const q = quoteWith(a, 'fees might rise');
  assert.equal(q.cue?.text, 'warned');
  assert.equal(speakerText(a, q), 'Two harbour pilots');
  assert.equal(q.text, 'that the new fees might rise again');
});

test('"including" before a comma is no verb, so the cue after it takes its speaker from before it', () => {
  const a = analyzeText('Last winter, three ferry firms, including Bay Lines, declared a loss.', '2021-03-02');
  const q = quoteWith(a, 'a loss');
  assert.equal(q.cue?.text, 'declared');
  assert.match(speakerText(a, q) ?? '', /ferry firms, including Bay Lines$/);
});

test('a free relative ("what X said ...") is a report of its own, kept inside the clause around it', () => {
  const a = analyzeText('Nobody on the dock believed what the ferry owners said was a fair fare.', '2021-03-02');
  const q = a.quotes.find((x) => x.cue?.text === 'said');
  assert.ok(q, 'the free relative is reported');
  assert.equal(speakerText(a, q), 'the ferry owners');
  assert.equal(q.text, 'what the ferry owners said was a fair fare');
  const b = analyzeText('What Jo Roe says the night shift would earn is far too little.', '2021-03-02');
  const r = b.quotes.find((x) => x.cue?.text === 'says');
  assert.ok(r, 'the free relative is reported');
  assert.equal(speakerText(b, r), 'Jo Roe');
});

test('a relative word that is the subject of the reported clause ("the crates, which X said were ...") opens a report', () => {
  const a = analyzeText('The crates, which Jo Roe said were left on the pier, have vanished.', '2021-03-02');
  const q = a.quotes.find((x) => x.cue?.text === 'said');
  assert.ok(q, 'the relative clause is reported');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(q.text, 'which Jo Roe said were left on the pier');
});

test('a noun report ("the claim that ...") ends at a colon, so the clause after it keeps its own speaker', () => {
  const a = analyzeText('The claim that three clerks got raises set off more anger on Friday: union leaders said they are sure the board broke the rules.', '2021-03-02');
  const q = a.quotes.find((x) => x.cue?.text === 'said');
  assert.ok(q, 'the report after the colon is kept');
  assert.equal(speakerText(a, q), 'union leaders');
  assert.equal(q.text, 'they are sure the board broke the rules');
  assert.ok(!quoteWith(a, 'three clerks').text.includes('union leaders'));
});

test('"how" before a speaker and a cue with a clause after it ("how X say it would ...") opens a report of its own', () => {
  const a = analyzeText('Few on the dock grasp how the builders say the new pier would pay for itself.', '2021-03-02');
  const q = a.quotes.find((x) => x.cue?.text === 'say');
  assert.ok(q, 'the "how" clause is reported');
  assert.equal(speakerText(a, q), 'the builders');
  assert.equal(q.text, 'how the builders say the new pier would pay for itself');
});

test('a cue verb after "to" reports for the subject of the verb or adjective before it ("needs to explain", "met on Friday to discuss")', () => {
  const a = analyzeText('The harbour board needs to explain the offer from the ferry guild.', '2021-03-02');
  assert.equal(speakerText(a, quoteWith(a, 'the offer')), 'The harbour board');
  const b = analyzeText('Leaders of the dock union gathered on Friday to discuss the new berth fees.', '2021-03-02');
  assert.equal(speakerText(b, quoteWith(b, 'berth fees')), 'Leaders of the dock union');
  const c = analyzeText('The Ministry of Ports was quick to endorse the new safety rules.', '2021-03-02');
  assert.equal(speakerText(c, quoteWith(c, 'safety rules')), 'The Ministry of Ports');
});

test('no report for the subject of "be" before "to", of a passive before "to", or of an infinitive with nothing after it', () => {
  const noQuote = (text: string, words: string) => {
    const a = analyzeText(text, '2021-03-02');
    assert.ok(!a.quotes.some((q) => q.text.includes(words) && q.speaker), `${text}: ${JSON.stringify(a.quotes)}`);
  };
  noQuote('His only answer was to repeat the old figures.', 'old figures');
  noQuote('The talks are expected to continue the work on the berths.', 'the work');
  noQuote('If the levy fails to persuade, the mayor has other tools.', 'other tools');
});

test('"yet" before a second verb joins it to the subject like "but" ("praised the levy, yet warned that ...")', () => {
  const a = analyzeText('Jo Roe praised the new levy, yet warned that berth costs would rise.', '2021-03-02');
  const q = quoteWith(a, 'berth costs');
  assert.equal(q.cue?.text, 'warned');
  assert.equal(speakerText(a, q), 'Jo Roe');
  assert.equal(quoteWith(a, 'new levy').text, 'the new levy');
  const b = analyzeText('The harbour crews had not yet decided whether to strike.', '2021-03-02');
  assert.ok(!b.quotes.some((x) => x.speaker && x.cue?.text === 'decided' && speakerText(b, x) !== 'The harbour crews'));
});

test('after an auxiliary in the report, a past cue verb joined by "and" is the speaker\'s next report ("said she had ... and called it ...")', () => {
  const a = analyzeText('Mary Lee, a port official, said she had survived two long strikes in her career and called them a normal cost of the job.', '2021-03-02');
  const q = quoteWith(a, 'normal cost');
  assert.equal(q.cue?.text, 'called');
  assert.equal(speakerText(a, q), 'Mary Lee, a port official');
  assert.equal(quoteWith(a, 'two long strikes').text, 'she had survived two long strikes in her career');
  // (with no auxiliary the second verb goes on with the reported clause)
  const b = analyzeText('Jo Roe said the skipper ignored the buoy and refused to turn back.', '2021-03-02');
  assert.equal(quoteWith(b, 'ignored the buoy').text, 'the skipper ignored the buoy and refused to turn back');
});

test('a sentence break between the two marks of a closing double apostrophe starts a new unit after them (".\'\' The guild said ...")', () => {
  const a = analyzeText("The Harbour Times reported that the port chief called the levy ''a fair price for safety.'' The guild said it would appeal to the Ministry of Ports.", '2021-03-02');
  const q = quoteWith(a, 'appeal to the Ministry');
  assert.equal(q.cue?.text, 'said');
  assert.equal(speakerText(a, q), 'The guild');
  assert.equal(quoteWith(a, 'fair price').text, "that the port chief called the levy ''a fair price for safety.''");
});
