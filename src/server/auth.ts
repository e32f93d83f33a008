// Write access: a bearer token compared in constant time. With no token configured, writing is disabled.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireToken(token: string | null): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected) throw new ApiError(403, 'writing is disabled: start the server with SITREP_TOKEN set');
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!m) {
      c.header('WWW-Authenticate', 'Bearer realm="sitrep"');
      throw new ApiError(401, 'missing token: send "Authorization: Bearer <SITREP_TOKEN>"');
    }
    // Comparing digests keeps the comparison constant-time whatever the length sent.
    if (!timingSafeEqual(digest(m[1]), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="sitrep", error="invalid_token"');
      throw new ApiError(401, 'wrong token');
    }
    await next();
  };
}
