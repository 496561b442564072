import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Link,
  Text,
} from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/report/types';
import type { Lang, Strings } from '../strings';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const COLORS = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Findings by severity, then by sheet; each one shows its cell when chosen. */
export function FindingsPanel(props: {
  s: Strings;
  lang: Lang;
  issues: Finding[];
  onSelect: (f: Finding) => void;
}) {
  const { s, issues } = props;
  if (issues.length === 0) return <Text>{s.noFindings}</Text>;
  const present = SEVERITIES.filter((sev) => issues.some((f) => f.severity === sev));
  return (
    <Accordion multiple collapsible defaultOpenItems={present.slice(0, 1)}>
      {present.map((sev) => {
        const mine = issues.filter((f) => f.severity === sev);
        const sheets = [...new Set(mine.map((f) => f.sheet ?? ''))];
        return (
          <AccordionItem value={sev} key={sev}>
            <AccordionHeader>
              <Badge appearance="filled" color={COLORS[sev]} className="bk-badge">
                {mine.length}
              </Badge>
              {s.severity[sev]}
            </AccordionHeader>
            <AccordionPanel>
              {sheets.map((sheet) => (
                <div key={sheet} className="bk-sheet-group">
                  <Text weight="semibold" block>
                    {sheet}
                  </Text>
                  <ul className="bk-findings">
                    {mine
                      .filter((f) => (f.sheet ?? '') === sheet)
                      .map((f, i) => (
                        <li key={`${f.rule}-${f.cell}-${i}`}>
                          {f.cell ? (
                            <Link
                              as="button"
                              onClick={() => props.onSelect(f)}
                              title={`${s.goTo} ${f.cell}`}
                            >
                              {f.cell}
                            </Link>
                          ) : null}{' '}
                          <Text size={200}>
                            {props.lang === 'en' ? f.messages.en : f.messages.vi}
                          </Text>{' '}
                          <Text size={100} className="bk-muted">
                            {f.rule}
                          </Text>
                        </li>
                      ))}
                  </ul>
                </div>
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
