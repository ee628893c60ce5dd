"use client";
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from "react";
import { FileIcon, PaperclipIcon, SendIcon, XIcon } from "@/components/ui/icons";
import { useRealtime } from "@/hooks/useRealtime";
import { errorMessage, upload, type UploadHandle } from "@/lib/api";
import { cx } from "@/lib/cx";
import { loadDraft, saveDraft } from "@/lib/drafts";
import { CONTENT_MAX } from "@/lib/messages";
import { fileSize } from "@/lib/time";
import type { Attachment, Message } from "@/lib/types";

interface Staged {
  key: string;
  file: File;
  previewUrl: string | null;
  progress: number;
  status: "uploading" | "done" | "failed";
  error?: string;
  attachment?: Attachment;
  handle?: UploadHandle<Attachment>;
}

export interface ComposerHandle {
  addFiles: (files: FileList | File[]) => void;
  focus: () => void;
}

// The server forwards at most one "started" per 2 s (even after a "stopped"), so repeat just
// after that while the person keeps typing: a dropped start is then made good quickly.
const TYPING_REPEAT_MS = 2_100;
const TYPING_IDLE_MS = 3_000;
/** The server's limit, in characters (code points) after trimming. */
const COUNTER_FROM = 3_500;
const count = (n: number) => n.toLocaleString("en-US");

interface ComposerProps {
  conversationId: string;
  disabled?: boolean;
  /** Writes into the thread of this root: its own draft, its own box. */
  threadId?: string;
  /** The message the next one quotes, and who wrote it; `onReplyDone` when it is sent or given up. */
  replyTo?: Message | null;
  replyToName?: string;
  onReplyDone?: () => void;
  /** Up in the empty box: edit one's last message here; false when there is none. */
  onEditLast?: () => boolean;
}

export const Composer = forwardRef<ComposerHandle, ComposerProps>(function Composer(
  { conversationId, disabled, threadId, replyTo, replyToName, onReplyDone, onEditLast },
  ref,
) {
  const rt = useRealtime();
  const draftKey = threadId ? `${conversationId}#${threadId}` : conversationId;
  const [text, setText] = useState("");
  const [staged, setStaged] = useState<Staged[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** Enter was pressed while files were uploading: send once they are done. */
  const [sendWhenUploaded, setSendWhenUploaded] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const typingState = useRef<{ active: boolean; lastSent: number; idle: ReturnType<typeof setTimeout> | null }>({
    active: false,
    lastSent: 0,
    idle: null,
  });

  const stopTyping = useCallback(() => {
    const t = typingState.current;
    if (t.idle) clearTimeout(t.idle);
    t.idle = null;
    if (t.active) {
      t.active = false;
      rt.sendTyping(conversationId, false);
    }
  }, [rt, conversationId]);

  const stopTypingRef = useRef(stopTyping);
  stopTypingRef.current = stopTyping;

  // each conversation has its own draft; attachments stay with the conversation they were added in
  useEffect(() => {
    setText(loadDraft(draftKey));
    setError(null);
    setSendWhenUploaded(false);
    setStaged((list) => {
      list.forEach((s) => {
        s.handle?.abort();
        if (s.previewUrl) URL.revokeObjectURL(s.previewUrl);
      });
      return [];
    });
    return () => stopTypingRef.current();
  }, [draftKey]);

  // choosing a message to reply to puts the caret where the reply goes
  useEffect(() => {
    if (replyTo) textRef.current?.focus();
  }, [replyTo]);

  const addFiles = useCallback((files: FileList | File[]) => {
    const list = Array.from(files);
    if (!list.length) return;
    const items: Staged[] = list.map((file) => ({
      key: crypto.randomUUID(),
      file,
      previewUrl: file.type.startsWith("image/") ? URL.createObjectURL(file) : null,
      progress: 0,
      status: "uploading",
    }));
    setStaged((prev) => [...prev, ...items]);
    for (const item of items) {
      const handle = upload<Attachment>("/attachments", item.file, (f) =>
        setStaged((prev) => prev.map((s) => (s.key === item.key ? { ...s, progress: f } : s))),
      );
      item.handle = handle;
      handle.promise.then(
        (attachment) => setStaged((prev) => prev.map((s) => (s.key === item.key ? { ...s, status: "done", progress: 1, attachment } : s))),
        (e) => {
          if (e instanceof DOMException && e.name === "AbortError") return;
          setStaged((prev) => prev.map((s) => (s.key === item.key ? { ...s, status: "failed", error: errorMessage(e) } : s)));
        },
      );
    }
    textRef.current?.focus();
  }, []);

  useImperativeHandle(ref, () => ({ addFiles, focus: () => textRef.current?.focus() }), [addFiles]);

  const remove = (key: string) =>
    setStaged((prev) => {
      const s = prev.find((x) => x.key === key);
      s?.handle?.abort();
      if (s?.previewUrl) URL.revokeObjectURL(s.previewUrl);
      return prev.filter((x) => x.key !== key);
    });

  const uploading = staged.some((s) => s.status === "uploading");
  const uploadFailed = staged.some((s) => s.status === "failed");
  const ready = staged.filter((s) => s.status === "done" && s.attachment);
  const chars = [...text.trim()].length;
  const canSend = !disabled && (chars > 0 || staged.length > 0);

  const submit = () => {
    if (!canSend) return;
    if (chars > CONTENT_MAX) {
      setError(`Not sent: a message can have at most ${count(CONTENT_MAX)} characters, this one has ${count(chars)}. Shorten it or split it in two.`);
      return;
    }
    if (uploading) {
      setSendWhenUploaded(true);
      return;
    }
    if (uploadFailed) {
      setError("Not sent: an attachment did not upload. Remove it, or attach it again.");
      return;
    }
    rt.outbox.add(conversationId, text.trim(), ready.map((s) => s.attachment!), {
      replyToId: replyTo?.id,
      threadId,
    });
    onReplyDone?.();
    setText("");
    saveDraft(draftKey, "");
    setStaged((prev) => {
      prev.forEach((s) => s.previewUrl && URL.revokeObjectURL(s.previewUrl));
      return [];
    });
    setError(null);
    stopTyping();
  };

  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    if (!sendWhenUploaded || uploading) return;
    setSendWhenUploaded(false);
    submitRef.current();
  }, [sendWhenUploaded, uploading]);

  const onChange = (value: string) => {
    setText(value);
    saveDraft(draftKey, value);
    setError(null);
    const t = typingState.current;
    if (!value.trim()) {
      stopTyping();
      return;
    }
    const now = Date.now();
    if (!t.active || now - t.lastSent > TYPING_REPEAT_MS) {
      t.active = true;
      t.lastSent = now;
      rt.sendTyping(conversationId, true);
    }
    if (t.idle) clearTimeout(t.idle);
    t.idle = setTimeout(stopTyping, TYPING_IDLE_MS);
  };

  // grow the textarea with its content, up to a limit
  useEffect(() => {
    const el = textRef.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, 180)}px`;
  }, [text]);

  return (
    <div className="border-t border-zinc-200 bg-white px-3 pb-3 pt-2 dark:border-zinc-800 dark:bg-zinc-950 sm:px-4">
      {sendWhenUploaded && (
        <div role="status" className="mb-2 flex items-center gap-3 rounded-lg bg-accent-50 px-3 py-1.5 text-sm text-accent-700 dark:bg-accent-700/30 dark:text-accent-100">
          <span className="flex-1">Sends as soon as the upload finishes…</span>
          <button type="button" className="font-medium underline underline-offset-2" onClick={() => setSendWhenUploaded(false)}>
            Don&apos;t send yet
          </button>
        </div>
      )}
      {replyTo && (
        <div className="mb-2 flex items-start gap-3 rounded-lg border-l-4 border-accent-500 bg-zinc-50 px-3 py-1.5 text-sm dark:bg-zinc-900">
          <div className="min-w-0 flex-1">
            <p className="font-medium text-zinc-900 dark:text-zinc-100">Replying to {replyToName ?? "a message"}</p>
            <p className="truncate text-muted">{replyTo.content || "A message without text"}</p>
          </div>
          <button type="button" aria-label="Cancel reply" title="Cancel reply" onClick={onReplyDone} className="rounded p-0.5 text-muted hover:text-zinc-900 dark:hover:text-white">
            <XIcon width={16} height={16} />
          </button>
        </div>
      )}
      {error && (
        <div role="alert" className="mb-2 rounded-lg bg-red-50 px-3 py-1.5 text-sm text-red-800 dark:bg-red-950/60 dark:text-red-200">
          {error}
        </div>
      )}
      {staged.length > 0 && (
        <ul aria-label="Attachments to send" className="mb-2 flex flex-wrap gap-2">
          {staged.map((s) => (
            <li
              key={s.key}
              className="relative flex w-44 flex-col gap-1.5 rounded-xl border border-zinc-200 bg-zinc-50 p-2 dark:border-zinc-700 dark:bg-zinc-900"
            >
              <div className="flex items-center gap-2">
                {s.previewUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={s.previewUrl} alt={`Preview of ${s.file.name}`} className="h-12 w-12 rounded-lg object-cover" />
                ) : (
                  <span className="inline-flex h-12 w-12 items-center justify-center rounded-lg bg-accent-50 text-accent-600 dark:bg-accent-700/30 dark:text-accent-200">
                    <FileIcon />
                  </span>
                )}
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-xs font-medium">{s.file.name}</span>
                  <span className={cx("block text-xs", s.status === "failed" ? "text-red-600 dark:text-red-400" : "text-muted")}>
                    {s.status === "failed" ? s.error : s.status === "done" ? fileSize(s.file.size) : `${Math.round(s.progress * 100)}%`}
                  </span>
                </span>
              </div>
              {s.status !== "failed" && (
                <progress
                  aria-label={`Uploading ${s.file.name}`}
                  value={Math.round(s.progress * 100)}
                  max={100}
                  className={cx(
                    "h-1 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-zinc-200 dark:[&::-webkit-progress-bar]:bg-zinc-700 [&::-webkit-progress-value]:bg-accent-500",
                    s.status === "done" && "[&::-webkit-progress-value]:bg-emerald-500",
                  )}
                />
              )}
              <button
                type="button"
                aria-label={`Remove ${s.file.name}`}
                onClick={() => remove(s.key)}
                className="absolute -right-1.5 -top-1.5 inline-flex h-5 w-5 items-center justify-center rounded-full bg-zinc-700 text-white shadow hover:bg-zinc-900 dark:bg-zinc-600"
              >
                <XIcon width={12} height={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <button
          type="button"
          aria-label="Attach files"
          title="Attach files"
          disabled={disabled}
          onClick={() => fileRef.current?.click()}
          className="inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-full text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white"
        >
          <PaperclipIcon />
        </button>
        <input
          ref={fileRef}
          type="file"
          multiple
          className="sr-only"
          tabIndex={-1}
          aria-label="Choose files to attach"
          onChange={(e) => {
            if (e.target.files) addFiles(e.target.files);
            e.target.value = "";
          }}
        />
        <textarea
          ref={textRef}
          rows={1}
          aria-label={threadId ? "Reply in thread" : "Message"}
          placeholder="Write a message…"
          value={text}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          onBlur={stopTyping}
          onPaste={(e) => {
            const files = e.clipboardData?.files;
            if (files && files.length) {
              e.preventDefault();
              addFiles(files);
            }
          }}
          onKeyDown={(e) => {
            if (e.key === "ArrowUp" && !text && !staged.length && onEditLast?.()) {
              e.preventDefault();
            } else if (e.key === "Escape" && replyTo) {
              e.preventDefault();
              onReplyDone?.();
            } else if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              submit();
            }
          }}
          aria-describedby={chars >= COUNTER_FROM ? `${draftKey}-length` : undefined}
          className="max-h-44 min-h-10 flex-1 resize-none rounded-2xl border border-zinc-300 bg-white px-4 py-2 text-[15px] leading-6 placeholder:text-zinc-400 focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 dark:border-zinc-700 dark:bg-zinc-900 dark:placeholder:text-zinc-500"
        />
        <button
          type="submit"
          aria-label="Send"
          title="Send (Enter)"
          disabled={!canSend}
          className="inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-accent-600 text-white transition-colors hover:bg-accent-700 disabled:bg-zinc-200 disabled:text-zinc-400 dark:disabled:bg-zinc-800 dark:disabled:text-zinc-600"
        >
          <SendIcon width={18} height={18} />
        </button>
      </form>
      {chars >= COUNTER_FROM && (
        <p
          id={`${draftKey}-length`}
          className={cx(
            "mt-1 px-14 text-right text-xs tabular-nums",
            chars > CONTENT_MAX ? "font-medium text-red-700 dark:text-red-400" : "text-muted",
          )}
        >
          {count(chars)} / {count(CONTENT_MAX)}
          {chars > CONTENT_MAX && ` · ${count(chars - CONTENT_MAX)} too many`}
        </p>
      )}
    </div>
  );
});
