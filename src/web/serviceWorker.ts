/**
 * The web page's service worker (dist/sw.js): keeps the page's own files, listed by the build in
 * BK_FILES, so the page opens and works offline after its first visit. Only those files are
 * answered, from the cache the install filled; everything else goes its way untouched. A new build has a new
 * BK_CACHE, so its files replace the old ones.
 */
export {};

declare const BK_FILES: string[];
declare const BK_CACHE: string;

interface SwEvent extends Event {
  waitUntil(p: Promise<unknown>): void;
}
interface SwFetchEvent extends SwEvent {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
declare const self: {
  addEventListener(type: 'install' | 'activate', cb: (e: SwEvent) => void): void;
  addEventListener(type: 'fetch', cb: (e: SwFetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  registration: { scope: string };
};

const scope = new URL(self.registration.scope);
const files = new Set(BK_FILES.map((f) => new URL(f, scope).href));

self.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(BK_CACHE)
      .then((cache) => cache.addAll([...files]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('bang-kiem-') && k !== BK_CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (e) => {
  if (e.request.method !== 'GET') return;
  const url = new URL(e.request.url);
  url.search = '';
  url.hash = '';
  // The page itself is asked for as "/" or "/index.html".
  const key = url.href === scope.href ? new URL('index.html', scope).href : url.href;
  if (!files.has(key)) return;
  e.respondWith(
    caches
      .open(BK_CACHE)
      .then((cache) => cache.match(key))
      // Installed means every listed file is in this cache: the page never waits on a network.
      .then((hit) => hit ?? Response.error()),
  );
});
