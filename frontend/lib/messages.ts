import type { OutboxEntry } from "./outbox";
import type { Message } from "./types";

/** The most characters a message holds, after trimming (SPEC §4). */
export const CONTENT_MAX = 4_000;

/** What the client knows of one conversation's history. */
export interface Timeline {
  /** Confirmed messages in their current state, ascending by seq, unique by id and seq. */
  messages: Message[];
  /** Cursor for the next older page; null when the beginning was reached. */
  nextCursor: string | null;
  /**
   * The conversation's change number up to which the messages held are exact: every message,
   * edit, deletion and reaction numbered up to here is in them (ADR 0013). Catch-up starts here.
   */
  version: number;
}

export const emptyTimeline = (): Timeline => ({ messages: [], nextCursor: null, version: 0 });

/** The change number of a message's current state: its own seq until it is changed. */
export function versionOf(m: Message): number {
  return m.version ?? m.seq;
}

/** The highest change number among `messages`; 0 for none. */
export function highestVersion(messages: Message[]): number {
  let v = 0;
  for (const m of messages) v = Math.max(v, versionOf(m));
  return v;
}

/**
 * Merges messages into a sorted list. Identity is the id: a known message is replaced by a newer
 * version of itself and kept otherwise; a message with an already known seq under another id is a
 * duplicate. Returns the same array when nothing changed, so React can skip work.
 */
export function mergeMessages(existing: Message[], incoming: Message[]): Message[] {
  if (incoming.length === 0) return existing;
  const byId = new Map<string, Message>();
  const seqs = new Set<number>();
  for (const m of existing) {
    byId.set(m.id, m);
    seqs.add(m.seq);
  }
  const newer = new Map<string, Message>();
  const added: Message[] = [];
  for (const m of incoming) {
    const known = newer.get(m.id) ?? byId.get(m.id);
    if (known) {
      if (versionOf(m) > versionOf(known)) newer.set(m.id, m);
      continue;
    }
    if (seqs.has(m.seq)) continue;
    byId.set(m.id, m);
    seqs.add(m.seq);
    added.push(m);
  }
  if (!added.length && !newer.size) return existing;
  const current = newer.size ? existing.map((m) => newer.get(m.id) ?? m) : existing;
  if (!added.length) return current;
  return [...current, ...added.map((m) => newer.get(m.id) ?? m)].sort((a, b) => a.seq - b.seq);
}

/** Adds messages of a page, or replaces them by newer versions; the timeline's version stays. */
export function applyMessages(t: Timeline, incoming: Message[]): Timeline {
  const messages = mergeMessages(t.messages, incoming);
  return messages === t.messages ? t : { ...t, messages };
}

/**
 * Applies changes that come after the timeline's version (a catch-up, a live event): messages in
 * or after the loaded window are merged; a change to one older than the window is left for when
 * that page is loaded, when it comes in its current state.
 */
function applyChanges(t: Timeline, incoming: Message[]): Timeline {
  const oldest = t.nextCursor !== null && t.messages.length ? t.messages[0].seq : -Infinity;
  const known = new Set(t.messages.map((m) => m.id));
  return applyMessages(t, incoming.filter((m) => m.seq >= oldest || known.has(m.id)));
}

/** The result of a catch-up (`?after=version`): the timeline is exact up to the last change returned. */
export function applyCatchUp(t: Timeline, incoming: Message[]): Timeline {
  const merged = applyChanges(t, incoming);
  const version = Math.max(t.version, highestVersion(incoming));
  return version === merged.version ? merged : { ...merged, version };
}

/**
 * A message pushed live, new or changed. Pushes are numbered; the next number moves the version on,
 * an earlier one is merged as it is, and a later one means something was missed: `gap`, catch up.
 */
export function applyLive(t: Timeline, m: Message): { timeline: Timeline; gap: boolean } {
  const n = versionOf(m);
  const merged = applyChanges(t, [m]);
  if (n > t.version + 1) return { timeline: merged, gap: true };
  return { timeline: n > t.version ? { ...merged, version: n } : merged, gap: false };
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
    if (m.threadId) continue; // thread replies show in their thread
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
    if (committed.has(p.clientMessageId) || p.threadId) continue;
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
  if (m.deletedAt) return "Message deleted";
  const body = previewBody(m);
  // A thread reply is not in the conversation's own flow: the inbox says where it is.
  return m.threadId && body ? `In a thread: ${body}` : body;
}

function previewBody(m: Message): string {
  const text = m.content.trim().replace(/\s+/g, " ");
  if (text) return text;
  if (m.attachments?.length) {
    const a = m.attachments[0];
    return a.contentType.startsWith("image/") ? "📷 Photo" : `📎 ${a.name}`;
  }
  return "";
}

/**
 * The message with `userId`'s `emoji` put on (`on`) or taken off, as the server would make it: a new
 * emoji goes last, a reaction nobody holds any more goes. Idempotent, so it can be laid again over
 * a newer state of the message while the server has not answered.
 */
export function withReaction(m: Message, emoji: string, userId: string, on: boolean): Message {
  const reactions = m.reactions ?? [];
  const held = reactions.find((r) => r.emoji === emoji);
  if (on === !!held?.userIds.includes(userId)) return m;
  if (on) {
    const added = held
      ? reactions.map((r) => (r === held ? { ...r, count: r.count + 1, userIds: [...r.userIds, userId] } : r))
      : [...reactions, { emoji, count: 1, userIds: [userId] }];
    return { ...m, reactions: added };
  }
  const userIds = held!.userIds.filter((id) => id !== userId);
  return {
    ...m,
    reactions: userIds.length
      ? reactions.map((r) => (r === held ? { ...r, count: userIds.length, userIds } : r))
      : reactions.filter((r) => r !== held),
  };
}

/** The message with its sender's new text, marked edited at `at`. */
export function withEdit(m: Message, content: string, at: Date = new Date()): Message {
  return { ...m, content, editedAt: at.toISOString() };
}
