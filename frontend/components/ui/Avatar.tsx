"use client";
import { useAuthedObjectUrl } from "@/hooks/useAuthedObjectUrl";
import { cx } from "@/lib/cx";

// Theme tokens (globals.css) chosen so the white initials stay readable on every one.
const COLORS = [
  "bg-avatar-1",
  "bg-avatar-2",
  "bg-avatar-3",
  "bg-avatar-4",
  "bg-avatar-5",
  "bg-avatar-6",
  "bg-avatar-7",
  "bg-avatar-8",
  "bg-avatar-9",
  "bg-avatar-10",
];

function colorFor(seed: string): string {
  let h = 0;
  for (let i = 0; i < seed.length; i++) h = (h * 31 + seed.charCodeAt(i)) | 0;
  return COLORS[Math.abs(h) % COLORS.length];
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return "?";
  const first = Array.from(parts[0])[0] ?? "";
  const last = parts.length > 1 ? (Array.from(parts[parts.length - 1])[0] ?? "") : "";
  return (first + last).toUpperCase();
}

export function Avatar({
  name,
  seed,
  url,
  size = 40,
  online,
  shape = "circle",
}: {
  name: string;
  seed: string;
  url?: string | null;
  size?: number;
  /** true/false shows a presence dot; undefined shows none. */
  online?: boolean;
  shape?: "circle" | "rounded";
}) {
  const { src } = useAuthedObjectUrl(url);
  const radius = shape === "circle" ? "rounded-full" : "rounded-xl";
  const dot = Math.max(10, Math.round(size * 0.28));
  return (
    <span className="relative inline-flex shrink-0" style={{ width: size, height: size }}>
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={src} alt="" className={cx("h-full w-full object-cover", radius)} />
      ) : (
        <span
          aria-hidden="true"
          className={cx("flex h-full w-full select-none items-center justify-center font-semibold text-white", radius, colorFor(seed))}
          style={{ fontSize: Math.max(10, size * 0.38) }}
        >
          {initials(name)}
        </span>
      )}
      {online !== undefined && (
        <span
          className={cx(
            "absolute bottom-0 right-0 rounded-full ring-2 ring-white dark:ring-zinc-950",
            online ? "bg-emerald-500" : "bg-zinc-400 dark:bg-zinc-600",
          )}
          style={{ width: dot, height: dot }}
          title={online ? "Online" : "Offline"}
          data-presence={online ? "online" : "offline"}
        >
          <span className="sr-only">{online ? "Online" : "Offline"}</span>
        </span>
      )}
    </span>
  );
}
