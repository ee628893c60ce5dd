import { SocketRequestError } from "./socket";
import { Store } from "./store";
import type { Attachment, Message } from "./types";

/** A message the user sent that the server has not confirmed yet. */
export interface OutboxEntry {
  clientMessageId: string;
  /** Whose it is: only its author's session ever sends it. */
  userId: string;
  conversationId: string;
  content: string;
  attachments: Attachment[];
  /** The message it quotes, and the thread it goes into, if any. */
  replyToId?: string;
  threadId?: string;
  createdAt: string;
  /**
   * waiting: for the connection, for the messages before it, or until `retryAt`;
   * sending: on the wire; failed: refused by the server for `error`, kept until retried or discarded.
   */
  status: "waiting" | "sending" | "failed";
  error?: string;
  /** Not to be sent before this time (epoch ms), e.g. after `rate_limited`. */
  retryAt?: number;
}

export interface OutboxStorage {
  all(): Promise<OutboxEntry[]>;
  put(entry: OutboxEntry): Promise<void>;
  delete(clientMessageId: string): Promise<void>;
}

export interface OutboxOptions {
  userId: string;
  storage: OutboxStorage;
  /** Sends one entry; resolves with the committed message. */
  send: (entry: OutboxEntry) => Promise<Message>;
  delivered: (message: Message) => void;
}

/** A send that got no answer may still have been committed: resending it (same clientMessageId) is safe. */
const NO_ANSWER_RETRY_MS = 2_000;

/**
 * Messages waiting to be sent, kept across reloads. Each conversation's messages go out one at a
 * time in the order they were written, whenever the connection is up; a message that fails for a
 * passing reason (connection lost, no answer, rate limit) waits and goes again by itself with the
 * same clientMessageId, which the server deduplicates, so every message is committed exactly once.
 */
export class Outbox {
  readonly entries = new Store<OutboxEntry[]>([]);
  private online = false;
  private stopped = false;
  private loaded: Promise<void> | null = null;
  private readonly busy = new Set<string>();
  private readonly again = new Set<string>();
  private readonly wakeTimers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly opts: OutboxOptions) {}

  /** Takes in what an earlier page of this user left unsent. */
  load(): Promise<void> {
    this.loaded ??= this.opts.storage
      .all()
      .catch(() => [] as OutboxEntry[])
      .then((stored) => {
        const known = new Set(this.entries.get().map((e) => e.clientMessageId));
        const mine = stored
          .filter((e) => e.userId === this.opts.userId && !known.has(e.clientMessageId))
          // what was on the wire when the page went away may or may not have arrived: send it again
          .map((e): OutboxEntry => (e.status === "sending" ? { ...e, status: "waiting" } : e));
        this.entries.set((list) => [...mine, ...list].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
        this.pumpAll();
      });
    return this.loaded;
  }

  add(conversationId: string, content: string, attachments: Attachment[], refs: Pick<OutboxEntry, "replyToId" | "threadId"> = {}): OutboxEntry {
    const entry: OutboxEntry = {
      clientMessageId: crypto.randomUUID(),
      userId: this.opts.userId,
      conversationId,
      content,
      attachments,
      ...(refs.replyToId ? { replyToId: refs.replyToId } : {}),
      ...(refs.threadId ? { threadId: refs.threadId } : {}),
      createdAt: new Date().toISOString(),
      status: "waiting",
    };
    this.entries.set((list) => [...list, entry]);
    this.persist(entry);
    void this.pump(conversationId);
    return entry;
  }

  retry(clientMessageId: string): void {
    const e = this.update(clientMessageId, { status: "waiting", error: undefined, retryAt: undefined });
    if (e) void this.pump(e.conversationId);
  }

  discard(clientMessageId: string): void {
    this.remove(clientMessageId);
  }

  /** The server confirmed the message some other way (e.g. another tab sent it). */
  confirm(clientMessageId: string): void {
    this.remove(clientMessageId);
  }

  setOnline(online: boolean): void {
    this.online = online;
    if (online) this.pumpAll();
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.wakeTimers.values()) clearTimeout(t);
    this.wakeTimers.clear();
  }

  private pumpAll() {
    for (const cid of new Set(this.entries.get().map((e) => e.conversationId))) void this.pump(cid);
  }

  private async pump(conversationId: string): Promise<void> {
    if (this.busy.has(conversationId)) {
      this.again.add(conversationId);
      return;
    }
    if (!this.online || this.stopped || !this.loaded) return;
    this.busy.add(conversationId);
    try {
      await this.loaded;
      while (this.online && !this.stopped) {
        const next = this.entries.get().find((e) => e.conversationId === conversationId && e.status !== "failed");
        if (!next) return;
        const wait = (next.retryAt ?? 0) - Date.now();
        if (wait > 0) {
          this.wakeIn(conversationId, wait);
          return;
        }
        const sending = this.update(next.clientMessageId, { status: "sending", error: undefined, retryAt: undefined })!;
        try {
          const message = await this.opts.send(sending);
          this.remove(sending.clientMessageId);
          this.opts.delivered(message);
        } catch (e) {
          const failure = classify(e);
          this.update(sending.clientMessageId, failure);
          if (failure.status === "failed") continue;
          if (failure.retryAt) this.wakeIn(conversationId, failure.retryAt - Date.now());
          // lost connection: setOnline(true) starts again
          return;
        }
      }
    } finally {
      this.busy.delete(conversationId);
      if (this.again.delete(conversationId)) void this.pump(conversationId);
    }
  }

  private wakeIn(conversationId: string, ms: number) {
    clearTimeout(this.wakeTimers.get(conversationId));
    this.wakeTimers.set(
      conversationId,
      setTimeout(() => {
        this.wakeTimers.delete(conversationId);
        void this.pump(conversationId);
      }, ms),
    );
  }

  private update(clientMessageId: string, patch: Partial<OutboxEntry>): OutboxEntry | undefined {
    let updated: OutboxEntry | undefined;
    this.entries.set((list) => {
      const old = list.find((e) => e.clientMessageId === clientMessageId);
      if (!old) return list;
      const next: OutboxEntry = { ...old, ...patch };
      updated = next;
      return list.map((e) => (e === old ? next : e));
    });
    if (updated) this.persist(updated);
    return updated;
  }

  private remove(clientMessageId: string) {
    this.entries.set((list) =>
      list.some((e) => e.clientMessageId === clientMessageId) ? list.filter((e) => e.clientMessageId !== clientMessageId) : list,
    );
    void this.opts.storage.delete(clientMessageId).catch(() => undefined);
  }

  private persist(entry: OutboxEntry) {
    if (this.stopped) return;
    // without storage (private mode) the outbox still works for the life of the page
    void this.opts.storage.put(entry).catch(() => undefined);
  }
}

/** What a failed send means for its entry. */
function classify(e: unknown): Pick<OutboxEntry, "status" | "error" | "retryAt"> {
  const err = e instanceof SocketRequestError ? e : null;
  switch (err?.code) {
    case "disconnected":
      return { status: "waiting", error: undefined, retryAt: undefined };
    case "timeout":
      return { status: "waiting", error: "No answer from the server", retryAt: Date.now() + NO_ANSWER_RETRY_MS };
    case "rate_limited":
      return { status: "waiting", error: "You're sending messages too fast", retryAt: Date.now() + (err.retryAfterMs ?? 1_000) };
    default:
      return { status: "failed", error: (e instanceof Error && e.message) || "The server refused the message", retryAt: undefined };
  }
}

const DB_NAME = "parley-outbox";
const STORE = "entries";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

let db: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  db ??= new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(DB_NAME, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: "clientMessageId" });
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  }).catch((e) => {
    db = null;
    throw e;
  });
  return db;
}

async function inStore<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const store = (await openDb()).transaction(STORE, mode).objectStore(STORE);
  return request(fn(store));
}

/** The outbox kept in this browser's IndexedDB. */
export const indexedDbOutbox: OutboxStorage = {
  all: () => inStore("readonly", (s) => s.getAll() as IDBRequest<OutboxEntry[]>),
  put: async (entry) => {
    await inStore("readwrite", (s) => s.put(entry));
  },
  delete: async (clientMessageId) => {
    await inStore("readwrite", (s) => s.delete(clientMessageId));
  },
};

/** Forgets every unsent message in this browser (signing out). */
export async function clearOutbox(): Promise<void> {
  await inStore("readwrite", (s) => s.clear());
}
