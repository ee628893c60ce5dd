"use client";
import { useEffect, useState } from "react";

const secondsUntil = (deadline: number) => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));

/** Whole seconds until `deadline` (epoch ms), counting down live; 0 once passed or without one. */
export function useSecondsLeft(deadline: number | null | undefined): number {
  const [left, setLeft] = useState(() => (deadline ? secondsUntil(deadline) : 0));
  useEffect(() => {
    if (!deadline) {
      setLeft(0);
      return;
    }
    setLeft(secondsUntil(deadline));
    const t = setInterval(() => {
      const s = secondsUntil(deadline);
      setLeft(s);
      if (s === 0) clearInterval(t);
    }, 250);
    return () => clearInterval(t);
  }, [deadline]);
  return left;
}
