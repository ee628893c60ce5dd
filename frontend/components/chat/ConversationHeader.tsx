"use client";
import { Avatar } from "@/components/ui/Avatar";
import { BackToChats } from "@/components/ui/BackToChats";
import { Button } from "@/components/ui/Button";
import { HashIcon, LinkIcon, LockIcon } from "@/components/ui/icons";
import { usePresence } from "@/hooks/useRealtime";
import { displayName, memberCountText, otherMember } from "@/lib/conversations";
import { lastSeenText } from "@/lib/time";
import type { Conversation } from "@/lib/types";
import { ProfileButton } from "./ProfileDialog";

/** Who or what a conversation is: name, presence or size, a room's description; the other person's profile in a direct chat. */
export function ConversationHeader({ conv, myId, onInvite }: { conv: Conversation | undefined; myId: string; onInvite: () => void }) {
  const presence = usePresence();
  const name = conv ? displayName(conv, myId) : "";
  const other = conv ? otherMember(conv, myId) : null;
  const otherOnline = other ? (presence[other.id]?.online ?? other.online) : false;
  const otherLastSeen = other ? (presence[other.id]?.lastSeen ?? other.lastSeen) : null;
  const size = conv ? memberCountText(conv.memberCount ?? conv.members.length) : "";
  const subtitle = !conv
    ? ""
    : conv.type === "direct"
      ? otherOnline
        ? "online"
        : lastSeenText(otherLastSeen)
      : conv.type === "room"
        ? [conv.isPrivate ? "Private room" : "Public room", size].join(" · ")
        : size;
  const description = conv?.type === "room" ? conv.description?.trim() : "";

  const avatar = conv && (
    <Avatar
      name={name}
      seed={other?.id ?? conv.id}
      url={other?.avatarUrl}
      online={conv.type === "direct" ? otherOnline : undefined}
      shape={conv.type === "direct" ? "circle" : "rounded"}
      size={38}
    />
  );

  return (
    <header className="flex items-center gap-3 border-b border-zinc-200 px-3 py-2.5 dark:border-zinc-800 sm:px-4">
      <BackToChats />
      {other ? (
        // The name in the heading is the keyboard's way to the same profile.
        <ProfileButton user={other} tabIndex={-1} aria-hidden="true" className="rounded-full">
          {avatar}
        </ProfileButton>
      ) : (
        avatar
      )}
      <div className="min-w-0 flex-1">
        <h1 className="flex items-center gap-1 truncate text-base font-semibold">
          {conv?.type === "room" && (conv.isPrivate ? <LockIcon width={15} height={15} /> : <HashIcon width={15} height={15} />)}
          {other ? (
            <ProfileButton user={other} className="truncate rounded hover:underline">
              {name}
            </ProfileButton>
          ) : (
            <span className="truncate">{name}</span>
          )}
        </h1>
        <p className="truncate text-xs text-muted">{subtitle}</p>
        {description && (
          <p className="truncate text-xs text-zinc-600 dark:text-zinc-300" title={description}>
            {description}
          </p>
        )}
      </div>
      {conv?.type === "room" && (
        <Button variant="secondary" onClick={onInvite}>
          <LinkIcon width={16} height={16} /> Invite
        </Button>
      )}
    </header>
  );
}
