"use client";
import { useEffect, useState } from "react";
import { useRealtime } from "@/hooks/useRealtime";

/** "Reconnecting…" while the live connection is down (after a short grace at first start). */
export function ConnectionBanner() {
  const { state, socket } = useRealtime();
  const [graceOver, setGraceOver] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setGraceOver(true), 2_000);
    return () => clearTimeout(t);
  }, []);
  const show = state === "reconnecting" || (state === "connecting" && graceOver);
  if (!show) return null;
  return (
    <div role="status" className="flex items-center justify-center gap-3 bg-amber-100 px-4 py-1.5 text-sm text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
      <span className="h-3 w-3 animate-spin rounded-full border-2 border-amber-600/30 border-t-amber-700 dark:border-t-amber-200" aria-hidden="true" />
      <span>{state === "connecting" ? "Connecting…" : "Reconnecting…"}</span>
      {state === "reconnecting" && (
        <button type="button" className="underline underline-offset-2" onClick={() => socket.nudge()}>
          Retry now
        </button>
      )}
    </div>
  );
}
