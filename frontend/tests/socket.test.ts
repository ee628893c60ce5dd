import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ParleySocket, SocketRequestError, type SocketLike } from "@/lib/socket";

class FakeSocket implements SocketLike {
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: { code: number; reason?: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
    this.onclose?.({ code: 1000 });
  }
  // test helpers
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({ code: 1006 });
  }
}

const flush = () => new Promise<void>((r) => queueMicrotask(r)).then(() => Promise.resolve());

function makeSocket(random = () => 0.5) {
  let tickets = 0;
  const s = new ParleySocket({
    url: async () => `ws://test/ws?ticket=t${++tickets}`,
    createSocket: (url) => new FakeSocket(url),
    random,
    pingIntervalMs: 0,
    requestTimeoutMs: 5_000,
    backoff: { baseMs: 500, capMs: 8_000 },
  });
  return s;
}

async function connected(s: ParleySocket): Promise<FakeSocket> {
  s.start();
  await flush();
  const ws = FakeSocket.all[FakeSocket.all.length - 1];
  ws.open();
  return ws;
}

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("ParleySocket requests", () => {
  it("matches each ack to its request by ref, whatever the order", async () => {
    const s = makeSocket();
    const ws = await connected(s);
    const a = s.request("send_message", { conversationId: "c1", content: "one" });
    const b = s.request("send_message", { conversationId: "c1", content: "two" });
    expect(ws.sent).toHaveLength(2);
    const [ra, rb] = ws.sent.map((f) => f.ref as string);
    expect(ra).not.toBe(rb);
    expect(ws.sent[0]).toMatchObject({ type: "send_message", data: { content: "one" } });
    ws.receive({ type: "ack", ref: rb, data: { message: { id: "m2" } } });
    ws.receive({ type: "ack", ref: ra, data: { message: { id: "m1" } } });
    await expect(a).resolves.toEqual({ message: { id: "m1" } });
    await expect(b).resolves.toEqual({ message: { id: "m2" } });
    expect(s.pendingCount).toBe(0);
  });

  it("rejects with the error frame's code and retryAfterMs", async () => {
    const s = makeSocket();
    const ws = await connected(s);
    const p = s.request("send_message", { conversationId: "c1", content: "x" });
    ws.receive({ type: "error", ref: ws.sent[0].ref, data: { code: "rate_limited", message: "slow down", retryAfterMs: 4200 } });
    const err = await p.catch((e) => e);
    expect(err).toBeInstanceOf(SocketRequestError);
    expect(err.code).toBe("rate_limited");
    expect(err.retryAfterMs).toBe(4200);
  });

  it("settles a request once: a second reply with the same ref is ignored", async () => {
    const s = makeSocket();
    const ws = await connected(s);
    const p = s.request("mark_read", { conversationId: "c1", seq: 3 });
    const ref = ws.sent[0].ref;
    ws.receive({ type: "ack", ref, data: {} });
    ws.receive({ type: "error", ref, data: { code: "late" } });
    await expect(p).resolves.toEqual({});
  });

  it("times out a request without an answer", async () => {
    const s = makeSocket();
    await connected(s);
    const p = s.request("ping", {});
    vi.advanceTimersByTime(5_001);
    await expect(p).rejects.toMatchObject({ code: "timeout" });
  });

  it("fails fast when not connected, and fails pending requests when the connection drops", async () => {
    const s = makeSocket();
    await expect(s.request("ping", {})).rejects.toMatchObject({ code: "disconnected" });
    const ws = await connected(s);
    const p = s.request("send_message", { conversationId: "c", content: "x" });
    ws.drop();
    await expect(p).rejects.toMatchObject({ code: "disconnected" });
  });

  it("dispatches server events to listeners and not acks", async () => {
    const s = makeSocket();
    const ws = await connected(s);
    const got: unknown[] = [];
    s.on("receive_message", (m) => got.push(m));
    ws.receive({ type: "receive_message", data: { id: "m1", seq: 1 } });
    ws.receive({ type: "ack", ref: "nobody", data: {} });
    ws.onmessage?.({ data: "not json" });
    expect(got).toEqual([{ id: "m1", seq: 1 }]);
  });
});

describe("ParleySocket reconnect", () => {
  it("reconnects with growing, capped delays, a fresh ticket each time, and reports the reconnect", async () => {
    const s = makeSocket(() => 1); // jitter at its maximum: delays are exactly the exponential values
    const states: string[] = [];
    s.onState((st) => states.push(st));
    let reconnects = 0;
    s.onReconnect(() => reconnects++);
    const first = await connected(s);
    expect(s.state).toBe("open");
    first.drop();
    expect(s.state).toBe("reconnecting");

    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      delays.push(s.lastDelayMs);
      const before = FakeSocket.all.length;
      vi.advanceTimersByTime(s.lastDelayMs - 1);
      await flush();
      expect(FakeSocket.all.length).toBe(before); // not yet
      vi.advanceTimersByTime(1);
      await flush();
      expect(FakeSocket.all.length).toBe(before + 1);
      FakeSocket.all[FakeSocket.all.length - 1].drop(); // fails again
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    expect(new Set(FakeSocket.all.map((w) => w.url)).size).toBe(FakeSocket.all.length);

    vi.advanceTimersByTime(s.lastDelayMs);
    await flush();
    FakeSocket.all[FakeSocket.all.length - 1].open();
    expect(s.state).toBe("open");
    expect(reconnects).toBe(1);
    expect(states).toContain("reconnecting");

    // after a successful connection the backoff starts over
    FakeSocket.all[FakeSocket.all.length - 1].drop();
    expect(s.lastDelayMs).toBe(500);
  });

  it("applies jitter within [delay/2, delay]", async () => {
    const s = makeSocket(() => 0);
    const ws = await connected(s);
    ws.drop();
    expect(s.lastDelayMs).toBe(250);
  });

  it("retries when fetching the ticket fails", async () => {
    let calls = 0;
    const s = new ParleySocket({
      url: async () => {
        calls++;
        if (calls === 1) throw new Error("server down");
        return "ws://test/ws?ticket=ok";
      },
      createSocket: (url) => new FakeSocket(url),
      random: () => 1,
      pingIntervalMs: 0,
    });
    s.start();
    await flush();
    expect(s.state).toBe("reconnecting");
    expect(FakeSocket.all).toHaveLength(0);
    vi.advanceTimersByTime(s.lastDelayMs);
    await flush();
    expect(FakeSocket.all).toHaveLength(1);
  });

  it("stops for good on stop()", async () => {
    const s = makeSocket();
    const ws = await connected(s);
    s.stop();
    expect(s.state).toBe("closed");
    ws.drop();
    vi.advanceTimersByTime(60_000);
    await flush();
    expect(FakeSocket.all).toHaveLength(1);
  });
});

describe("ParleySocket heartbeat", () => {
  function heartbeatSocket() {
    return new ParleySocket({
      url: async () => "ws://test/ws?ticket=hb",
      createSocket: (url) => new FakeSocket(url),
      random: () => 1,
      pingIntervalMs: 4_000,
      pongTimeoutMs: 3_000,
      connectTimeoutMs: 10_000,
      backoff: { baseMs: 500, capMs: 8_000 },
    });
  }
  const pings = (ws: FakeSocket) => ws.sent.filter((f) => f.type === "ping");

  it("pings only after a quiet interval, and a pong keeps the connection", async () => {
    const s = heartbeatSocket();
    const ws = await connected(s);
    vi.advanceTimersByTime(3_000);
    ws.receive({ type: "typing", data: {} }); // anything heard counts as a sign of life
    vi.advanceTimersByTime(3_000);
    expect(pings(ws)).toHaveLength(0);
    vi.advanceTimersByTime(2_000);
    expect(pings(ws)).toHaveLength(1);
    ws.receive({ type: "pong", ref: pings(ws)[0].ref });
    vi.advanceTimersByTime(3_000);
    await flush();
    expect(s.state).toBe("open");
  });

  it("a ping without a pong marks the connection dead at once and schedules a reconnect", async () => {
    const s = heartbeatSocket();
    const ws = await connected(s);
    const sending = s.request("send_message", { conversationId: "c", content: "x" });
    vi.advanceTimersByTime(4_000);
    expect(pings(ws)).toHaveLength(1);
    expect(s.state).toBe("open");
    vi.advanceTimersByTime(3_000); // silence: the dead socket never fires onclose itself
    await flush();
    expect(s.state).toBe("reconnecting");
    expect(s.retryAt).toBe(Date.now() + 500);
    await expect(sending).rejects.toMatchObject({ code: "disconnected" });
    ws.drop(); // a late close of the abandoned socket changes nothing
    expect(s.lastDelayMs).toBe(500);
    vi.advanceTimersByTime(500);
    await flush();
    expect(FakeSocket.all).toHaveLength(2);
    expect(s.retryAt).toBeNull();
  });

  it("gives up an attempt that does not open within the connect timeout", async () => {
    const s = heartbeatSocket();
    s.start();
    await flush();
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(9_999);
    expect(s.state).toBe("connecting");
    vi.advanceTimersByTime(1);
    expect(s.state).toBe("reconnecting");
    vi.advanceTimersByTime(s.lastDelayMs);
    await flush();
    expect(FakeSocket.all).toHaveLength(2);
  });
});

describe("ParleySocket connect timeout", () => {
  it("also gives up an attempt whose ticket request never answers", async () => {
    let calls = 0;
    const s = new ParleySocket({
      url: () => (++calls === 1 ? new Promise<string>(() => undefined) : Promise.resolve("ws://test/ws?ticket=ok")),
      createSocket: (url) => new FakeSocket(url),
      random: () => 1,
      connectTimeoutMs: 10_000,
      backoff: { baseMs: 500, capMs: 8_000 },
    });
    s.start();
    await flush();
    vi.advanceTimersByTime(10_000);
    expect(s.state).toBe("reconnecting");
    vi.advanceTimersByTime(s.lastDelayMs);
    await flush();
    expect(FakeSocket.all).toHaveLength(1);
    expect(calls).toBe(2);
  });
});
