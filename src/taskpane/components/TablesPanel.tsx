import { useRef } from 'react';
import { Button, Field, Input, mergeClasses, Select, Text } from '@fluentui/react-components';
import type { RecognizedTable } from '../../core/report/types';
import type { TableCorrection } from '../../core/settings';
import { usePaneStyles } from '../paneStyles';
import type { Strings } from '../strings';

type Kind = NonNullable<TableCorrection['kind']>;

/** A table's identity on its sheet: its first header row. */
const tableKey = (t: RecognizedTable) => `${t.sheet}#${t.headerRows[0]}`;

/**
 * Every table recognized on each sheet (kind, years, range, how sure recognition is), with a way
 * to correct each: header row, kind, year, or skip it. A sheet with one table is corrected as a
 * whole, as before; on a sheet with several, a correction names its table by its header row, so
 * it changes that table only. Corrections are kept in the workbook's settings sheet by the next
 * check.
 */
export function TablesPanel(props: {
  s: Strings;
  tables: RecognizedTable[];
  corrections: TableCorrection[];
  onChange: (next: TableCorrection[]) => void;
  onApply: () => void;
  busy: boolean;
}) {
  const { s, tables, corrections } = props;
  const css = usePaneStyles();
  // Which table each edited correction belongs to: editing a table's header row changes the
  // row it is known by, but not which table the user was editing.
  const edited = useRef(new WeakMap<TableCorrection, string>());
  const onSheet = (sheet: string) => tables.filter((t) => t.sheet === sheet);
  const correctionOf = (t: RecognizedTable): TableCorrection | undefined =>
    corrections.find((c) => {
      const owner = edited.current.get(c);
      if (owner !== undefined) return owner === tableKey(t);
      if (c.sheet !== t.sheet) return false;
      return c.headerRow === undefined
        ? onSheet(t.sheet).length === 1
        : c.headerRow === t.headerRows[0];
    });
  const ignored = corrections.filter(
    (c) => c.kind === 'ignore' && !tables.some((t) => correctionOf(t) === c),
  );
  const replace = (current: TableCorrection | undefined, next: TableCorrection | null) => {
    const others = corrections.filter((c) => c !== current);
    props.onChange(next ? [...others, next] : others);
  };
  const edit = (t: RecognizedTable, patch: Partial<TableCorrection>) => {
    const current = correctionOf(t);
    const alone = onSheet(t.sheet).length === 1;
    const base: TableCorrection =
      current ?? (alone ? { sheet: t.sheet } : { sheet: t.sheet, headerRow: t.headerRows[0] });
    const next: TableCorrection = { ...base, ...patch };
    for (const k of Object.keys(next) as (keyof TableCorrection)[])
      if (next[k] === undefined) delete next[k];
    // On a sheet of several tables the header row names the table: it stays.
    if (!alone && next.headerRow === undefined) next.headerRow = t.headerRows[0];
    const meaningful = Object.keys(next).some(
      (k) => k !== 'sheet' && !(k === 'headerRow' && !alone && next.headerRow === t.headerRows[0]),
    );
    if (meaningful) edited.current.set(next, tableKey(t));
    replace(current, meaningful ? next : null);
  };
  if (tables.length === 0 && ignored.length === 0) return <Text>{s.noTables}</Text>;
  return (
    <div>
      <ul className={css.plain}>
        {tables.map((t) => {
          const c = correctionOf(t);
          const alone = onSheet(t.sheet).length === 1;
          return (
            <li key={tableKey(t)} className={mergeClasses('bk-table-item', css.tableItem)}>
              <Text weight="semibold" block>
                {t.sheet} <span className={css.muted}>{t.range}</span>
              </Text>
              <Text size={200} block title={t.reasons.join('; ')}>
                {s.kinds[t.kind]}
                {t.years.length ? ` · ${t.years.join(', ')}` : ''} · {s.headerRow} {t.headerRows[0]}{' '}
                · {s.confidence} {Math.round(t.confidence * 100)}%
              </Text>
              <div
                className={css.corrections}
                role="group"
                aria-label={`${s.kind}, ${s.headerRow}, ${s.year}: ${t.sheet} ${t.range}`}
              >
                <Field label={s.kind} size="small">
                  <Select
                    className={css.fill}
                    size="small"
                    value={c?.kind ?? ''}
                    onChange={(_, d) =>
                      edit(t, { kind: (d.value || undefined) as Kind | undefined })
                    }
                  >
                    <option value="">{s.asFound}</option>
                    <option value="rating-list">{s.kinds['rating-list']}</option>
                    <option value="rating-summary">{s.kinds['rating-summary']}</option>
                    <option value="meeting-register">{s.kinds['meeting-register']}</option>
                    <option value="meeting-log">{s.kinds['meeting-log']}</option>
                    <option value="ignore">{alone ? s.ignore : s.ignoreTable}</option>
                  </Select>
                </Field>
                <Field label={s.headerRow} size="small">
                  <Input
                    className={css.fill}
                    input={{ className: css.fill }}
                    size="small"
                    type="number"
                    min={1}
                    value={
                      c?.headerRow && (alone || c.headerRow !== t.headerRows[0])
                        ? String(c.headerRow)
                        : ''
                    }
                    placeholder={String(t.headerRows[0])}
                    onChange={(_, d) =>
                      edit(t, { headerRow: d.value ? Number(d.value) : undefined })
                    }
                  />
                </Field>
                <Field label={s.year} size="small">
                  <Input
                    className={css.fill}
                    input={{ className: css.fill }}
                    size="small"
                    type="number"
                    value={c?.year ? String(c.year) : ''}
                    placeholder={t.years.length === 1 ? String(t.years[0]) : ''}
                    onChange={(_, d) => edit(t, { year: d.value ? Number(d.value) : undefined })}
                  />
                </Field>
              </div>
            </li>
          );
        })}
        {ignored.map((c) => (
          <li key={`${c.sheet}#${c.headerRow ?? ''}`}>
            <Text size={200}>
              {c.sheet}
              {c.headerRow ? ` (${s.headerRow} ${c.headerRow})` : ''}:{' '}
              {c.headerRow ? s.ignoreTable : s.ignore}{' '}
            </Text>
            <Button
              size="small"
              appearance="subtle"
              onClick={() => {
                const next = { ...c };
                delete next.kind;
                replace(c, Object.keys(next).length > 1 ? next : null);
              }}
            >
              {s.asFound}
            </Button>
          </li>
        ))}
      </ul>
      <Button onClick={props.onApply} disabled={props.busy}>
        {s.applyCorrections}
      </Button>
    </div>
  );
}
