import { authFetch } from "./api";

/**
 * Attachment and avatar GETs need the bearer token, so <img src> cannot load them. They are
 * fetched with the token and shown through object URLs, cached by URL and reference-counted;
 * an object URL is revoked a little after its last user went away.
 * (The React side is hooks/useAuthedObjectUrl.ts.)
 */
export interface MediaEntry {
  refs: number;
  promise: Promise<string>;
  objectUrl?: string;
  revokeTimer?: ReturnType<typeof setTimeout>;
}

const cache = new Map<string, MediaEntry>();
const REVOKE_DELAY_MS = 30_000;

async function fetchBlob(url: string): Promise<Blob> {
  const res = await authFetch(url); // fetch follows a 302 to a signed URL by itself
  if (!res.ok) throw new Error(`Could not load (${res.status})`);
  return res.blob();
}

/** Takes a reference to the cached object URL of url, starting the download on first use. */
export function acquireObjectUrl(url: string): MediaEntry {
  let e = cache.get(url);
  if (!e) {
    const entry: MediaEntry = { refs: 0, promise: Promise.resolve("") };
    entry.promise = fetchBlob(url).then((blob) => {
      entry.objectUrl = URL.createObjectURL(blob);
      return entry.objectUrl;
    });
    entry.promise.catch(() => cache.delete(url));
    cache.set(url, entry);
    e = entry;
  }
  if (e.revokeTimer) {
    clearTimeout(e.revokeTimer);
    e.revokeTimer = undefined;
  }
  e.refs++;
  return e;
}

/** Drops a reference taken with acquireObjectUrl; the last one revokes the URL after a delay. */
export function releaseObjectUrl(url: string) {
  const e = cache.get(url);
  if (!e) return;
  e.refs--;
  if (e.refs <= 0) {
    e.revokeTimer = setTimeout(() => {
      if (e.refs > 0) return;
      cache.delete(url);
      if (e.objectUrl) URL.revokeObjectURL(e.objectUrl);
    }, REVOKE_DELAY_MS);
  }
}

/** Downloads an authenticated file under its own name. */
export async function downloadFile(url: string, name: string): Promise<void> {
  const blob = await fetchBlob(url);
  const objectUrl = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = objectUrl;
  a.download = name;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
