import { Button, ProgressBar, Text } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { Progress, Stage } from '../host';
import type { ProgressStore } from '../progressStore';
import { usePaneStyles } from '../paneStyles';
import type { Strings } from '../strings';

/** Where each stage starts on the bar, and its share of it: reading a big list takes longest. */
const SPAN: Record<Stage, [number, number]> = {
  loading: [0, 0],
  reading: [0, 0.45],
  checking: [0.45, 0.3],
  writing: [0.75, 0.25],
  done: [1, 0],
};

export function progressValue(p: Progress): number {
  const [start, share] = SPAN[p.stage];
  return start + (p.total > 0 ? share * Math.min(1, p.done / p.total) : 0);
}

/**
 * The one primary action, with its progress: the bar moves with the worker's real progress
 * (sheet text read, tables and rules checked, sheets written); the stage is announced to screen
 * readers, the figures are not (they change too often to be read out).
 */
export function CheckBar(props: {
  s: Strings;
  progress: ProgressStore;
  busy: boolean;
  onCheck: () => void;
  /** Nothing usable loaded: the button stays, disabled, with a word on why. */
  disabled?: boolean;
}) {
  const { s, busy } = props;
  const progress = useSyncExternalStore(props.progress.subscribe, props.progress.get);
  const off = busy || Boolean(props.disabled);
  const css = usePaneStyles();
  return (
    <section aria-label={s.checkAll} className={css.check}>
      <Button
        appearance="primary"
        size="large"
        onClick={props.onCheck}
        disabled={off}
        disabledFocusable={props.disabled && !busy}
        title={s.checkAllHint}
        aria-describedby={props.disabled ? 'bk-check-why' : undefined}
      >
        {s.checkAll}
      </Button>
      {props.disabled && !busy && (
        <Text size={200} id="bk-check-why" className={css.muted}>
          {s.openFirst}
        </Text>
      )}
      {progress && (
        <div className={css.progress}>
          <ProgressBar
            // Fetching the engine has no measure of its own: the bar moves without a value.
            value={progress.stage === 'loading' ? undefined : progressValue(progress)}
            thickness="large"
            aria-label={s.stages[progress.stage]}
            data-testid="progress"
          />
          <Text size={200}>
            <span role="status">{s.stages[progress.stage]}</span>
            {progress.stage !== 'done' && progress.total > 1 && (
              <span className={css.muted}>
                {' '}
                {Math.round((100 * progress.done) / progress.total)}%
              </span>
            )}
          </Text>
        </div>
      )}
    </section>
  );
}
