/** Non-React parts of the live layer (the provider and its hooks are in hooks/useRealtime.tsx). */

import type { QueryClient } from "@tanstack/react-query";
import { sortInbox } from "./conversations";
import { keys } from "./queryKeys";
import type { Conversation, Message } from "./types";

export type TypingMap = Record<string, Record<string, number>>; // conversationId -> userId -> expires at
export type PresenceMap = Record<string, { online: boolean; lastSeen: string | null }>;

export const TYPING_TTL_MS = 6_000;

export function socketUrl(ticket: string): string {
  const proto = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${proto}//${window.location.host}/ws?ticket=${encodeURIComponent(ticket)}`;
}

export function updateInboxWith(qc: QueryClient, m: Message, myId: string, active: string | null) {
  let known = true;
  qc.setQueryData<Conversation[]>(keys.inbox, (old) => {
    if (!old) return old;
    const i = old.findIndex((c) => c.id === m.conversationId);
    if (i < 0) {
      known = false;
      return old;
    }
    const c = old[i];
    const newer = !c.lastMessage || m.seq > c.lastMessage.seq;
    if (!newer) return old;
    const visible = typeof document !== "undefined" && document.visibilityState === "visible";
    const unread = m.senderId !== myId && !(active === m.conversationId && visible) ? c.unreadCount + 1 : c.unreadCount;
    const next = [...old];
    next[i] = {
      ...c,
      lastMessage: m,
      unreadCount: m.senderId === myId ? 0 : unread,
      lastActivityAt: m.createdAt > c.lastActivityAt ? m.createdAt : c.lastActivityAt,
    };
    return sortInbox(next);
  });
  if (!known) void qc.invalidateQueries({ queryKey: keys.inbox });
}

/** A changed message that is some conversation's last shows its new state in the inbox (an edit, a deletion). */
export function updateLastMessageWith(qc: QueryClient, m: Message) {
  qc.setQueryData<Conversation[]>(keys.inbox, (old) => {
    if (!old) return old;
    const i = old.findIndex((c) => c.id === m.conversationId && c.lastMessage?.id === m.id);
    if (i < 0) return old;
    const next = [...old];
    next[i] = { ...old[i], lastMessage: m };
    return next;
  });
}
