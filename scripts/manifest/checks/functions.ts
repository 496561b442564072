import { homeBase, servedBy, type ManifestContext } from '../context';
import { registeredFunctions } from '../registeredFunctions';
import { child, localName, walk } from '../xmlTree';

const COMMANDS_FILE = 'src/commands/commands.ts';

/**
 * Function commands work only if the FunctionFile is a page the build makes and every
 * ExecuteFunction names a function that page registers with Office.actions.associate.
 */
export function checkFunctions(m: ManifestContext): string[] {
  const problems: string[] = [];
  const names: string[] = [];
  const fileRefs: string[] = [];
  for (const el of walk(m.app)) {
    const local = localName(el.name);
    if (local === 'FunctionFile' && el.attrs.resid !== undefined) fileRefs.push(el.attrs.resid);
    if (local === 'Action' && el.attrs['xsi:type'] === 'ExecuteFunction') {
      const name = child(el, 'FunctionName')?.text ?? '';
      if (!name) problems.push('an ExecuteFunction action has no <FunctionName>');
      else names.push(name);
    }
  }
  if (names.length && !fileRefs.length) {
    problems.push('ExecuteFunction actions need a <FunctionFile>, and there is none');
  }
  for (const resid of fileRefs) {
    const url = m.resources.get(resid)?.el.attrs.DefaultValue;
    if (!url) continue; // checkResources reports the dangling resid
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue; // checkUrls reports it
    }
    const served = servedBy(m.env, parsed, homeBase(m));
    if (served.kind !== 'page') {
      problems.push(
        `<FunctionFile> "${url}" is not an HTML page the build makes (it makes ${m.env.pages.join(', ')})`,
      );
    }
  }
  const registered = registeredFunctions(m.env.commandsSource);
  for (const name of names) {
    if (!registered.has(name)) {
      problems.push(
        `ExecuteFunction "${name}" is not registered: ${COMMANDS_FILE} has no Office.actions.associate('${name}', …)` +
          (registered.size ? ` (it registers ${[...registered].join(', ')})` : ''),
      );
    }
  }
  return problems;
}
