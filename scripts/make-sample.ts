/**
 * Builds the bundled sample workbook samples/bang-kiem-mau.xlsx and its answer key
 * samples/bang-kiem-mau.key.json. Run: npm run sample.
 *
 * The data are synthetic, made for testing, consistent with the 2022 article on Hữu Lũng
 * district (58 TCCSĐ; pilot communes 2017–2021; 2020: 11 excellent, 42 good). The layout differs
 * on purpose from the shared fixture so the engine meets other shapes. Deterministic: a seeded
 * PRNG and fixed dates, so a rerun writes the same content. Each sheet is written by its own
 * module in scripts/sample/, in the order below (they draw from one random stream).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { addIntro } from './sample/introSheet';
import { FIXED_DATE, issues, meetings, ratings, SYNTHETIC_NOTE } from './sample/key';
import { addMemberList } from './sample/memberSheet';
import { addRegister } from './sample/registerSheet';
import { addSummary } from './sample/summarySheet';
import { verifyTcvn3Encoder } from './sample/tcvn3';
import { add2017, add2018, add2019, add2020, add2021, addLegacy2016 } from './sample/yearSheets';

const OUT_DIR = path.resolve(__dirname, '..', 'samples');
const FILE = 'bang-kiem-mau.xlsx';

async function main(): Promise<void> {
  verifyTcvn3Encoder();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Bảng Kiểm (scripts/make-sample.ts)';
  wb.lastModifiedBy = 'Bảng Kiểm';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.title = 'Bảng Kiểm - tệp mẫu (dữ liệu giả lập)';
  wb.description = SYNTHETIC_NOTE;
  addIntro(wb);
  addLegacy2016(wb);
  add2017(wb);
  add2018(wb);
  add2019(wb);
  add2020(wb);
  add2021(wb);
  addSummary(wb);
  addMemberList(wb);
  addRegister(wb);

  mkdirSync(OUT_DIR, { recursive: true });
  const buffer = await wb.xlsx.writeBuffer();
  writeFileSync(path.join(OUT_DIR, FILE), Buffer.from(buffer as ArrayBuffer));
  const key = {
    file: FILE,
    note: SYNTHETIC_NOTE,
    issues: issues.map(({ note, ...rest }) => ({ ...rest, note })),
    ratings,
    meetings,
  };
  writeFileSync(path.join(OUT_DIR, 'bang-kiem-mau.key.json'), JSON.stringify(key, null, 1) + '\n');
  console.log(
    `wrote samples/${FILE}: ${issues.length} planted issues, ${meetings.length} register rows`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
