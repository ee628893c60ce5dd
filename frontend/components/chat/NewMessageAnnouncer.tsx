"use client";
import { useEffect, useState } from "react";
import { useRealtime } from "@/hooks/useRealtime";
import { preview } from "@/lib/messages";
import type { Message, PublicUser } from "@/lib/types";

/**
 * Reads out messages from others as they arrive in the open conversation. The message log itself
 * is silent: announcing it would also read history as it loads and one's own sends.
 */
export function NewMessageAnnouncer({ conversationId, members }: { conversationId: string; members: Map<string, PublicUser> }) {
  const { socket, myId } = useRealtime();
  const [latest, setLatest] = useState<Message | null>(null);
  useEffect(
    () =>
      socket.on("receive_message", (m) => {
        if (m.conversationId === conversationId && m.senderId !== myId) setLatest(m);
      }),
    [socket, conversationId, myId],
  );
  return (
    <div role="status" aria-label="New messages" className="sr-only">
      {latest && <p key={latest.id}>{`${members.get(latest.senderId)?.name ?? "Someone"}: ${preview(latest)}`}</p>}
    </div>
  );
}
