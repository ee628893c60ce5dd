"use client";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { ChatIcon, PencilIcon, PlusIcon, ReplyIcon, SmileIcon, TrashIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/Spinner";
import { api, errorMessage } from "@/lib/api";
import { cx } from "@/lib/cx";
import { CONTENT_MAX } from "@/lib/messages";
import { fullDateTime } from "@/lib/time";
import type { Message, PublicUser } from "@/lib/types";

/** The reactions one click away; any other emoji comes with the picker of a later change. */
export const QUICK_REACTIONS = ["👍", "❤️", "😂", "🎉", "😮", "😢"] as const;

/** What can be done to a sent message from the list; stable across renders, so items stay memoised. */
export interface MessageActions {
  /** The viewer moderates this conversation (owns a group or room): they may delete any message. */
  moderator: boolean;
  edit: (messageId: string, content: string) => Promise<void>;
  remove: (messageId: string) => Promise<void>;
  react: (messageId: string, emoji: string, on: boolean) => Promise<void>;
  /** Quotes the message in the composer. */
  reply: (message: Message) => void;
  /** Opens the thread of a top-level message; absent inside a thread, which has one level. */
  openThread?: (rootId: string) => void;
  /** Which message of the list is being edited: one at a time, so Up in an empty composer can start it. */
  startEditing: (messageId: string) => void;
  stopEditing: () => void;
  /** Brings a message of this conversation into view (loading older pages if need be) and highlights it. */
  jumpTo: (messageId: string) => void;
}

/** How a person is named next to a message: `me` for oneself, else their name as a member. */
export function personName(userId: string, members: Map<string, PublicUser>, myId: string, me = "You"): string {
  return userId === myId ? me : (members.get(userId)?.name ?? "Someone");
}

function names(userIds: string[], members: Map<string, PublicUser>, myId: string): string {
  return userIds.map((id) => personName(id, members, myId)).join(", ");
}

/** The emoji on a message, each a toggle: pressed when one of them is one's own. */
export function Reactions({
  message,
  myId,
  members,
  onToggle,
}: {
  message: Message;
  myId: string;
  members: Map<string, PublicUser>;
  onToggle: (emoji: string, on: boolean) => void;
}) {
  const reactions = message.reactions ?? [];
  if (!reactions.length) return null;
  return (
    <ul aria-label="Reactions" className="mt-1 flex flex-wrap gap-1">
      {reactions.map((r) => {
        const mine = r.userIds.includes(myId);
        const who = names(r.userIds, members, myId);
        return (
          <li key={r.emoji}>
            <button
              type="button"
              aria-pressed={mine}
              aria-label={`${r.emoji} ${r.count}: ${who}`}
              title={who}
              onClick={() => onToggle(r.emoji, !mine)}
              className={cx(
                "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm tabular-nums",
                mine
                  ? "border-accent-500 bg-accent-50 text-accent-700 dark:border-accent-400 dark:bg-accent-700/40 dark:text-accent-100"
                  : "border-zinc-200 bg-white text-zinc-800 hover:border-zinc-300 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200",
              )}
            >
              <span aria-hidden="true">{r.emoji}</span>
              <span aria-hidden="true" className="text-xs font-medium">
                {r.count}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Shown on hover and while the message holds focus: react, and for one's own, edit and delete. */
export function MessageToolbar({
  mine,
  canModerate,
  canEdit,
  onReact,
  onMoreReactions,
  onReply,
  onThread,
  onEdit,
  onDelete,
}: {
  mine: boolean;
  /** Whoever moderates the conversation deletes others' messages too. */
  canModerate: boolean;
  canEdit: boolean;
  onReact: (emoji: string) => void;
  /** Opens the full emoji picker. */
  onMoreReactions: () => void;
  onReply: () => void;
  onThread?: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const [picking, setPicking] = useState(false);
  const button =
    "inline-flex h-8 w-8 items-center justify-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white";
  return (
    <div
      role="toolbar"
      aria-label="Message actions"
      className={cx(
        "flex items-center gap-0.5 rounded-lg border border-zinc-200 bg-white p-0.5 shadow-sm dark:border-zinc-700 dark:bg-zinc-900",
        !picking && "invisible group-focus-within:visible group-hover:visible",
      )}
      onKeyDown={(e) => {
        if (e.key === "Escape" && picking) {
          e.stopPropagation();
          setPicking(false);
        }
      }}
    >
      {picking ? (
        <>
          {QUICK_REACTIONS.map((emoji) => (
            <button
              key={emoji}
              type="button"
              aria-label={`React with ${emoji}`}
              className={cx(button, "text-lg")}
              onClick={() => {
                setPicking(false);
                onReact(emoji);
              }}
            >
              {emoji}
            </button>
          ))}
          <button
            type="button"
            aria-label="More reactions"
            title="More reactions"
            className={button}
            onClick={() => {
              setPicking(false);
              onMoreReactions();
            }}
          >
            <PlusIcon width={18} height={18} />
          </button>
        </>
      ) : (
        <>
          <button type="button" aria-label="Add a reaction" title="Add a reaction" className={button} onClick={() => setPicking(true)}>
            <SmileIcon width={18} height={18} />
          </button>
          <button type="button" aria-label="Reply" title="Reply" className={button} onClick={onReply}>
            <ReplyIcon width={18} height={18} />
          </button>
          {onThread && (
            <button type="button" aria-label="Reply in thread" title="Reply in thread" className={button} onClick={onThread}>
              <ChatIcon width={18} height={18} />
            </button>
          )}
          {mine && canEdit && (
            <button type="button" aria-label="Edit message" title="Edit" className={button} onClick={onEdit}>
              <PencilIcon width={18} height={18} />
            </button>
          )}
          {(mine || canModerate) && (
            <button type="button" aria-label="Delete message" title="Delete" className={button} onClick={onDelete}>
              <TrashIcon width={18} height={18} />
            </button>
          )}
        </>
      )}
    </div>
  );
}

/**
 * The text of one's own message, edited in place: Enter saves, Shift+Enter breaks the line, Escape
 * cancels. It starts from `initial` (the message's text, or an edit that was refused) and saving the
 * message's `current` text unchanged is a cancel.
 */
export function EditForm({
  initial,
  current,
  onSave,
  onCancel,
}: {
  initial: string;
  current: string;
  onSave: (content: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const tooLong = [...text.trim()].length > CONTENT_MAX;
  const save = async () => {
    if (busy || tooLong) return;
    if (text.trim() === current.trim()) return onCancel();
    setBusy(true);
    setError(null);
    try {
      await onSave(text);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <form
      className="flex w-full min-w-64 flex-col gap-1.5"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <textarea
        ref={box}
        aria-label="Edit message"
        aria-invalid={error || tooLong ? true : undefined}
        value={text}
        rows={Math.min(8, Math.max(2, text.split("\n").length))}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          } else if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            e.stopPropagation();
            void save();
          }
        }}
        className="w-full resize-none rounded-xl border border-zinc-300 bg-white px-3 py-2 text-[15px] text-zinc-900 focus:border-accent-500 focus:outline-none dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
      />
      {(error || tooLong) && (
        <p role="alert" className="text-xs text-red-600 dark:text-red-400">
          {tooLong ? `A message holds at most ${CONTENT_MAX} characters.` : error}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={busy || tooLong}>
          Save
        </Button>
      </div>
    </form>
  );
}

/** Asks before a message is deleted for everyone. */
export function DeleteDialog({ open, onClose, onConfirm }: { open: boolean; onClose: () => void; onConfirm: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog open={open} onClose={onClose} title="Delete message?">
      <div className="space-y-4">
        <p className="text-sm text-zinc-700 dark:text-zinc-300">It will be deleted for everyone in this conversation, with its files.</p>
        {error && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="danger"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setError(null);
              try {
                await onConfirm();
                onClose();
              } catch (e) {
                setError(errorMessage(e));
              } finally {
                setBusy(false);
              }
            }}
          >
            Delete
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

/** The "(edited)" mark: opens the texts the message had before, newest first. */
export function EditedMark({ message }: { message: Message }) {
  const [open, setOpen] = useState(false);
  const history = useQuery({
    queryKey: ["edits", message.id, message.version],
    queryFn: () => api<{ content: string; editedAt: string }[]>(`/messages/${encodeURIComponent(message.id)}/edits`),
    enabled: open,
  });
  return (
    <>
      <button
        type="button"
        title={`Edited ${fullDateTime(message.editedAt!)}: show the earlier texts`}
        onClick={() => setOpen(true)}
        className="shrink-0 pb-1 text-xs text-muted hover:underline"
      >
        (edited)
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Edit history">
        {history.isError ? (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {errorMessage(history.error)}
          </p>
        ) : !history.data ? (
          <Spinner label="Loading the edit history" />
        ) : (
          <ol className="space-y-3 text-sm">
            <li>
              <p className="whitespace-pre-wrap wrap-anywhere text-zinc-900 dark:text-zinc-100">{message.content}</p>
              <p className="text-xs text-muted">Now, since {fullDateTime(message.editedAt!)}</p>
            </li>
            {[...history.data].reverse().map((e) => (
              <li key={e.editedAt} className="border-t border-zinc-200 pt-3 dark:border-zinc-800">
                <p className="whitespace-pre-wrap wrap-anywhere text-zinc-700 dark:text-zinc-300">{e.content}</p>
                <p className="text-xs text-muted">Until {fullDateTime(e.editedAt)}</p>
              </li>
            ))}
          </ol>
        )}
      </Dialog>
    </>
  );
}
