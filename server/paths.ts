/**
 * Where the project's files are, whether the server runs from its TypeScript sources (tsx, tests)
 * or compiled into dist/ (npm start): the root is the nearest folder up with a package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  return dir;
}

export const ROOT = projectRoot();
/** A file of the project, by its path from the root: fromRoot('seeds', 'lexicon'). */
export const fromRoot = (...parts: string[]) => join(ROOT, ...parts);
