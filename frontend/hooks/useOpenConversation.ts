"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { keys } from "@/lib/queryKeys";

/** Refreshes the inbox, closes the dialog and opens the given conversation. */
export function useOpenConversation(onClose: () => void) {
  const qc = useQueryClient();
  const router = useRouter();
  return (c: { id: string }) => {
    void qc.invalidateQueries({ queryKey: keys.inbox });
    onClose();
    router.push(`/chat/?c=${encodeURIComponent(c.id)}`);
  };
}
