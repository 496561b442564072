/**
 * @jest-environment jsdom
 */
import { strFromU8, unzipSync } from 'fflate';
import { applyPlan, removeOwned } from '../../../src/hosts/xlsx/write/applyPlan';
import { samplePlan } from './samplePlan';
import { readFixture } from './workbooks';

describe('applyPlan in a browser-like environment (jsdom)', () => {
  it('runs without Node-only globals such as TextDecoder', () => {
    expect(typeof window).toBe('object');
    const output = applyPlan(readFixture(), samplePlan());
    const sheet = strFromU8(unzipSync(output)['xl/worksheets/sheet11.xml']!);
    expect(sheet).toContain('Tổng hợp xếp loại');
    expect(Object.keys(unzipSync(removeOwned(output))).sort()).toEqual(
      Object.keys(unzipSync(readFixture())).sort(),
    );
  });
});
