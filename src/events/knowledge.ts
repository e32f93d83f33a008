// What the events layer knows, loaded from dictionaries/events once and shared by every document: the CAMEO table,
// the trigger lexicon (our verbs.txt, or the PETRARCH *.verbs.txt of --dictionaries), clause words, discards.
import { join } from 'node:path';
import type { LoadOptions } from '../dictionaries/load-options.js';
import { DataFileError } from '../dictionaries/data-file.js';
import { loadCameoTable, type CameoTable } from './cameo-table.js';
import { loadIrregularVerbs } from './inflect.js';
import { Lexicon } from './lexicon.js';
import { loadBuiltinVerbs } from './builtin-verbs.js';
import { loadPetrarchDiscards, loadPetrarchVerbs, petrarchFiles, type Discards } from './petrarch-verbs.js';
import { loadClauseWords, type ClauseWords } from './clause-words.js';
import { loadTalksWords, type TalksWords } from './talks-words.js';
import type { Gap } from './match.js';

export interface CodingStyle {
  /** how many other words a pattern's space may stand for (PETRARCH: the rest of the sentence), and whether only
   *  modifiers may stand before an actor slot */
  gap: Gap;
  /** drop events whose verb group is negated or hypothetical (PETRARCH dictionaries say so in patterns instead) */
  dropNegatedAndHypothetical: boolean;
  /** a passive verb with no "by" agent: its subject is the target and the governing clause gives the source
   *  ("announced that X will be sanctioned"); TABARI/PETRARCH read it as active */
  passiveTargetsSubject: boolean;
  /** the default target may be found past the verb's own clause (TABARI looks through the whole sentence) */
  targetAcrossClauses: boolean;
  /** TABARI's reading: after the first coded verb of a sentence only verbs coordinated with it ("condemned X and
   *  promised Y") are coded; verbs of subordinate clauses are taken to be part of the first event */
  firstVerbOnly: boolean;
  /** arguments are read next to the verb: the subject right before its verb group (through appositions, relative
   *  pronouns and time phrases), the object right after it; infinitives ("vowed to attack") are not events */
  adjacentArguments: boolean;
  /** a resolved place no actor covers may be a target, for its country ("shelled Kharkiv") */
  placesAsTargets: boolean;
  /** "he" / "she" stand for the person last named before them (the actor layer's antecedent) */
  resolvePronouns: boolean;
  /** a talks noun that refers back to talks named before ("the next round of talks") carries their participants */
  referredTalks: boolean;
  /** which dictionary the lexicon came from, for rules */
  dictionary: 'builtin' | 'petrarch';
}

export interface EventsKnowledge {
  cameo: CameoTable;
  lexicon: Lexicon;
  words: ClauseWords;
  discards: Discards;
  style: CodingStyle;
  talks: TalksWords;
}

export function loadEventsKnowledge(options: LoadOptions): EventsKnowledge {
  const dir = join(options.builtinDir, 'events');
  const cameo = loadCameoTable(join(dir, 'cameo.tsv'));
  const irregular = loadIrregularVerbs(join(dir, 'irregular-verbs.txt'));
  const words = loadClauseWords(dir, irregular, cameo);
  const lexicon = new Lexicon();
  const discards: Discards = { sentence: [], story: [] };
  let style: CodingStyle;
  if (options.petrarchDir) {
    const verbFiles = petrarchFiles(options.petrarchDir, '.verbs.txt');
    if (!verbFiles.length) throw new DataFileError(options.petrarchDir, null, 'no *.verbs.txt dictionary in the --dictionaries folder');
    for (const f of verbFiles) loadPetrarchVerbs(f, lexicon, irregular);
    for (const f of petrarchFiles(options.petrarchDir, '.discards.txt')) loadPetrarchDiscards(f, discards);
    style = { gap: { limit: 1000, slotModifiersOnly: false, wordsInMentions: true, clause: null }, dropNegatedAndHypothetical: false, passiveTargetsSubject: false, targetAcrossClauses: true, firstVerbOnly: true, adjacentArguments: false, placesAsTargets: false, resolvePronouns: false, referredTalks: false, dictionary: 'petrarch' };
  } else {
    loadBuiltinVerbs(join(dir, 'verbs.txt'), lexicon, irregular, new Set(cameo.keys()));
    style = { gap: { limit: 6, slotModifiersOnly: true, wordsInMentions: true, clause: { stops: words.gapStops, coordinators: words.gapCoordinators } }, dropNegatedAndHypothetical: true, passiveTargetsSubject: true, targetAcrossClauses: false, firstVerbOnly: false, adjacentArguments: true, placesAsTargets: true, resolvePronouns: true, referredTalks: true, dictionary: 'builtin' };
  }
  lexicon.freeze();
  return { cameo, lexicon, words, discards, style, talks: loadTalksWords(dir, cameo) };
}
