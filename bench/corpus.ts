// Reading the bench corpus (../shared/data/bench-corpus/articles.jsonl) as a stream of articles.
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import type { Article } from '../src/model/article.js';

export const benchCorpus = join(packageRoot, '..', 'shared', 'data', 'bench-corpus', 'articles.jsonl');

export function requireCorpus(path = benchCorpus): string {
  if (!existsSync(path)) {
    console.error(`bench: corpus not found at ${path} (../shared beside the repository is needed)`);
    process.exit(2);
  }
  return path;
}

export async function* readCorpus(path: string, repeat = 1): AsyncGenerator<Article> {
  for (let r = 0; r < repeat; r++) {
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line);
      yield { id: `${rec.id}${r ? `#${r}` : ''}`, text: rec.text, title: rec.title ?? null, date: rec.date ?? null, source: rec.source ?? null };
    }
  }
}

export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
