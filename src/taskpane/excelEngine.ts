/**
 * What the pane in Excel needs only once a check starts: the engine (recognize, check, plan,
 * through the one job) and the Excel reads and writes. excelHost.ts fetches this module as its
 * own chunk on the first check, so the pane's first screen does not wait for it on a slow line.
 * (Going to a finding's cell comes after a check, and navigate.ts shares applyPlan's module.)
 */
export { applyPlan } from '../hosts/excel/applyPlan';
export { goToCell } from '../hosts/excel/navigate';
export { readSnapshot } from '../hosts/excel/readSnapshot';
export { runJob } from './job';
