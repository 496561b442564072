import { describePath, walkWithPath, type ManifestContext, type ResourceKind } from '../context';
import { localName } from '../xmlTree';

export const MAX_RESID = 32;

/** Which resource list an element's resid must point into, by the element's name. */
const KIND_OF: Record<string, ResourceKind> = {
  Image: 'Images',
  FunctionFile: 'Urls',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

export function checkResources(m: ManifestContext): string[] {
  const problems: string[] = [];
  for (const r of m.allResources) {
    if (r.id.length > MAX_RESID) {
      problems.push(
        `resource id "${r.id}" is ${r.id.length} characters; at most ${MAX_RESID} are allowed`,
      );
    }
  }
  for (const path of walkWithPath(m.app)) {
    const el = path[path.length - 1]!;
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const where = describePath(path.slice(1));
    if (resid.length > MAX_RESID) {
      problems.push(
        `resid "${resid}" at ${where} is ${resid.length} characters; at most ${MAX_RESID} are allowed`,
      );
    }
    const target = m.resources.get(resid);
    if (!target) {
      problems.push(`resid "${resid}" at ${where} names no resource in <Resources>`);
      continue;
    }
    const want = KIND_OF[localName(el.name)];
    if (want && target.kind !== want) {
      problems.push(
        `resid "${resid}" at ${where} must name one of bt:${want}, not bt:${target.kind}`,
      );
    }
  }
  return problems;
}
