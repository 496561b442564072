/**
 * Every rule keeps its table of cases in a file of its own, named as its module is (as ESLint
 * keeps them): adding a rule without tests/unit/rules/<rule-file>.test.ts fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from '../../../src/core/rules';

const RULES_DIR = resolve(__dirname, '../../../src/core/rules');

/** Each rule's module, from the imports of src/core/rules/index.ts and the id each declares. */
function moduleById(): Map<string, string> {
  const index = readFileSync(resolve(RULES_DIR, 'index.ts'), 'utf8');
  const out = new Map<string, string>();
  for (const [, file] of index.matchAll(/from '\.\/([\w-]+)'/g)) {
    const id = /\bid: '([\w.-]+)'/.exec(readFileSync(resolve(RULES_DIR, `${file}.ts`), 'utf8'));
    if (id) out.set(id[1]!, file!);
  }
  return out;
}

describe('rule test files', () => {
  const modules = moduleById();
  const ids = RULES.map((r) => r.meta.id);

  it.each(ids)('%s has its module and its test file', (id) => {
    const file = modules.get(id);
    expect(file).toBeDefined();
    const test = resolve(__dirname, `${file}.test.ts`);
    expect(existsSync(test)).toBe(true);
    expect(readFileSync(test, 'utf8')).toContain(`testRule('${id}', {`);
  });

  it('holds no test file for a rule that does not exist', () => {
    const expected = new Set(ids.map((id) => `${modules.get(id)}.test.ts`));
    const stray = readdirSync(__dirname).filter(
      (f) => f.endsWith('.test.ts') && f !== 'every-rule-tested.test.ts' && !expected.has(f),
    );
    expect(stray).toEqual([]);
  });
});
