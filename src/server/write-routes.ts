// The write side: POST /api/articles analyses one article (JSON, the fields of a JSON Lines input record) and
// stores it. Token-protected, size-limited, JSON only.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Article } from '../model/article.js';
import { articleFromRecord } from '../corpus/analyze-inputs.js';
import type { Origin, PutResult } from '../store/store.js';
import { ApiError, badRequest, errorResponse } from './errors.js';
import { requireToken } from './auth.js';
import { parseQuery } from './params.js';

export interface IngestResult {
  id: string;
  result: PutResult;
  events: number;
  quotes: number;
  actors: number;
}

export type Ingest = (article: Article, origin?: Origin | null) => Promise<IngestResult>;

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function writeRoutes(token: string | null, ingest: Ingest, maxBytes = MAX_BODY_BYTES): Hono {
  const api = new Hono();
  api.post(
    '/articles',
    requireToken(token),
    bodyLimit({ maxSize: maxBytes, onError: (c) => errorResponse(c, 413, `request body over ${maxBytes} bytes`) }),
    async (c) => {
      parseQuery(c.req.url, {});
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\b/i.test(type)) throw new ApiError(415, 'send the article as application/json');
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (e) {
        throw badRequest(`invalid JSON: ${(e as Error).message}`);
      }
      const article = articleFromRecord(body, null);
      if (typeof article === 'string') throw badRequest(`not an article: ${article}`);
      const r = await ingest(article);
      return c.json(r, r.result === 'duplicate' ? 200 : 201);
    },
  );
  return api;
}
