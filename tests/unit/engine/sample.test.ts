import { resolve } from 'node:path';
import { describeKey } from '../../helpers/keyCheck';

const SAMPLES = resolve(__dirname, '../../../samples');

describeKey(
  'the bundled sample (bang-kiem-mau.xlsx) against its key',
  `${SAMPLES}/bang-kiem-mau.xlsx`,
  `${SAMPLES}/bang-kiem-mau.key.json`,
);
