import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { sharedPath } from '../../helpers/shared';
import { FIXTURE } from './builtPane';

/**
 * A workbook the page wrote from the board fixture: its parts pass the ECMA-376 schemas
 * (../shared/tools/validate_ooxml.py) and every part of the fixture's sheets is byte-identical.
 */
export function validateAgainstFixture(out: string): void {
  const python = ['/usr/bin/python3', 'python3'].find((p) => {
    try {
      execFileSync(p, ['-c', 'import lxml'], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  });
  if (!python) throw new Error('python3 with lxml is needed: apt-get install -y python3-lxml');
  execFileSync(python, [sharedPath('tools/validate_ooxml.py'), out, FIXTURE], {
    stdio: 'pipe',
  });
  const before = unzipSync(readFileSync(FIXTURE));
  const after = unzipSync(readFileSync(out));
  for (const name of Object.keys(before).filter(
    (n) => n.startsWith('xl/worksheets/') || n === 'xl/sharedStrings.xml',
  )) {
    expect([name, Buffer.compare(after[name]!, before[name]!)]).toEqual([name, 0]);
  }
}
