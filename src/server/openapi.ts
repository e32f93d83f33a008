// The OpenAPI 3.1 description of the API, built from the same parameter table the server validates against.
import type { ParamKind, ParamSpec } from './params.js';
import * as Q from './query-specs.js';
import { CONTENT_SECURITY_POLICY } from './security.js';

function schemaOf(k: ParamKind): Record<string, unknown> {
  switch (k.type) {
    case 'string': return { type: 'string', maxLength: k.max ?? 500 };
    case 'int': return { type: 'integer', minimum: k.min, maximum: k.max };
    case 'date': return { type: 'string', format: 'date' };
    case 'enum': return { type: 'string', enum: [...k.values] };
    case 'pattern': return { type: 'string', pattern: k.re.source };
  }
}

function query(spec: ParamSpec) {
  return Object.entries(spec).map(([name, k]) => ({ name, in: 'query', required: false, description: k.doc, schema: schemaOf(k) }));
}

const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

function get(summary: string, spec: ParamSpec, extra: object[] = []) {
  return {
    get: {
      summary,
      parameters: [...extra, ...query(spec)],
      responses: { 200: ok(summary), 400: error('a bad parameter, named in the message'), 404: error('not found') },
    },
  };
}

export function openApiDocument(version: string): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version,
      description: 'Who said what, and who did what to whom, when and where: articles, their Analyses (contract version 1), '
        + 'events (CAMEO/PLOVER), actors, quotes and full-text search over a sitrep store. Lists take limit and offset. '
        + 'Errors are JSON {error: {status, message}}. Pages are served with Content-Security-Policy: ' + CONTENT_SECURITY_POLICY,
    },
    paths: {
      '/api/stats': get('counts over the store', {}),
      '/api/cameo': get('the CAMEO code table: code, name, QuadClass, Goldstein, PLOVER', {}),
      '/api/articles': {
        ...get('articles, newest first', Q.ARTICLES),
        post: {
          summary: 'analyse and store one article',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticleInput' } } },
          },
          responses: {
            201: ok('stored (new or near-duplicate): {id, result, events, quotes, actors}'),
            200: ok('already stored: {id, result: "duplicate", ...}'),
            400: error('not a valid article'),
            401: error('missing or wrong token'),
            403: error('writing is disabled (no SITREP_TOKEN on the server)'),
            413: error('body too large'),
            415: error('not application/json'),
          },
        },
      },
      '/api/articles/{id}': get('one article with its Analysis', {}, [pathParam('id', 'the article id')]),
      '/api/events': get('events across the corpus, with the total matching', Q.EVENTS),
      '/api/quotes': get('quotes with their speakers', Q.QUOTES),
      '/api/actors': get('actors, most active first', Q.ACTORS),
      '/api/actors/{key}': get('one actor: timeline, top counterparts, quotes', Q.ACTOR, [pathParam('key', 'the actor key (its code, else its name)')]),
      '/api/search': get('full-text search over articles and quotes', Q.SEARCH),
      '/api/network': get('the actor network: most active actors and the events between them', Q.NETWORK),
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the server\'s SITREP_TOKEN' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', properties: { status: { type: 'integer' }, message: { type: 'string' } } } },
        },
        ArticleInput: {
          type: 'object',
          description: 'text (plain) or html; date is the publication date',
          properties: {
            id: { type: 'string' }, text: { type: 'string' }, html: { type: 'string' }, title: { type: 'string' },
            url: { type: 'string' }, date: { type: 'string', format: 'date' }, source: { type: 'string' },
          },
        },
      },
    },
  };
}
