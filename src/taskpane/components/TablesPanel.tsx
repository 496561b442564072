import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import type { RecognizedTable } from '../../core/report/types';
import type { TableCorrection } from '../../core/settings';
import type { Strings } from '../strings';

type Kind = NonNullable<TableCorrection['kind']>;

/**
 * What was recognized on each sheet, with a way to correct it: header row, table kind, year, or
 * skip the sheet. Corrections are kept in the workbook's settings sheet by the next check.
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
  const ignored = corrections.filter(
    (c) => c.kind === 'ignore' && !tables.some((t) => t.sheet === c.sheet),
  );
  const edit = (sheet: string, patch: Partial<TableCorrection>) => {
    const current = corrections.find((c) => c.sheet === sheet) ?? { sheet };
    const next = { ...current, ...patch };
    for (const k of Object.keys(next) as (keyof TableCorrection)[])
      if (next[k] === undefined) delete next[k];
    const others = corrections.filter((c) => c.sheet !== sheet);
    props.onChange(Object.keys(next).length > 1 ? [...others, next] : others);
  };
  if (tables.length === 0 && ignored.length === 0) return <Text>{s.noTables}</Text>;
  return (
    <div className="bk-tables">
      <ul className="bk-plain">
        {tables.map((t) => {
          const c = corrections.find((x) => x.sheet === t.sheet);
          return (
            <li key={t.sheet} className="bk-table-item">
              <Text weight="semibold" block>
                {t.sheet} <span className="bk-muted">{t.range}</span>
              </Text>
              <Text size={200} block>
                {s.kinds[t.kind]}
                {t.years.length ? ` · ${t.years.join(', ')}` : ''} · {s.headerRow} {t.headerRows[0]}
              </Text>
              <div
                className="bk-corrections"
                role="group"
                aria-label={`${s.kind}, ${s.headerRow}, ${s.year}: ${t.sheet}`}
              >
                <Field label={s.kind} size="small">
                  <Select
                    size="small"
                    value={c?.kind ?? ''}
                    onChange={(_, d) =>
                      edit(t.sheet, { kind: (d.value || undefined) as Kind | undefined })
                    }
                  >
                    <option value="">{s.asFound}</option>
                    <option value="rating-list">{s.kinds['rating-list']}</option>
                    <option value="rating-summary">{s.kinds['rating-summary']}</option>
                    <option value="meeting-register">{s.kinds['meeting-register']}</option>
                    <option value="ignore">{s.ignore}</option>
                  </Select>
                </Field>
                <Field label={s.headerRow} size="small">
                  <Input
                    size="small"
                    type="number"
                    min={1}
                    value={c?.headerRow ? String(c.headerRow) : ''}
                    placeholder={String(t.headerRows[0])}
                    onChange={(_, d) =>
                      edit(t.sheet, { headerRow: d.value ? Number(d.value) : undefined })
                    }
                  />
                </Field>
                <Field label={s.year} size="small">
                  <Input
                    size="small"
                    type="number"
                    value={c?.year ? String(c.year) : ''}
                    placeholder={t.years.length === 1 ? String(t.years[0]) : ''}
                    onChange={(_, d) =>
                      edit(t.sheet, { year: d.value ? Number(d.value) : undefined })
                    }
                  />
                </Field>
              </div>
            </li>
          );
        })}
        {ignored.map((c) => (
          <li key={c.sheet}>
            <Text size={200}>
              {c.sheet}: {s.ignore}{' '}
            </Text>
            <Button
              size="small"
              appearance="subtle"
              onClick={() => edit(c.sheet, { kind: undefined })}
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
