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
