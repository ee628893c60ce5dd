"use client";
import { queryOptions, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { api } from "@/lib/api";
import { sortInbox } from "@/lib/conversations";
import { PAGE_SIZE, takeEarlyFirstPage, takeHeldForFirstPage } from "@/lib/history";
import { applyMessages, emptyTimeline, highestVersion, type Timeline } from "@/lib/messages";
import { keys } from "@/lib/queryKeys";
import type { Conversation, HistoryPage, InvitePreview, PublicUser, Room, User } from "@/lib/types";

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: () => api<User>("/users/me"), staleTime: 5 * 60_000 });
}

export function useInbox() {
  return useQuery({
    queryKey: keys.inbox,
    queryFn: async () => sortInbox(await api<Conversation[]>("/conversations")),
    staleTime: 30_000,
  });
}

function conversationQuery(id: string) {
  return queryOptions({
    queryKey: keys.conversation(id),
    queryFn: () => api<Conversation>(`/conversations/${encodeURIComponent(id)}`),
    staleTime: 60_000,
  });
}

export function useConversation(id: string | null) {
  return useQuery({ ...conversationQuery(id ?? ""), enabled: !!id });
}

/**
 * The latest page of a conversation, merged into what the cache already holds. Once cached it is
 * kept exact by the live connection (new messages, catch-up after a gap or a reconnect), never refetched.
 */
export function timelineQuery(qc: QueryClient, id: string) {
  return queryOptions({
    queryKey: keys.timeline(id),
    staleTime: Infinity,
    gcTime: 10 * 60_000,
    // The merge keeps each unchanged message the same object (so items skip rendering); structural
    // sharing would compare by position and copy every message an older page shifts.
    structuralSharing: false,
    queryFn: async () => {
      const page =
        (await takeEarlyFirstPage(id)) ?? (await api<HistoryPage>(`/conversations/${encodeURIComponent(id)}/messages?limit=${PAGE_SIZE}`));
      const existing = qc.getQueryData<Timeline>(keys.timeline(id)) ?? emptyTimeline();
      const held = takeHeldForFirstPage(id);
      const merged = applyMessages(existing, [...page.messages, ...held]);
      // Exact up to the newest change the page shows; anything later comes by catch-up or live.
      const version = Math.max(existing.version, highestVersion(page.messages));
      return { ...merged, version, nextCursor: existing.messages.length ? existing.nextCursor : page.nextCursor };
    },
  });
}

export function useTimeline(qc: QueryClient, id: string | null) {
  return useQuery({ ...timelineQuery(qc, id ?? ""), enabled: !!id });
}

/** The inbox's first conversations open at once: their header and latest messages are fetched while the inbox is read. */
export function usePrefetchTopConversations(count = 3) {
  const qc = useQueryClient();
  const inbox = useInbox();
  useEffect(() => {
    for (const c of inbox.data?.slice(0, count) ?? []) {
      void qc.prefetchQuery(conversationQuery(c.id));
      void qc.prefetchQuery(timelineQuery(qc, c.id));
    }
  }, [inbox.data, qc, count]);
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

/** The room an invite link opens; needs no sign-in. A wrong code is an error, not worth retrying. */
export function useInvitePreview(roomId: string, code: string | undefined) {
  return useQuery({
    queryKey: keys.invite(roomId, code ?? ""),
    queryFn: () =>
      api<InvitePreview>(`/rooms/${encodeURIComponent(roomId)}/invite?code=${encodeURIComponent(code!)}`, { anonymous: true }),
    enabled: !!roomId && !!code,
    retry: false,
    staleTime: 60_000,
  });
}
