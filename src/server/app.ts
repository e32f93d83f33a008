// The HTTP application: security headers on everything, the JSON API under /api, the web UI at /.
import { Hono } from 'hono';
import type { Store } from '../store/store.js';
import type { CameoTable } from '../events/cameo-table.js';
import { errorResponse, onApiError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { readRoutes } from './read-routes.js';
import { securityHeaders } from './security.js';
import { webRoutes } from './static.js';
import { writeRoutes, type Ingest } from './write-routes.js';

export interface AppOptions {
  store: Store;
  /** SITREP_TOKEN; null disables writing */
  token: string | null;
  /** analyses and stores one article (POST /api/articles) */
  ingest: Ingest;
  /** the built web UI (web/dist), or null to serve the API alone */
  webRoot: string | null;
  /** the CAMEO code table, served at /api/cameo so the UI can name codes */
  cameo?: CameoTable;
  version?: string;
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

export function createApp(o: AppOptions): Hono {
  const log = o.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const app = new Hono();
  app.use('*', securityHeaders());
  const openapi = openApiDocument(o.version ?? '0.0.0');
  app.get('/api/openapi.json', (c) => c.json(openapi));
  const codes = [...(o.cameo?.values() ?? [])];
  app.get('/api/cameo', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(codes);
  });
  app.route('/api', writeRoutes(o.token, o.ingest, o.maxBodyBytes));
  app.route('/api', readRoutes(o.store));
  app.all('/api/*', (c) => errorResponse(c, 404, `no endpoint ${c.req.method} ${c.req.path}; see /api/openapi.json`));
  if (o.webRoot) app.route('/', webRoutes(o.webRoot));
  app.notFound((c) => errorResponse(c, 404, `not found: ${c.req.path}`));
  app.onError(onApiError(log));
  return app;
}
