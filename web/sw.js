// Ukuk's service worker: keeps the app's own files so that it opens and
// computes with no connection. `cargo xtask build` fills in the files and a
// version that changes with them; a new build replaces the old copy.
// It stores no answers: only the files of the app.
const VERSION = "/*VERSION*/";
const FILES = [/*FILES*/];
const CACHE = `ukuk-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("ukuk-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const scope = self.registration.scope;
  if (request.mode === "navigate" && url.href.startsWith(scope)) {
    // The page: from the network when there is one (it names the newest
    // files), else the copy kept at install.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && new URL(response.url).pathname === new URL(scope).pathname) {
            // Into this version's copy only while it exists (a newer worker
            // may have replaced it; never bring an old copy back).
            const copy = response.clone();
            caches.has(CACHE).then((kept) => kept && caches.open(CACHE).then((c) => c.put(scope, copy)));
          }
          return response;
        })
        .catch(() => caches.match(scope, { ignoreSearch: true })),
    );
    return;
  }
  // Everything else has a content-hashed name: the kept copy is right.
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
