import { Button, ProgressBar, Text } from '@fluentui/react-components';
import type { Stage } from '../host';
import type { Strings } from '../strings';

const ORDER: Stage[] = ['reading', 'checking', 'writing', 'done'];

/** The one primary action, with its progress announced to screen readers. */
export function CheckBar(props: {
  s: Strings;
  stage: Stage | null;
  busy: boolean;
  onCheck: () => void;
  disabled?: boolean;
}) {
  const { s, stage, busy } = props;
  const step = stage ? ORDER.indexOf(stage) + (stage === 'done' ? 0 : 0.5) : 0;
  return (
    <section aria-label={s.checkAll} className="bk-check">
      <Button
        appearance="primary"
        size="large"
        onClick={props.onCheck}
        disabled={busy || props.disabled}
        title={s.checkAllHint}
      >
        {s.checkAll}
      </Button>
      <div aria-live="polite" role="status" className="bk-progress">
        {stage && (
          <>
            <ProgressBar
              value={step / (ORDER.length - 1)}
              thickness="large"
              aria-label={s.stages[stage]}
            />
            <Text size={200}>{s.stages[stage]}</Text>
          </>
        )}
      </div>
    </section>
  );
}
