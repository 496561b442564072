import { makeStyles } from '@griffel/react';
import { tokens } from '@fluentui/react-theme';

/** Every control reached by keyboard shows the same ring, Fluent's own included. */
const focusRing = {
  outline: `2px solid ${tokens.colorBrandStroke1} !important`,
  outlineOffset: '2px',
};

/** A form control that takes its cell's width instead of its own intrinsic one. */
const fill = { minWidth: '0', width: '100%' };

/** A row of small controls that wrap, each taking an equal share of the pane's width. */
const wrapRow = (basis: string) => ({
  display: 'flex',
  flexWrap: 'wrap' as const,
  gap: '6px',
  '& > *': { flex: `1 1 ${basis}`, minWidth: '0' },
});

const yearCell = {
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  padding: '3px 4px',
  textAlign: 'right' as const,
  verticalAlign: 'top',
  overflowWrap: 'anywhere' as const,
};

const column = (gap: string) => ({ display: 'flex', flexDirection: 'column' as const, gap });

/**
 * The pane's layout, in Fluent's theme tokens: the colours follow the theme the provider gives,
 * and nothing here depends on the class names Fluent gives its own parts.
 */
export const usePaneStyles = makeStyles({
  app: {
    fontFamily: tokens.fontFamilyBase,
    padding: '12px',
    ...column('10px'),
    maxWidth: '960px',
    margin: '0 auto',
    boxSizing: 'border-box',
    '& *': { boxSizing: 'border-box' },
    '& *::before': { boxSizing: 'border-box' },
    '& *::after': { boxSizing: 'border-box' },
    '& :focus-visible': focusRing,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  /** Read by screen readers, not shown. */
  sr: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    padding: 0,
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: '8px',
  },
  lang: { display: 'flex', alignItems: 'center', gap: '6px', fontSize: '13px' },
  check: column('6px'),
  progress: column('4px'),
  drop: {
    border: `2px dashed ${tokens.colorNeutralStrokeAccessible}`,
    borderRadius: '6px',
    padding: '12px',
  },
  dropOver: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  filters: wrapRow('90px'),
  nav: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center', margin: '6px 0' },
  findings: { listStyleType: 'none', padding: 0, margin: '4px 0 10px', ...column('2px') },
  finding: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '2px 8px',
    width: '100%',
    textAlign: 'left',
    font: 'inherit',
    fontSize: '13px',
    color: 'inherit',
    backgroundColor: 'transparent',
    border: '1px solid transparent',
    borderRadius: tokens.borderRadiusMedium,
    padding: '6px',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  chosen: {
    border: `1px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2 },
  },
  message: { flex: '1 1 100%' },
  where: { fontWeight: 600 },
  rule: { fontSize: '11px', color: tokens.colorNeutralForeground3 },
  sev: { fontSize: '11px', fontWeight: 600, borderRadius: '3px', padding: '0 4px' },
  error: {
    color: tokens.colorStatusDangerForeground1,
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `1px solid ${tokens.colorStatusDangerForeground1}`,
  },
  warning: {
    color: tokens.colorStatusWarningForeground2,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `1px solid ${tokens.colorStatusWarningForeground2}`,
  },
  info: {
    color: tokens.colorBrandForeground2,
    backgroundColor: tokens.colorBrandBackground2,
    border: `1px solid ${tokens.colorBrandForeground2}`,
  },
  plain: { listStyleType: 'none', padding: 0, margin: 0, ...column('8px') },
  results: column('12px'),
  subject: column('8px'),
  year: {
    borderCollapse: 'collapse',
    fontSize: '12px',
    width: '100%',
    tableLayout: 'fixed',
    '& caption': { textAlign: 'left', fontWeight: 600, fontSize: '14px', padding: '4px 0' },
    '& th': yearCell,
    '& td': yearCell,
    '& thead th': { fontWeight: 600, backgroundColor: tokens.colorNeutralBackground3 },
    '& th:first-child': { textAlign: 'left' },
  },
  diff: {
    color: tokens.colorStatusDangerForeground1,
    fontWeight: 600,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  grid: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: '6px',
    padding: '8px',
    margin: '4px 0 8px',
    ...column('6px'),
    backgroundColor: tokens.colorNeutralBackground2,
    ':focus': focusRing,
    '& table': {
      borderCollapse: 'collapse',
      fontSize: '12px',
      width: '100%',
      tableLayout: 'fixed',
    },
    '& th': { backgroundColor: tokens.colorNeutralBackground4, fontWeight: 600, padding: '2px' },
    '& td': {
      border: `1px solid ${tokens.colorNeutralStroke2}`,
      padding: '2px',
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
    },
  },
  target: {
    outline: `3px solid ${tokens.colorStatusDangerBorder2}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorStatusDangerBackground1,
    fontWeight: 600,
  },
  tableItem: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: '6px' },
  corrections: wrapRow('80px'),
  fill,
  pilots: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '6px 8px',
    margin: 0,
    ...column('6px'),
    '& legend': { fontWeight: 600, fontSize: '13px', padding: '0 4px' },
  },
  settings: column('8px'),
});

export type PaneClasses = ReturnType<typeof usePaneStyles>;
