import type { Family } from '../key';
import { LIST_FAMILIES } from './lists';
import { OTHER_FAMILIES } from './other';
import { ROUND2_FAMILIES } from './round2';
import { ROUND3_FAMILIES } from './round3';
import { ROUND4_FAMILIES } from './round4';
import { ROUND5_FAMILIES } from './round5';
import { ROUND6_FAMILIES } from './round6';
import { ROUND7_FAMILIES } from './round7';
import { ROUND8_FAMILIES } from './round8';
import { ROUND9_FAMILIES } from './round9';

export const FAMILIES: readonly Family[] = [
  ...LIST_FAMILIES,
  ...OTHER_FAMILIES,
  ...ROUND2_FAMILIES,
  ...ROUND3_FAMILIES,
  ...ROUND4_FAMILIES,
  ...ROUND5_FAMILIES,
  ...ROUND6_FAMILIES,
  ...ROUND7_FAMILIES,
  ...ROUND8_FAMILIES,
  ...ROUND9_FAMILIES,
];
