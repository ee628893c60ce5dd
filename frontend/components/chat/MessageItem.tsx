"use client";
import { useState } from "react";
import { Avatar } from "@/components/ui/Avatar";
import { Dialog } from "@/components/ui/Dialog";
import { DownloadIcon, FileIcon } from "@/components/ui/icons";
import { useAuthedObjectUrl } from "@/hooks/useAuthedObjectUrl";
import { cx } from "@/lib/cx";
import { linkify } from "@/lib/linkify";
import { downloadFile } from "@/lib/media";
import type { PendingMessage } from "@/lib/messages";
import { clockTime, fileSize } from "@/lib/time";
import type { Attachment, Message, PublicUser } from "@/lib/types";

/** Message text as React text nodes; http(s) URLs become safe links. Never raw HTML. */
export function MessageText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((p, i) =>
        p.kind === "link" ? (
          <a key={i} href={p.href} target="_blank" rel="noopener noreferrer" className="underline decoration-1 underline-offset-2 break-all">
            {p.text}
          </a>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

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
        mine ? "border-white/25 bg-white/10" : "border-zinc-200 bg-white dark:border-zinc-700 dark:bg-zinc-900",
      )}
    >
      <span className={cx("inline-flex h-9 w-9 shrink-0 items-center justify-center rounded-lg", mine ? "bg-white/20" : "bg-accent-50 text-accent-600 dark:bg-accent-700/30 dark:text-accent-200")}>
        <FileIcon />
      </span>
      <span className="min-w-0 flex-1">
        <span className="block truncate text-sm font-medium">{a.name}</span>
        <span className={cx("block text-xs", mine ? "text-white/75" : "text-muted")}>
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
        className={cx("inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-lg", mine ? "hover:bg-white/15" : "hover:bg-zinc-100 dark:hover:bg-zinc-800")}
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

export function MessageItem({
  message,
  sender,
  mine,
  showSender,
  firstOfRun,
  tabIndex,
}: {
  message: Message;
  sender: PublicUser | undefined;
  mine: boolean;
  showSender: boolean;
  firstOfRun: boolean;
  /** Roving tab stop of the message list: 0 for the one message in the Tab order, else -1. */
  tabIndex: number;
}) {
  const name = sender?.name ?? "Unknown";
  return (
    <li
      className={cx("flex gap-2.5 px-4", mine ? "justify-end" : "justify-start", firstOfRun ? "mt-3" : "mt-0.5")}
      data-seq={message.seq}
      data-message-id={message.id}
      tabIndex={tabIndex}
    >
      {!mine && showSender && (
        <span className="w-8 shrink-0">{firstOfRun && <Avatar name={name} seed={message.senderId} url={sender?.avatarUrl} size={32} />}</span>
      )}
      <div className={cx("flex max-w-[78%] flex-col sm:max-w-[70%]", mine ? "items-end" : "items-start")}>
        {!mine && showSender && firstOfRun && <span className="mb-0.5 px-1 text-xs font-medium text-muted">{name}</span>}
        <Bubble mine={mine} content={message.content} attachments={message.attachments} time={message.createdAt} />
      </div>
    </li>
  );
}

function Bubble({
  mine,
  content,
  attachments,
  time,
  status,
}: {
  mine: boolean;
  content: string;
  attachments: Attachment[];
  time: string;
  status?: string;
}) {
  const hasText = content.trim().length > 0;
  return (
    <div className={cx("flex flex-col gap-1", mine ? "items-end" : "items-start")}>
      <Attachments list={attachments ?? []} mine={mine} />
      {hasText && (
        <div
          className={cx(
            "whitespace-pre-wrap break-words rounded-2xl px-3.5 py-2 text-[15px] leading-snug",
            mine ? "rounded-br-md bg-accent-600 text-white" : "rounded-bl-md bg-zinc-100 text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100",
          )}
        >
          <MessageText text={content} />
        </div>
      )}
      <span className="px-1 text-[11px] text-muted">
        <time dateTime={time}>{clockTime(time)}</time>
        {status ? ` · ${status}` : ""}
      </span>
    </div>
  );
}

export function PendingItem({ p, onRetry, onDiscard, tabIndex }: { p: PendingMessage; onRetry: () => void; onDiscard: () => void; tabIndex: number }) {
  return (
    <li className="mt-1 flex justify-end px-4" data-pending={p.status} tabIndex={tabIndex}>
      <div className={cx("flex max-w-[78%] flex-col items-end sm:max-w-[70%]", p.status === "sending" && "opacity-70")}>
        <Bubble mine content={p.content} attachments={p.attachments} time={p.createdAt} status={p.status === "sending" ? "Sending…" : undefined} />
        {p.status === "failed" && (
          <div className="mt-0.5 flex items-center gap-2 px-1 text-xs text-red-600 dark:text-red-400">
            <span>{p.error ?? "Not sent."}</span>
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
