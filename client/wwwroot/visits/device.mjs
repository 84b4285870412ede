// What the visit pages need from the browser beyond Blazor: blob URLs for signed files, and the network's state.
export function openFile(bytes, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  window.open(url, "_blank");
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function saveFile(bytes, type, name) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function isOnline() {
  return navigator.onLine;
}

export function whenOnline(listener) {
  const notify = () => listener.invokeMethodAsync("Online");
  window.addEventListener("online", notify);
  return { stop: () => window.removeEventListener("online", notify) };
}

// Calls listener.Connection(online) now and at every change, for the offline banner.
export function watchConnection(listener) {
  const notify = () => listener.invokeMethodAsync("Connection", navigator.onLine);
  window.addEventListener("online", notify);
  window.addEventListener("offline", notify);
  notify();
  return { stop: () => { window.removeEventListener("online", notify); window.removeEventListener("offline", notify); } };
}

// The app shell and today's operation are kept by the service worker (sw.js), so the app opens without signal.
export async function installOffline() {
  if (!("serviceWorker" in navigator)) return false;
  await navigator.serviceWorker.register("sw.js");
  const ready = await navigator.serviceWorker.ready;
  // Once the worker controls the page, whatever loads passes through it and is kept; what loaded before (the .NET
  // runtime and assemblies) is sent to it then, so nothing falls between the two.
  if (!navigator.serviceWorker.controller)
    await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
  const loaded = performance.getEntriesByType("resource").map((e) => e.name.split("#")[0]).filter((u) => u.startsWith(location.origin));
  ready.active?.postMessage({ keep: [location.origin + "/", ...loaded] });
  return true;
}
