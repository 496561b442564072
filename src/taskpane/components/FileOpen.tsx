import { Button, mergeClasses, Text } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { usePaneStyles } from '../paneStyles';
import type { Strings } from '../strings';

/** Web page only: open or drop an .xlsx; the bytes stay in the browser. */
export function FileOpen(props: {
  s: Strings;
  onFile: (name: string, bytes: Uint8Array) => void;
  busy?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const css = usePaneStyles();
  const take = async (file: File | undefined) => {
    if (!file || props.busy) return;
    props.onFile(file.name, new Uint8Array(await file.arrayBuffer()));
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void take(e.dataTransfer.files[0]);
  };
  return (
    <section
      className={mergeClasses(css.drop, over && css.dropOver)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      aria-label={props.s.openFile}
    >
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          void take(e.target.files?.[0]);
          // The same file chosen again (after fixing it in Excel) must fire a change too.
          e.target.value = '';
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={props.busy}>
        {props.s.openFile}
      </Button>
      <Text size={200}> {props.s.dropHere}</Text>
      <Text size={200} block className={css.muted}>
        {props.s.noUpload}
      </Text>
    </section>
  );
}
