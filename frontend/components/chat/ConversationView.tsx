"use client";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { InvitePanel } from "@/components/rooms/InvitePanel";
import { SKIP_TARGET } from "@/components/shell/SkipLink";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Spinner } from "@/components/ui/Spinner";
import { useConversation, useInbox, useTimeline } from "@/hooks/queries";
import { usePendingMessages, useRealtime, useTypingUsers } from "@/hooks/useRealtime";
import { errorMessage } from "@/lib/api";
import { cx } from "@/lib/cx";
import { displayName } from "@/lib/conversations";
import { loadOlder } from "@/lib/history";
import { timelineItems, type Timeline } from "@/lib/messages";
import { keys } from "@/lib/queryKeys";
import type { Conversation, Message, PublicUser } from "@/lib/types";
import { Composer, type ComposerHandle } from "./Composer";
import { ConversationHeader } from "./ConversationHeader";
import {
  useActiveConversation,
  useKeepScrollPosition,
  useLoadOlderWhenSentinelVisible,
  useMarkReadWhenVisible,
  useOlderMessages,
  usePinToBottomOnOpen,
  useRefreshMembersOnUnknownSender,
  useRovingMessageFocus,
  useStayPinnedWhileContentResizes,
  type ScrollAnchor,
} from "./conversationViewHooks";
import { personName, type MessageActions } from "./MessageChanges";
import { MessageItem, PendingItem, PendingQuote } from "./MessageItem";
import { NewMessageAnnouncer } from "./NewMessageAnnouncer";
import { ThreadPanel } from "./ThreadPanel";

const NEAR_BOTTOM_PX = 120;

/** How many older pages a jump to a quoted message may load before it gives up (50 messages each). */
const JUMP_PAGES_MAX = 40;

/**
 * Brings a message into view: older pages are loaded until it is there (the loaded history stays
 * one unbroken stretch), then it is scrolled to, focused and briefly highlighted. The list stops
 * sticking to the bottom first, or it would scroll back down as the pages render.
 */
async function jumpTo(qc: QueryClient, conversationId: string, messageId: string, unpin: () => void) {
  unpin();
  const held = () => qc.getQueryData<Timeline>(keys.timeline(conversationId))?.messages.some((m) => m.id === messageId);
  for (let i = 0; i < JUMP_PAGES_MAX && !held(); i++) {
    if (!(await loadOlder(qc, conversationId))) break;
  }
  // The last page may not be on screen yet: look for the message over the next frames.
  for (let frame = 0; frame < 60; frame++) {
    const target = document.querySelector<HTMLElement>(`li[data-message-id="${CSS.escape(messageId)}"]`);
    if (target) {
      unpin();
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
      target.setAttribute("data-highlight", "");
      setTimeout(() => target.removeAttribute("data-highlight"), 1_500);
      return;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

function typingText(names: string[]): string {
  if (names.length === 1) return `${names[0]} is typing…`;
  if (names.length === 2) return `${names[0]} and ${names[1]} are typing…`;
  return "Several people are typing…";
}

export function ConversationView({ id }: { id: string }) {
  const qc = useQueryClient();
  const rt = useRealtime();
  const inbox = useInbox();
  const detail = useConversation(id);
  const timeline = useTimeline(qc, id);
  const typingIds = useTypingUsers(id);
  const pending = usePendingMessages(id);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const composer = useRef<ComposerHandle>(null);

  const conv: Conversation | undefined = detail.data ?? inbox.data?.find((c) => c.id === id);
  const members = useMemo(() => {
    const map = new Map<string, PublicUser>();
    for (const m of inbox.data?.find((c) => c.id === id)?.members ?? []) map.set(m.id, m);
    for (const m of detail.data?.members ?? []) map.set(m.id, m);
    return map;
  }, [inbox.data, detail.data, id]);

  const [replyingTo, setReplyingTo] = useState<Message | null>(null);
  const [threadRoot, setThreadRoot] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  /** Whether the list sticks to the bottom (the newest message) as content arrives. */
  const pinned = useRef(true);
  useEffect(() => {
    setReplyingTo(null);
    setThreadRoot(null);
    setEditingId(null);
  }, [id]);
  // Until roles come with the members, the one who created a group or room is its owner and moderator.
  const moderator = !!conv && conv.type !== "direct" && conv.createdById === rt.myId;
  const actions = useMemo<MessageActions>(
    () => ({
      moderator,
      edit: rt.editMessage,
      remove: rt.deleteMessage,
      react: rt.react,
      reply: setReplyingTo,
      openThread: setThreadRoot,
      startEditing: setEditingId,
      jumpTo: (messageId: string) =>
        void jumpTo(qc, id, messageId, () => {
          pinned.current = false;
        }),
      stopEditing: () => {
        setEditingId(null);
        composer.current?.focus();
      },
    }),
    [moderator, rt.editMessage, rt.deleteMessage, rt.react, qc, id],
  );

  const data = timeline.data;
  useRefreshMembersOnUnknownSender(data, detail, members);
  useActiveConversation(rt, id);
  useMarkReadWhenVisible(rt, id, data?.version ?? 0);

  // ---- scrolling: stick to the bottom, keep position when older pages are prepended
  const scroller = useRef<HTMLDivElement>(null);
  const anchor = useRef<ScrollAnchor | null>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const items = useMemo(() => (data ? timelineItems(data, pending) : []), [data, pending]);
  useKeepScrollPosition(scroller, pinned, anchor, items, data?.messages[0]?.id);
  usePinToBottomOnOpen(pinned, id);
  useStayPinnedWhileContentResizes(scroller, pinned, anchor, id, timeline.isSuccess);
  const { loadingOlder, olderError, older } = useOlderMessages(qc, id, scroller, anchor, data?.nextCursor);
  useLoadOlderWhenSentinelVisible(sentinel, scroller, older, data?.nextCursor);
  const focusKeys = useMemo(() => items.filter((it) => it.kind !== "day").map((it) => it.key), [items]);
  const roving = useRovingMessageFocus(focusKeys);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
  };

  if (detail.isError && !conv) {
    return (
      <div className="flex flex-1 items-center justify-center p-6">
        <div className="max-w-sm space-y-3 text-center">
          <Alert>{errorMessage(detail.error)}</Alert>
          <Link href="/chat/" className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-400">
            Back to conversations
          </Link>
        </div>
      </div>
    );
  }

  const name = conv ? displayName(conv, rt.myId) : "";
  const showSenders = conv?.type !== "direct";
  const typingNames = typingIds.map((uid) => members.get(uid)?.name ?? "Someone");

  return (
    <section
      aria-label={name ? `Conversation with ${name}` : "Conversation"}
      // An open thread sits beside the conversation from the small breakpoint up, over it on a phone.
      className={cx("relative flex min-h-0 flex-1 flex-col", threadRoot && "sm:pr-96")}
      onDragEnter={(e) => {
        if (e.dataTransfer.types.includes("Files")) setDragging(true);
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes("Files")) e.preventDefault();
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (e.dataTransfer.files.length) composer.current?.addFiles(e.dataTransfer.files);
      }}
    >
      <ConversationHeader conv={conv} myId={rt.myId} onInvite={() => setInviteOpen(true)} />

      <div ref={scroller} onScroll={onScroll} className="min-h-0 flex-1 overflow-y-auto overscroll-contain">
        <div id={SKIP_TARGET.messages} role="log" aria-label="Messages" aria-live="off" className="flex min-h-full flex-col justify-end pb-3 pt-2">
          <div ref={sentinel} aria-hidden="true" className="h-px" />
          {data && !data.nextCursor && !timeline.isPending && (
            <p className="px-4 py-6 text-center text-xs text-muted">
              {data.messages.length ? "This is the beginning of the conversation." : "No messages yet. Say hello!"}
            </p>
          )}
          {loadingOlder && (
            <div className="flex justify-center py-2">
              <Spinner label="Loading older messages" />
            </div>
          )}
          {olderError && (
            <div className="flex justify-center px-4 py-2">
              <Button variant="secondary" onClick={() => void older()}>
                Could not load older messages — retry
              </Button>
            </div>
          )}
          {timeline.isPending && (
            <div className="flex flex-1 items-center justify-center py-10">
              <Spinner label="Loading messages" />
            </div>
          )}
          {timeline.isError && (
            <div className="px-4 py-4">
              <Alert>{errorMessage(timeline.error)}</Alert>
            </div>
          )}
          <ol onKeyDown={roving.onKeyDown} onFocus={roving.onFocus} className="flex flex-col">
            {items.map((it) =>
              it.kind === "day" ? (
                <li key={it.key} className="my-3 flex items-center gap-3 px-4">
                  <span aria-hidden="true" className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
                  <span className="text-xs font-medium text-muted">{it.label}</span>
                  <span aria-hidden="true" className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
                </li>
              ) : it.kind === "message" ? (
                <MessageItem
                  key={it.key}
                  message={it.message}
                  sender={members.get(it.message.senderId)}
                  mine={it.message.senderId === rt.myId}
                  showSender={showSenders}
                  firstOfRun={it.firstOfRun}
                  tabIndex={roving.tabIndexOf(it.key)}
                  myId={rt.myId}
                  members={members}
                  actions={actions}
                  editing={editingId === it.message.id}
                />
              ) : (
                <PendingItem
                  key={it.key}
                  p={it.pending}
                  quote={
                    it.pending.replyToId && (
                      <PendingQuote
                        quoted={data?.messages.find((m) => m.id === it.pending.replyToId)}
                        members={members}
                        myId={rt.myId}
                        onJump={actions.jumpTo}
                      />
                    )
                  }
                  offline={rt.state !== "open"}
                  onRetry={() => {
                    pinned.current = true;
                    rt.outbox.retry(it.pending.clientMessageId);
                  }}
                  onDiscard={() => rt.outbox.discard(it.pending.clientMessageId)}
                  tabIndex={roving.tabIndexOf(it.key)}
                />
              ),
            )}
          </ol>
        </div>
      </div>

      <div role="status" aria-live="polite" className="h-5 px-5 text-xs italic text-muted">
        {typingNames.length > 0 ? typingText(typingNames) : ""}
      </div>

      <NewMessageAnnouncer conversationId={id} members={members} />

      <Composer
        ref={composer}
        conversationId={id}
        // Writing starts at once, while the history loads: the outbox sends when it can. A conversation
        // that cannot be read (gone, not a member) is not written to.
        disabled={timeline.isError}
        replyTo={replyingTo}
        replyToName={replyingTo ? personName(replyingTo.senderId, members, rt.myId, "yourself") : undefined}
        onReplyDone={() => setReplyingTo(null)}
        onEditLast={() => {
          const last = data?.messages.findLast((m) => m.senderId === rt.myId && !m.deletedAt && !m.threadId);
          if (last) setEditingId(last.id);
          return !!last;
        }}
      />

      {threadRoot && data && (
        <ThreadPanel
          conversationId={id}
          rootId={threadRoot}
          known={data.messages}
          members={members}
          actions={actions}
          onClose={() => setThreadRoot(null)}
        />
      )}

      {dragging && (
        <div className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center border-2 border-dashed border-accent-500 bg-accent-50/80 text-lg font-medium text-accent-700 dark:bg-accent-700/30 dark:text-accent-100">
          Drop files to attach
        </div>
      )}

      {conv?.type === "room" && (
        <Dialog open={inviteOpen} onClose={() => setInviteOpen(false)} title={`Invite to ${name}`}>
          <InvitePanel roomId={conv.id} code={conv.inviteCode} isPrivate={!!conv.isPrivate} />
        </Dialog>
      )}
    </section>
  );
}
