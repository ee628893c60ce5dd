"use client";
import { useEffect, useState } from "react";
import { authFetch } from "./api";

/**
 * Attachment and avatar GETs need the bearer token, so <img src> cannot load them. They are
 * fetched with the token and shown through object URLs, cached by URL and reference-counted;
 * an object URL is revoked a little after its last user went away.
 */
interface Entry {
  refs: number;
  promise: Promise<string>;
  objectUrl?: string;
  revokeTimer?: ReturnType<typeof setTimeout>;
}

const cache = new Map<string, Entry>();
const REVOKE_DELAY_MS = 30_000;

async function fetchBlob(url: string): Promise<Blob> {
  const res = await authFetch(url); // fetch follows a 302 to a signed URL by itself
  if (!res.ok) throw new Error(`Could not load (${res.status})`);
  return res.blob();
}

function acquire(url: string): Entry {
  let e = cache.get(url);
  if (!e) {
    const entry: Entry = { refs: 0, promise: Promise.resolve("") };
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

function release(url: string) {
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

/** An object URL for an authenticated resource; null while loading or when url is null. */
export function useAuthedObjectUrl(url: string | null | undefined): { src: string | null; error: boolean } {
  const [state, setState] = useState<{ url: string | null; src: string | null; error: boolean }>({ url: null, src: null, error: false });
  useEffect(() => {
    if (!url) return;
    let live = true;
    const e = acquire(url);
    if (e.objectUrl) setState({ url, src: e.objectUrl, error: false });
    else
      e.promise.then(
        (src) => live && setState({ url, src, error: false }),
        () => live && setState({ url, src: null, error: true }),
      );
    return () => {
      live = false;
      release(url);
    };
  }, [url]);
  if (!url || state.url !== url) return { src: null, error: false };
  return { src: state.src, error: state.error };
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
