/**
 * The add-in on a network without internet (issue #19): built with OFFICE_JS=local and
 * BASE_URL=http://localhost:PORT/, served from localhost, opened in headless Chromium with every
 * request to any other host refused. The real Office.js (the @microsoft/office-js copy) loads from
 * localhost, Office.onReady answers (no host outside Office), the pane renders without waiting
 * for a timer, and no request leaves the machine.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import webpack from 'webpack';

const ROOT = resolve(__dirname, '../../..');
const CHROMIUM = '/usr/bin/chromium';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(join(ROOT, 'webpack.config.js')) as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => webpack.Configuration[];

let dist: string;
let server: Server;
let origin: string;
let browser: Browser;

async function build(base: string): Promise<void> {
  const saved = { OFFICE_JS: process.env.OFFICE_JS, BASE_URL: process.env.BASE_URL };
  process.env.OFFICE_JS = 'local';
  process.env.BASE_URL = base;
  try {
    const configs = makeConfig({ keepDist: true }, { mode: 'production' }).map((c) => ({
      ...c,
      output: { ...c.output, path: dist },
      devtool: false as const,
      context: ROOT,
    }));
    const stats = await new Promise<webpack.MultiStats>((ok, ko) =>
      webpack(configs, (err, s) => (err || !s ? ko(err) : ok(s))),
    );
    if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error('Chromium is not installed: apt-get install -y chromium');
  dist = mkdtempSync(join(tmpdir(), 'bk-intranet-'));
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, 'localhost', r));
  const address = server.address();
  origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  await build(`${origin}/`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** Opens a page with every request off localhost refused and recorded. */
async function openOffline(page: string): Promise<{ p: Page; left: string[]; local: string[] }> {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const p = await context.newPage();
  const left: string[] = [];
  const local: string[] = [];
  await p.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) {
      local.push(url.slice(origin.length));
      return route.continue();
    }
    left.push(url);
    return route.abort('internetdisconnected');
  });
  await p.goto(`${origin}/${page}`);
  return { p, left, local };
}

describe('OFFICE_JS=local BASE_URL=http://localhost:PORT/ npm run build', () => {
  it('writes every manifest address under the base and copies Office.js', () => {
    const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${origin}/taskpane.html" />`);
    expect(manifest).not.toContain('https://localhost:3000');
    expect(existsSync(join(dist, 'office-js', 'office.js'))).toBe(true);
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html).toMatch(/<script src="?office-js\/office\.js"?>/);
      expect(html).not.toContain('appsforoffice.microsoft.com');
    }
  });

  it('taskpane.html: Office.js from localhost answers onReady, the pane renders at once, nothing leaves', async () => {
    const { p, left, local } = await openOffline('taskpane.html');
    const started = Date.now();
    await p.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0);
    // The pane no longer waits for a fallback timer (it waited 3 s before).
    expect(Date.now() - started).toBeLessThan(2500);
    const info = await p.evaluate(() =>
      Office.onReady().then((i) => ({ host: i.host, platform: i.platform })),
    );
    expect(info.host).toBeNull();
    expect(local).toContain('/office-js/office.js');
    expect(left).toEqual([]);
    expect(await p.textContent('body')).toMatch(/Bảng Kiểm/);
    await p.context().close();
  }, 60_000);

  it('commands.html: Office.js from localhost, runCheck registered, nothing leaves', async () => {
    const { p, left, local } = await openOffline('commands.html');
    await p.waitForFunction(
      () => typeof (window as unknown as { runCheck?: unknown }).runCheck === 'function',
    );
    const host = await p.evaluate(() => Office.onReady().then((i) => i.host));
    expect(host).toBeNull();
    expect(local).toContain('/office-js/office.js');
    expect(left).toEqual([]);
    await p.context().close();
  }, 60_000);
});
