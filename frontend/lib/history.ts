import type { QueryClient } from "@tanstack/react-query";
import { api } from "./api";
import { applyCatchUp, applyMessages, emptyTimeline, type Timeline } from "./messages";
import { keys } from "./queryKeys";
import type { HistoryPage, Message } from "./types";

export const PAGE_SIZE = 50;
const CATCH_UP_PAGE = 100;

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

/**
 * The first page of conversation `id` when public/first-page.js asked for it before the scripts ran
 * (a deep link); taken once. Null when there is none for `id`; the promise gives null when that
 * request failed, and the caller asks again.
 */
export function takeEarlyFirstPage(id: string): Promise<HistoryPage | null> | null {
  if (typeof window === "undefined") return null;
  const w = window as { __parleyFirstPage?: { id: string; page: Promise<HistoryPage | null> } };
  const early = w.__parleyFirstPage;
  if (!early || early.id !== id) return null;
  delete w.__parleyFirstPage;
  return early.page;
}

const heldForFirstPage = new Map<string, Message[]>();

/**
 * A live message that arrives while a conversation's first page is on its way: the page may have
 * been read before it was sent, and there is no timeline yet to put it in. It waits for the page.
 */
export function holdForFirstPage(m: Message) {
  heldForFirstPage.set(m.conversationId, [...(heldForFirstPage.get(m.conversationId) ?? []), m]);
}

/** The live messages held while the first page of `id` was loading; merging them twice is harmless. */
export function takeHeldForFirstPage(id: string): Message[] {
  const held = heldForFirstPage.get(id) ?? [];
  heldForFirstPage.delete(id);
  return held;
}

const catchUps = new Map<string, Promise<void>>();

/**
 * Fetches every change after the timeline's version (`?after=`: messages new or changed since, in
 * their current state), page after page while full pages come back, and merges it in. One run per
 * conversation.
 */
export function catchUp(qc: QueryClient, id: string): Promise<void> {
  const running = catchUps.get(id);
  if (running) return running;
  const run = (async () => {
    for (let i = 0; i < 50; i++) {
      const t = qc.getQueryData<Timeline>(keys.timeline(id));
      if (!t) return;
      const after = t.version;
      const res = await api<{ messages: Message[] }>(
        `/conversations/${encodeURIComponent(id)}/messages?after=${after}&limit=${CATCH_UP_PAGE}`,
      );
      qc.setQueryData<Timeline>(keys.timeline(id), (old) => (old ? applyCatchUp(old, res.messages) : old));
      if (res.messages.length < CATCH_UP_PAGE) return;
    }
  })().finally(() => catchUps.delete(id));
  catchUps.set(id, run);
  return run;
}

/** Catches up every timeline in the cache, e.g. after the socket was away. */
export function catchUpCachedTimelines(qc: QueryClient) {
  for (const q of qc.getQueryCache().findAll({ queryKey: keys.timelines })) {
    const id = q.queryKey[1] as string;
    if (id && q.state.data) void catchUp(qc, id).catch(() => undefined);
  }
}
