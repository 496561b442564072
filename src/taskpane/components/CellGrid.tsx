import { Button, Text } from '@fluentui/react-components';
import { a1, columnLetters, parseA1 } from '../../core/model/address';
import { valueAt } from '../../core/model/cells';
import type { WorkbookSnapshot } from '../../core/model/snapshot';
import type { Strings } from '../strings';

/**
 * Web page only: a read-only view of the cells around a finding's cell, since the page has no
 * spreadsheet grid of its own. The cell itself is marked for sight and for screen readers.
 */
export function CellGrid(props: {
  s: Strings;
  snapshot: WorkbookSnapshot;
  sheet: string;
  cell: string;
  message: string;
  onClose: () => void;
}) {
  const { s } = props;
  const sheet = props.snapshot.sheets.find((x) => x.name === props.sheet);
  const at = parseA1(props.cell);
  if (!sheet || !at) return null;
  const rows = range(Math.max(0, at.row - 2), at.row + 2);
  const cols = range(Math.max(0, at.col - 3), at.col + 3);
  return (
    <section
      className="bk-grid"
      aria-label={`${s.around} ${props.sheet}!${props.cell}`}
      data-testid="cell-grid"
    >
      <Text weight="semibold" block>
        {props.sheet}!{props.cell}
      </Text>
      <Text size={200} block>
        {props.message}
      </Text>
      <div className="bk-grid-scroll">
        <table>
          <thead>
            <tr>
              <th />
              {cols.map((c) => (
                <th key={c} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {cols.map((c) => {
                  const target = r === at.row && c === at.col;
                  const v = valueAt(sheet, r, c);
                  return (
                    <td
                      key={c}
                      className={target ? 'bk-target' : undefined}
                      aria-current={target ? 'true' : undefined}
                      title={a1(r, c)}
                    >
                      {v === null ? '' : String(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button size="small" onClick={props.onClose}>
        {s.close}
      </Button>
    </section>
  );
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
