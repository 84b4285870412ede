// Keeps the app shell (index.html, the .NET runtime and assemblies, styles, scripts) so an officer can open and reload
// Hotspots with no signal. Network first, so a deployment is picked up whenever there is signal; the cache answers
// only when the network cannot. GraphQL answers and files fetched with a token are never kept here: today's
// operation is kept by the page itself, encrypted (OfflineCopy), because the cache is readable by any script.
const shell = "hotspots-shell-v1";

// The app's own files whose names do not change between deployments, kept at once: the modules the pages import on
// demand (map, outbox, device) would otherwise be missing offline if the page first loaded them before this worker
// controlled it. The .NET runtime's fingerprinted files come from the page (the "keep" message below).
const appFiles = ["./", "_framework/blazor.webassembly.js", "css/app.css", "css/analysis.css", "css/imports.css", "map/map.css", "map/map.js",
  "visits/device.mjs", "visits/outbox.mjs", "js/download.js", "js/timing.js", "manifest.webmanifest", "icon.svg"];

self.addEventListener("install", (event) => {
  // One by one, so a file missing from a deployment does not leave the whole shell uncached.
  event.waitUntil(caches.open(shell).then((cache) => Promise.allSettled(appFiles.map((file) => cache.add(file)))).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// The page sends what it loaded before this worker controlled it.
self.addEventListener("message", (event) => {
  const urls = (event.data && event.data.keep) || [];
  event.waitUntil(caches.open(shell).then((cache) => Promise.all(urls.map(async (url) => {
    if (!keepable(new URL(url)) || await cache.match(url)) return;
    try {
      const response = await fetch(url);
      if (response.ok) await cache.put(url, response);
    } catch {
      // Offline already: it will be kept the next time it loads.
    }
  }))));
});

// Only the app's own static files: never data, tiles or files made for a user.
function keepable(url) {
  return url.origin === self.location.origin
    && (url.pathname === "/" || /^\/(_framework|_content|css|js|map)\//.test(url.pathname) || /^\/visits\/[\w-]+\.mjs$/.test(url.pathname)
      || ["/manifest.webmanifest", "/icon.svg"].includes(url.pathname));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const navigation = request.mode === "navigate";
  if (request.method !== "GET" || request.headers.has("Authorization") || !(navigation || keepable(url))) return;
  event.respondWith((async () => {
    const cache = await caches.open(shell);
    try {
      const response = await fetch(request);
      if (response.ok && response.type === "basic") await cache.put(navigation ? "./" : request, response.clone());
      return response;
    } catch (offline) {
      const kept = await cache.match(navigation ? "./" : request, { ignoreSearch: navigation });
      if (kept) return kept;
      throw offline;
    }
  })());
});
