// End-to-end harness: a real server (SQLite store in a temp folder, the real pipeline, the built web UI) and
// Debian's chromium driven by playwright-core. When chromium is missing the tests skip, saying why.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { createApp } from '../../src/server/app.js';
import { storeIngest } from '../../src/server/ingest.js';
import { listen, type Listening } from '../../src/server/listen.js';
import { defaultWebRoot } from '../../src/server/static.js';
import { builtinKnowledge } from '../helpers/analyze.js';

/** Debian's chromium; SITREP_CHROMIUM names another binary. */
export const CHROMIUM = process.env.SITREP_CHROMIUM || '/usr/bin/chromium';
export const artifactsDir = join(packageRoot, 'test-artifacts');
export const TOKEN = 'e2e-token';

/** Why the browser tests cannot run here, or null when they can. */
export function skipReason(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is not installed (apt-get install chromium); browser tests skipped`;
  return null;
}

/** Builds the web UI (about a second), so the tests never run against a stale or absent bundle. */
export async function ensureWebBuilt(): Promise<void> {
  const vite = await import('vite');
  await vite.build({ configFile: join(packageRoot, 'web', 'vite.config.ts'), logLevel: 'warn' });
}

export interface Harness {
  server: Listening;
  store: SqliteStore;
  close(): Promise<void>;
  post(article: object): Promise<{ status: number; body: any }>;
}

export async function startHarness(): Promise<Harness> {
  await ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  const store = new SqliteStore(join(dir, 'e2e.db'));
  const kb = builtinKnowledge();
  const app = createApp({ store, token: TOKEN, ingest: storeIngest(store, kb), webRoot: defaultWebRoot, cameo: kb.events.cameo, log: () => {} });
  const server = await listen(app, 0);
  return {
    server,
    store,
    async post(article) {
      const res = await fetch(`${server.url}/api/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(article),
      });
      return { status: res.status, body: await res.json() };
    },
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  mkdirSync(artifactsDir, { recursive: true });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
