import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import type { HistoryPage, Message } from "@/lib/types";
import { msg } from "./message";

// The network is the only thing replaced: pages of history come from this list, newest first.
const pages: HistoryPage[] = [];
vi.mock("@/lib/api", () => ({ api: async () => pages.shift() }));

const { timelineQuery } = await import("@/hooks/queries");
const { loadOlder } = await import("@/lib/history");
const { keys } = await import("@/lib/queryKeys");


const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => msg(from + i));

describe("the timeline cache", () => {
  it("keeps every message already held the same object when an older page is prepended", async () => {
    // A message that stays the same object is skipped by its memoised list item; a copy re-renders
    // (every page used to re-render the whole history, 27 s to page in 2,000 messages).
    const qc = new QueryClient();
    pages.push(
      { messages: range(101, 150), nextCursor: "c100" },
      { messages: range(51, 100), nextCursor: "c50" },
      { messages: range(1, 50), nextCursor: null },
    );
    await qc.fetchQuery(timelineQuery(qc, "c1"));
    expect(await loadOlder(qc, "c1")).toBe(true);
    const before = qc.getQueryData<{ messages: Message[] }>(keys.timeline("c1"))!.messages;

    expect(await loadOlder(qc, "c1")).toBe(false);

    const after = qc.getQueryData<{ messages: Message[] }>(keys.timeline("c1"))!.messages;
    expect(after.map((m) => m.seq)).toEqual(range(1, 150).map((m) => m.seq));
    after.slice(50).forEach((m, i) => expect(m).toBe(before[i]));
  });
});
