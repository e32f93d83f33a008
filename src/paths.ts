// Where the package's own data lives, whether running from src (tests via tsx) or dist.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'dictionaries'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('sitrep: cannot find the package root (package.json beside dictionaries/)');
    dir = up;
  }
}

export const packageRoot = findRoot();
export const dictionariesDir = join(packageRoot, 'dictionaries');
