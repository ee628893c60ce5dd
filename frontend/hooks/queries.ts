"use client";
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api";
import { sortInbox } from "@/lib/conversations";
import { PAGE_SIZE } from "@/lib/history";
import { applyMessages, emptyTimeline, type Timeline } from "@/lib/messages";
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
