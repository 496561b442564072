import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const ENTRY = path.resolve(__dirname, '../../../src/hosts/xlsx/read/readXlsx.ts');

/** Every source file readXlsx pulls in, following relative imports, with its bare imports. */
function moduleGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (graph.has(file)) return;
    const src = readFileSync(file, 'utf8');
    const bare: string[] = [];
    graph.set(file, bare);
    for (const m of src.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) {
        bare.push(spec);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const target = [`${base}.ts`, path.join(base, 'index.ts')].find((p) => existsSync(p));
      if (!target) throw new Error(`cannot resolve ${spec} from ${file}`);
      visit(target);
    }
  };
  visit(entry);
  return graph;
}

describe('readXlsx can run in a browser Web Worker', () => {
  const graph = moduleGraph(ENTRY);

  it('imports nothing but fflate outside the project', () => {
    const bare = new Set([...graph.values()].flat());
    expect([...bare]).toEqual(['fflate']);
    expect(graph.size).toBeGreaterThan(5);
  });

  it('uses no Node globals', () => {
    for (const file of graph.keys()) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect({
        file,
        hit: /\b(Buffer|process|require|__dirname|global)\b/.exec(code)?.[0],
      }).toEqual({
        file,
        hit: undefined,
      });
    }
  });
});
