import { Text } from '@fluentui/react-components';
import type { FileReport } from '../../core/report/types';
import { LEVELS } from '../../core/text/grades';
import type { Strings } from '../strings';

/** The yearly results in brief: counts and shares per level, and meeting compliance per year. */
export function ResultsPanel(props: { s: Strings; report: FileReport }) {
  const { s, report } = props;
  const ratings = [...report.results.ratings].sort(
    (a, b) => (a.year ?? 0) - (b.year ?? 0) || a.source.localeCompare(b.source),
  );
  const meetings = report.results.meetings;
  const years = [...new Set(meetings.map((m) => m.year))].sort((a, b) => (a ?? 0) - (b ?? 0));
  return (
    <div className="bk-results">
      {ratings.length > 0 && (
        <div className="bk-table-scroll">
          <table className="bk-table">
            <caption>{s.results}</caption>
            <thead>
              <tr>
                <th scope="col">{s.year}</th>
                {LEVELS.map((l) => (
                  <th scope="col" key={l}>
                    {s.levels[l]}
                  </th>
                ))}
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {ratings.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.year ?? '?'}</th>
                  {LEVELS.map((l) => (
                    <td key={l}>
                      {r.counts[l]}
                      {r.shares[l] !== null && (
                        <span className="bk-muted"> {((r.shares[l] ?? 0) * 100).toFixed(1)}%</span>
                      )}
                    </td>
                  ))}
                  <td className="bk-muted">
                    {r.source === 'list' ? s.fromList : s.fromSummary}: {r.sheet}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {meetings.length > 0 && (
        <>
          <Text weight="semibold" block>
            {s.meetings}
          </Text>
          <ul className="bk-plain">
            {years.map((y) => {
              const rows = meetings.filter((m) => m.year === y);
              const yes = rows.filter((m) => m.compliant === true).length;
              const no = rows.filter((m) => m.compliant === false).length;
              return (
                <li key={String(y)}>
                  <Text size={200}>
                    {y ?? '?'}: {yes}/{rows.length} {s.compliant}, {no} {s.notCompliant},{' '}
                    {rows.length - yes - no} {s.unknown}
                  </Text>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
