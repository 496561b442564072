import { Button, Text } from '@fluentui/react-components';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { a1, columnLetters } from '../../core/model/address';
import type { CellWindow } from '../host';
import { usePaneStyles } from '../paneStyles';
import type { Strings } from '../strings';

/**
 * Web page only: a read-only view of the cells around a finding's cell, shown right under the
 * finding (the page has no spreadsheet grid of its own). It scrolls into view and takes focus
 * when it opens; Escape closes it and the finding's button gets focus back. The grid fits the
 * pane's width (no sideways scrolling): long values are cut in the grid and shown whole below.
 */
export function CellGrid(props: {
  s: Strings;
  view: CellWindow;
  message: string;
  onClose: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
}) {
  const { s, view } = props;
  const box = useRef<HTMLElement>(null);
  const css = usePaneStyles();
  const where = `${view.sheet}!${view.cell}`;
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.scrollIntoView?.({ block: 'nearest' });
    el.focus({ preventScroll: true });
  }, [where]);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    }
  };
  const targetRow = view.rows.indexOf(view.target.row);
  const targetCol = view.cols.indexOf(view.target.col);
  const value = view.values[targetRow]?.[targetCol] ?? '';
  return (
    <section
      ref={box}
      tabIndex={-1}
      className={css.grid}
      aria-label={s.cellView(where)}
      data-testid="cell-grid"
      onKeyDown={onKey}
    >
      <Text weight="semibold" block>
        {where}
      </Text>
      <Text size={200} block>
        {props.message}
      </Text>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <span className={css.sr}>{s.rowsCols}</span>
            </th>
            {view.cols.map((c) => (
              <th key={c} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r, i) => (
            <tr key={r}>
              <th scope="row">{r + 1}</th>
              {view.cols.map((c, j) => {
                const target = r === view.target.row && c === view.target.col;
                return (
                  <td
                    key={c}
                    className={target ? css.target : undefined}
                    aria-current={target ? 'true' : undefined}
                    title={`${a1(r, c)}: ${view.values[i]?.[j] ?? ''}`}
                  >
                    {view.values[i]?.[j] ?? ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Text size={200} block>
        {s.cellValue} {view.cell}: <strong>{value === '' ? s.empty : value}</strong>
      </Text>
      <div className={css.actions}>
        {props.onPrevious && (
          <Button size="small" onClick={props.onPrevious} aria-keyshortcuts="Shift+F8">
            {s.previous}
          </Button>
        )}
        {props.onNext && (
          <Button size="small" onClick={props.onNext} aria-keyshortcuts="F8">
            {s.next}
          </Button>
        )}
        <Button size="small" onClick={props.onClose} aria-keyshortcuts="Escape">
          {s.close}
        </Button>
        <Text size={100} className={css.muted}>
          {s.escToClose}
        </Text>
      </div>
    </section>
  );
}
