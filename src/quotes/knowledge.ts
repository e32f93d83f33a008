// What the quotes layer knows: the cue lists of dictionaries/quotes/cues.yaml (format in the README beside it),
// compiled once into hash lookups keyed by lowercase token text.
import { join } from 'node:path';
import type { LoadOptions } from '../dictionaries/load-options.js';
import { loadYaml, stringList, type YamlData } from '../dictionaries/data-file.js';

export interface VerbCue {
  /** the base form, e.g. "say" */
  lemma: string;
  /** a particle that must follow the verb ("for" in "call for"), or null */
  particle: string | null;
}

export interface QuotesKnowledge {
  /** inflected verb form -> the cues it can start (a form may start a plain and a particle cue) */
  verbs: ReadonlyMap<string, readonly VerbCue[]>;
  /** forms of verbs that take a cue verb after "to" ("appeared to suggest"), keyed like verbs */
  catenatives: ReadonlyMap<string, readonly VerbCue[]>;
  nouns: ReadonlySet<string>;
  /** stance adjective -> the prepositions that may follow it ("critical" -> ["of"]); "" when it may take a clause */
  adjectives: ReadonlyMap<string, readonly string[]>;
  /** first word -> the remaining words of multi-word prepositional cues ("according" -> [["to"]]) */
  prepositions: ReadonlyMap<string, readonly string[][]>;
  dashes: ReadonlySet<string>;
  objectVerbs: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
  /** prepositions that join a body to a lowercase noun after an inverted cue ("said a source on the board") */
  afterJoiners: ReadonlySet<string>;
  parentheticalOpeners: ReadonlySet<string>;
  notSpeakers: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  /** words opening a subordinate clause at a sentence start ("When she said ..., Lee ...") */
  subordinators: ReadonlySet<string>;
  /** words that end a reported noun phrase ("criticized the plan because ...", "praised the mayor, who ...") */
  objectEnds: ReadonlySet<string>;
  prepositionalParticiples: ReadonlySet<string>;
  modals: ReadonlySet<string>;
  /** prepositions after which a cue gerund reports its clause's subject ("opened by saying", "while chanting") */
  gerundPrepositions: ReadonlySet<string>;
  /** nouns for recordings whose "of <name>" names who speaks in them ("footage of Roe saying ...") */
  recordingNouns: ReadonlySet<string>;
  /** nouns for polls and surveys: "in" before a phrase headed by one names the source of what it found */
  pollNouns: ReadonlySet<string>;
  /** nouns of intent that report a "to" infinitive after a possessive owner ("her decision to resign") */
  infinitiveNouns: ReadonlySet<string>;
  /** forms of light verbs that make a cue of a noun after them ("made a plea for", "filed a motion to") */
  lightVerbs: ReadonlyMap<string, readonly VerbCue[]>;
  /** noun of a light-verb cue -> the words that must follow it ("plea" -> ["for"], "motion" -> ["to"]) */
  lightNouns: ReadonlyMap<string, readonly string[]>;
  /** distributive quantifiers that stand for a group as a speaker ("all agreed", "each touting"), or after it
   *  ("the senators all said") */
  distributives: ReadonlySet<string>;
  /** Quantifiers standing alone for a group of speakers at a clause's start ("some believe ..."). */
  groupQuantifiers: ReadonlySet<string>;
  /** forms of verbs whose object is the subject of a participle after it ("left the crews wondering whether ...") */
  objectSubjectVerbs: ReadonlySet<string>;
  /** base forms of verbs that report a clause but only describe a state before an adjective ("felt cheated") */
  stateVerbs: ReadonlySet<string>;
  /** base forms of verbs that report a stance even after a modal ("would call it ...", "should know") */
  modalStances: ReadonlySet<string>;
  /** base forms of verbs that put the speaker after them after a comma ("..., said X") */
  invertingVerbs: ReadonlySet<string>;
  /** every word that can start a verb, noun or prepositional cue (one lookup per token) */
  cueWords: ReadonlySet<string>;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** The regular forms of an English verb: base, -s, -ed, -ing (doubling verbs are written out in the data). */
export function regularForms(base: string): string[] {
  const last = base[base.length - 1];
  const beforeLast = base[base.length - 2] ?? '';
  const consonantY = last === 'y' && !VOWELS.has(beforeLast);
  const third = consonantY
    ? base.slice(0, -1) + 'ies'
    : /(s|sh|ch|x|z|o)$/.test(base) ? base + 'es' : base + 's';
  const past = consonantY ? base.slice(0, -1) + 'ied' : last === 'e' ? base + 'd' : base + 'ed';
  const ing = last === 'e' && beforeLast !== 'e' ? base.slice(0, -1) + 'ing' : base + 'ing';
  return [base, third, past, ing];
}

function words(data: YamlData, key: string): string[] {
  const list = stringList(data, key);
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (item !== item.toLowerCase()) data.fail([key, i], `"${item}" must be lowercase`);
    if (seen.has(item)) data.fail([key, i], `"${item}" is listed twice in "${key}"`);
    seen.add(item);
  });
  return list.map((x) => x.trim());
}

/** Verb items ("add", "say says said saying", "point | out") -> inflected form -> the cues it can start. */
function verbForms(data: YamlData, key: string, lemmas: Set<string>): Map<string, VerbCue[]> {
  const verbs = new Map<string, VerbCue[]>();
  words(data, key).forEach((item, i) => {
    const [formsPart, particlePart, extra] = item.split('|').map((s) => s.trim());
    if (extra !== undefined || !formsPart) data.fail([key, i], `"${item}": at most one "|" before a particle`);
    const given = formsPart.split(/\s+/);
    if (given.some((w) => !/^[a-z]+$/.test(w))) data.fail([key, i], `"${item}": verb forms are single lowercase words`);
    const particle = particlePart ? particlePart : null;
    if (particlePart !== undefined && (!particle || /\s/.test(particle))) {
      data.fail([key, i], `"${item}": a particle is one word after "|"`);
    }
    const forms = given.length === 1 ? regularForms(given[0]) : given;
    const cue: VerbCue = { lemma: given[0], particle };
    lemmas.add(given[0]);
    for (const f of new Set(forms)) {
      const list = verbs.get(f) ?? [];
      list.push(cue);
      verbs.set(f, list);
    }
  });
  return verbs;
}

export function loadQuotesKnowledge(options: LoadOptions): QuotesKnowledge {
  const data = loadYaml(join(options.builtinDir, 'quotes', 'cues.yaml'));
  const lemmas = new Set<string>();
  const verbs = verbForms(data, 'verbs', lemmas);
  const catenatives = verbForms(data, 'catenatives', new Set());
  // particle cues first, so "called for" wins over "called"
  for (const list of verbs.values()) list.sort((a, b) => Number(b.particle !== null) - Number(a.particle !== null));

  const prepositions = new Map<string, string[][]>();
  words(data, 'prepositions').forEach((item, i) => {
    const parts = item.split(/\s+/);
    if (parts.length < 2) data.fail(['prepositions', i], `"${item}": a prepositional cue has two words or more`);
    const list = prepositions.get(parts[0]) ?? [];
    list.push(parts.slice(1));
    prepositions.set(parts[0], list);
  });
  const objectVerbs = words(data, 'object_verbs');
  const invertingVerbs = new Set(words(data, 'inverting_verbs'));
  [...invertingVerbs].forEach((v, i) => {
    if (!lemmas.has(v)) data.fail(['inverting_verbs', i], `"${v}" is not the base form of a verb in "verbs"`);
  });
  const stateVerbs = new Set(words(data, 'state_verbs'));
  [...stateVerbs].forEach((v, i) => {
    if (!lemmas.has(v)) data.fail(['state_verbs', i], `"${v}" is not the base form of a verb in "verbs"`);
  });
  const modalStances = new Set(words(data, 'modal_stances'));
  [...modalStances].forEach((v, i) => {
    if (!lemmas.has(v)) data.fail(['modal_stances', i], `"${v}" is not the base form of a verb in "verbs"`);
  });
  objectVerbs.forEach((v, i) => {
    if (!lemmas.has(v)) data.fail(['object_verbs', i], `"${v}" is not the base form of a verb in "verbs"`);
  });
  const nouns = new Set(words(data, 'nouns'));
  const adjectives = new Map<string, string[]>();
  words(data, 'adjectives').forEach((item, i) => {
    const [adj, prep, extra] = item.split('|').map((x) => x.trim());
    if (extra !== undefined || !adj || /\s/.test(adj) || (prep !== undefined && (!prep || /\s/.test(prep)))) {
      data.fail(['adjectives', i], `"${item}": one adjective, optionally "| preposition"`);
    }
    const list = adjectives.get(adj) ?? [];
    list.push(prep ?? '');
    adjectives.set(adj, list);
  });
  const pollNouns = new Set(words(data, 'poll_nouns'));
  const infinitiveNouns = new Set(words(data, 'infinitive_nouns'));
  const lightVerbs = verbForms(data, 'light_verbs', new Set());
  const lightNouns = new Map<string, string[]>();
  words(data, 'light_nouns').forEach((item, i) => {
    const [noun, next, extra] = item.split('|').map((x) => x.trim());
    if (extra !== undefined || !noun || /\s/.test(noun) || !next || /\s/.test(next)) {
      data.fail(['light_nouns', i], `"${item}": one noun, "|", and the one word that must follow it`);
    }
    const list = lightNouns.get(noun) ?? [];
    list.push(next);
    lightNouns.set(noun, list);
  });
  return {
    // ("in" starts a cue only before a poll noun, so it is looked up only when there are poll nouns)
    cueWords: new Set([...verbs.keys(), ...nouns, ...prepositions.keys(), ...adjectives.keys(), ...infinitiveNouns, ...lightVerbs.keys(), ...(pollNouns.size ? ['in'] : [])]),
    verbs,
    catenatives,
    nouns,
    adjectives,
    prepositions,
    dashes: new Set(words(data, 'dashes')),
    objectVerbs: new Set(objectVerbs),
    adverbs: new Set(words(data, 'adverbs')),
    pronouns: new Set(words(data, 'pronouns')),
    determiners: new Set(words(data, 'determiners')),
    joiners: new Set(words(data, 'joiners')),
    afterJoiners: new Set(words(data, 'after_joiners')),
    parentheticalOpeners: new Set(words(data, 'parenthetical_openers')),
    notSpeakers: new Set(words(data, 'not_speakers')),
    clauseBreaks: new Set(words(data, 'clause_breaks')),
    subordinators: new Set(words(data, 'subordinators')),
    objectEnds: new Set(words(data, 'object_ends')),
    prepositionalParticiples: new Set(words(data, 'prepositional_participles')),
    modals: new Set(words(data, 'modals')),
    invertingVerbs,
    modalStances,
    gerundPrepositions: new Set(words(data, 'gerund_prepositions')),
    recordingNouns: new Set(words(data, 'recording_nouns')),
    pollNouns,
    infinitiveNouns,
    lightVerbs,
    lightNouns,
    distributives: new Set(words(data, 'distributives')),
    groupQuantifiers: new Set(words(data, 'group_quantifiers')),
    objectSubjectVerbs: new Set(verbForms(data, 'object_subject_verbs', new Set()).keys()),
    stateVerbs,
  };
}
