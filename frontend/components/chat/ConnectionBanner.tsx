"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useRealtime } from "@/hooks/useRealtime";
import { useSecondsLeft } from "@/hooks/useSecondsLeft";

/**
 * Says that the live connection is down as soon as it is, when the next attempt comes (with a way
 * to try at once), and how many messages wait to be sent. At first start only after a short grace.
 */
export function ConnectionBanner() {
  const { state, retryAt, socket, outbox } = useRealtime();
  const unsent = useSyncExternalStore(outbox.entries.subscribe, outbox.entries.get, outbox.entries.get).filter((e) => e.status !== "failed").length;
  const secondsLeft = useSecondsLeft(retryAt);
  const [graceOver, setGraceOver] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setGraceOver(true), 2_000);
    return () => clearTimeout(t);
  }, []);
  const show = state === "reconnecting" || (state === "connecting" && graceOver);
  if (!show) return null;
  const waiting = state === "reconnecting" && retryAt !== null && secondsLeft > 0;
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-center gap-x-3 gap-y-0.5 bg-amber-100 px-4 py-1.5 text-sm text-amber-950 dark:bg-amber-900/50 dark:text-amber-50"
    >
      {!waiting && (
        <span className="h-3 w-3 animate-spin rounded-full border-2 border-amber-600/30 border-t-amber-700 dark:border-t-amber-200" aria-hidden="true" />
      )}
      <span>
        {state === "connecting" ? "Connecting…" : waiting ? `Connection lost. Reconnecting in ${secondsLeft} s.` : "Connection lost. Reconnecting…"}
        {unsent > 0 && ` ${unsent === 1 ? "1 message waits" : `${unsent} messages wait`} to be sent.`}
      </span>
      {waiting && (
        <button type="button" className="font-medium underline underline-offset-2" onClick={() => socket.nudge()}>
          Retry now
        </button>
      )}
    </div>
  );
}
