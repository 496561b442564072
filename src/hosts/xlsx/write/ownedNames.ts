/**
 * A hidden workbook-scoped name listing the workbook names a plan defined, as a string constant
 * ("BangKiem.Threshold|BangKiem.Year"). A plan name need not point into an owned sheet (it can be
 * a constant), so this list is what lets the next run take exactly those names away again. It is
 * a defined name rather than anything subtler because applications keep defined names on save.
 */
export const OWNED_NAMES = 'BangKiem.OwnedNames';
