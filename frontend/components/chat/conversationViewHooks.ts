"use client";
/**
 * The behaviours of ConversationView, one hook each. They are called in this order there, which
 * keeps the order in which React runs their effects.
 */
import type { QueryClient, UseQueryResult } from "@tanstack/react-query";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from "react";
import type { Realtime } from "@/hooks/useRealtime";
import { errorMessage } from "@/lib/api";
import { loadOlder } from "@/lib/history";
import type { Timeline, TimelineItem } from "@/lib/messages";
import { rovingMove, rovingTabStop } from "@/lib/rovingFocus";
import type { Conversation, PublicUser } from "@/lib/types";

/** Scroll position saved before an older page is prepended, restored right after it renders. */
export interface ScrollAnchor {
  height: number;
  top: number;
}

/** Members we don't know yet (someone joined a room): refresh the details once. */
export function useRefreshMembersOnUnknownSender(
  data: Timeline | undefined,
  detail: UseQueryResult<Conversation>,
  members: Map<string, PublicUser>,
) {
  useEffect(() => {
    if (!data || !detail.data) return;
    if (data.messages.some((m) => !members.has(m.senderId))) void detail.refetch();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data?.messages.length]);
}

/** Tells the live connection which conversation is on screen (for unread counting). */
export function useActiveConversation(rt: Realtime, id: string) {
  useEffect(() => {
    rt.setActive(id);
    return () => rt.setActive(null);
  }, [rt, id]);
}

/** Mark read while the conversation is on screen and the page is visible. */
export function useMarkReadWhenVisible(rt: Realtime, id: string, seq: number) {
  const marked = useRef(0);
  useEffect(() => {
    marked.current = 0;
  }, [id]);
  useEffect(() => {
    const mark = () => {
      if (document.visibilityState !== "visible" || seq <= marked.current) return;
      marked.current = seq;
      rt.markRead(id, seq);
    };
    mark();
    document.addEventListener("visibilitychange", mark);
    window.addEventListener("focus", mark);
    return () => {
      document.removeEventListener("visibilitychange", mark);
      window.removeEventListener("focus", mark);
    };
  }, [id, seq, rt]);
}

/**
 * After each render of the list: restore the position saved before older messages were
 * prepended, else stick to the bottom while pinned.
 */
export function useKeepScrollPosition(
  scroller: RefObject<HTMLDivElement | null>,
  pinned: RefObject<boolean>,
  anchor: RefObject<ScrollAnchor | null>,
  items: TimelineItem[],
  firstId: string | undefined,
) {
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (anchor.current) {
      el.scrollTop = el.scrollHeight - anchor.current.height + anchor.current.top;
      anchor.current = null;
    } else if (pinned.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [items, firstId]);
}

/** A conversation opens scrolled to the bottom. */
export function usePinToBottomOnOpen(pinned: RefObject<boolean>, id: string) {
  useEffect(() => {
    pinned.current = true;
  }, [id]);
}

/** Keep pinned to the bottom as images load and change heights. */
export function useStayPinnedWhileContentResizes(
  scroller: RefObject<HTMLDivElement | null>,
  pinned: RefObject<boolean>,
  anchor: RefObject<ScrollAnchor | null>,
  id: string,
  loaded: boolean,
) {
  useEffect(() => {
    const el = scroller.current;
    const content = el?.firstElementChild;
    if (!el || !content || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(() => {
      if (pinned.current && !anchor.current) el.scrollTop = el.scrollHeight;
    });
    ro.observe(content);
    return () => ro.disconnect();
  }, [id, loaded]);
}

/** Loads the page before the oldest message, saving the scroll position to restore. */
export function useOlderMessages(
  qc: QueryClient,
  id: string,
  scroller: RefObject<HTMLDivElement | null>,
  anchor: RefObject<ScrollAnchor | null>,
  nextCursor: string | null | undefined,
) {
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<string | null>(null);
  const older = useCallback(async () => {
    const el = scroller.current;
    if (!el || loadingOlder || !nextCursor) return;
    setLoadingOlder(true);
    setOlderError(null);
    anchor.current = { height: el.scrollHeight, top: el.scrollTop };
    try {
      await loadOlder(qc, id);
    } catch (e) {
      anchor.current = null;
      setOlderError(errorMessage(e));
    } finally {
      setLoadingOlder(false);
    }
  }, [qc, id, loadingOlder, nextCursor]);
  return { loadingOlder, olderError, older };
}

/** Loads older messages when the sentinel at the top of the list comes near the viewport. */
export function useLoadOlderWhenSentinelVisible(
  sentinel: RefObject<HTMLDivElement | null>,
  scroller: RefObject<HTMLDivElement | null>,
  older: () => Promise<void>,
  nextCursor: string | null | undefined,
) {
  useEffect(() => {
    const el = sentinel.current;
    const root = scroller.current;
    if (!el || !root || !nextCursor) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void older(), {
      root,
      rootMargin: "200px 0px 0px 0px",
    });
    io.observe(el);
    return () => io.disconnect();
  }, [older, nextCursor]);
}

/** The list's focusable items (messages, not day labels), in the order of `itemKeys`. */
function focusableItems(list: HTMLElement): HTMLElement[] {
  return Array.from(list.querySelectorAll<HTMLElement>(":scope > li[tabindex]"));
}

/**
 * Keyboard navigation of the message list: it is one Tab stop (the message last focused, else the
 * newest), Arrow Up/Down move between messages, Home/End jump to the first/last. `itemKeys` are the
 * keys of the focusable items in display order; the handlers go on the list element.
 */
export function useRovingMessageFocus(itemKeys: string[]) {
  const [chosen, setChosen] = useState<string | null>(null);
  const stop = rovingTabStop(itemKeys, chosen);
  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const i = focusableItems(e.currentTarget).indexOf(e.target as HTMLElement);
    if (i >= 0) setChosen(itemKeys[i]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const items = focusableItems(e.currentTarget);
    // keys pressed inside a message (a link, a dialog opened from it) are theirs
    const i = items.indexOf(e.target as HTMLElement);
    const next = i < 0 ? null : rovingMove(e.key, i, items.length);
    if (next === null) return;
    e.preventDefault();
    items[next].focus();
  };
  return { tabIndexOf: (key: string) => (key === stop ? 0 : -1), onFocus, onKeyDown };
}
