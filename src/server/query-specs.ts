// The query parameters of each read endpoint: validated by params.ts and described by openapi.ts from this one
// table, so the documentation cannot drift from what the server accepts.
import { PAGE, type ParamSpec } from './params.js';

const ACTOR_TERM = { type: 'string', max: 100 } as const;
const DATE_RANGE: ParamSpec = {
  from: { type: 'date', doc: 'first day, YYYY-MM-DD (inclusive)' },
  to: { type: 'date', doc: 'last day, YYYY-MM-DD (inclusive)' },
};

export const ARTICLES: ParamSpec = { ...PAGE, ...DATE_RANGE };

export const EVENTS: ParamSpec = {
  ...PAGE,
  actor: { ...ACTOR_TERM, doc: 'actor as source or target: code prefix (RUS, RUSGOV) or name' },
  source: { ...ACTOR_TERM, doc: 'source actor: code prefix or name' },
  target: { ...ACTOR_TERM, doc: 'target actor: code prefix or name' },
  cameo: { type: 'pattern', re: /^\d{2,4}$/, what: 'a CAMEO code or root of 2 to 4 digits', doc: 'CAMEO code or root ("16" matches 16x)' },
  plover: { type: 'pattern', re: /^[A-Za-z_]{2,30}$/, what: 'a PLOVER event type, e.g. SANCTION', doc: 'PLOVER event type (any case)' },
  quadClass: { type: 'int', min: 1, max: 4, doc: 'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict' },
  ...DATE_RANGE,
  place: { type: 'string', max: 100, doc: 'place name or country ISO3' },
  text: { type: 'string', max: 200, doc: 'words in the evidence text' },
  sort: { type: 'enum', values: ['date', '-date', 'goldstein', '-goldstein', 'mentions', '-mentions', 'added'], doc: 'order (a leading - is descending)' },
  duplicates: { type: 'enum', values: ['true', 'false'], doc: 'include events of near-duplicate articles' },
};

export const QUOTES: ParamSpec = {
  ...PAGE,
  speaker: { ...ACTOR_TERM, doc: 'speaker: name or code prefix' },
  text: { type: 'string', max: 200, doc: 'words in the quote' },
  ...DATE_RANGE,
};

export const ACTORS: ParamSpec = {
  ...PAGE,
  match: { ...ACTOR_TERM, doc: 'name or code' },
  kind: { type: 'enum', values: ['state', 'person', 'organization', 'group'], doc: 'actor kind' },
};

export const ACTOR: ParamSpec = {
  by: { type: 'enum', values: ['week', 'month'], doc: 'timeline bucket (default month)' },
  counterparts: { type: 'int', min: 1, max: 100, doc: 'how many counterparts (default 10)' },
  quotes: { type: 'int', min: 0, max: 200, doc: 'how many of its quotes (default 20)' },
};

export const SEARCH: ParamSpec = {
  ...PAGE,
  q: { type: 'string', max: 200, doc: 'the words to find (required)' },
};

export const NETWORK: ParamSpec = {
  actors: { type: 'int', min: 2, max: 100, doc: 'how many of the most active actors (default 30)' },
  min: { type: 'int', min: 1, max: 1_000_000, doc: 'leave out edges with fewer events (default 1)' },
};
