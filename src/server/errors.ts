// API errors: every failure leaves the server as JSON `{error: {status, message}}`, never as a stack trace.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends Error {
  constructor(readonly status: ContentfulStatusCode, message: string) {
    super(message);
  }
}

export const badRequest = (message: string) => new ApiError(400, message);
export const notFound = (message: string) => new ApiError(404, message);

export function errorResponse(c: Context, status: ContentfulStatusCode, message: string): Response {
  return c.json({ error: { status, message } }, status);
}

/** Hono's onError: known errors keep their status and message; anything else is a bare 500 (logged, not sent). */
export function onApiError(log: (line: string) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof ApiError) return errorResponse(c, err.status, err.message);
    // Hono's HTTPException (e.g. from body parsing) carries a status of its own.
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return errorResponse(c, status as ContentfulStatusCode, err.message || 'bad request');
    }
    log(`sitrep serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    return errorResponse(c, 500, 'internal error');
  };
}
