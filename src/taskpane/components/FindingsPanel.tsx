import { Button, Field, mergeClasses, Select, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, Severity } from '../../core/report/types';
import type { CellWindow } from '../host';
import { usePaneStyles } from '../paneStyles';
import type { Lang, Strings } from '../strings';
import { CellGrid } from './CellGrid';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
/** Findings drawn at a time: a list of thousands would hold the page's thread. */
const PAGE = 50;

type Filter = { severity: Severity | ''; rule: string; sheet: string };

/** "Năm 2019!D52", the sheet alone for a finding about a whole sheet. */
export function whereOf(f: Finding, s: Strings): string {
  if (!f.sheet) return s.wholeSheet;
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
}

/**
 * The findings as one list a person can work through: filters by severity, rule and sheet;
 * previous and next (buttons, and F8 / Shift+F8 anywhere on the page); each finding a button
 * whose name says its severity, sheet, cell and message. Choosing one selects its cell in Excel,
 * or, on the web page, opens the cells around it right under it.
 */
export function FindingsPanel(props: {
  s: Strings;
  lang: Lang;
  issues: Finding[];
  /** Excel: select the cell there. */
  onGoTo?: (f: Finding) => void;
  /** Web page: the cells around the finding's cell, from the worker. */
  loadCells?: (f: Finding) => Promise<CellWindow | null>;
}) {
  const { s, issues, loadCells, onGoTo } = props;
  const css = usePaneStyles();
  const [filter, setFilter] = useState<Filter>({ severity: '', rule: '', sheet: '' });
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<number | null>(null);
  const [view, setView] = useState<CellWindow | null>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const focusAfter = useRef<number | null>(null);
  const asked = useRef(0);

  const rules = useMemo(() => [...new Set(issues.map((f) => f.rule))].sort(), [issues]);
  const sheets = useMemo(
    () => [...new Set(issues.map((f) => f.sheet).filter((x): x is string => !!x))],
    [issues],
  );
  const visible = useMemo(
    () =>
      issues
        .map((f, i) => ({ f, i }))
        .filter(
          ({ f }) =>
            (!filter.severity || f.severity === filter.severity) &&
            (!filter.rule || f.rule === filter.rule) &&
            (!filter.sheet || f.sheet === filter.sheet),
        ),
    [issues, filter],
  );

  // A new report starts afresh.
  useEffect(() => {
    setSelected(null);
    setView(null);
    setLimit(PAGE);
  }, [issues]);

  // Focus goes back to a finding's button once it is drawn (after closing its cell view).
  useEffect(() => {
    if (focusAfter.current === null) return;
    buttons.current.get(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const select = useCallback(
    (index: number) => {
      const f = issues[index];
      if (!f) return;
      const pos = visible.findIndex((v) => v.i === index);
      if (pos >= limit) setLimit(Math.ceil((pos + 1) / PAGE) * PAGE);
      setSelected(index);
      setView(null);
      if (loadCells && f.sheet && f.cell) {
        const ticket = ++asked.current;
        void loadCells(f).then((v) => {
          if (ticket === asked.current) setView(v);
        });
      } else {
        // No cell view to take focus: the finding's own button keeps it.
        focusAfter.current = index;
        onGoTo?.(f);
      }
    },
    [issues, visible, limit, loadCells, onGoTo],
  );

  const close = useCallback(() => {
    focusAfter.current = selected;
    asked.current++;
    setView(null);
    if (loadCells) setSelected(null);
  }, [selected, loadCells]);

  const step = useCallback(
    (by: 1 | -1) => {
      if (visible.length === 0) return;
      const pos = visible.findIndex((v) => v.i === selected);
      const next = pos < 0 ? (by > 0 ? 0 : visible.length - 1) : pos + by;
      if (next < 0 || next >= visible.length) return;
      select(visible[next]!.i);
    },
    [visible, selected, select],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        // While the next finding's cells are on their way from the worker no grid holds focus
        // (it is on the page itself): Escape must still close the view, not wait for it.
        const onPage = e.target === document.body || e.target === document.documentElement;
        if (onPage && selected !== null && loadCells && !e.defaultPrevented) {
          e.preventDefault();
          close();
        }
        return;
      }
      if (e.key !== 'F8') return;
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step, selected, loadCells, close]);

  if (issues.length === 0) return <Text>{s.noFindings}</Text>;
  const message = (f: Finding) => (props.lang === 'en' ? f.messages.en : f.messages.vi);
  const pos = visible.findIndex((v) => v.i === selected);
  const set = (patch: Partial<Filter>) => {
    setFilter({ ...filter, ...patch });
    setLimit(PAGE);
  };
  const count = (sev: Severity) => issues.filter((f) => f.severity === sev).length;

  return (
    <div>
      <div className={css.filters} role="group" aria-label={s.filters}>
        <Field label={s.bySeverity} size="small">
          <Select
            className={css.fill}
            size="small"
            value={filter.severity}
            onChange={(_, d) => set({ severity: d.value as Severity | '' })}
          >
            <option value="">
              {s.all} ({issues.length})
            </option>
            {SEVERITIES.filter((sev) => count(sev) > 0).map((sev) => (
              <option key={sev} value={sev}>
                {s.severity[sev]} ({count(sev)})
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.byRule} size="small">
          <Select
            className={css.fill}
            size="small"
            value={filter.rule}
            onChange={(_, d) => set({ rule: d.value })}
          >
            <option value="">{s.all}</option>
            {rules.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.bySheet} size="small">
          <Select
            className={css.fill}
            size="small"
            value={filter.sheet}
            onChange={(_, d) => set({ sheet: d.value })}
          >
            <option value="">{s.all}</option>
            {sheets.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={css.nav}>
        <Button
          size="small"
          onClick={() => step(-1)}
          disabled={visible.length === 0 || pos === 0}
          aria-keyshortcuts="Shift+F8"
        >
          {s.previousFinding}
        </Button>
        <Button
          size="small"
          onClick={() => step(1)}
          disabled={visible.length === 0 || pos === visible.length - 1}
          aria-keyshortcuts="F8"
        >
          {s.nextFinding}
        </Button>
        <Text size={200} className={css.muted} data-testid="position">
          {s.position(pos + 1, visible.length)}
        </Text>
      </div>
      {visible.length === 0 && <Text>{s.noneMatch}</Text>}
      <ul className={css.findings} data-testid="findings">
        {visible.slice(0, limit).map(({ f, i }) => {
          const chosen = i === selected;
          const where = whereOf(f, s);
          return (
            <li key={i}>
              <button
                type="button"
                className={mergeClasses('bk-finding', css.finding, chosen && css.chosen)}
                ref={(el) => {
                  if (el) buttons.current.set(i, el);
                  else buttons.current.delete(i);
                }}
                aria-label={s.findingName(s.severityOne[f.severity], where, message(f))}
                aria-current={chosen ? 'true' : undefined}
                aria-expanded={loadCells && f.cell ? chosen && view !== null : undefined}
                onClick={() => (chosen && view ? close() : select(i))}
              >
                {/* Spaces between the parts and the rule in brackets: what is seen is also what
                    the name says (axe's label-content-name-mismatch reads it that way). */}
                <span className={mergeClasses(css.sev, css[f.severity])}>
                  {s.severityOne[f.severity]}
                </span>{' '}
                <span className={css.where}>{where}</span>{' '}
                <span className={css.message}>{message(f)}</span>{' '}
                <span className={css.rule}>({f.rule})</span>
              </button>
              {chosen && view && (
                <CellGrid
                  s={s}
                  view={view}
                  message={message(f)}
                  onClose={close}
                  onPrevious={pos > 0 ? () => step(-1) : undefined}
                  onNext={pos < visible.length - 1 ? () => step(1) : undefined}
                />
              )}
            </li>
          );
        })}
      </ul>
      {visible.length > limit && (
        <Button onClick={() => setLimit(limit + PAGE)}>{s.showMore(visible.length - limit)}</Button>
      )}
    </div>
  );
}
