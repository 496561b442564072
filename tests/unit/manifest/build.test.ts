/**
 * The real production build, made into a temporary folder: the pages and files the manifest
 * points at exist, the only remote script is Office.js, and both pages load and run without it
 * (offline).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM, ResourceLoader, VirtualConsole, type FetchOptions } from 'jsdom';
import webpack from 'webpack';
import * as acorn from 'acorn';
import { pngFileSize } from '../../../scripts/manifest/pngSize';

const ROOT = join(__dirname, '..', '..', '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(join(ROOT, 'webpack.config.js')) as ((
  env: Record<string, unknown>,
  argv: { mode: string },
) => webpack.Configuration) & { PAGES: { filename: string }[] };

let out: string;

function build(): Promise<webpack.Stats> {
  const config = makeConfig({}, { mode: 'production' });
  config.output = { ...config.output, path: out };
  config.devtool = false;
  config.context = ROOT;
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => (err || !stats ? reject(err) : resolve(stats))),
  );
}

/** Serves the built files; refuses everything remote, as a machine without internet would. */
class OfflineLoader extends ResourceLoader {
  readonly refused: string[] = [];
  override fetch(url: string, options: FetchOptions) {
    if (url.startsWith('file:')) return super.fetch(url, options);
    this.refused.push(url);
    return Promise.reject(new Error(`offline: ${url}`)) as ReturnType<ResourceLoader['fetch']>;
  }
}

async function open(page: string) {
  const loader = new OfflineLoader();
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

async function until(test: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!test() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'bk-build-'));
  const stats = await build();
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
}, 400_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run build', () => {
  it('makes the pages, copies the manifest and the icons at their sizes', () => {
    for (const p of makeConfig.PAGES) expect(existsSync(join(out, p.filename))).toBe(true);
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

  it('loads nothing remote but Office.js, and that only from the pages', () => {
    const htmlFiles = readdirSync(out).filter((f) => f.endsWith('.html'));
    expect(htmlFiles.sort()).toEqual([
      'bang-kiem.html',
      'commands.html',
      'index.html',
      'taskpane.html',
    ]);
    for (const f of htmlFiles) {
      const dom = new JSDOM(readFileSync(join(out, f), 'utf8'));
      const refs = [...dom.window.document.querySelectorAll('[src],[href]')].map(
        (el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '',
      );
      const remote = refs.filter((r) => /^(https?:)?\/\//i.test(r));
      // The web page (index.html) and its single-file copy load nothing remote at all.
      expect(remote).toEqual(f === 'index.html' || f === 'bang-kiem.html' ? [] : [OFFICE_JS]);
    }
    const support = readFileSync(join(out, 'assets', 'support.html'), 'utf8');
    expect(support).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    for (const f of readdirSync(out).filter((x) => x.endsWith('.js'))) {
      const js = readFileSync(join(out, f), 'utf8');
      // No code that fetches or posts anywhere: user data never leaves the machine.
      expect(js).not.toMatch(/\bXMLHttpRequest\b|\bfetch\(|sendBeacon|new WebSocket/);
    }
  });

  it('ships only ES2017 syntax, which Excel 2019 (EdgeHTML 18) can parse', () => {
    const scripts = readdirSync(out).filter((x) => x.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) {
      const js = readFileSync(join(out, f), 'utf8');
      // acorn also checks regex syntax against the version: lookbehind or \p{} fail here.
      expect(() => acorn.parse(js, { ecmaVersion: 2017, sourceType: 'script' })).not.toThrow();
    }
  });

  it('the task pane renders offline, without Office.js', async () => {
    const { dom, loader, errors } = await open('taskpane.html');
    const root = () => dom.window.document.getElementById('root');
    await until(() => (root()?.childElementCount ?? 0) > 0);
    expect(loader.refused).toEqual([OFFICE_JS]);
    expect(root()?.childElementCount).toBeGreaterThan(0);
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

  it('BANG_KIEM_URL moves every manifest URL to the deployment origin', () => {
    const before = process.env.BANG_KIEM_URL;
    process.env.BANG_KIEM_URL = 'https://intranet.example/bang-kiem/';
    try {
      const config = makeConfig({}, { mode: 'production' });
      const copy = config.plugins!.find((p) => p?.constructor.name === 'CopyPlugin') as unknown as {
        patterns: { from: string; transform?: (b: Buffer) => string }[];
      };
      const pattern = copy.patterns.find((p) => p.from === 'manifest.xml')!;
      const moved = pattern.transform!(readFileSync(join(ROOT, 'manifest.xml')));
      expect(moved).not.toMatch(/localhost/);
      expect(moved).toContain(
        '<SourceLocation DefaultValue="https://intranet.example/bang-kiem/taskpane.html" />',
      );
      process.env.BANG_KIEM_URL = 'http://intranet.example/';
      expect(() => makeConfig({}, { mode: 'production' })).toThrow(/must be an https URL/);
    } finally {
      if (before === undefined) delete process.env.BANG_KIEM_URL;
      else process.env.BANG_KIEM_URL = before;
    }
  });
});
