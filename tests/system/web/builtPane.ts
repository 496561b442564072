/**
 * The production build of the pane and the web page, served on 127.0.0.1 from a temporary
 * folder, and headless Chromium to open it: what the browser tests need. The build is made once
 * per test run (the test files of one `jest --runInBand` share it). Fails (never skips) without
 * Chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { sharedPath } from '../../helpers/shared';

export const ROOT = resolve(__dirname, '../../..');
export const FIXTURE = sharedPath('fixtures/board-2017-2021.xlsx');
/** Screenshots and downloads the tests keep, for a person to look at. */
export const ARTIFACTS = join(ROOT, 'out/system-web');
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
  /** The build's folder. */
  dist: string;
  browser: Browser;
  /** Stops serving (the page must then live on its service worker's copies). */
  stopServing(): Promise<void>;
  close(): Promise<void>;
}

/** One build per jest process: later test files find it in place. */
function build(): string {
  const dist = join(tmpdir(), `bk-built-pane-${process.pid}`);
  // Builds left by earlier runs whose process is gone.
  for (const d of readdirSync(tmpdir()).filter((x) => /^bk-built-pane-\d+$/.test(x))) {
    const pid = Number(d.slice('bk-built-pane-'.length));
    if (pid !== process.pid && !alive(pid))
      rmSync(join(tmpdir(), d), { recursive: true, force: true });
  }
  if (existsSync(join(dist, 'bang-kiem.html'))) return dist;
  mkdirSync(dist, { recursive: true });
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/webpack-cli/bin/cli.js'),
      '--mode',
      'production',
      '--output-path',
      dist,
    ],
    { cwd: ROOT, stdio: 'pipe', timeout: 600_000 },
  );
  return dist;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startBuiltPane(): Promise<BuiltPane> {
  if (!existsSync(CHROMIUM))
    throw new Error('Chromium is not installed: apt-get install -y chromium');
  mkdirSync(ARTIFACTS, { recursive: true });
  const dist = build();
  const server = createServer((req, res) => {
    const file = join(
      dist,
      decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/$/, '/index.html'),
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
  let serving = true;
  const stopServing = async () => {
    if (!serving) return;
    serving = false;
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  };
  return {
    base,
    dist,
    browser,
    stopServing,
    close: async () => {
      await browser.close();
      await stopServing();
    },
  };
}
