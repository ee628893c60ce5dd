import type { OutboxEntry } from "./outbox";
import type { Message } from "./types";

/** What the client knows of one conversation's history. */
export interface Timeline {
  /** Confirmed messages, ascending by seq, unique by id and seq. */
  messages: Message[];
  /** Cursor for the next older page; null when the beginning was reached. */
  nextCursor: string | null;
}

export const emptyTimeline = (): Timeline => ({ messages: [], nextCursor: null });

/**
 * Merges messages into a sorted list without duplicates. Identity is the id; a message with an
 * already known seq in the same list is a duplicate as well. Returns the same array when nothing
 * new was added, so React can skip work.
 */
export function mergeMessages(existing: Message[], incoming: Message[]): Message[] {
  if (incoming.length === 0) return existing;
  const byId = new Map<string, Message>();
  const seqs = new Set<number>();
  for (const m of existing) {
    byId.set(m.id, m);
    seqs.add(m.seq);
  }
  let added = false;
  for (const m of incoming) {
    if (byId.has(m.id) || seqs.has(m.seq)) continue;
    byId.set(m.id, m);
    seqs.add(m.seq);
    added = true;
  }
  if (!added) return existing;
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

export function lastSeq(messages: Message[]): number {
  return messages.length ? messages[messages.length - 1].seq : 0;
}

/** Adds confirmed messages. */
export function applyMessages(t: Timeline, incoming: Message[]): Timeline {
  const messages = mergeMessages(t.messages, incoming);
  return messages === t.messages ? t : { ...t, messages };
}

/**
 * The seq up to which we hold everything, from the oldest message we have. Pushes of two sends can
 * arrive out of order, so the newest seq held may sit above a hole; catching up from there would
 * skip what is in the hole.
 */
export function contiguousSeq(messages: Message[]): number {
  if (!messages.length) return 0;
  let seq = messages[0].seq;
  for (const m of messages) {
    if (m.seq > seq + 1) break;
    seq = m.seq;
  }
  return seq;
}

/** True when a live message leaves a hole after what we have (something was missed). */
export function hasGap(messages: Message[], incoming: Message): boolean {
  return messages.length > 0 && incoming.seq > lastSeq(messages) + 1;
}

export type TimelineItem =
  | { kind: "day"; key: string; label: string }
  | { kind: "message"; key: string; message: Message; firstOfRun: boolean }
  | { kind: "pending"; key: string; pending: OutboxEntry };

/** Local calendar day of an ISO time as YYYY-MM-DD. */
export function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Label of a day separator: Today, Yesterday, a weekday within the week, else a date. */
export function dayLabel(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  const startOf = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const days = Math.round((startOf(now) - startOf(d)) / 86_400_000);
  if (days === 0) return "Today";
  if (days === 1) return "Yesterday";
  if (days > 1 && days < 7) return d.toLocaleDateString(undefined, { weekday: "long" });
  return d.toLocaleDateString(undefined, {
    weekday: "short",
    month: "short",
    day: "numeric",
    ...(d.getFullYear() !== now.getFullYear() ? { year: "numeric" } : {}),
  });
}

const RUN_GAP_MS = 5 * 60_000;

/**
 * Flattens a timeline and the conversation's unsent messages into day separators, messages and
 * pending sends, in display order. A pending send already in the history (committed, its answer
 * lost) shows once, as the message.
 */
export function timelineItems(t: Timeline, pending: OutboxEntry[], now: Date = new Date()): TimelineItem[] {
  const items: TimelineItem[] = [];
  let day = "";
  let prev: Message | null = null;
  for (const m of t.messages) {
    const k = dayKey(m.createdAt);
    if (k !== day) {
      items.push({ kind: "day", key: `day-${k}`, label: dayLabel(m.createdAt, now) });
      day = k;
      prev = null;
    }
    const firstOfRun =
      !prev || prev.senderId !== m.senderId || new Date(m.createdAt).getTime() - new Date(prev.createdAt).getTime() > RUN_GAP_MS;
    items.push({ kind: "message", key: m.id, message: m, firstOfRun });
    prev = m;
  }
  const committed = new Set(t.messages.map((m) => m.clientMessageId));
  for (const p of pending) {
    if (committed.has(p.clientMessageId)) continue;
    const k = dayKey(p.createdAt);
    if (k !== day) {
      items.push({ kind: "day", key: `day-${k}`, label: dayLabel(p.createdAt, now) });
      day = k;
    }
    items.push({ kind: "pending", key: `pending-${p.clientMessageId}`, pending: p });
  }
  return items;
}

/** One-line preview of a message for the inbox. */
export function preview(m: Message | null): string {
  if (!m) return "";
  const text = m.content.trim().replace(/\s+/g, " ");
  if (text) return text;
  if (m.attachments?.length) {
    const a = m.attachments[0];
    return a.contentType.startsWith("image/") ? "📷 Photo" : `📎 ${a.name}`;
  }
  return "";
}
