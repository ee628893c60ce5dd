"use client";
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { api } from "./api";
import { applyMessages, emptyTimeline, lastSeq, type Timeline } from "./messages";
import type { Conversation, HistoryPage, Message, PublicUser, Room, User } from "./types";

export const keys = {
  me: ["me"] as const,
  inbox: ["inbox"] as const,
  conversation: (id: string) => ["conversation", id] as const,
  timeline: (id: string) => ["timeline", id] as const,
  publicRooms: (q: string) => ["rooms", "public", q] as const,
  users: (q: string) => ["users", q] as const,
};

export const PAGE_SIZE = 50;
const CATCH_UP_PAGE = 100;

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: () => api<User>("/users/me"), staleTime: 5 * 60_000 });
}

export function sortInbox(list: Conversation[]): Conversation[] {
  return [...list].sort((a, b) => (a.lastActivityAt < b.lastActivityAt ? 1 : a.lastActivityAt > b.lastActivityAt ? -1 : 0));
}

export function useInbox() {
  return useQuery({
    queryKey: keys.inbox,
    queryFn: async () => sortInbox(await api<Conversation[]>("/conversations")),
    staleTime: 30_000,
  });
}

export function useConversation(id: string | null) {
  return useQuery({
    queryKey: keys.conversation(id ?? ""),
    queryFn: () => api<Conversation>(`/conversations/${encodeURIComponent(id!)}`),
    enabled: !!id,
    staleTime: 60_000,
  });
}

export function useTimeline(qc: QueryClient, id: string | null) {
  return useQuery({
    queryKey: keys.timeline(id ?? ""),
    enabled: !!id,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    queryFn: async () => {
      const page = await api<HistoryPage>(`/conversations/${encodeURIComponent(id!)}/messages?limit=${PAGE_SIZE}`);
      const existing = qc.getQueryData<Timeline>(keys.timeline(id!)) ?? emptyTimeline();
      const merged = applyMessages(existing, page.messages);
      return { ...merged, nextCursor: existing.messages.length ? existing.nextCursor : page.nextCursor };
    },
  });
}

export function usePublicRooms(q: string) {
  return useQuery({
    queryKey: keys.publicRooms(q),
    queryFn: () => api<Room[]>(`/rooms/public${q ? `?q=${encodeURIComponent(q)}` : ""}`),
  });
}

export function useUserSearch(q: string) {
  return useQuery({
    queryKey: keys.users(q),
    queryFn: () => api<PublicUser[]>(`/users?q=${encodeURIComponent(q)}&limit=20`),
    enabled: q.trim().length > 0,
    staleTime: 10_000,
  });
}

/** Loads the page before the oldest message we have. Returns false at the beginning of history. */
export async function loadOlder(qc: QueryClient, id: string): Promise<boolean> {
  const t = qc.getQueryData<Timeline>(keys.timeline(id));
  if (!t?.nextCursor) return false;
  const page = await api<HistoryPage>(
    `/conversations/${encodeURIComponent(id)}/messages?cursor=${encodeURIComponent(t.nextCursor)}&limit=${PAGE_SIZE}`,
  );
  qc.setQueryData<Timeline>(keys.timeline(id), (old) => {
    const base = old ?? emptyTimeline();
    return { ...applyMessages(base, page.messages), nextCursor: page.nextCursor };
  });
  return page.nextCursor !== null;
}

const catchUps = new Map<string, Promise<void>>();

/**
 * Fetches everything after the last seq we hold (`?after=`), page after page while full pages
 * come back, and merges it in; duplicates are dropped by id and seq. One run per conversation.
 */
export function catchUp(qc: QueryClient, id: string): Promise<void> {
  const running = catchUps.get(id);
  if (running) return running;
  const run = (async () => {
    for (let i = 0; i < 50; i++) {
      const t = qc.getQueryData<Timeline>(keys.timeline(id));
      if (!t) return;
      const after = lastSeq(t.messages);
      const res = await api<{ messages: Message[] }>(
        `/conversations/${encodeURIComponent(id)}/messages?after=${after}&limit=${CATCH_UP_PAGE}`,
      );
      qc.setQueryData<Timeline>(keys.timeline(id), (old) => (old ? applyMessages(old, res.messages) : old));
      if (res.messages.length < CATCH_UP_PAGE) return;
    }
  })().finally(() => catchUps.delete(id));
  catchUps.set(id, run);
  return run;
}
