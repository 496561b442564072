/**
 * Checks manifest.xml offline: structure, ids, resources, string lengths, vi-VN overrides,
 * icons, function commands and requirement sets. Exits 1 with one line per problem.
 *   npm run validate [-- path/to/manifest.xml]
 * Microsoft's online check stays separate: npm run validate:online (needs internet).
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ManifestEnv } from './manifest/context';
import { validateManifest } from './manifest/validateManifest';

const ROOT = resolve(__dirname, '..');

/** The project as the build serves it: pages and copied files from webpack.config.js itself. */
export function projectEnv(root: string = ROOT): ManifestEnv {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require(join(root, 'webpack.config.js')) as {
    PAGES: { filename: string }[];
    COPIED: string[];
  };
  return {
    root,
    pages: webpack.PAGES.map((p) => p.filename),
    copied: webpack.COPIED,
    commandsSource: readFileSync(join(root, 'src/commands/commands.ts'), 'utf8'),
  };
}

function main(argv: string[]): number {
  const file = resolve(argv[0] ?? join(ROOT, 'manifest.xml'));
  const name = relative(process.cwd(), file) || file;
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`${name}: cannot read it: ${(err as Error).message}`);
    return 1;
  }
  const problems = validateManifest(xml, projectEnv());
  if (problems.length) {
    for (const p of problems) console.error(`${name}: ${p}`);
    console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${name}.`);
    return 1;
  }
  console.log(`${name}: valid (offline checks; npm run validate:online asks Microsoft's service).`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
