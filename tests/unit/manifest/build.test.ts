/**
 * The real production build, made into a temporary folder: the pages and files the manifest
 * points at exist, the only remote script is Office.js, the pages load offline, every script
 * Internet Explorer 11 loads is ES5, and the ribbon command's ES5 bundle runs the whole job in a
 * realm stripped to IE11's built-ins against the Excel double at ExcelApi 1.7.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM, ResourceLoader, VirtualConsole, type FetchOptions } from 'jsdom';
import webpack from 'webpack';
import * as acorn from 'acorn';
import { pngFileSize } from '../../../scripts/manifest/pngSize';
import { validateManifest } from '../../../scripts/manifest/validateManifest';
import { projectEnv } from '../../../scripts/validate-manifest';
import { createExcelDouble } from '../../helpers/excelDouble';
import { tridentRealm } from '../../helpers/excelDouble/webviews';
import { sampleSnapshot } from '../../helpers/sampleWorkbook';

const ROOT = join(__dirname, '..', '..', '..');

interface WebpackConfigModule {
  (env: Record<string, unknown>, argv: { mode: string }): webpack.Configuration[];
  PAGES: { filename: string }[];
  OFFICE_JS_CDN: string;
  deployBase(env: Record<string, string | undefined>): string;
  officeJsMode(env: Record<string, string | undefined>): string;
  rebaseManifest(xml: string, base: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(join(ROOT, 'webpack.config.js')) as WebpackConfigModule;
const OFFICE_JS = makeConfig.OFFICE_JS_CDN;

let out: string;
let built: webpack.MultiStats;

function build(): Promise<webpack.MultiStats> {
  const configs = makeConfig({ keepDist: true }, { mode: 'production' }).map((c) => ({
    ...c,
    output: { ...c.output, path: out },
    devtool: false as const,
    context: ROOT,
  }));
  return new Promise((resolve, reject) =>
    webpack(configs, (err, stats) => (err || !stats ? reject(err) : resolve(stats))),
  );
}

/** Serves the built files; refuses everything remote, as a machine without internet would. */
class OfflineLoader extends ResourceLoader {
  readonly refused: string[] = [];
  constructor(userAgent?: string) {
    super(userAgent ? { userAgent } : {});
  }
  override fetch(url: string, options: FetchOptions) {
    if (url.startsWith('file:')) return super.fetch(url, options);
    this.refused.push(url);
    return Promise.reject(new Error(`offline: ${url}`)) as ReturnType<ResourceLoader['fetch']>;
  }
}

async function open(page: string, userAgent?: string) {
  const loader = new OfflineLoader(userAgent);
  const errors: string[] = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (e) => {
    // The refused Office.js is expected; anything else (an uncaught error) is not.
    if (!/offline:/.test(e.message) && !e.message.includes(OFFICE_JS)) errors.push(e.message);
  });
  virtualConsole.on('error', (...args: unknown[]) => errors.push(args.map(String).join(' ')));
  const dom = await JSDOM.fromFile(join(out, page), {
    runScripts: 'dangerously',
    resources: loader,
    virtualConsole,
    pretendToBeVisual: true,
  });
  await new Promise<void>((resolve) => dom.window.addEventListener('load', () => resolve()));
  return { dom, loader, errors };
}

async function until(test: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!test() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

const TRIDENT_UA = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

/** The scripts a page runs in Internet Explorer 11: inline ones and the files it loads there. */
function tridentScripts(page: string): { name: string; code: string }[] {
  const html = readFileSync(join(out, page), 'utf8');
  const dom = new JSDOM(html);
  const out_: { name: string; code: string }[] = [];
  for (const s of dom.window.document.querySelectorAll('script')) {
    const src = s.getAttribute('src');
    if (src && !/^https?:/.test(src))
      out_.push({ name: src, code: readFileSync(join(out, src), 'utf8') });
    if (!src) out_.push({ name: `${page} inline`, code: s.textContent ?? '' });
  }
  const lite = /"(taskpane-lite\.[0-9a-f]+\.js)"/.exec(html)?.[1];
  if (lite) out_.push({ name: lite, code: readFileSync(join(out, lite), 'utf8') });
  return out_;
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'bk-build-'));
  built = await build();
  if (built.hasErrors()) throw new Error(built.toString('errors-only'));
}, 600_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run build', () => {
  it('makes the pages, copies the manifest and the icons at their sizes', () => {
    for (const p of makeConfig.PAGES) expect(existsSync(join(out, p.filename))).toBe(true);
    expect(existsSync(join(out, 'message.html'))).toBe(true);
    expect(readFileSync(join(out, 'manifest.xml'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'manifest.xml'), 'utf8'),
    );
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngFileSize(join(out, 'assets', `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('loads nothing remote but Office.js, and that only from the add-in pages', () => {
    const htmlFiles = readdirSync(out).filter((f) => f.endsWith('.html'));
    expect(htmlFiles.sort()).toEqual([
      'bang-kiem.html',
      'commands.html',
      'index.html',
      'message.html',
      'taskpane.html',
    ]);
    for (const f of htmlFiles) {
      const dom = new JSDOM(readFileSync(join(out, f), 'utf8'));
      const refs = [...dom.window.document.querySelectorAll('[src],[href]')].map(
        (el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '',
      );
      const remote = refs.filter((r) => /^(https?:)?\/\//i.test(r));
      // The web page (index.html), its single-file copy and the light message page load nothing
      // remote at all.
      expect(remote).toEqual(
        ['index.html', 'bang-kiem.html', 'message.html'].includes(f) ? [] : [OFFICE_JS],
      );
    }
    for (const f of readdirSync(out).filter((x) => x.endsWith('.js'))) {
      const js = readFileSync(join(out, f), 'utf8');
      // No code that fetches or posts anywhere: user data never leaves the machine.
      expect(js).not.toMatch(/\bfetch\(|sendBeacon|new WebSocket/);
    }
  });

  it('every script Internet Explorer 11 runs is ES5; the rest is ES2017 for EdgeHTML 18', () => {
    const es5 = [
      ...tridentScripts('commands.html'),
      ...tridentScripts('taskpane.html'),
      ...tridentScripts('message.html'),
    ];
    expect(es5.map((s) => s.name).join(' ')).toMatch(/commands\..*taskpane-lite\./s);
    for (const { name, code } of es5) {
      // acorn also checks regex flags against the version: /u or /s would fail here.
      expect(() => acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
      expect(name).toBeTruthy();
    }
    const others = readdirSync(out).filter(
      (x) => x.endsWith('.js') && !es5.some((s) => s.name === x),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const f of others) {
      const js = readFileSync(join(out, f), 'utf8');
      expect(() => acorn.parse(js, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
    }
  });

  it("the ribbon command's ES5 bundle runs the whole job in Internet Explorer 11's realm", async () => {
    const file = readdirSync(out).find((f) => /^commands\.[0-9a-f]+\.js$/.test(f))!;
    const associated = new Map<string, (e: unknown) => Promise<void>>();
    const realm = tridentRealm();
    const double = createExcelDouble({
      maxApi: '1.7',
      snapshot: sampleSnapshot(),
      adopt: realm.adopt,
    });
    realm.global.Office = {
      onReady: () => ({ then: () => undefined }),
      actions: {
        associate: (name: string, f: (e: unknown) => Promise<void>) => associated.set(name, f),
      },
      context: { requirements: double.requirements, displayLanguage: 'vi-VN' },
    };
    realm.global.Excel = { run: (job: (c: unknown) => unknown) => job(double.context) };
    // The realm really is IE11's: none of these exist before the bundle fills them.
    expect(
      realm.run(
        'typeof Promise + typeof Symbol + typeof Map + typeof "".normalize + typeof Array.from + typeof Object.assign',
        'probe',
      ),
    ).toBe('undefinedundefinedundefinedundefinedundefinedundefined');
    realm.run(readFileSync(join(out, file), 'utf8'), file);
    expect(realm.run('typeof Promise + typeof "".normalize', 'probe')).toBe('functionfunction');
    expect(realm.run('"Tô\\u0323".normalize("NFC") === "T\\u1ED9"', 'probe')).toBe(true);
    expect(associated.get('runCheck')).toBe(realm.global.runCheck);
    let completed = 0;
    await associated.get('runCheck')!({ completed: () => completed++ });
    expect(completed).toBe(1);
    const report = double.model.sheets.find((s) => s.name === double.model.active)!;
    expect(report.name).toBe('Bảng Kiểm - Báo cáo');
    const status = String(report.cells.get('1,0')?.value);
    expect(status).toMatch(/^Nút Kiểm tra, .*: \d+ lỗi, \d+ cảnh báo, \d+ ghi chú\./);
    expect(double.stats.syncs).toBe(7);
    // The same counts as the job run natively in Node on the same workbook.
    const native = createExcelDouble({ maxApi: '1.7', snapshot: sampleSnapshot() });
    const undo = native.installOffice();
    try {
      const { runWholeJob } = await import('../../../src/commands/runWholeJob');
      const outcome = await runWholeJob(native.context);
      const { error, warning, info } = outcome.counts!;
      expect(status).toContain(`${error} lỗi, ${warning} cảnh báo, ${info} ghi chú`);
    } finally {
      undo();
    }
  }, 60_000);

  it('the task pane renders offline, without Office.js, without waiting for a timer', async () => {
    const { dom, loader, errors } = await open('taskpane.html');
    const root = () => dom.window.document.getElementById('root');
    await until(() => (root()?.childElementCount ?? 0) > 0);
    expect(loader.refused).toEqual([OFFICE_JS]);
    expect(root()?.childElementCount).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    dom.window.close();
  }, 30_000);

  it("the task pane's first load leaves the engine out: its chunk comes on the first check", () => {
    const modern = built.stats.find((st) => st.compilation.name === 'modern')!.compilation;
    /** The project's source files a set of chunks holds (modules webpack merged included). */
    const sources = (chunks: Iterable<webpack.Chunk>) => {
      const files = new Set<string>();
      for (const chunk of chunks)
        for (const m of modern.chunkGraph.getChunkModulesIterable(chunk)) {
          const merged = m as unknown as { modules?: { resource?: string }[]; resource?: string };
          for (const inner of merged.modules ?? [merged])
            if (inner.resource) files.add(inner.resource.slice(ROOT.length + 1));
        }
      return files;
    };
    const initialChunks = modern.entrypoints.get('taskpane')!.chunks;
    const initial = sources(initialChunks);
    const engineChunk = modern.namedChunks.get('engine')!;
    const engine = sources([engineChunk]);
    const heavy = ['src/core/engine.ts', 'src/core/job.ts', 'src/hosts/excel/applyPlan.ts'];
    for (const f of heavy) {
      expect([f, initial.has(f)]).toEqual([f, false]);
      expect([f, engine.has(f)]).toEqual([f, true]);
    }
    expect([...initial].filter((f) => f.startsWith('src/core/recognize/'))).toEqual([]);
    expect(initial.has('src/taskpane/components/App.tsx')).toBe(true);
    // taskpane.html names the initial script only; the engine's file is fetched by its loader.
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const engineFile = [...engineChunk.files].find((f) => f.endsWith('.js'))!;
    expect(html).not.toContain(engineFile);
    const initialFiles = initialChunks
      .flatMap((c) => [...c.files])
      .filter((f) => f.endsWith('.js'));
    expect(initialFiles).toHaveLength(1);
    expect(html).toContain(initialFiles[0]);
    const gzip = gzipSync(readFileSync(join(out, initialFiles[0]!)), { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(180 * 1024);
  });

  it('in Trident the task pane is the light page, with the link to the web page', async () => {
    const { dom, errors } = await open('taskpane.html', TRIDENT_UA);
    const doc = dom.window.document;
    await until(() => doc.querySelector('[data-testid="last-run"]') !== null);
    expect(doc.querySelector('h1')?.textContent).toBe('Bảng Kiểm');
    // jsdom's navigator.language is en-US: the light page speaks English there.
    expect(doc.body.textContent).toContain('Click Check on the Home tab');
    expect(doc.querySelector('a')?.getAttribute('href')).toMatch(/index\.html$/);
    expect(errors).toEqual([]);
    dom.window.close();
  }, 30_000);

  it('the function file loads offline and registers nothing', async () => {
    const { dom, loader, errors } = await open('commands.html');
    expect(loader.refused).toEqual([OFFICE_JS]);
    expect(errors).toEqual([]);
    expect((dom.window as unknown as { runCheck?: unknown }).runCheck).toBeUndefined();
    dom.window.close();
  }, 30_000);
});

describe('BASE_URL and OFFICE_JS', () => {
  it('BASE_URL moves every manifest address under one base, and the result validates', () => {
    const base = makeConfig.deployBase({ BASE_URL: 'https://intranet.example/bang-kiem' });
    expect(base).toBe('https://intranet.example/bang-kiem/');
    const moved = makeConfig.rebaseManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), base);
    expect(moved).not.toMatch(/localhost/);
    expect(moved).toContain(
      '<SourceLocation DefaultValue="https://intranet.example/bang-kiem/taskpane.html" />',
    );
    expect(moved).toContain('"https://intranet.example/bang-kiem/assets/icon-32.png"');
    expect(validateManifest(moved, projectEnv(ROOT))).toEqual([]);
    expect(makeConfig.deployBase({})).toBe('https://localhost:3000/');
    expect(() => makeConfig.deployBase({ BASE_URL: 'http://intranet.example/' })).toThrow(
      /must be an https URL/,
    );
    expect(makeConfig.deployBase({ BASE_URL: 'http://localhost:8123/' })).toBe(
      'http://localhost:8123/',
    );
  });

  it('OFFICE_JS is cdn by default, local on request, nothing else', () => {
    expect(makeConfig.officeJsMode({})).toBe('cdn');
    expect(makeConfig.officeJsMode({ OFFICE_JS: 'local' })).toBe('local');
    expect(() => makeConfig.officeJsMode({ OFFICE_JS: 'intranet' })).toThrow(/cdn.*local/);
  });
});
