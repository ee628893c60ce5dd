"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import { NewRoomDialog } from "@/components/rooms/NewRoomDialog";
import { SKIP_TARGET } from "@/components/shell/SkipLink";
import { Alert } from "@/components/ui/Alert";
import { Avatar } from "@/components/ui/Avatar";
import { IconButton } from "@/components/ui/Button";
import { CompassIcon, HashIcon, LockIcon, LogOutIcon, PencilIcon, UsersIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/Spinner";
import { ThemeToggle } from "@/components/ui/ThemeToggle";
import { useInbox, useMe, usePrefetchTopConversations } from "@/hooks/queries";
import { usePresence, useRealtime } from "@/hooks/useRealtime";
import { displayName, otherMember } from "@/lib/conversations";
import { cx } from "@/lib/cx";
import { preview } from "@/lib/messages";
import { relativeTime } from "@/lib/time";
import type { Conversation } from "@/lib/types";
import { NewDirectDialog, NewGroupDialog } from "./NewChatDialogs";

/** Re-renders every 30 s so relative times stay true. */
function useMinuteTick() {
  const [, setT] = useState(0);
  useEffect(() => {
    const i = setInterval(() => setT((t) => t + 1), 30_000);
    return () => clearInterval(i);
  }, []);
}

/** `ownScreen`: the inbox is the screen (no conversation open), so its heading is the page's h1. */
export function Sidebar({ onSignOut, ownScreen }: { onSignOut: () => void; ownScreen: boolean }) {
  const me = useMe();
  const inbox = useInbox();
  usePrefetchTopConversations();
  const { myId } = useRealtime();
  const [dialog, setDialog] = useState<null | "direct" | "group" | "room">(null);
  const params = useSearchParams();
  const activeId = params.get("c");
  const Heading = ownScreen ? "h1" : "h2";
  useMinuteTick();

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center gap-2 border-b border-zinc-200 px-3 py-2.5 dark:border-zinc-800">
        <Link
          href="/profile/"
          className="flex min-w-0 flex-1 items-center gap-2.5 rounded-lg p-1 hover:bg-zinc-100 dark:hover:bg-zinc-900"
        >
          <Avatar name={me.data?.name ?? "?"} seed={myId} url={me.data?.avatarUrl} size={34} />
          <span className="min-w-0">
            <span className="block truncate text-sm font-semibold">{me.data?.name ?? " "}</span>
            <span className="block truncate text-xs text-muted">{me.data?.email ?? ""}</span>
            <span className="sr-only">, your profile</span>
          </span>
        </Link>
        <ThemeToggle />
        <IconButton label="Sign out" onClick={onSignOut}>
          <LogOutIcon />
        </IconButton>
      </div>

      <div className="flex items-center justify-between px-4 pb-1 pt-4">
        <Heading className="text-lg font-semibold tracking-tight">Chats</Heading>
        <div className="flex items-center gap-0.5">
          <IconButton label="New direct message" onClick={() => setDialog("direct")}>
            <PencilIcon />
          </IconButton>
          <IconButton label="New group" onClick={() => setDialog("group")}>
            <UsersIcon />
          </IconButton>
          <IconButton label="New room" onClick={() => setDialog("room")}>
            <HashIcon />
          </IconButton>
          <Link
            href="/rooms/"
            aria-label="Browse rooms"
            title="Browse rooms"
            className="inline-flex h-9 w-9 items-center justify-center rounded-lg text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-white"
          >
            <CompassIcon />
          </Link>
        </div>
      </div>

      <nav id={SKIP_TARGET.conversations} tabIndex={-1} aria-label="Conversations" className="min-h-0 flex-1 overflow-y-auto px-2 pb-3 outline-none">
        {inbox.isPending && (
          <div className="p-4">
            <Spinner label="Loading conversations" />
          </div>
        )}
        {inbox.isError && (
          <div className="p-2">
            <Alert>Could not load your conversations.</Alert>
          </div>
        )}
        {inbox.data && inbox.data.length === 0 && (
          <div className="px-4 py-10 text-center text-sm text-muted">
            <p className="font-medium text-zinc-700 dark:text-zinc-300">No conversations yet</p>
            <p className="mt-1">Start a direct message, create a group, or browse public rooms.</p>
          </div>
        )}
        <ul className="space-y-0.5">
          {inbox.data?.map((c) => (
            <InboxRow key={c.id} c={c} myId={myId} active={c.id === activeId} />
          ))}
        </ul>
      </nav>

      <NewDirectDialog open={dialog === "direct"} onClose={() => setDialog(null)} />
      <NewGroupDialog open={dialog === "group"} onClose={() => setDialog(null)} />
      <NewRoomDialog open={dialog === "room"} onClose={() => setDialog(null)} />
    </div>
  );
}

function InboxRow({ c, myId, active }: { c: Conversation; myId: string; active: boolean }) {
  const presence = usePresence();
  const { typing } = useRealtime();
  const typingMap = useSyncExternalStore(typing.subscribe, typing.get, typing.get);
  const name = displayName(c, myId);
  const other = otherMember(c, myId);
  const online = other ? (presence[other.id]?.online ?? other.online) : undefined;
  const someoneTyping = Object.values(typingMap[c.id] ?? {}).some((exp) => exp > Date.now());
  const last = c.lastMessage;
  const mine = last?.senderId === myId;
  const sender = last && !mine && c.type !== "direct" ? c.members.find((m) => m.id === last.senderId)?.name?.split(" ")[0] : null;
  const text = preview(last);
  return (
    <li>
      <Link
        href={`/chat/?c=${encodeURIComponent(c.id)}`}
        aria-current={active ? "page" : undefined}
        className={cx(
          "flex items-center gap-3 rounded-xl px-2.5 py-2.5 transition-colors",
          active ? "bg-accent-50 dark:bg-accent-700/25" : "hover:bg-zinc-100 dark:hover:bg-zinc-900",
        )}
      >
        <Avatar
          name={name}
          seed={other?.id ?? c.id}
          url={other?.avatarUrl}
          online={online}
          shape={c.type === "direct" ? "circle" : "rounded"}
          size={44}
        />
        <span className="min-w-0 flex-1">
          <span className="flex items-baseline gap-2">
            <span className="flex min-w-0 flex-1 items-center gap-1 truncate text-sm font-semibold">
              {c.type === "room" && (c.isPrivate ? <LockIcon width={13} height={13} /> : <HashIcon width={13} height={13} />)}
              <span className="truncate">{name}</span>
            </span>
            <time dateTime={c.lastActivityAt} className="shrink-0 text-xs text-muted">
              {relativeTime(last?.createdAt ?? c.lastActivityAt)}
            </time>
          </span>
          <span className="mt-0.5 flex items-center gap-2">
            <span
              className={cx(
                "min-w-0 flex-1 truncate text-sm",
                someoneTyping
                  ? "italic text-accent-600 dark:text-accent-400"
                  : c.unreadCount
                    ? "font-medium text-zinc-800 dark:text-zinc-200"
                    : "text-muted",
              )}
            >
              {someoneTyping ? "typing…" : text ? `${mine ? "You: " : sender ? `${sender}: ` : ""}${text}` : "No messages yet"}
            </span>
            {c.unreadCount > 0 && (
              <span className="inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded-full bg-accent-600 px-1.5 text-xs font-semibold text-white">
                {c.unreadCount > 99 ? "99+" : c.unreadCount}
                <span className="sr-only"> unread</span>
              </span>
            )}
          </span>
        </span>
      </Link>
    </li>
  );
}
