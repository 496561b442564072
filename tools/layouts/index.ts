/**
 * The layout generator: workbooks composed from independent layout choices, with planted
 * defects and an answer key. See README.md.
 */
export * from './build';
export * from './choices';
export * from './corpus';
export * from './key';
export * from './run';
export * from './score';
export { gridXlsx, handXlsx } from './xlsx';
