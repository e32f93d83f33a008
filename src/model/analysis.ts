// The Analysis JSON contract, version 1 (../shared/DESIGN.md). Fields may be added; none may change meaning.
// Offsets are JavaScript string indices (UTF-16 code units) into `text`.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type DateSource = 'metadata' | 'inferred' | 'none';

export interface Caption extends TextSpan {}

export interface RelatedLink extends Span {
  series: string | null;
  date: string | null;
  title: string;
}

/** Byline ("By Jane Doe") or dateline ("WASHINGTON (Reuters) -"); added to the contract's structure. */
export interface Dateline extends TextSpan {
  place: string | null;
  agency: string | null;
}

export interface Structure {
  caption: Caption | null;
  related: RelatedLink[];
  byline: TextSpan | null;
  dateline: Dateline | null;
  blockquotes: Span[];
}

export type ActorKind = 'state' | 'person' | 'organization' | 'group';

/** How a mention names its actor: a proper name ("Sergei Lavrov", "Tehran"), a common-noun phrase ("the minister",
 *  "Syrian rebels") or a pronoun ("he"). Name mentions are the ones a named-entity scorer compares. */
export type MentionForm = 'name' | 'nominal' | 'pronoun';

export interface ActorMention extends TextSpan {
  form?: MentionForm;
}

export interface Actor {
  id: string;
  name: string;
  code: string | null;
  country: string | null;
  kind: ActorKind;
  mentions: ActorMention[];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends TextSpan {
  type: TimeType;
  value: string;
  mod?: string;
  /** the recognizer rule that found it ("month-day", "relative-unit"...), as evidence */
  rule?: string;
}

export type PlaceKind = 'country' | 'region' | 'city' | 'other';

export interface Place extends TextSpan {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  kind: PlaceKind;
  /** the rule that found it ("place-name+cue", "place-demonym", ...) */
  rule?: string;
}

export interface Speaker extends Span {
  actor: string | null;
  name: string | null;
  code: string | null;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote extends TextSpan {
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: TextSpan | null;
  date: string | null;
  /** the quote rule that produced the record: the cue's kind and where content and speaker stood
   *  ("verb-after", "preposition-before", "colon-introduction", "dash-speaker-before", ...) */
  rule: string;
}

export interface EventArgument {
  actor: string | null;
  code: string | null;
  start?: number;
  end?: number;
  text?: string;
}

export interface EventPlace {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface CodedEvent extends Span {
  id: string;
  source: EventArgument;
  target: EventArgument;
  cameo: string;
  plover: string | null;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  date: string | null;
  place: EventPlace | null;
  rule: string;
  /** internal (events layer): the verb or noun that fired, for dating and placing the event */
  _trigger?: Span;
}

export interface Analysis {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  date: { value: string | null; source: DateSource };
  text: string;
  structure: Structure;
  sentences: Span[];
  actors: Actor[];
  times: TimeExpression[];
  places: Place[];
  quotes: Quote[];
  events: CodedEvent[];
}
