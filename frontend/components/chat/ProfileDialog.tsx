"use client";
import { useState, type ButtonHTMLAttributes } from "react";
import { Alert } from "@/components/ui/Alert";
import { Avatar } from "@/components/ui/Avatar";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { ChatIcon } from "@/components/ui/icons";
import { useAction } from "@/hooks/useAction";
import { useOpenConversation } from "@/hooks/useOpenConversation";
import { usePresence, useRealtime } from "@/hooks/useRealtime";
import { api } from "@/lib/api";
import { cx } from "@/lib/cx";
import { lastSeenText } from "@/lib/time";
import type { Conversation, PublicUser } from "@/lib/types";

/** Someone's profile: large avatar, presence, bio, and a way to message them. */
export function ProfileDialog({ user, open, onClose }: { user: PublicUser; open: boolean; onClose: () => void }) {
  const { myId } = useRealtime();
  const live = usePresence()[user.id];
  const online = live?.online ?? user.online;
  const lastSeen = live?.lastSeen ?? user.lastSeen;
  const openConv = useOpenConversation(onClose);
  const { busy, error, run } = useAction();
  return (
    <Dialog open={open} onClose={onClose} title={user.name}>
      <div className="flex flex-col items-center gap-3 text-center">
        <Avatar name={user.name} seed={user.id} url={user.avatarUrl} size={96} online={online} />
        <p className={cx("text-sm", online ? "text-emerald-600 dark:text-emerald-400" : "text-muted")}>
          {online ? "online" : lastSeenText(lastSeen)}
        </p>
        {user.bio ? (
          <p className="whitespace-pre-wrap wrap-anywhere text-sm text-zinc-700 dark:text-zinc-300">{user.bio}</p>
        ) : (
          <p className="text-sm text-muted">No bio yet.</p>
        )}
        {error && <Alert>{error}</Alert>}
        {user.id !== myId && (
          <Button
            disabled={busy}
            onClick={() => run(async () => openConv(await api<Conversation>("/conversations/direct", { body: { userId: user.id } })))}
          >
            <ChatIcon width={16} height={16} /> Message
          </Button>
        )}
      </div>
    </Dialog>
  );
}

/** A name or avatar that opens its person's profile. */
export function ProfileButton({ user, className, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { user: PublicUser }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        title={`View profile of ${user.name}`}
        onClick={() => setOpen(true)}
        className={cx("text-left hover:opacity-80", className)}
        {...props}
      >
        {children}
      </button>
      {open && <ProfileDialog user={user} open onClose={() => setOpen(false)} />}
    </>
  );
}
