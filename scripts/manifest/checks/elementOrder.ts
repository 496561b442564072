import type { ManifestContext } from '../context';
import { localName } from '../xmlTree';

/** OfficeApp's children in the order the schema (OfficeApp 1.1, TaskPaneApp) requires. */
export const OFFICE_APP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];

const REQUIRED = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'Hosts',
  'DefaultSettings',
  'Permissions',
];

export function checkElementOrder(m: ManifestContext): string[] {
  const problems: string[] = [];
  if (localName(m.app.name) !== 'OfficeApp') {
    return [`the root element is <${m.app.name}>, not <OfficeApp>`];
  }
  if (m.app.attrs['xsi:type'] !== 'TaskPaneApp') {
    problems.push(`OfficeApp xsi:type is "${m.app.attrs['xsi:type'] ?? ''}", not "TaskPaneApp"`);
  }
  const names = m.app.children.map((c) => localName(c.name));
  let last = -1;
  let lastName = '';
  const seen = new Set<string>();
  for (const name of names) {
    const rank = OFFICE_APP_ORDER.indexOf(name);
    if (rank < 0) {
      problems.push(`OfficeApp has an element the schema does not allow there: <${name}>`);
      continue;
    }
    if (seen.has(name)) problems.push(`OfficeApp has <${name}> more than once`);
    seen.add(name);
    if (rank < last) {
      problems.push(
        `OfficeApp elements out of order: <${name}> comes after <${lastName}>; the schema's order is ${OFFICE_APP_ORDER.join(', ')}`,
      );
    } else {
      last = rank;
      lastName = name;
    }
  }
  for (const name of REQUIRED) {
    if (!seen.has(name)) problems.push(`OfficeApp lacks the required <${name}>`);
  }
  return problems;
}
