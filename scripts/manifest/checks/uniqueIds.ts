import { describePath, walkWithPath, type ManifestContext } from '../context';

/** Ids of controls, groups, tabs and resources must each be unique in the whole manifest. */
export function checkUniqueIds(m: ManifestContext): string[] {
  const where = new Map<string, string[]>();
  for (const path of walkWithPath(m.app)) {
    const id = path[path.length - 1]!.attrs.id;
    if (id === undefined) continue;
    const list = where.get(id) ?? [];
    list.push(describePath(path.slice(1)));
    where.set(id, list);
  }
  const problems: string[] = [];
  for (const [id, list] of where) {
    if (id.trim() === '') problems.push(`an empty id at ${list.join(', ')}`);
    else if (list.length > 1)
      problems.push(`id "${id}" is used ${list.length} times: ${list.join('; ')}`);
  }
  return problems;
}
