"use client";
import { useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { api } from "@/lib/api";
import { catchUp, catchUpCachedTimelines, holdForFirstPage } from "@/lib/history";
import { applyLive, type Timeline } from "@/lib/messages";
import { indexedDbOutbox, Outbox, type OutboxEntry } from "@/lib/outbox";
import { keys } from "@/lib/queryKeys";
import { socketUrl, TYPING_TTL_MS, updateInboxWith, updateLastMessageWith, type PresenceMap, type TypingMap } from "@/lib/realtime";
import { ParleySocket, type SocketState } from "@/lib/socket";
import { Store } from "@/lib/store";
import type { Conversation, Message } from "@/lib/types";

const NO_PENDING: OutboxEntry[] = [];

export interface Realtime {
  socket: ParleySocket;
  state: SocketState;
  /** While waiting to reconnect: when the next attempt starts (epoch ms). */
  retryAt: number | null;
  myId: string;
  /** Messages waiting to be sent: the way to send one. */
  outbox: Outbox;
  typing: Store<TypingMap>;
  presence: Store<PresenceMap>;
  /** The conversation on screen (for unread counting and read marks). */
  setActive: (id: string | null) => void;
  sendTyping: (conversationId: string, isTyping: boolean) => void;
  markRead: (conversationId: string, seq: number) => void;
  /** Changes a message (SPEC §6); resolves once the server has stored it, rejects with its refusal. */
  editMessage: (messageId: string, content: string) => Promise<void>;
  deleteMessage: (messageId: string) => Promise<void>;
  react: (messageId: string, emoji: string, on: boolean) => Promise<void>;
}

const Ctx = createContext<Realtime | null>(null);

export function useRealtime(): Realtime {
  const r = useContext(Ctx);
  if (!r) throw new Error("useRealtime outside RealtimeProvider");
  return r;
}

export function useTypingUsers(conversationId: string | null): string[] {
  const { typing } = useRealtime();
  const map = useSyncExternalStore(typing.subscribe, typing.get, typing.get);
  if (!conversationId) return [];
  const now = Date.now();
  return Object.entries(map[conversationId] ?? {})
    .filter(([, exp]) => exp > now)
    .map(([id]) => id);
}

/** The unsent messages of one conversation, oldest first. */
export function usePendingMessages(conversationId: string): OutboxEntry[] {
  const { outbox } = useRealtime();
  const all = useSyncExternalStore(outbox.entries.subscribe, outbox.entries.get, outbox.entries.get);
  return useMemo(() => {
    const mine = all.filter((e) => e.conversationId === conversationId);
    return mine.length ? mine : NO_PENDING;
  }, [all, conversationId]);
}

export function usePresence(): PresenceMap {
  const { presence } = useRealtime();
  return useSyncExternalStore(presence.subscribe, presence.get, presence.get);
}

export function RealtimeProvider({ myId, children }: { myId: string; children: ReactNode }) {
  const qc = useQueryClient();
  const activeRef = useRef<string | null>(null);
  const typing = useMemo(() => new Store<TypingMap>({}), []);
  const presence = useMemo(() => new Store<PresenceMap>({}), []);
  const socket = useMemo(
    () =>
      new ParleySocket({
        url: async () => socketUrl((await api<{ ticket: string }>("/auth/ws-ticket", { method: "POST" })).ticket),
      }),
    [],
  );
  const [state, setState] = useState<SocketState>(socket.state);
  const [retryAt, setRetryAt] = useState<number | null>(socket.retryAt);
  const deliveredRef = useRef<(m: Message) => void>(() => undefined);
  const outbox = useMemo(
    () =>
      new Outbox({
        userId: myId,
        storage: indexedDbOutbox,
        send: async (e) =>
          (
            await socket.request("send_message", {
              conversationId: e.conversationId,
              content: e.content,
              clientMessageId: e.clientMessageId,
              ...(e.attachments.length ? { attachmentIds: e.attachments.map((a) => a.id) } : {}),
              ...(e.replyToId ? { replyToId: e.replyToId } : {}),
              ...(e.threadId ? { threadId: e.threadId } : {}),
            })
          ).message,
        delivered: (m) => deliveredRef.current(m),
      }),
    [socket, myId],
  );

  /** A message pushed, new or changed, into its timeline: numbered, so a gap starts a catch-up. */
  const intoTimeline = useCallback(
    (m: Message) => {
      const key = keys.timeline(m.conversationId);
      const t = qc.getQueryData<Timeline>(key);
      if (t) {
        const { timeline, gap } = applyLive(t, m);
        qc.setQueryData<Timeline>(key, timeline);
        if (gap) void catchUp(qc, m.conversationId).catch(() => undefined);
      } else if (qc.getQueryState(key)?.fetchStatus === "fetching") {
        holdForFirstPage(m);
      }
    },
    [qc],
  );

  const receive = useCallback(
    (m: Message) => {
      intoTimeline(m);
      if (m.senderId === myId && m.clientMessageId) outbox.confirm(m.clientMessageId);
      updateInboxWith(qc, m, myId, activeRef.current);
      // the sender stopped typing when their message arrives
      typing.set((prev) => {
        const conv = prev[m.conversationId];
        if (!conv || !(m.senderId in conv)) return prev;
        const rest = { ...conv };
        delete rest[m.senderId];
        return { ...prev, [m.conversationId]: rest };
      });
    },
    [qc, myId, typing, outbox, intoTimeline],
  );
  deliveredRef.current = receive;

  /** A message edited, deleted or reacted to: merged as it is now, numbered like a new one. */
  const update = useCallback(
    (m: Message) => {
      intoTimeline(m);
      updateLastMessageWith(qc, m);
    },
    [qc, intoTimeline],
  );

  useEffect(() => {
    /** Whatever happened while the socket was not listening: forget events, trust fresh data. */
    const resync = () => {
      presence.set({});
      typing.set({});
      void qc.invalidateQueries({ queryKey: keys.inbox });
      catchUpCachedTimelines(qc);
    };
    let everOpen = false;
    const offs = [
      socket.onState((next) => {
        setState(next);
        setRetryAt(socket.retryAt);
        outbox.setOnline(next === "open");
        // What was read before the socket first listened may lack what was sent in between.
        if (next === "open" && !everOpen) {
          everOpen = true;
          resync();
        }
      }),
      socket.on("receive_message", receive),
      socket.on("message_updated", ({ message }) => update(message)),
      socket.on("typing", (d) => {
        const cid = d.conversationId ?? d.roomId;
        if (!cid || d.userId === myId) return;
        typing.set((prev) => {
          const conv = { ...(prev[cid] ?? {}) };
          if (d.isTyping) conv[d.userId] = Date.now() + TYPING_TTL_MS;
          else delete conv[d.userId];
          return { ...prev, [cid]: conv };
        });
      }),
      socket.on("user_status", (d) => {
        presence.set((prev) => ({ ...prev, [d.userId]: { online: d.status === "online", lastSeen: d.lastSeen } }));
      }),
      socket.on("member_joined", (d) => {
        void qc.invalidateQueries({ queryKey: keys.conversation(d.conversationId) });
        void qc.invalidateQueries({ queryKey: keys.inbox });
      }),
      socket.onReconnect(resync),
    ];
    void outbox.load();
    socket.start();
    const online = () => socket.nudge();
    window.addEventListener("online", online);
    // expire typing indicators whose "stopped" never came
    const sweep = setInterval(() => {
      const now = Date.now();
      typing.set((prev) => {
        let changed = false;
        const next: TypingMap = {};
        for (const [cid, users] of Object.entries(prev)) {
          const kept = Object.fromEntries(Object.entries(users).filter(([, exp]) => exp > now));
          if (Object.keys(kept).length !== Object.keys(users).length) changed = true;
          next[cid] = kept;
        }
        return changed ? next : prev;
      });
    }, 1_000);
    return () => {
      offs.forEach((off) => off());
      window.removeEventListener("online", online);
      clearInterval(sweep);
      socket.stop();
      outbox.stop();
    };
  }, [socket, outbox, receive, qc, myId, typing, presence]);

  const sendTyping = useCallback(
    (conversationId: string, isTyping: boolean) => {
      socket.emit("typing", { conversationId, isTyping });
    },
    [socket],
  );

  const markRead = useCallback(
    (conversationId: string, seq: number) => {
      qc.setQueryData<Conversation[]>(keys.inbox, (old) =>
        old?.map((c) => (c.id === conversationId && c.unreadCount ? { ...c, unreadCount: 0 } : c)),
      );
      if (!socket.emit("mark_read", { conversationId, seq })) {
        void api(`/conversations/${encodeURIComponent(conversationId)}/read`, { body: { seq } }).catch(() => undefined);
      }
    },
    [socket, qc],
  );

  const editMessage = useCallback(
    async (messageId: string, content: string) => update((await socket.request("edit_message", { messageId, content })).message),
    [socket, update],
  );
  const deleteMessage = useCallback(
    async (messageId: string) => {
      await socket.request("delete_message", { messageId });
    },
    [socket],
  );
  const react = useCallback(
    async (messageId: string, emoji: string, on: boolean) => {
      update((await socket.request("react", { messageId, emoji, on })).message);
    },
    [socket, update],
  );

  const setActive = useCallback((id: string | null) => {
    activeRef.current = id;
  }, []);

  const value = useMemo<Realtime>(
    () => ({ socket, state, retryAt, myId, outbox, typing, presence, setActive, sendTyping, markRead, editMessage, deleteMessage, react }),
    [socket, state, retryAt, myId, outbox, typing, presence, setActive, sendTyping, markRead, editMessage, deleteMessage, react],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
