/**
 * A Vietnamese message never carries English: not a recognizer's reasons ("50% of grade cells
 * are grades"), not a rule's English message. Every finding of ~90 generated workbooks (both
 * generators, every wild family) is read for words only the English texts use.
 */
import { REASONS } from '../../../src/core/recognize/reasons';
import { RULES } from '../../../src/core/rules';
import { corpusWorkbook, CORPUS_SEED } from '../../../tools/layouts';
import { checkBytes } from '../../../tools/wild/check';
import { FAMILIES } from '../../../tools/wild/families';
import { generateCase } from '../../../tools/wild/generate';

const SEED = 8675309;
const CORPUS_COUNT = 50;

/**
 * Words of four letters or more in the English of the reasons and the rules' messages, and in
 * none of their Vietnamese (which names "Excel", "HTTNV" and the like too).
 */
function englishOnlyWords(): string[] {
  const texts = [...Object.values(REASONS), ...RULES.map((r) => r.meta.message)];
  const words = (s: string) => s.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? [];
  const vi = new Set(texts.flatMap((t) => words(t.vi)));
  return [...new Set(texts.flatMap((t) => words(t.en)))].filter((w) => !vi.has(w));
}

interface Message {
  workbook: string;
  rule: string;
  vi: string;
}

describe('Vietnamese messages', () => {
  const messages: Message[] = [];
  beforeAll(async () => {
    const reports: [string, { issues: { rule: string; messages: { vi: string } }[] }][] = [];
    for (let i = 0; i < FAMILIES.length; i++) {
      const c = await generateCase(SEED, i);
      reports.push([c.name, checkBytes(c.bytes, c.name) as never]);
    }
    for (let i = 0; i < CORPUS_COUNT; i++) {
      const w = corpusWorkbook(CORPUS_SEED, i);
      reports.push([`corpus ${i}`, checkBytes(w.bytes, `corpus-${i}.xlsx`) as never]);
    }
    for (const [workbook, report] of reports) {
      for (const f of report.issues) messages.push({ workbook, rule: f.rule, vi: f.messages.vi });
    }
  }, 120_000);

  it('were read from many findings, table.uncertain among them', () => {
    expect(messages.length).toBeGreaterThan(100);
    expect(englishOnlyWords()).toEqual(expect.arrayContaining(['cells', 'grades', 'known']));
  });

  it('hold no English-only word of the reasons', () => {
    const english = new RegExp(`\\b(${englishOnlyWords().join('|')})\\b`, 'i');
    const leaks = messages
      .filter((m) => english.test(m.vi))
      .map((m) => `${m.workbook} ${m.rule}: ${m.vi}`);
    expect(leaks).toEqual([]);
  });
});
