"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { XIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/Spinner";
import { usePendingMessages, useRealtime } from "@/hooks/useRealtime";
import { api, errorMessage } from "@/lib/api";
import { mergeMessages } from "@/lib/messages";
import { keys } from "@/lib/queryKeys";
import type { Message, PublicUser } from "@/lib/types";
import { Composer } from "./Composer";
import { personName, type MessageActions } from "./MessageChanges";
import { MessageItem, PendingItem, PendingQuote } from "./MessageItem";

const THREAD_PAGE = 100;

interface ThreadPage {
  root: Message;
  messages: Message[];
  nextCursor: string | null;
}

/**
 * A thread beside the conversation (over it on a phone): its root and replies, oldest first, and a
 * box to reply in. Replies that arrive live or by catch-up are in the conversation's timeline
 * (`known`), so the thread stays exact with it; the first replies come from the thread's own page.
 */
export function ThreadPanel({
  conversationId,
  rootId,
  known,
  members,
  actions,
  onClose,
}: {
  conversationId: string;
  rootId: string;
  known: Message[];
  members: Map<string, PublicUser>;
  actions: MessageActions;
  onClose: () => void;
}) {
  const rt = useRealtime();
  const page = useInfiniteQuery({
    queryKey: keys.thread(rootId),
    queryFn: ({ pageParam }) =>
      api<ThreadPage>(
        `/messages/${encodeURIComponent(rootId)}/thread?limit=${THREAD_PAGE}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  // Pages come oldest first and live replies are the newest: the pages between are read at once, so
  // that no stretch of a long thread is missing between the two.
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = page;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const pending = usePendingMessages(conversationId).filter((p) => p.threadId === rootId);
  const root = known.find((m) => m.id === rootId) ?? page.data?.pages[0]?.root;
  const replies = useMemo(
    () => mergeMessages(page.data?.pages.flatMap((p) => p.messages) ?? [], known.filter((m) => m.threadId === rootId)),
    [page.data, known, rootId],
  );
  // Inside a thread a reply quotes into the thread's own box, and there is no deeper thread to open.
  const [replyingTo, setReplyingTo] = useState<Message | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const inThread = useMemo<MessageActions>(
    () => ({
      ...actions,
      reply: setReplyingTo,
      openThread: undefined,
      startEditing: setEditingId,
      stopEditing: () => setEditingId(null),
    }),
    [actions],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [rootId]);

  return (
    <aside
      aria-label="Thread"
      className="absolute inset-0 z-20 flex flex-col border-l border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950 sm:left-auto sm:w-96 sm:shadow-xl"
      onKeyDown={(e) => {
        if (e.key === "Escape" && !e.defaultPrevented) onClose();
      }}
    >
      <header className="flex items-center justify-between border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <h2 ref={heading} tabIndex={-1} className="font-semibold outline-none">
          Thread
        </h2>
        <button type="button" aria-label="Close thread" title="Close thread" onClick={onClose} className="rounded-lg p-1.5 text-muted hover:bg-zinc-100 dark:hover:bg-zinc-800">
          <XIcon width={18} height={18} />
        </button>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto py-3">
        {page.isError && !root ? (
          <div className="px-4">
            <Alert>{errorMessage(page.error)}</Alert>
          </div>
        ) : !root ? (
          <div className="flex justify-center py-6">
            <Spinner label="Loading the thread" />
          </div>
        ) : (
          <ol aria-label="Thread messages" className="flex flex-col">
            <MessageItem
              message={root}
              sender={members.get(root.senderId)}
              mine={root.senderId === rt.myId}
              showSender
              firstOfRun
              tabIndex={-1}
              myId={rt.myId}
              members={members}
              actions={inThread}
              editing={editingId === root.id}
            />
            <li className="my-2 flex items-center gap-3 px-4" aria-hidden="true">
              <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
            </li>
            {replies.map((m, i) => (
              <MessageItem
                key={m.id}
                message={m}
                sender={members.get(m.senderId)}
                mine={m.senderId === rt.myId}
                showSender
                firstOfRun={i === 0 || replies[i - 1].senderId !== m.senderId}
                tabIndex={-1}
                myId={rt.myId}
                members={members}
                actions={inThread}
                editing={editingId === m.id}
              />
            ))}
            {pending.map((p) => (
              <PendingItem
                key={p.clientMessageId}
                p={p}
                quote={
                  p.replyToId && (
                    <PendingQuote
                      quoted={[root, ...replies].find((m) => m.id === p.replyToId)}
                      members={members}
                      myId={rt.myId}
                      onJump={inThread.jumpTo}
                    />
                  )
                }
                offline={rt.state !== "open"}
                onRetry={() => rt.outbox.retry(p.clientMessageId)}
                onDiscard={() => rt.outbox.discard(p.clientMessageId)}
                tabIndex={-1}
              />
            ))}
          </ol>
        )}
        {page.isFetchingNextPage && (
          <div className="flex justify-center py-2">
            <Spinner label="Loading more replies" />
          </div>
        )}
        {root && !replies.length && !pending.length && page.isSuccess && <p className="px-4 py-2 text-sm text-muted">No replies yet.</p>}
      </div>
      <Composer
        conversationId={conversationId}
        threadId={rootId}
        disabled={page.isError && !root}
        replyTo={replyingTo}
        replyToName={replyingTo ? personName(replyingTo.senderId, members, rt.myId, "yourself") : undefined}
        onReplyDone={() => setReplyingTo(null)}
        onEditLast={() => {
          const last = replies.findLast((m) => m.senderId === rt.myId && !m.deletedAt);
          if (last) setEditingId(last.id);
          return !!last;
        }}
      />
    </aside>
  );
}
