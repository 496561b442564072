import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { rulesMarkdown } from '../../../scripts/gen-rules-doc';
import { RULES } from '../../../src/core/rules';

describe('docs/rules.md', () => {
  it('is what the rules say of themselves (run `npm run docs:rules` after changing a rule)', () => {
    expect(readFileSync(resolve(__dirname, '../../../docs/rules.md'), 'utf8')).toBe(
      rulesMarkdown(),
    );
  });

  it('lists every rule the issue asks for, each with a unique id', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'header.missing-column',
      'grade.unknown',
      'grade.blank',
      'unit.duplicate',
      'unit.name-variant',
      'total.mismatch',
      'percent.mismatch',
      'summary.list-mismatch',
      'grade.excellent-cap',
      'grade.score-mismatch',
      'value.not-number',
      'value.formula-error',
      'meeting.regular-short',
      'meeting.thematic-short',
      'meeting.attendance-low',
      'meeting.no-data',
      'meeting.invalid-mark',
      'encoding.legacy',
      'sheet.unrecognized',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
