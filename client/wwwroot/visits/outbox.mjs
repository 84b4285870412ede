// The offline outbox at rest: AES-GCM with a key the browser made non-extractable and keeps in IndexedDB, so what
// sits in localStorage is ciphertext and the key cannot be read out by script, only used on this device.
const database = "hotspots-outbox", store = "keys", keyName = "outbox";
let key;

function request(r) {
  return new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
}

async function openKey() {
  const opening = indexedDB.open(database, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(store);
  const db = await request(opening);
  try {
    const found = await request(db.transaction(store).objectStore(store).get(keyName));
    if (found) return found;
    const made = await crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    await request(db.transaction(store, "readwrite").objectStore(store).put(made, keyName));
    return made;
  } finally {
    db.close();
  }
}

const base64 = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const bytesOf = (text) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function seal(name, text) {
  key ??= openKey();
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await key, new TextEncoder().encode(text));
  localStorage.setItem(name, JSON.stringify({ aesGcm: base64(sealed), iv: base64(iv) }));
}

// The plaintext, or null when there is nothing (or only what a lost key can no longer open).
export async function unseal(name) {
  const saved = localStorage.getItem(name);
  if (saved === null) return null;
  const parsed = JSON.parse(saved);
  // Queued before the outbox was encrypted: read once, sealed at the next write.
  if (Array.isArray(parsed)) return saved;
  key ??= openKey();
  try {
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytesOf(parsed.iv) }, await key, bytesOf(parsed.aesGcm));
    return new TextDecoder().decode(plain);
  } catch {
    console.warn("The offline outbox was sealed with a key this browser no longer has; it cannot be read.");
    return null;
  }
}

// Removes every item whose name starts with the prefix (the offline copies, on sign-out).
export function forget(prefix) {
  Object.keys(localStorage).filter((name) => name.startsWith(prefix)).forEach((name) => localStorage.removeItem(name));
}
