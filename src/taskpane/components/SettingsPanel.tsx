import { Field, Input, Select, Switch } from '@fluentui/react-components';
import type { Settings } from '../../core/settings';
import { usePaneStyles } from '../paneStyles';
import type { Strings } from '../strings';
import { PilotsField } from './PilotsField';

/**
 * The thresholds a board may change. They take effect at the next check and are written into the
 * workbook's settings sheet, so every host reads the same ones afterwards.
 */
export function SettingsPanel(props: {
  s: Strings;
  settings: Settings;
  onChange: (next: Settings) => void;
}) {
  const { s, settings } = props;
  const css = usePaneStyles();
  const set = (patch: (copy: Settings) => void) => {
    const copy = JSON.parse(JSON.stringify(settings)) as Settings;
    patch(copy);
    props.onChange(copy);
  };
  const num = (v: string, lo: number, hi: number, fallback: number) => {
    const n = Number(v.replace(',', '.'));
    return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
  };
  return (
    <form className={css.settings} onSubmit={(e) => e.preventDefault()}>
      <Field label={s.regularPerYear}>
        <Input
          className={css.fill}
          input={{ className: css.fill }}
          type="number"
          min={0}
          max={12}
          value={String(settings.meetings.regularPerYear)}
          onChange={(_, d) => set((c) => (c.meetings.regularPerYear = num(d.value, 0, 12, 12)))}
        />
      </Field>
      <Field label={s.thematicPerQuarter}>
        <Input
          className={css.fill}
          input={{ className: css.fill }}
          type="number"
          min={0}
          max={3}
          value={String(settings.meetings.thematicPerQuarter)}
          onChange={(_, d) => set((c) => (c.meetings.thematicPerQuarter = num(d.value, 0, 3, 1)))}
        />
      </Field>
      <Field label={s.attendanceMin}>
        <Input
          className={css.fill}
          input={{ className: css.fill }}
          type="number"
          min={0}
          max={100}
          value={String(Math.round(settings.meetings.attendanceMin * 100))}
          onChange={(_, d) =>
            set((c) => (c.meetings.attendanceMin = num(d.value, 0, 100, 85) / 100))
          }
        />
      </Field>
      <Field label={s.capRatio}>
        <Input
          className={css.fill}
          input={{ className: css.fill }}
          type="number"
          min={0}
          max={100}
          value={String(Math.round(settings.excellentCap.ratio * 100))}
          onChange={(_, d) => set((c) => (c.excellentCap.ratio = num(d.value, 0, 100, 20) / 100))}
        />
      </Field>
      <Field label={s.capBase}>
        <Select
          className={css.fill}
          value={settings.excellentCap.base}
          onChange={(_, d) =>
            set((c) => (c.excellentCap.base = d.value as Settings['excellentCap']['base']))
          }
        >
          <option value="good">{s.capBaseGood}</option>
          <option value="goodAndAbove">{s.capBaseGoodAndAbove}</option>
        </Select>
      </Field>
      <Switch
        label={s.capOrganizations}
        checked={settings.excellentCap.organizations}
        onChange={(_, d) => set((c) => (c.excellentCap.organizations = d.checked))}
      />
      <fieldset className={css.pilots}>
        <legend>{s.scoreBands}</legend>
        <div className={css.corrections}>
          {(['excellent', 'good', 'pass'] as const).map((level) => (
            <Field key={level} label={s.levels[level]} size="small">
              <Input
                className={css.fill}
                input={{ className: css.fill }}
                size="small"
                type="number"
                min={0}
                max={100}
                value={String(settings.scoreBands[level])}
                onChange={(_, d) =>
                  set((c) => (c.scoreBands[level] = num(d.value, 0, 100, c.scoreBands[level])))
                }
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <PilotsField
        s={s}
        pilots={settings.pilots}
        onChange={(pilots) => set((c) => (c.pilots = pilots))}
      />
    </form>
  );
}
