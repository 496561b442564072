import type { Family } from '../key';
import { LIST_FAMILIES } from './lists';
import { OTHER_FAMILIES } from './other';

export const FAMILIES: readonly Family[] = [...LIST_FAMILIES, ...OTHER_FAMILIES];
