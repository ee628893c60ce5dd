"use client";
import { useEffect, useState } from "react";
import { acquireObjectUrl, releaseObjectUrl } from "@/lib/media";

/** An object URL for an authenticated resource; null while loading or when url is null. */
export function useAuthedObjectUrl(url: string | null | undefined): { src: string | null; error: boolean } {
  const [state, setState] = useState<{ url: string | null; src: string | null; error: boolean }>({ url: null, src: null, error: false });
  useEffect(() => {
    if (!url) return;
    let live = true;
    const e = acquireObjectUrl(url);
    if (e.objectUrl) setState({ url, src: e.objectUrl, error: false });
    else
      e.promise.then(
        (src) => live && setState({ url, src, error: false }),
        () => live && setState({ url, src: null, error: true }),
      );
    return () => {
      live = false;
      releaseObjectUrl(url);
    };
  }, [url]);
  if (!url || state.url !== url) return { src: null, error: false };
  return { src: state.src, error: state.error };
}
