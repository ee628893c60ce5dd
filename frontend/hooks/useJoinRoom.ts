"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { api } from "@/lib/api";
import { keys } from "@/lib/queryKeys";
import type { Room } from "@/lib/types";

/** Joins a room (with its invite code for private ones) and opens it. */
export function useJoinRoom() {
  const qc = useQueryClient();
  const router = useRouter();
  return async (roomId: string, inviteCode?: string) => {
    const room = await api<Room>(`/rooms/${encodeURIComponent(roomId)}/join`, { body: inviteCode ? { inviteCode } : {} });
    await qc.invalidateQueries({ queryKey: keys.inbox });
    void qc.invalidateQueries({ queryKey: ["rooms"] });
    router.push(`/chat/?c=${encodeURIComponent(room.id)}`);
    return room;
  };
}
