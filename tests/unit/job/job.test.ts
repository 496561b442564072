/**
 * The one job (core/job.ts, hosts/host.ts runJob) on the sample workbook: the same sequence and
 * the same stamp whichever host calls it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Failure } from '../../../src/core/failures';
import { checkJob, localDay, planJob } from '../../../src/core/job';
import type { OutputPlan } from '../../../src/core/plan/outputPlan';
import { SettingsError } from '../../../src/core/settings';
import { runJob, type Progress, type WorkbookHost } from '../../../src/hosts/host';
import { readXlsx } from '../../../src/hosts/xlsx/read/readXlsx';
import { applyPlan } from '../../../src/hosts/xlsx/write/applyPlan';
import { checkFile } from '../../../src/cli/runFiles';

const SAMPLE = resolve(__dirname, '../../../samples/bang-kiem-mau.xlsx');
const bytes = new Uint8Array(readFileSync(SAMPLE));
const snapshot = readXlsx(bytes);
/** 06:00 on 3 December in Vietnam (UTC+7), which is still 2 December in UTC. */
const DAWN_IN_HANOI = new Date('2026-12-02T23:00:00Z');
const VIETNAM = -420;

/** The text of the report sheet's "checked at" line, wherever the plan put it. */
function stamp(plan: OutputPlan): string | undefined {
  const report = plan.sheets.find((s) => s.key === 'report')!;
  const texts = report.cells.map((c) => c.value).filter((v): v is string => typeof v === 'string');
  return texts.find((t) => /^(Kiểm tra lúc|Checked at): /.test(t));
}

describe('the day stamped on the report', () => {
  it("is the user's local day: 06:00 in Vietnam is not the day before", () => {
    expect(localDay(DAWN_IN_HANOI, VIETNAM)).toBe('2026-12-03');
    expect(localDay(DAWN_IN_HANOI, 0)).toBe('2026-12-02');
    // West of UTC the other way round: 20:00 on 2 December in New York is 01:00 on the 3rd UTC.
    expect(localDay(new Date('2026-12-03T01:00:00Z'), 300)).toBe('2026-12-02');
  });

  it('is what the plan writes on the report sheet', () => {
    const request = { at: DAWN_IN_HANOI, utcOffsetMinutes: VIETNAM };
    const planned = planJob(snapshot, checkJob(snapshot, request), request);
    expect(planned.checkedAt).toBe('2026-12-03');
    expect(stamp(planned.plan)).toBe('Kiểm tra lúc: 2026-12-03');
  });

  it('is left out when the caller gives no time, so output is reproducible', () => {
    const planned = planJob(snapshot, checkJob(snapshot, {}), {});
    expect(planned.checkedAt).toBeUndefined();
    expect(stamp(planned.plan)).toBeUndefined();
  });
});

describe('checkJob', () => {
  it("takes the caller's language over the workbook's, and names the file in the report", () => {
    const { settings, check } = checkJob(snapshot, { lang: 'en', fileName: 'board.xlsx' });
    expect(settings.lang).toBe('en');
    expect(check.report.file).toBe('board.xlsx');
    expect(check.report.issues.every((f) => f.message === f.messages.en)).toBe(true);
  });

  it('refuses bad overrides with the catalogued settings failure', () => {
    const refusal = (() => {
      try {
        checkJob(snapshot, { overrides: { colour: 'red' } });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(SettingsError);
    expect(refusal).toBeInstanceOf(Failure);
    expect(refusal).toMatchObject({ code: 'settings', en: 'Unknown setting "colour".' });
  });
});

/** The xlsx host in memory: what the web page's worker does, without the worker. */
function memoryHost(): WorkbookHost<Uint8Array> & { plans: OutputPlan[] } {
  const plans: OutputPlan[] = [];
  return {
    name: 'bang-kiem-mau.xlsx',
    plans,
    read: () => readXlsx(bytes),
    write: (plan) => {
      plans.push(plan);
      return applyPlan(bytes, plan);
    },
  };
}

describe('runJob', () => {
  it('reads, checks, plans and writes, telling each stage in order', async () => {
    const host = memoryHost();
    const stages: Progress['stage'][] = [];
    const done = await runJob(host, {
      at: DAWN_IN_HANOI,
      utcOffsetMinutes: VIETNAM,
      onProgress: (p) => {
        if (stages[stages.length - 1] !== p.stage) stages.push(p.stage);
      },
    });
    expect(stages).toEqual(['reading', 'checking', 'writing', 'done']);
    if (!done.wrote) throw new Error('the job did not write');
    expect(host.plans).toEqual([done.plan]);
    expect(done.check.report.file).toBe('bang-kiem-mau.xlsx');
    expect(done.check.report.counts.error).toBeGreaterThan(0);
    // The written workbook holds the plan's sheets, read back by the same reader.
    const names = readXlsx(done.written).sheets.map((s) => s.name);
    for (const sheet of done.plan.sheets) expect(names).toContain(sheet.name);
  });

  it('without a writer only checks: no plan, nothing written', async () => {
    const host = memoryHost();
    const done = await runJob({ name: host.name, read: host.read }, {});
    expect(done.wrote).toBe(false);
    expect(host.plans).toEqual([]);
  });

  it("turns a failure while writing into the caller's own, and tells the check first", async () => {
    const told: string[] = [];
    const job = runJob(
      {
        read: () => snapshot,
        write: () => {
          throw new Error('disk on fire');
        },
      },
      {
        lang: 'en',
        onChecked: (c) => told.push(c.settings.lang),
        onWriteFailure: (e) => new Failure('work-failed', { text: (e as Error).message }),
      },
    );
    await expect(job).rejects.toMatchObject({
      vi: 'Lỗi khi xử lý: disk on fire',
      en: 'Failed while working on it: disk on fire',
    });
    expect(told).toEqual(['en']);
  });
});

describe('the command line runs the same job', () => {
  it('gives the report the one job gives, for the same file and language', async () => {
    const cli = await checkFile({ file: SAMPLE }, { lang: 'en' });
    const same = checkJob(snapshot, { lang: 'en', fileName: 'bang-kiem-mau.xlsx' });
    if (!('report' in cli)) throw new Error(cli.error.message);
    expect(cli.report).toEqual(same.check.report);
  });

  it('says a bad setting with the code the ribbon uses', async () => {
    const cli = await checkFile({ file: SAMPLE }, { overrides: { colour: 'red' } });
    expect(cli).toMatchObject({ error: { code: 'settings' } });
  });
});
