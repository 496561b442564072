import { mergeClasses, Text } from '@fluentui/react-components';
import type { FileReport, RatingResult } from '../../core/report/types';
import { LEVELS } from '../../core/text/grades';
import { usePaneStyles } from '../paneStyles';
import type { Strings } from '../strings';

type Subject = RatingResult['subject'];

/** The year's figures from one source: a list or a summary line. */
function sourceLabel(s: Strings, r: RatingResult): string {
  return r.source === 'list' ? s.listCol(r.sheet) : s.summaryCol(r.sheet, r.row);
}

function percent(share: number | null): string {
  return share === null ? '' : ` (${(share * 100).toFixed(1)}%)`;
}

/**
 * The yearly results, made to read in a 320 px pane: organization lists and member lists apart,
 * one block per year, and in each block the figures of every list and summary for that year side
 * by side (a column each, named after its sheet), a summary's count that differs from the list's
 * marked. Every column has a header.
 */
export function ResultsPanel(props: { s: Strings; report: FileReport }) {
  const { s, report } = props;
  const css = usePaneStyles();
  const meetings = report.results.meetings;
  const years = [...new Set(meetings.map((m) => m.year))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const subjects: [Subject, string][] = [
    ['organization', s.organizations],
    ['member', s.members],
    ['cell', s.cells],
  ];
  return (
    <div className={css.results}>
      {subjects.map(([subject, title]) => {
        const mine = report.results.ratings.filter((r) => r.subject === subject);
        if (mine.length === 0) return null;
        const byYear = [...new Set(mine.map((r) => r.year))].sort(
          (a, b) => (a ?? 9999) - (b ?? 9999),
        );
        return (
          <section key={subject} className={css.subject} aria-label={title}>
            <Text as="h3" weight="semibold" size={300} block>
              {title}
            </Text>
            {byYear.map((year) => (
              <YearBlock
                key={String(year)}
                s={s}
                year={year}
                subject={subject}
                results={mine
                  .filter((r) => r.year === year)
                  .sort((a, b) => (a.source === b.source ? 0 : a.source === 'list' ? -1 : 1))}
              />
            ))}
          </section>
        );
      })}
      {meetings.length > 0 && (
        <section className={css.subject} aria-label={s.meetings}>
          <Text as="h3" weight="semibold" size={300} block>
            {s.meetings}
          </Text>
          <ul className={css.plain}>
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
        </section>
      )}
    </div>
  );
}

function YearBlock(props: {
  s: Strings;
  year: number | null;
  subject: Subject;
  results: RatingResult[];
}) {
  const { s, results } = props;
  const css = usePaneStyles();
  const list = results.find((r) => r.source === 'list');
  const caption = props.year === null ? s.yearUnknown : String(props.year);
  return (
    <table className={css.year} data-testid={`year-${props.subject}-${caption}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.level}</th>
          {results.map((r, i) => (
            <th scope="col" key={i}>
              {sourceLabel(s, r)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {LEVELS.map((level) => (
          <tr key={level}>
            <th scope="row">{s.levels[level]}</th>
            {results.map((r, i) => {
              const diff = list && r !== list ? r.counts[level] - list.counts[level] : 0;
              const signed = diff > 0 ? `+${diff}` : String(diff);
              return (
                <td key={i} className={diff !== 0 ? mergeClasses('bk-diff', css.diff) : undefined}>
                  {r.counts[level]}
                  <span className={css.muted}>{percent(r.shares[level])}</span>
                  {diff !== 0 && (
                    <>
                      {' '}
                      <span aria-hidden="true">≠{signed}</span>
                      <span className={css.sr}>{s.differs(signed)}</span>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
        <tr>
          <th scope="row">{s.rated}</th>
          {results.map((r, i) => (
            <td key={i}>
              {r.rated}/{r.total}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
