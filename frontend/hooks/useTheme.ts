"use client";
import { useEffect, useState } from "react";
import { applyTheme, readTheme, saveTheme, THEME_KEY, type ThemeChoice } from "@/lib/theme";

/** The persisted theme choice; "system" follows the OS, including live changes. */
export function useTheme(): [ThemeChoice, (c: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>("system");
  useEffect(() => {
    setChoice(readTheme());
    const mq = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => applyTheme(readTheme());
    const onStorage = (e: StorageEvent) => {
      if (e.key === THEME_KEY) {
        setChoice(readTheme());
        applyTheme(readTheme());
      }
    };
    mq.addEventListener("change", onChange);
    window.addEventListener("storage", onStorage);
    return () => {
      mq.removeEventListener("change", onChange);
      window.removeEventListener("storage", onStorage);
    };
  }, []);
  const set = (c: ThemeChoice) => {
    saveTheme(c);
    setChoice(c);
    applyTheme(c);
  };
  return [choice, set];
}
