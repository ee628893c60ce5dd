import { describe, expect, it } from "vitest";
import { applyCatchUp, applyLive, dayLabel, mergeMessages, preview, timelineItems, withEdit, withReaction, type Timeline } from "@/lib/messages";
import type { Message } from "@/lib/types";
import { msg } from "./message";


describe("mergeMessages", () => {
  it("sorts by seq and drops duplicates by id", () => {
    const merged = mergeMessages([msg(3), msg(1)], [msg(2), msg(3), msg(1)]);
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3]);
  });
  it("treats a known seq as a duplicate even under another id", () => {
    expect(mergeMessages([msg(1)], [msg(1, { id: "other" })]).map((m) => m.id)).toEqual(["m1"]);
  });
  it("returns the same array when nothing is new", () => {
    const list = [msg(1), msg(2)];
    expect(mergeMessages(list, [msg(2)])).toBe(list);
    expect(mergeMessages(list, [])).toBe(list);
  });
  it("merges an older page, a live message and a catch-up page into one gapless list", () => {
    let list = [msg(51), msg(52)];
    list = mergeMessages(list, [msg(1), msg(50), msg(49)]);
    list = mergeMessages(list, [msg(53)]);
    list = mergeMessages(list, [msg(53), msg(54), msg(55)]);
    expect(list.map((m) => m.seq)).toEqual([1, 49, 50, 51, 52, 53, 54, 55]);
  });
});

describe("timelineItems with unsent messages", () => {
  const entry = (id: string) => ({
    clientMessageId: id,
    userId: "u1",
    conversationId: "c1",
    content: "hi",
    attachments: [],
    createdAt: new Date().toISOString(),
    status: "waiting" as const,
  });
  it("lists them after the history, and one already committed only once, as the message", () => {
    const t: Timeline = { messages: [msg(1), msg(2, { clientMessageId: "a" })], nextCursor: null, version: 2 };
    const items = timelineItems(t, [entry("a"), entry("b")]);
    expect(items.filter((i) => i.kind !== "day").map((i) => i.key)).toEqual([msg(1).id, msg(2).id, "pending-b"]);
  });
});

describe("applyLive", () => {
  const at = (version: number, ...messages: Message[]): Timeline => ({ messages, nextCursor: null, version });

  it("moves the version on with the next number and merges an earlier one as it is", () => {
    const { timeline, gap } = applyLive(at(2, msg(1), msg(2)), msg(3));
    expect(gap).toBe(false);
    expect(timeline.version).toBe(3);
    const late = applyLive(timeline, msg(2));
    expect(late.gap).toBe(false);
    expect(late.timeline).toBe(timeline);
  });

  it("reports a gap when a number was skipped, and does not move past it", () => {
    const { timeline, gap } = applyLive(at(2, msg(1), msg(2)), msg(5));
    expect(gap).toBe(true);
    expect(timeline.version).toBe(2);
    expect(timeline.messages.map((m) => m.seq)).toEqual([1, 2, 5]);
  });

  it("replaces a message by its newer version, numbered like a new message", () => {
    const edited = msg(1, { content: "edited", version: 3, editedAt: new Date().toISOString() });
    const { timeline, gap } = applyLive(at(2, msg(1), msg(2)), edited);
    expect(gap).toBe(false);
    expect(timeline.version).toBe(3);
    expect(timeline.messages[0].content).toBe("edited");
    expect(applyLive(timeline, msg(1)).timeline.messages[0].content).toBe("edited");
  });

  it("leaves a change to a message older than the loaded window for when its page is loaded", () => {
    const window: Timeline = { messages: [msg(50), msg(51)], nextCursor: "50", version: 51 };
    const { timeline } = applyLive(window, msg(3, { version: 52, content: "old, edited" }));
    expect(timeline.messages.map((m) => m.seq)).toEqual([50, 51]);
    expect(timeline.version).toBe(52);
  });
});

describe("applyCatchUp", () => {
  it("merges every change since the version in its current state and is exact up to the last one", () => {
    const t: Timeline = { messages: [msg(1), msg(2)], nextCursor: null, version: 2 };
    const caughtUp = applyCatchUp(t, [msg(1, { content: "edited", version: 3 }), msg(4), msg(2, { deletedAt: "x", content: "", version: 5 })]);
    expect(caughtUp.version).toBe(5);
    expect(caughtUp.messages.map((m) => [m.seq, m.content])).toEqual([
      [1, "edited"],
      [2, ""],
      [4, "message 4"],
    ]);
    expect(applyCatchUp(caughtUp, [])).toBe(caughtUp);
  });
});

describe("day separators", () => {
  const now = new Date(2026, 10, 20, 15, 0);
  it("labels today, yesterday, weekdays and older dates", () => {
    expect(dayLabel(new Date(2026, 10, 20, 0, 5).toISOString(), now)).toBe("Today");
    expect(dayLabel(new Date(2026, 10, 19, 23, 59).toISOString(), now)).toBe("Yesterday");
    expect(dayLabel(new Date(2026, 10, 17, 9).toISOString(), now)).toBe(new Date(2026, 10, 17).toLocaleDateString(undefined, { weekday: "long" }));
    expect(dayLabel(new Date(2025, 0, 2).toISOString(), now)).toContain("2025");
  });
  it("puts one separator before the first message of each local day", () => {
    const t: Timeline = {
      messages: [
        msg(1, { createdAt: new Date(2026, 10, 19, 22, 0).toISOString() }),
        msg(2, { createdAt: new Date(2026, 10, 19, 23, 0).toISOString() }),
        msg(3, { createdAt: new Date(2026, 10, 20, 8, 0).toISOString(), senderId: "u2" }),
        msg(4, { createdAt: new Date(2026, 10, 20, 8, 1).toISOString(), senderId: "u2" }),
      ],
      nextCursor: null,
      version: 4,
    };
    const items = timelineItems(t, [], now);
    expect(items.map((i) => (i.kind === "day" ? i.label : i.kind === "message" ? i.message.seq : "p"))).toEqual(["Yesterday", 1, 2, "Today", 3, 4]);
    const runs = items.filter((i) => i.kind === "message").map((i) => (i.kind === "message" ? i.firstOfRun : null));
    // a new hour starts a new run for the same sender; consecutive minutes do not
    expect(runs).toEqual([true, true, true, false]);
  });
});

describe("preview", () => {
  it("shows text, or a label for attachments", () => {
    expect(preview(msg(1, { content: "  hello\n world " }))).toBe("hello world");
    expect(preview(msg(2, { content: "sounds good", threadId: "m1" }))).toBe("In a thread: sounds good");
    expect(
      preview(msg(1, { content: "", attachments: [{ id: "a", name: "x.png", contentType: "image/png", size: 1, url: "/u" }] })),
    ).toBe("📷 Photo");
    expect(preview(msg(1, { content: "", attachments: [{ id: "a", name: "doc.pdf", contentType: "application/pdf", size: 1, url: "/u" }] }))).toBe(
      "📎 doc.pdf",
    );
    expect(preview(null)).toBe("");
  });
});

describe("changes shown before the server confirms them", () => {
  it("puts a reaction on and takes it off as the server does, however often it is laid", () => {
    const base = msg(1, { reactions: [{ emoji: "👍", count: 1, userIds: ["u2"] }] });
    const mine = withReaction(base, "👍", "u1", true);
    expect(mine.reactions).toEqual([{ emoji: "👍", count: 2, userIds: ["u2", "u1"] }]);
    expect(withReaction(mine, "👍", "u1", true)).toBe(mine);
    expect(withReaction(mine, "🎉", "u1", true).reactions).toEqual([
      { emoji: "👍", count: 2, userIds: ["u2", "u1"] },
      { emoji: "🎉", count: 1, userIds: ["u1"] },
    ]);
    expect(withReaction(mine, "👍", "u1", false).reactions).toEqual(base.reactions);
    expect(withReaction(withReaction(base, "👍", "u2", false), "👍", "u2", false).reactions).toEqual([]);
    expect(base.reactions).toEqual([{ emoji: "👍", count: 1, userIds: ["u2"] }]);
  });

  it("shows an edit's text, marked edited", () => {
    const at = new Date(2026, 11, 7, 9, 30);
    expect(withEdit(msg(1), "new words", at)).toMatchObject({ content: "new words", editedAt: at.toISOString(), seq: 1 });
  });
});
