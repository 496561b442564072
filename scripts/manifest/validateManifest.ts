import { checkElementOrder } from './checks/elementOrder';
import { checkFunctions } from './checks/functions';
import { checkIcons } from './checks/icons';
import { checkRequirements } from './checks/requirements';
import { checkResources } from './checks/resources';
import { checkStrings } from './checks/strings';
import { checkUniqueIds } from './checks/uniqueIds';
import { checkUrls } from './checks/urls';
import { makeContext, type ManifestContext, type ManifestEnv } from './context';
import { parseXml, XmlSyntaxError } from './xmlTree';

/** Run after checkElementOrder, which must first confirm the root is an OfficeApp. */
const CHECKS: ((m: ManifestContext) => string[])[] = [
  checkUniqueIds,
  checkResources,
  checkStrings,
  checkUrls,
  checkIcons,
  checkFunctions,
  checkRequirements,
];

/** Every problem found in the manifest text, as messages; an empty list means it passes. */
export function validateManifest(xml: string, env: ManifestEnv): string[] {
  let app;
  try {
    app = parseXml(xml);
  } catch (err) {
    if (err instanceof XmlSyntaxError)
      return [`the XML does not parse (line ${err.line}): ${err.message}`];
    throw err;
  }
  const m = makeContext(app, env);
  const order = checkElementOrder(m);
  // With the wrong root nothing else can be looked for.
  if (order.some((p) => p.startsWith('the root element'))) return order;
  return [...order, ...CHECKS.flatMap((check) => check(m))];
}
