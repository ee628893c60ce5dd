"use client";
import { useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { api } from "@/lib/api";
import { catchUp, catchUpCachedTimelines, holdForFirstPage } from "@/lib/history";
import { applyMessages, hasGap, type PendingMessage, type Timeline } from "@/lib/messages";
import { keys } from "@/lib/queryKeys";
import { socketUrl, TYPING_TTL_MS, updateInboxWith, type PresenceMap, type TypingMap } from "@/lib/realtime";
import { ParleySocket, SocketRequestError, type SocketState } from "@/lib/socket";
import { Store } from "@/lib/store";
import type { Attachment, Conversation, Message } from "@/lib/types";

export interface Realtime {
  socket: ParleySocket;
  state: SocketState;
  myId: string;
  typing: Store<TypingMap>;
  presence: Store<PresenceMap>;
  /** The conversation on screen (for unread counting and read marks). */
  setActive: (id: string | null) => void;
  send: (conversationId: string, content: string, attachments: Attachment[], clientMessageId?: string) => Promise<void>;
  retry: (p: PendingMessage) => Promise<void>;
  discard: (p: PendingMessage) => void;
  sendTyping: (conversationId: string, isTyping: boolean) => void;
  markRead: (conversationId: string, seq: number) => void;
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

  const receive = useCallback(
    (m: Message) => {
      const key = keys.timeline(m.conversationId);
      const t = qc.getQueryData<Timeline>(key);
      if (t) {
        const gap = hasGap(t.messages, m);
        qc.setQueryData<Timeline>(key, (old) => (old ? applyMessages(old, [m]) : old));
        if (gap) void catchUp(qc, m.conversationId).catch(() => undefined);
      } else if (qc.getQueryState(key)?.fetchStatus === "fetching") {
        holdForFirstPage(m);
      }
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
    [qc, myId, typing],
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
        // What was read before the socket first listened may lack what was sent in between.
        if (next === "open" && !everOpen) {
          everOpen = true;
          resync();
        }
      }),
      socket.on("receive_message", receive),
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
    };
  }, [socket, receive, qc, myId, typing, presence]);

  const setPending = useCallback(
    (conversationId: string, fn: (p: PendingMessage[]) => PendingMessage[]) => {
      qc.setQueryData<Timeline>(keys.timeline(conversationId), (old) => (old ? { ...old, pending: fn(old.pending) } : old));
    },
    [qc],
  );

  const deliver = useCallback(
    async (p: PendingMessage) => {
      try {
        const ack = await socket.request("send_message", {
          conversationId: p.conversationId,
          content: p.content,
          clientMessageId: p.clientMessageId,
          ...(p.attachments.length ? { attachmentIds: p.attachments.map((a) => a.id) } : {}),
        });
        receive(ack.message);
      } catch (e) {
        const err = e instanceof SocketRequestError ? e : new SocketRequestError({ code: "error", message: String(e) });
        let text: string;
        if (err.code === "rate_limited") {
          const s = Math.max(1, Math.ceil((err.retryAfterMs ?? 1000) / 1000));
          text = `You're sending messages too fast. Try again in ${s} s.`;
        } else if (err.code === "disconnected" || err.code === "timeout") {
          text = "Not sent: you are offline.";
        } else {
          text = err.message || "Not sent.";
        }
        setPending(p.conversationId, (list) =>
          list.map((x) => (x.clientMessageId === p.clientMessageId ? { ...x, status: "failed", error: text } : x)),
        );
        throw err;
      }
    },
    [socket, receive, setPending],
  );

  const send = useCallback(
    async (conversationId: string, content: string, attachments: Attachment[], clientMessageId?: string) => {
      const p: PendingMessage = {
        clientMessageId: clientMessageId ?? crypto.randomUUID(),
        conversationId,
        content,
        attachments,
        createdAt: new Date().toISOString(),
        status: "sending",
      };
      setPending(conversationId, (list) => [...list, p]);
      await deliver(p);
    },
    [deliver, setPending],
  );

  const retry = useCallback(
    async (p: PendingMessage) => {
      setPending(p.conversationId, (list) =>
        list.map((x) => (x.clientMessageId === p.clientMessageId ? { ...x, status: "sending", error: undefined } : x)),
      );
      await deliver({ ...p, status: "sending" });
    },
    [deliver, setPending],
  );

  const discard = useCallback(
    (p: PendingMessage) => setPending(p.conversationId, (list) => list.filter((x) => x.clientMessageId !== p.clientMessageId)),
    [setPending],
  );

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

  const setActive = useCallback((id: string | null) => {
    activeRef.current = id;
  }, []);

  const value = useMemo<Realtime>(
    () => ({ socket, state, myId, typing, presence, setActive, send, retry, discard, sendTyping, markRead }),
    [socket, state, myId, typing, presence, setActive, send, retry, discard, sendTyping, markRead],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}
