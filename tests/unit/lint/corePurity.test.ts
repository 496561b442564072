import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/** The lint rule that keeps the engine pure must actually fire, not merely be configured. */
describe('src/core purity rule', () => {
  // The ESLint CLI, as `npm run lint` runs it (its config loader needs real ES modules, not Jest's).
  const lint = async (code: string, file = 'src/core/example.ts') => {
    const r = spawnSync(
      process.execPath,
      [
        resolve(ROOT, 'node_modules/eslint/bin/eslint.js'),
        '--stdin',
        '--stdin-filename',
        file,
        '--format',
        'json',
      ],
      { cwd: ROOT, input: code, encoding: 'utf8' },
    );
    const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[];
    return result!.messages.map((m) => m.ruleId);
  };

  it.each([
    [
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
      'no-restricted-imports',
    ],
    ["import { unzipSync } from 'fflate';\nexport const x = unzipSync;", 'no-restricted-imports'],
    [
      "import { readXlsx } from '../hosts/xlsx/read/readXlsx';\nexport const x = readXlsx;",
      'no-restricted-imports',
    ],
    ['export const title = document.title;', 'no-restricted-globals'],
    ['export const run = () => Excel.run(async () => undefined);', 'no-restricted-globals'],
  ])('refuses %p in src/core', async (code, rule) => {
    expect(await lint(code)).toContain(rule);
  });

  it('allows the same import in a host', async () => {
    expect(
      await lint(
        "import { unzipSync } from 'fflate';\nexport const x = unzipSync;",
        'src/hosts/xlsx/x.ts',
      ),
    ).toEqual([]);
  });

  it.each([
    ['export const r = /(?<!\\d)2020/;'],
    ['export const r = /\\p{L}/u;'],
    ['export const r = /(?<year>\\d{4})/;'],
    ['export const r = /a.b/s;'],
    ['export const r = new RegExp(`(?<![a-z])x`);'],
  ])('refuses ES2018 regex syntax Excel 2019 cannot parse: %s', async (code) => {
    expect(await lint(code, 'src/hosts/xlsx/x.ts')).toContain('no-restricted-syntax');
  });
});
