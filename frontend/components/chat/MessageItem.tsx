"use client";
import { memo, startTransition, useOptimistic, useState, type FocusEvent, type ReactNode } from "react";
import { Avatar } from "@/components/ui/Avatar";
import { Dialog } from "@/components/ui/Dialog";
import { DownloadIcon, FileIcon } from "@/components/ui/icons";
import { useAuthedObjectUrl } from "@/hooks/useAuthedObjectUrl";
import { useSecondsLeft } from "@/hooks/useSecondsLeft";
import { errorMessage } from "@/lib/api";
import { cx } from "@/lib/cx";
import { downloadFile } from "@/lib/media";
import { withEdit, withReaction } from "@/lib/messages";
import type { OutboxEntry } from "@/lib/outbox";
import { clockTime, fileSize, fullDateTime } from "@/lib/time";
import type { Attachment, Message, PublicUser } from "@/lib/types";
import { EmojiPickerDialog } from "./EmojiPicker";
import { DeleteDialog, EditedMark, EditForm, MessageToolbar, personName, Reactions, type MessageActions } from "./MessageChanges";
import { MessageText } from "./MessageText";
import { ProfileButton } from "./ProfileDialog";

function ImageThumb({ a, onOpen }: { a: Attachment; onOpen: () => void }) {
  const { src, error } = useAuthedObjectUrl(a.thumbnailUrl ?? a.url);
  const ratio = a.width && a.height ? a.width / a.height : 4 / 3;
  const w = Math.min(260, a.width ?? 260, 260 * Math.max(ratio, 0.5));
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label={`Open image ${a.name}`}
      className="block overflow-hidden rounded-xl bg-zinc-200 dark:bg-zinc-800"
      style={{ width: Math.max(w, 64), aspectRatio: String(Math.max(ratio, 0.5)) }}
    >
      {src ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={src} alt={a.name} className="h-full w-full object-cover" />
      ) : (
        <span className="flex h-full w-full items-center justify-center text-xs text-muted">{error ? "Image unavailable" : ""}</span>
      )}
    </button>
  );
}

function FileCard({ a, mine }: { a: Attachment; mine: boolean }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <div
      className={cx(
        "flex w-64 max-w-full items-center gap-3 rounded-xl border px-3 py-2.5",
        mine
          ? "border-accent-200 bg-accent-50 text-zinc-900 dark:border-accent-700 dark:bg-accent-700/30 dark:text-zinc-100"
          : "border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-900",
      )}
    >
      <span className={cx("inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-lg", mine ? "bg-accent-100 text-accent-700 dark:bg-accent-700/50 dark:text-accent-100" : "bg-accent-50 text-accent-600 dark:bg-accent-700/30 dark:text-accent-200")}>
        <FileIcon />
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium">{a.name}</span>
        <span className={cx("block text-xs", mine ? "text-zinc-600 dark:text-zinc-300" : "text-muted")}>
          {failed ? "Download failed" : fileSize(a.size)}
        </span>
      </span>
      <button
        type="button"
        aria-label={`Download ${a.name}`}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setFailed(false);
          try {
            await downloadFile(a.url, a.name);
          } catch {
            setFailed(true);
          } finally {
            setBusy(false);
          }
        }}
        className={cx("inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-lg", mine ? "hover:bg-accent-100 dark:hover:bg-accent-700/50" : "hover:bg-zinc-100 dark:hover:bg-zinc-800")}
      >
        <DownloadIcon width={18} height={18} />
      </button>
    </div>
  );
}

function Lightbox({ a, onClose }: { a: Attachment | null; onClose: () => void }) {
  const { src } = useAuthedObjectUrl(a?.url);
  return (
    <Dialog open={!!a} onClose={onClose} title={a?.name ?? "Image"} wide>
      {a && (
        <div className="space-y-3">
          <div className="flex min-h-40 items-center justify-center">
            {src ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={src} alt={a.name} className="max-h-[65dvh] max-w-full rounded-lg object-contain" />
            ) : (
              <span className="text-sm text-muted">Loading…</span>
            )}
          </div>
          <div className="flex items-center justify-between text-sm text-muted">
            <span>
              {a.width && a.height ? `${a.width} × ${a.height} · ` : ""}
              {fileSize(a.size)}
            </span>
            <button type="button" className="inline-flex items-center gap-1.5 font-medium text-accent-600 hover:underline dark:text-accent-400" onClick={() => void downloadFile(a.url, a.name)}>
              <DownloadIcon width={16} height={16} /> Download
            </button>
          </div>
        </div>
      )}
    </Dialog>
  );
}

export function Attachments({ list, mine }: { list: Attachment[]; mine: boolean }) {
  const [open, setOpen] = useState<Attachment | null>(null);
  if (!list.length) return null;
  return (
    <div className={cx("flex flex-col gap-1.5", mine ? "items-end" : "items-start")}>
      {list.map((a) =>
        a.contentType.startsWith("image/") && (a.thumbnailUrl || a.width) ? (
          <ImageThumb key={a.id} a={a} onOpen={() => setOpen(a)} />
        ) : (
          <FileCard key={a.id} a={a} mine={mine} />
        ),
      )}
      <Lightbox a={open} onClose={() => setOpen(null)} />
    </div>
  );
}

/**
 * Whether a message has the pointer over it or the focus inside it. Its action toolbar exists only
 * then: thousands of hidden toolbars (each its own stacking layer) made every page of older
 * messages slower to lay out and paint. A tap on a phone counts as the pointer arriving.
 */
function useAttention() {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  return {
    on: hovered || focused,
    handlers: {
      onMouseEnter: () => setHovered(true),
      onMouseLeave: () => setHovered(false),
      onFocus: () => setFocused(true),
      onBlur: (e: FocusEvent<HTMLElement>) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      },
    },
  };
}

/**
 * One message of the list. Memoised: a page of history prepended, or a message arriving, renders
 * only the items it adds or whose neighbours changed, not the thousands already there.
 */
export const MessageItem = memo(function MessageItem({
  message: confirmed,
  sender,
  mine,
  showSender,
  firstOfRun,
  tabIndex,
  myId,
  members,
  actions,
  editing = false,
}: {
  message: Message;
  sender: PublicUser | undefined;
  mine: boolean;
  showSender: boolean;
  firstOfRun: boolean;
  /** Roving tab stop of the message list: 0 for the one message in the Tab order, else -1. */
  tabIndex: number;
  myId: string;
  members: Map<string, PublicUser>;
  actions: MessageActions;
  /** Its text is open for editing in place. */
  editing?: boolean;
}) {
  const [deleting, setDeleting] = useState(false);
  const [choosingEmoji, setChoosingEmoji] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** An edit the server refused, back in the editor so nothing typed is lost. */
  const [unsaved, setUnsaved] = useState<string | null>(null);
  const attention = useAttention();
  // One's reactions and edits show at once; the server's answer, merged into the timeline, takes
  // their place when it comes, and a refusal takes them back (with the reason under the message).
  const [message, showAtOnce] = useOptimistic(confirmed, (m: Message, change: (m: Message) => Message) => change(m));
  const deleted = !!message.deletedAt;
  const attempt = (change: Promise<void>) =>
    change.then(
      () => setProblem(null),
      (e) => setProblem(errorMessage(e)),
    );
  const optimistically = (change: (m: Message) => Message, request: () => Promise<void>) =>
    startTransition(async () => {
      showAtOnce(change);
      await attempt(request());
    });
  const react = (emoji: string, on: boolean) =>
    optimistically(
      (m) => withReaction(m, emoji, myId, on),
      () => actions.react(message.id, emoji, on),
    );
  const edit = (content: string) => {
    setUnsaved(null);
    actions.stopEditing();
    optimistically(
      (m) => withEdit(m, content),
      () =>
        actions.edit(message.id, content).catch((e: unknown) => {
          setUnsaved(content);
          actions.startEditing(message.id);
          throw e;
        }),
    );
  };
  const name = sender?.name ?? "Unknown";
  const avatar = <Avatar name={name} seed={message.senderId} url={sender?.avatarUrl} size={32} />;
  const time = <MessageTime iso={message.createdAt} />;
  return (
    <li
      className={cx(
        "group relative flex gap-2.5 px-4 transition-colors duration-700 data-highlight:bg-accent-100 dark:data-highlight:bg-accent-700/40",
        mine ? "justify-end" : "justify-start",
        firstOfRun ? "mt-3" : "mt-0.5",
      )}
      data-seq={message.seq}
      data-message-id={message.id}
      data-deleted={deleted || undefined}
      tabIndex={tabIndex}
      {...attention.handlers}
    >
      {attention.on && !deleted && !editing && (
        <div className={cx("absolute -top-3 z-10", mine ? "left-4" : "right-4")}>
          <MessageToolbar
            mine={mine}
            canModerate={actions.moderator}
            canEdit={message.content.trim().length > 0 || message.attachments.length > 0}
            onReact={(emoji) => react(emoji, true)}
            onMoreReactions={() => setChoosingEmoji(true)}
            onReply={() => actions.reply(message)}
            onThread={actions.openThread && !message.threadId ? () => actions.openThread!(message.id) : undefined}
            onEdit={() => actions.startEditing(message.id)}
            onDelete={() => setDeleting(true)}
          />
        </div>
      )}
      {!mine && showSender && (
        <span className="w-8 shrink-0">
          {firstOfRun &&
            (sender ? (
              // The name next to it is the keyboard's way to the same profile.
              <ProfileButton user={sender} tabIndex={-1} aria-hidden="true" className="rounded-full">
                {avatar}
              </ProfileButton>
            ) : (
              avatar
            ))}
        </span>
      )}
      <div className={cx("flex min-w-0 max-w-[78%] flex-col sm:max-w-[70%]", mine ? "items-end" : "items-start")}>
        {firstOfRun && (
          <span className="mb-0.5 flex min-w-0 max-w-full items-baseline gap-1.5 px-1 text-xs text-muted">
            {!mine && showSender && <SenderName sender={sender} name={name} />}
            {time}
          </span>
        )}
        {message.replyTo && !deleted && <Quote replyTo={message.replyTo} members={members} myId={myId} onJump={actions.jumpTo} />}
        <div className={cx("flex min-w-0 max-w-full items-end gap-2", mine && "flex-row-reverse")}>
          {deleted ? (
            <p className="rounded-2xl border border-dashed border-zinc-300 px-3.5 py-2 text-sm italic text-muted dark:border-zinc-700">
              This message was deleted.
            </p>
          ) : editing ? (
            <EditForm
              initial={unsaved ?? message.content}
              current={message.content}
              onSave={async (content) => edit(content)}
              onCancel={() => {
                setUnsaved(null);
                actions.stopEditing();
              }}
            />
          ) : (
            <Bubble mine={mine} content={message.content} attachments={message.attachments} />
          )}
          {message.editedAt && !deleted && !editing && <EditedMark message={message} />}
          {/* Within a run only the first message shows its time; the others show it on hover. */}
          {!firstOfRun && <span className="invisible shrink-0 pb-1 text-xs text-zinc-500 group-focus-within:visible group-hover:visible dark:text-zinc-400">{time}</span>}
        </div>
        {!deleted && (
          <Reactions message={message} myId={myId} members={members} onToggle={react} />
        )}
        {message.thread && actions.openThread && (
          <button
            type="button"
            onClick={() => actions.openThread!(message.id)}
            className="mt-1 inline-flex items-center gap-1.5 rounded px-1 text-xs font-medium text-accent-700 hover:underline dark:text-accent-400"
          >
            <ThreadParticipants ids={message.thread.participantIds} members={members} />
            <span>
              {message.thread.replyCount === 1 ? "1 reply" : `${message.thread.replyCount} replies`}
              <span className="font-normal text-muted"> · last {clockTime(message.thread.lastReplyAt)}</span>
              <span className="sr-only">, from {message.thread.participantIds.map((id) => personName(id, members, myId)).join(", ")}</span>
            </span>
          </button>
        )}
        {problem && (
          <p role="alert" className="mt-0.5 px-1 text-xs text-red-600 dark:text-red-400">
            {problem}
          </p>
        )}
        {/* Dialogs exist only while open: a long history holds thousands of messages. */}
        {deleting && <DeleteDialog open onClose={() => setDeleting(false)} onConfirm={() => actions.remove(message.id)} />}
        {choosingEmoji && (
          <EmojiPickerDialog
            open
            onClose={() => setChoosingEmoji(false)}
            onPick={(emoji) => {
              setChoosingEmoji(false);
              react(emoji, true);
            }}
          />
        )}
      </div>
    </li>
  );
});

/** The faces of those who replied in a thread, the latest first, overlapping. */
function ThreadParticipants({ ids, members }: { ids: string[]; members: Map<string, PublicUser> }) {
  return (
    <span aria-hidden="true" className="flex -space-x-1.5">
      {ids.map((id) => {
        const who = members.get(id);
        return (
          <span key={id} className="rounded-full ring-2 ring-white dark:ring-zinc-950">
            <Avatar name={who?.name ?? "Unknown"} seed={id} url={who?.avatarUrl} size={20} />
          </span>
        );
      })}
    </span>
  );
}

/** The quote of `quoted` above a reply not sent yet; nothing when that message is not held. */
export function PendingQuote({
  quoted,
  members,
  myId,
  onJump,
}: {
  quoted: Message | undefined;
  members: Map<string, PublicUser>;
  myId: string;
  onJump: (messageId: string) => void;
}) {
  if (!quoted) return null;
  const replyTo = { id: quoted.id, senderId: quoted.senderId, excerpt: quoted.deletedAt ? "" : quoted.content };
  return <Quote replyTo={replyTo} members={members} myId={myId} onJump={onJump} />;
}

/** The message a reply quotes; a click goes to it when it is loaded. */
function Quote({
  replyTo,
  members,
  myId,
  onJump,
}: {
  replyTo: NonNullable<Message["replyTo"]>;
  members: Map<string, PublicUser>;
  myId: string;
  onJump: (messageId: string) => void;
}) {
  const who = personName(replyTo.senderId, members, myId);
  return (
    <button
      type="button"
      onClick={() => onJump(replyTo.id)}
      className="mb-1 block max-w-full border-l-2 border-accent-500 px-2 text-left text-xs text-muted hover:text-zinc-900 dark:hover:text-white"
    >
      <span className="sr-only">In reply to </span>
      <span className="font-medium">{who}</span>
      <span className="line-clamp-2 break-words">{replyTo.excerpt || "(no text)"}</span>
    </button>
  );
}

function SenderName({ sender, name }: { sender: PublicUser | undefined; name: string }) {
  const className = "truncate font-medium";
  if (!sender) return <span className={className}>{name}</span>;
  return (
    <ProfileButton user={sender} className={cx(className, "rounded hover:underline")}>
      {name}
    </ProfileButton>
  );
}

/** A message's clock time, with the full date as its tooltip. */
function MessageTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={fullDateTime(iso)} className="shrink-0 tabular-nums">
      {clockTime(iso)}
    </time>
  );
}

function Bubble({
  mine,
  content,
  attachments,
  time,
  status,
  waiting = false,
}: {
  mine: boolean;
  content: string;
  attachments: Attachment[];
  time?: string;
  status?: string;
  /** Not sent yet: drawn as a dashed outline, not faded, so its text keeps its contrast. */
  waiting?: boolean;
}) {
  const hasText = content.trim().length > 0;
  return (
    <div className={cx("flex min-w-0 flex-col gap-1", mine ? "items-end" : "items-start")}>
      <Attachments list={attachments ?? []} mine={mine} />
      {hasText && (
        <div
          className={cx(
            "max-w-full whitespace-pre-wrap wrap-anywhere rounded-2xl px-3.5 py-2 text-[15px] leading-snug",
            waiting
              ? "rounded-br-md border border-dashed border-accent-500 bg-accent-50 text-zinc-900 dark:border-accent-400 dark:bg-accent-700/30 dark:text-zinc-100"
              : mine
                ? "rounded-br-md bg-accent-600 text-white"
                : "rounded-bl-md bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100",
          )}
        >
          <MessageText text={content} />
        </div>
      )}
      {time && (
        <span className="px-1 text-[11px] text-muted">
          <time dateTime={time}>{clockTime(time)}</time>
          {status ? ` · ${status}` : ""}
        </span>
      )}
    </div>
  );
}

/** What an unsent message is waiting for, said plainly. */
function pendingStatus(p: OutboxEntry, offline: boolean, secondsLeft: number): string {
  if (p.status === "sending") return "Sending…";
  if (offline) return "Waiting for the connection";
  if (p.retryAt && secondsLeft > 0) return `${p.error ?? "Waiting"} · sending again in ${secondsLeft} s`;
  return "Waiting to send";
}

export function PendingItem({
  p,
  quote,
  offline,
  onRetry,
  onDiscard,
  tabIndex,
}: {
  p: OutboxEntry;
  /** The message it replies to, shown above it as it will be once sent. */
  quote?: ReactNode;
  offline: boolean;
  onRetry: () => void;
  onDiscard: () => void;
  tabIndex: number;
}) {
  const secondsLeft = useSecondsLeft(p.retryAt);
  const failed = p.status === "failed";
  return (
    <li className="mt-1 flex justify-end px-4" data-pending={p.status} tabIndex={tabIndex}>
      <div className="flex max-w-[78%] flex-col items-end sm:max-w-[70%]">
        {quote}
        <Bubble
          mine
          waiting={!failed}
          content={p.content}
          attachments={p.attachments}
          time={p.createdAt}
          status={failed ? undefined : pendingStatus(p, offline, secondsLeft)}
        />
        {failed && (
          <div className="mt-0.5 flex items-center gap-2 px-1 text-xs text-red-600 dark:text-red-400">
            <span>Not sent: {p.error}</span>
            <button type="button" onClick={onRetry} className="font-semibold underline underline-offset-2">
              Retry
            </button>
            <button type="button" onClick={onDiscard} className="text-muted underline underline-offset-2">
              Discard
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
