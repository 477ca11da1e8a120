// renkei service worker: after the first visit the app opens with no network.
// Hashed assets are served from the cache; the page itself is fetched from the network
// first, so a new deploy (new index.html, new hashes, new worker) is picked up on the next
// visit. The published edition, data/report.json, is fetched from the network first too: the
// site publishes a new edition by replacing that one file. Offline, the copy last fetched is
// answered, marked `x-renkei-offline` so the app says so. The build fills in VERSION and
// ASSETS (.ci/post-build.mjs). The workbook worker is not in ASSETS (half a megabyte that
// most visitors never use): it is kept on first use.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const CACHE = `renkei-${VERSION}`;
const INDEX = new URL('./', self.location).href;
const PUBLISHED = new URL('data/report.json', INDEX).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([INDEX, ...ASSETS.map((a) => new URL(a, INDEX).href)])));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('renkei-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.url.split('?')[0] === PUBLISHED) {
    // Revalidated with the server every time, whatever caching the host's headers allow.
    event.respondWith(fetch(PUBLISHED, { cache: 'no-cache' }).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(PUBLISHED, copy));
      }
      return response;
    }).catch(async () => {
      const hit = await caches.match(PUBLISHED);
      if (!hit) return Response.error();
      const headers = new Headers(hit.headers);
      headers.set('x-renkei-offline', '1');
      return new Response(await hit.blob(), { status: hit.status, headers });
    }));
    return;
  }
  if (request.mode === 'navigate') {
    // App routes all serve index.html: network first, cached copy when offline.
    event.respondWith(fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(INDEX, copy));
      }
      return response;
    }).catch(() => caches.match(INDEX)));
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request).then((response) => {
    if (response.ok && new URL(request.url).pathname.includes('/workbook')) {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  })));
});
