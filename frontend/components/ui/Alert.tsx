"use client";
import type { ReactNode } from "react";
import { cx } from "@/lib/cx";

export function Alert({ children, tone = "error" }: { children: ReactNode; tone?: "error" | "info" }) {
  return (
    <div
      role="alert"
      className={cx(
        "rounded-lg px-3 py-2 text-sm",
        tone === "error"
          ? "bg-red-50 text-red-800 dark:bg-red-950/60 dark:text-red-200"
          : "bg-accent-50 text-accent-700 dark:bg-accent-700/20 dark:text-accent-200",
      )}
    >
      {children}
    </div>
  );
}
