// The web UI: the Vite build in web/dist (index.html and hashed assets), served beside the API.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { packageRoot } from '../paths.js';

export const defaultWebRoot = join(packageRoot, 'web', 'dist');

export function webRoutes(root: string): Hono {
  const web = new Hono();
  const index = join(root, 'index.html');
  if (!existsSync(index)) {
    web.get('/', (c) => c.text('sitrep: the web UI is not built; run `npm run build:web` (the API is at /api/)', 503));
    return web;
  }
  const html = readFileSync(index, 'utf8');
  web.get('/', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(html);
  });
  // Asset names carry a content hash, so they can be cached for good.
  web.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  web.use('/assets/*', serveStatic({ root }));
  web.get('/favicon.svg', serveStatic({ root }));
  return web;
}
