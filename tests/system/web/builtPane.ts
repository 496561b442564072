/**
 * The production build of the pane, served on 127.0.0.1 from a temporary folder, and headless
 * Chromium to open it: what both browser tests need. Fails (never skips) without Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { sharedPath } from '../../helpers/shared';

export const ROOT = resolve(__dirname, '../../..');
export const FIXTURE = sharedPath('fixtures/board-2017-2021.xlsx');
const CHROMIUM = '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

export interface BuiltPane {
  /** http://127.0.0.1:PORT */
  base: string;
  /** The build's folder, also a scratch place for downloads. */
  dist: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startBuiltPane(): Promise<BuiltPane> {
  if (!existsSync(CHROMIUM))
    throw new Error('Chromium is not installed: apt-get install -y chromium');
  const dist = mkdtempSync(join(tmpdir(), 'bk-pane-'));
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
      '--mode',
      'production',
      '--output-path',
      dist,
    ],
    {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 300_000,
    },
  );
  const server = createServer((req, res) => {
    const file = join(
      dist,
      decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/$/, '/taskpane.html'),
    );
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
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
  return {
    base,
    dist,
    browser,
    close: async () => {
      await browser.close();
      server.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}
