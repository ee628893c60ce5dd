"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { api, ApiError, errorMessage } from "./api";
import { keys } from "./queries";
import type { Room } from "./types";

export function joinErrorMessage(e: unknown): string {
  if (e instanceof ApiError && (e.code === "forbidden" || e.status === 403)) return "This room is private and the invite code is missing or wrong.";
  if (e instanceof ApiError && (e.code === "not_found" || e.status === 404)) return "There is no such room.";
  return errorMessage(e);
}

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
