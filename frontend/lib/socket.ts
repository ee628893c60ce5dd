import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from "./backoff";
import type { ClientRequests, ServerEvents, SocketErrorData } from "./types";

export type SocketState = "idle" | "connecting" | "open" | "reconnecting" | "closed";

/** An `error` frame answering a request, or a request that could not be answered. */
export class SocketRequestError extends Error {
  readonly code: string;
  readonly retryAfterMs?: number;
  readonly field?: string;

  constructor(data: SocketErrorData) {
    super(data.message || data.code);
    this.name = "SocketRequestError";
    this.code = data.code;
    this.retryAfterMs = data.retryAfterMs;
    this.field = data.field;
  }
}

interface Pending {
  resolve: (data: unknown) => void;
  reject: (err: SocketRequestError) => void;
  timer: ReturnType<typeof setTimeout>;
}

type Listener<T> = (data: T) => void;

export interface SocketLike {
  readyState: number;
  onopen: ((ev: unknown) => void) | null;
  onclose: ((ev: { code: number; reason?: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface ParleySocketOptions {
  /** Builds the URL of one connection attempt (fetches a fresh single-use ticket). */
  url: () => Promise<string>;
  createSocket?: (url: string) => SocketLike;
  backoff?: BackoffOptions;
  random?: () => number;
  requestTimeoutMs?: number;
  /** A ping goes out when nothing was received for this long; 0 disables the heartbeat. */
  pingIntervalMs?: number;
  /** A ping not answered within this long means the connection is dead. */
  pongTimeoutMs?: number;
  /** An attempt that has not opened within this long is given up and retried. */
  connectTimeoutMs?: number;
}

const OPEN = 1;

/**
 * A small typed client for Parley's WebSocket: request frames carry a `ref` and are settled by
 * exactly one `ack` or `error`; server events are dispatched to listeners; a lost connection is
 * re-established with capped exponential backoff plus jitter.
 */
export class ParleySocket {
  private ws: SocketLike | null = null;
  private refCounter = 0;
  private readonly pending = new Map<string, Pending>();
  private readonly listeners = new Map<string, Set<Listener<unknown>>>();
  private readonly stateListeners = new Set<(s: SocketState) => void>();
  private readonly reconnectListeners = new Set<() => void>();
  private _state: SocketState = "idle";
  private attempt = 0;
  private everOpened = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private _retryAt: number | null = null;
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private lastHeardAt = 0;
  private stopped = true;
  private generation = 0;
  private readonly opts: Required<Omit<ParleySocketOptions, "createSocket">> & Pick<ParleySocketOptions, "createSocket">;

  constructor(opts: ParleySocketOptions) {
    this.opts = {
      backoff: DEFAULT_BACKOFF,
      random: Math.random,
      requestTimeoutMs: 15_000,
      // A dropped network often closes nothing: only silence tells, so listen for it often.
      pingIntervalMs: 4_000,
      pongTimeoutMs: 3_000,
      connectTimeoutMs: 10_000,
      ...opts,
    };
  }

  get state(): SocketState {
    return this._state;
  }

  /** When the next connection attempt starts (epoch ms) while waiting in backoff, else null. */
  get retryAt(): number | null {
    return this._retryAt;
  }

  /** Milliseconds until the next connection attempt, for tests and diagnostics. */
  lastDelayMs = 0;

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.generation++;
    this.clearRetry();
    this.clearPing();
    this.abandon(1000, "bye");
    this.failAll("disconnected");
    this.attempt = 0;
    this.everOpened = false;
    this.setState("closed");
  }

  /** Reconnect at once when waiting in backoff (e.g. the browser came back online). */
  nudge(): void {
    if (this.stopped || this._state !== "reconnecting" || !this.retryTimer) return;
    this.clearRetry();
    void this.connect();
  }

  onState(fn: (s: SocketState) => void): () => void {
    this.stateListeners.add(fn);
    return () => this.stateListeners.delete(fn);
  }

  /** Called after every successful connection that follows a lost one. */
  onReconnect(fn: () => void): () => void {
    this.reconnectListeners.add(fn);
    return () => this.reconnectListeners.delete(fn);
  }

  on<K extends keyof ServerEvents>(type: K, fn: Listener<ServerEvents[K]>): () => void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(fn as Listener<unknown>);
    return () => set!.delete(fn as Listener<unknown>);
  }

  /** Sends a frame with a fresh `ref` and settles with its `ack` data or its `error`. */
  request<K extends keyof ClientRequests>(
    type: K,
    data: ClientRequests[K]["data"],
    timeoutMs = this.opts.requestTimeoutMs,
  ): Promise<ClientRequests[K]["ack"]> {
    const ws = this.ws;
    if (!ws || ws.readyState !== OPEN || this._state !== "open") {
      return Promise.reject(new SocketRequestError({ code: "disconnected", message: "Not connected" }));
    }
    const ref = `r${++this.refCounter}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(ref)) reject(new SocketRequestError({ code: "timeout", message: "No answer from the server" }));
      }, timeoutMs);
      this.pending.set(ref, { resolve: resolve as (d: unknown) => void, reject, timer });
      try {
        ws.send(JSON.stringify({ type, data, ref }));
      } catch {
        clearTimeout(timer);
        this.pending.delete(ref);
        reject(new SocketRequestError({ code: "disconnected", message: "Not connected" }));
      }
    });
  }

  /** Fire-and-forget frame (no `ref`, so no reply). Dropped when not connected. */
  emit<K extends keyof ClientRequests>(type: K, data: ClientRequests[K]["data"]): boolean {
    const ws = this.ws;
    if (!ws || ws.readyState !== OPEN) return false;
    try {
      ws.send(JSON.stringify({ type, data }));
      return true;
    } catch {
      return false;
    }
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  private setState(s: SocketState, force = false) {
    if (this._state === s && !force) return;
    this._state = s;
    for (const fn of this.stateListeners) fn(s);
  }

  private async connect(): Promise<void> {
    const gen = this.generation;
    this.setState(this.everOpened || this.attempt > 0 ? "reconnecting" : "connecting", true);
    // covers the ticket request too: on a dead network it may never answer
    const connectTimer = setTimeout(() => {
      if (gen === this.generation && this._state !== "open") this.dead();
    }, this.opts.connectTimeoutMs);
    let url: string;
    try {
      url = await this.opts.url();
    } catch {
      clearTimeout(connectTimer);
      if (gen === this.generation && !this.stopped) this.scheduleRetry();
      return;
    }
    if (gen !== this.generation || this.stopped) return;
    let ws: SocketLike;
    try {
      ws = this.opts.createSocket ? this.opts.createSocket(url) : (new WebSocket(url) as unknown as SocketLike);
    } catch {
      clearTimeout(connectTimer);
      this.scheduleRetry();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      clearTimeout(connectTimer);
      if (gen !== this.generation) return;
      this.lastHeardAt = Date.now();
      const wasReconnect = this.everOpened;
      this.everOpened = true;
      this.attempt = 0;
      this.setState("open");
      this.startPing();
      if (wasReconnect) for (const fn of this.reconnectListeners) fn();
    };
    ws.onmessage = (ev) => {
      if (gen !== this.generation) return;
      this.lastHeardAt = Date.now();
      this.handleFrame(ev.data);
    };
    ws.onerror = () => {
      /* onclose follows */
    };
    ws.onclose = () => {
      clearTimeout(connectTimer);
      if (gen !== this.generation) return;
      this.ws = null;
      this.lost();
    };
  }

  /**
   * Gives up a connection that stopped answering. Its close handshake could take minutes on a
   * dead network, so it is not waited for: the connection counts as lost at once.
   */
  private dead() {
    this.abandon(4000, "no answer");
    this.lost();
  }

  private lost() {
    this.clearPing();
    this.failAll("disconnected");
    if (!this.stopped) this.scheduleRetry();
  }

  /** Closes the current WebSocket without hearing from it again. */
  private abandon(code: number, reason: string) {
    const ws = this.ws;
    this.ws = null;
    if (!ws) return;
    ws.onclose = null;
    ws.onmessage = null;
    ws.onerror = null;
    ws.onopen = null;
    try {
      ws.close(code, reason);
    } catch {
      /* already closed */
    }
  }

  private scheduleRetry() {
    this.generation++;
    const delay = backoffDelay(this.attempt, this.opts.random, this.opts.backoff);
    this.attempt++;
    this.lastDelayMs = delay;
    this.clearRetry();
    this._retryAt = Date.now() + delay;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this._retryAt = null;
      if (!this.stopped) void this.connect();
    }, delay);
    // listeners also learn of every new retryAt, not only of a changed state
    this.setState("reconnecting", true);
  }

  private clearRetry() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this._retryAt = null;
  }

  private handleFrame(raw: unknown) {
    if (typeof raw !== "string") return;
    let frame: { type?: string; ref?: string; data?: unknown };
    try {
      frame = JSON.parse(raw);
    } catch {
      return;
    }
    if (!frame || typeof frame.type !== "string") return;
    if (frame.ref && (frame.type === "ack" || frame.type === "error" || frame.type === "pong")) {
      const p = this.pending.get(frame.ref);
      if (!p) return;
      this.pending.delete(frame.ref);
      clearTimeout(p.timer);
      if (frame.type === "error") p.reject(new SocketRequestError((frame.data as SocketErrorData) ?? { code: "error" }));
      else p.resolve(frame.data ?? {});
      return;
    }
    const set = this.listeners.get(frame.type);
    if (set) for (const fn of [...set]) fn(frame.data);
  }

  private failAll(code: string) {
    for (const [ref, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(new SocketRequestError({ code, message: "Connection lost" }));
      this.pending.delete(ref);
    }
  }

  private startPing() {
    this.clearPing();
    if (!this.opts.pingIntervalMs) return;
    const every = this.opts.pingIntervalMs;
    // Checks twice per interval so that a ping leaves at most about one interval after silence began.
    this.pingTimer = setInterval(() => {
      if (this._state !== "open" || Date.now() - this.lastHeardAt < every) return;
      const gen = this.generation;
      this.lastHeardAt = Date.now();
      this.request("ping", {}, this.opts.pongTimeoutMs).catch((e: SocketRequestError) => {
        if (e.code === "timeout" && gen === this.generation) this.dead();
      });
    }, every / 2);
  }

  private clearPing() {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }
}
