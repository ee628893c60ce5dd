/** Short relative time for lists: "now", "5m", "3h", "Yesterday", a weekday, or a date. */
export function relativeTime(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return "";
  const d = new Date(iso);
  const diff = now.getTime() - d.getTime();
  if (Number.isNaN(diff)) return "";
  if (diff < 45_000) return "now";
  if (diff < 3_600_000) return `${Math.max(1, Math.round(diff / 60_000))}m`;
  const startOf = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const days = Math.round((startOf(now) - startOf(d)) / 86_400_000);
  if (days <= 0) return `${Math.floor(diff / 3_600_000)}h`;
  if (days === 1) return "Yesterday";
  if (days < 7) return d.toLocaleDateString(undefined, { weekday: "short" });
  if (d.getFullYear() === now.getFullYear()) return d.toLocaleDateString(undefined, { month: "short", day: "numeric" });
  return d.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}

/** "last seen 5 minutes ago" style text. */
export function lastSeenText(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return "offline";
  const diff = now.getTime() - new Date(iso).getTime();
  if (diff < 60_000) return "last seen just now";
  if (diff < 3_600_000) {
    const m = Math.round(diff / 60_000);
    return `last seen ${m} minute${m === 1 ? "" : "s"} ago`;
  }
  if (diff < 86_400_000) {
    const h = Math.round(diff / 3_600_000);
    return `last seen ${h} hour${h === 1 ? "" : "s"} ago`;
  }
  return `last seen ${new Date(iso).toLocaleDateString(undefined, { month: "short", day: "numeric" })}`;
}

// Formatters are made once: a toLocale…String call builds a new one each time, and every message
// shows a time and a full date (thousands of calls when a long history pages in).
const clock = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "short" });

export function clockTime(iso: string): string {
  return clock.format(new Date(iso));
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** The full local date and time, for a tooltip: "Monday, 7 December 2026 at 15:04". */
export function fullDateTime(iso: string): string {
  return fullDate.format(new Date(iso));
}
