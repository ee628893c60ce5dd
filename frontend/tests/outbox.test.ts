import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Outbox, type OutboxEntry, type OutboxStorage } from "@/lib/outbox";
import { SocketRequestError } from "@/lib/socket";
import type { Message } from "@/lib/types";

class MemoryStorage implements OutboxStorage {
  rows = new Map<string, OutboxEntry>();
  all = async () => [...this.rows.values()];
  put = async (e: OutboxEntry) => void this.rows.set(e.clientMessageId, structuredClone(e));
  delete = async (id: string) => void this.rows.delete(id);
}

const flush = async () => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

/** A server that records what it committed and dedupes on clientMessageId, as Parley does. */
function fakeServer() {
  const committed: OutboxEntry[] = [];
  const answers: ((e: OutboxEntry) => Promise<Message>)[] = [];
  const send = vi.fn((e: OutboxEntry): Promise<Message> => {
    const answer = answers.shift();
    if (answer) return answer(e);
    return Promise.resolve(commit(e));
  });
  function commit(e: OutboxEntry): Message {
    let i = committed.findIndex((c) => c.clientMessageId === e.clientMessageId);
    if (i < 0) i = committed.push(e) - 1;
    return { id: `m${i + 1}`, seq: i + 1, conversationId: e.conversationId, senderId: e.userId, type: "text", content: e.content, attachments: [], clientMessageId: e.clientMessageId, createdAt: e.createdAt };
  }
  return { committed, answers, send, commit };
}

function makeOutbox(storage: OutboxStorage, server: ReturnType<typeof fakeServer>, userId = "u1") {
  const delivered: Message[] = [];
  const box = new Outbox({ userId, storage, send: server.send, delivered: (m) => delivered.push(m) });
  return { box, delivered };
}

const texts = (box: Outbox) => box.entries.get().map((e) => `${e.content}:${e.status}`);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("Outbox", () => {
  it("keeps what is written offline and sends it in order, once, when the connection comes", async () => {
    const storage = new MemoryStorage();
    const server = fakeServer();
    const { box, delivered } = makeOutbox(storage, server);
    await box.load();
    box.add("c1", "one", []);
    vi.advanceTimersByTime(1);
    box.add("c1", "two", []);
    await flush();
    expect(texts(box)).toEqual(["one:waiting", "two:waiting"]);
    expect(storage.rows.size).toBe(2);
    expect(server.send).not.toHaveBeenCalled();

    box.setOnline(true);
    await flush();
    expect(server.committed.map((e) => e.content)).toEqual(["one", "two"]);
    expect(delivered.map((m) => m.content)).toEqual(["one", "two"]);
    expect(box.entries.get()).toEqual([]);
    expect(storage.rows.size).toBe(0);
  });

  it("survives a reload: a new outbox of the same user sends what the old one left, even what was on the wire", async () => {
    const storage = new MemoryStorage();
    const server = fakeServer();
    const first = makeOutbox(storage, server).box;
    await first.load();
    first.setOnline(true);
    server.answers.push((e) => {
      server.commit(e); // committed, but the page goes away before the ack
      return new Promise<Message>(() => undefined);
    });
    first.add("c1", "lost ack", []);
    await flush();
    expect(server.committed.map((e) => e.content)).toEqual(["lost ack"]);
    vi.advanceTimersByTime(1);
    first.setOnline(false);
    first.add("c1", "after", []);
    await flush();
    first.stop();

    const second = makeOutbox(storage, server);
    await second.box.load();
    expect(texts(second.box)).toEqual(["lost ack:waiting", "after:waiting"]);
    second.box.setOnline(true);
    await flush();
    expect(server.committed.map((e) => e.content)).toEqual(["lost ack", "after"]);
    expect(second.delivered.map((m) => m.seq)).toEqual([1, 2]);
    expect(storage.rows.size).toBe(0);
  });

  it("never sends another user's messages", async () => {
    const storage = new MemoryStorage();
    const server = fakeServer();
    const alice = makeOutbox(storage, server, "alice").box;
    await alice.load();
    alice.add("c1", "alice's", []);
    await flush();
    const bob = makeOutbox(storage, server, "bob").box;
    await bob.load();
    bob.setOnline(true);
    await flush();
    expect(bob.entries.get()).toEqual([]);
    expect(server.send).not.toHaveBeenCalled();
  });

  it("goes back to waiting when the connection drops mid-send, and resends when it returns", async () => {
    const server = fakeServer();
    const { box } = makeOutbox(new MemoryStorage(), server);
    await box.load();
    box.setOnline(true);
    server.answers.push(() => Promise.reject(new SocketRequestError({ code: "disconnected" })));
    box.add("c1", "hello", []);
    await flush();
    box.setOnline(false);
    expect(texts(box)).toEqual(["hello:waiting"]);
    expect(box.entries.get()[0].error).toBeUndefined();
    box.setOnline(true);
    await flush();
    expect(server.committed.map((e) => e.content)).toEqual(["hello"]);
  });

  it("waits out a rate limit and sends again by itself, keeping the order", async () => {
    const server = fakeServer();
    const { box } = makeOutbox(new MemoryStorage(), server);
    await box.load();
    box.setOnline(true);
    server.answers.push(() => Promise.reject(new SocketRequestError({ code: "rate_limited", retryAfterMs: 9_000 })));
    box.add("c1", "six", []);
    box.add("c1", "seven", []);
    await flush();
    const [six] = box.entries.get();
    expect(six).toMatchObject({ status: "waiting", error: "You're sending messages too fast", retryAt: Date.now() + 9_000 });
    vi.advanceTimersByTime(8_999);
    await flush();
    expect(server.committed).toEqual([]);
    vi.advanceTimersByTime(1);
    await flush();
    expect(server.committed.map((e) => e.content)).toEqual(["six", "seven"]);
  });

  it("marks a refused message failed with the server's reason, goes on with the next, and retries on demand", async () => {
    const server = fakeServer();
    const { box } = makeOutbox(new MemoryStorage(), server);
    await box.load();
    box.setOnline(true);
    server.answers.push(() => Promise.reject(new SocketRequestError({ code: "forbidden", message: "You are not a member" })));
    const bad = box.add("c1", "bad", []);
    box.add("c1", "good", []);
    await flush();
    expect(texts(box)).toEqual(["bad:failed"]);
    expect(box.entries.get()[0].error).toBe("You are not a member");
    box.retry(bad.clientMessageId);
    await flush();
    expect(server.committed.map((e) => e.content)).toEqual(["good", "bad"]);
  });

  it("forgets an entry the server confirmed another way", async () => {
    const storage = new MemoryStorage();
    const { box } = makeOutbox(storage, fakeServer());
    await box.load();
    const e = box.add("c1", "x", []);
    box.confirm(e.clientMessageId);
    await flush();
    expect(box.entries.get()).toEqual([]);
    expect(storage.rows.size).toBe(0);
  });
});
