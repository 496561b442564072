import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { Settings } from '../../core/settings';
import { usePaneStyles } from '../paneStyles';
import type { Strings } from '../strings';

type Pilot = Settings['pilots'][number];

/**
 * The pilot unit of each year ("đơn vị điểm"). Left empty, the check reads them from the
 * workbook's notes; what is entered here is written to its settings sheet.
 */
export function PilotsField(props: {
  s: Strings;
  pilots: Pilot[];
  onChange: (next: Pilot[]) => void;
}) {
  const { s, pilots } = props;
  const css = usePaneStyles();
  const put = (i: number, patch: Partial<Pilot>) =>
    props.onChange(pilots.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset className={css.pilots}>
      <legend>{s.pilots}</legend>
      {pilots.length === 0 && (
        <Text size={200} block className={css.muted}>
          {s.pilotsFromNotes}
        </Text>
      )}
      {pilots.map((p, i) => (
        <div key={i} className={css.corrections}>
          <Field label={`${s.year} (${i + 1})`} size="small">
            <Input
              className={css.fill}
              input={{ className: css.fill }}
              size="small"
              type="number"
              value={String(p.year)}
              onChange={(_, d) => put(i, { year: Number(d.value) || p.year })}
            />
          </Field>
          <Field label={`${s.pilotUnit} (${i + 1})`} size="small">
            <Input
              className={css.fill}
              input={{ className: css.fill }}
              size="small"
              value={p.unit}
              onChange={(_, d) => put(i, { unit: d.value })}
            />
          </Field>
          <Button
            size="small"
            appearance="subtle"
            aria-label={`${s.removePilot} ${p.year}`}
            onClick={() => props.onChange(pilots.filter((_, j) => j !== i))}
          >
            ✕
          </Button>
        </div>
      ))}
      <Button
        size="small"
        onClick={() => {
          const last = pilots[pilots.length - 1]?.year ?? new Date().getFullYear() - 1;
          props.onChange([...pilots, { year: last + 1, unit: '' }]);
        }}
      >
        {s.addPilot}
      </Button>
    </fieldset>
  );
}
