import type { Message } from "@/lib/types";

/** A text message of conversation c1 by u1, numbered `seq`, one minute apart; `over` changes any of it. */
export function msg(seq: number, over: Partial<Message> = {}): Message {
  return {
    id: `m${seq}`,
    conversationId: "c1",
    seq,
    senderId: "u1",
    type: "text",
    content: `message ${seq}`,
    attachments: [],
    clientMessageId: null,
    createdAt: new Date(2026, 10, 20, 12, seq).toISOString(),
    ...over,
  };
}
