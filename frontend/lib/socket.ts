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
  /** Interval of client pings that detect a dead connection; 0 disables. */
  pingIntervalMs?: number;
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
  private pingTimer: ReturnType<typeof setInterval> | null = null;
  private stopped = true;
  private generation = 0;
  private readonly opts: Required<Omit<ParleySocketOptions, "createSocket">> & Pick<ParleySocketOptions, "createSocket">;

  constructor(opts: ParleySocketOptions) {
    this.opts = {
      backoff: DEFAULT_BACKOFF,
      random: Math.random,
      requestTimeoutMs: 15_000,
      pingIntervalMs: 25_000,
      ...opts,
    };
  }

  get state(): SocketState {
    return this._state;
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
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.clearPing();
    const ws = this.ws;
    this.ws = null;
    if (ws) {
      ws.onclose = null;
      ws.onmessage = null;
      ws.onerror = null;
      ws.onopen = null;
      try {
        ws.close(1000, "bye");
      } catch {
        /* ignore */
      }
    }
    this.failAll("disconnected");
    this.attempt = 0;
    this.everOpened = false;
    this.setState("closed");
  }

  /** Reconnect at once when waiting in backoff (e.g. the browser came back online). */
  nudge(): void {
    if (this.stopped || this._state !== "reconnecting" || !this.retryTimer) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
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
  request<K extends keyof ClientRequests>(type: K, data: ClientRequests[K]["data"]): Promise<ClientRequests[K]["ack"]> {
    const ws = this.ws;
    if (!ws || ws.readyState !== OPEN || this._state !== "open") {
      return Promise.reject(new SocketRequestError({ code: "disconnected", message: "Not connected" }));
    }
    const ref = `r${++this.refCounter}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(ref)) reject(new SocketRequestError({ code: "timeout", message: "No answer from the server" }));
      }, this.opts.requestTimeoutMs);
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

  private setState(s: SocketState) {
    if (this._state === s) return;
    this._state = s;
    for (const fn of this.stateListeners) fn(s);
  }

  private async connect(): Promise<void> {
    const gen = this.generation;
    this.setState(this.everOpened || this.attempt > 0 ? "reconnecting" : "connecting");
    let url: string;
    try {
      url = await this.opts.url();
    } catch {
      if (gen === this.generation && !this.stopped) this.scheduleRetry();
      return;
    }
    if (gen !== this.generation || this.stopped) return;
    let ws: SocketLike;
    try {
      ws = this.opts.createSocket ? this.opts.createSocket(url) : (new WebSocket(url) as unknown as SocketLike);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      if (gen !== this.generation) return;
      const wasReconnect = this.everOpened;
      this.everOpened = true;
      this.attempt = 0;
      this.setState("open");
      this.startPing();
      if (wasReconnect) for (const fn of this.reconnectListeners) fn();
    };
    ws.onmessage = (ev) => {
      if (gen !== this.generation) return;
      this.handleFrame(ev.data);
    };
    ws.onerror = () => {
      /* onclose follows */
    };
    ws.onclose = () => {
      if (gen !== this.generation) return;
      this.ws = null;
      this.clearPing();
      this.failAll("disconnected");
      if (!this.stopped) this.scheduleRetry();
    };
  }

  private scheduleRetry() {
    this.generation++;
    const delay = backoffDelay(this.attempt, this.opts.random, this.opts.backoff);
    this.attempt++;
    this.lastDelayMs = delay;
    this.setState("reconnecting");
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) void this.connect();
    }, delay);
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
    this.pingTimer = setInterval(() => {
      if (this._state !== "open") return;
      this.request("ping", {}).catch((e: SocketRequestError) => {
        // no answer in time: treat the connection as dead
        if (e.code === "timeout" && this.ws) {
          try {
            this.ws.close(4000, "ping timeout");
          } catch {
            /* ignore */
          }
        }
      });
    }, this.opts.pingIntervalMs);
  }

  private clearPing() {
    if (this.pingTimer) clearInterval(this.pingTimer);
    this.pingTimer = null;
  }
}
