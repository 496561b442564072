import ts from 'typescript';

/**
 * The names a commands source registers with Office.actions.associate("name", fn), read from the
 * syntax tree so that commented-out or string-built calls do not count.
 */
export function registeredFunctions(source: string, fileName = 'commands.ts'): Set<string> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, false);
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      node.expression.getText(file).replace(/\s+|\?(?=\.)/g, '') === 'Office.actions.associate'
    ) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
        names.add(first.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}
