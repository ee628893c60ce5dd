/**
 * Session tokens. The refresh token is an HttpOnly cookie that the server sets for /api/auth when
 * asked with REFRESH_COOKIE_MODE (ADR 0010): no script on the page can read it, this one included,
 * and the browser sends it with refresh and logout. The page keeps the access token in memory,
 * mirrored to localStorage so that other tabs can adopt a token a sibling tab just obtained instead
 * of refreshing themselves, and a marker that it is signed in.
 *
 * Refresh tokens rotate on every use and a reused one revokes its family, so exactly one refresh
 * may run at a time: within a tab through a shared promise, across tabs through the Web Locks API
 * (navigator.locks). Inside the lock a tab re-reads storage first: if another tab has already
 * refreshed it adopts that access token instead of refreshing again. As localStorage reaches other
 * tabs asynchronously, a tab that had to wait for the lock also waits (briefly) for the other
 * tab's write to show up before reading.
 */
import type { User } from "./types";

const SIGNED_IN_KEY = "parley.signedIn";
const ACCESS_KEY = "parley.accessToken";
const USER_KEY = "parley.user";
/** Where clients before ADR 0010 kept the refresh token: removed at the next sign-in or sign-out. */
const OLD_REFRESH_KEY = "parley.refreshToken";
const LOCK_NAME = "parley-token-refresh";
/** Asks the auth endpoints to keep the refresh token in the HttpOnly cookie instead of the body. */
export const REFRESH_COOKIE_MODE: Record<string, string> = { "X-Parley-Refresh": "cookie" };
/** Refresh when the access token has less than this left. */
export const REFRESH_MARGIN_MS = 60_000;

export class SessionExpiredError extends Error {
  constructor() {
    super("Your session has ended. Please sign in again.");
    this.name = "SessionExpiredError";
  }
}

let accessToken: string | null = null;
let inflight: Promise<string> | null = null;
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof window !== "undefined" ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Expiry (ms since epoch) of a JWT, or 0 when it cannot be read. */
export function jwtExpiry(token: string | null): number {
  if (!token) return 0;
  try {
    const part = token.split(".")[1];
    const json = atob(part.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(part.length / 4) * 4, "="));
    const exp = JSON.parse(json).exp;
    return typeof exp === "number" ? exp * 1000 : 0;
  } catch {
    return 0;
  }
}

function fresh(token: string | null, now = Date.now()): token is string {
  return !!token && jwtExpiry(token) - now > REFRESH_MARGIN_MS;
}

export function onSessionChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function notify() {
  for (const fn of listeners) fn();
}

export function hasSession(): boolean {
  return !!storage()?.getItem(SIGNED_IN_KEY);
}

export function storedUser(): User | null {
  try {
    const raw = storage()?.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as User) : null;
  } catch {
    return null;
  }
}

export function saveUser(user: User) {
  storage()?.setItem(USER_KEY, JSON.stringify(user));
}

export function setSession(token: string, user?: User) {
  accessToken = token;
  const s = storage();
  s?.setItem(ACCESS_KEY, token);
  s?.setItem(SIGNED_IN_KEY, "1");
  s?.removeItem(OLD_REFRESH_KEY);
  if (user) saveUser(user);
  scheduleRefresh();
  notify();
}

export function clearSession() {
  accessToken = null;
  const s = storage();
  s?.removeItem(ACCESS_KEY);
  s?.removeItem(SIGNED_IN_KEY);
  s?.removeItem(OLD_REFRESH_KEY);
  s?.removeItem(USER_KEY);
  if (timer) clearTimeout(timer);
  timer = null;
  notify();
}

/** A valid access token, refreshing first when it is about to expire. */
export async function getAccessToken(): Promise<string> {
  if (fresh(accessToken)) return accessToken;
  const shared = storage()?.getItem(ACCESS_KEY) ?? null;
  if (fresh(shared)) {
    accessToken = shared;
    scheduleRefresh();
    return shared;
  }
  return refreshAccessToken();
}

/**
 * Runs one refresh (shared within the tab, serialised across tabs). `rejected` is the access
 * token the server just refused, if any: a stored token different from it is adopted.
 */
export function refreshAccessToken(rejected?: string): Promise<string> {
  if (!inflight) {
    const seen = storage()?.getItem(ACCESS_KEY) ?? null;
    inflight = withLock(async (waited) => {
      if (waited) await storageCaughtUp(seen);
      return doRefresh(rejected);
    }).finally(() => {
      inflight = null;
    });
  }
  return inflight;
}

const NOT_ACQUIRED = Symbol("not acquired");

/**
 * Runs fn under the cross-tab lock. fn learns whether it had to wait for another tab: then that
 * tab has probably just rotated the tokens.
 */
async function withLock<T>(fn: (waited: boolean) => Promise<T>): Promise<T> {
  const locks = typeof navigator !== "undefined" ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  if (!locks?.request) return fn(false);
  const first = await locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => (lock ? fn(false) : NOT_ACQUIRED));
  if (first !== NOT_ACQUIRED) return first as T;
  return locks.request(LOCK_NAME, () => fn(true)) as Promise<T>;
}

/**
 * localStorage reaches other tabs (other renderer processes) asynchronously, possibly after the
 * lock was handed over. When we waited for another tab and still see the access token we saw
 * before, wait (briefly) for its write to arrive, signalled by a storage event.
 */
function storageCaughtUp(seen: string | null, timeoutMs = 3_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window === "undefined" || !window.addEventListener || storage()?.getItem(ACCESS_KEY) !== seen) return resolve();
    const done = () => {
      window.removeEventListener("storage", onStorage);
      clearTimeout(timer);
      resolve();
    };
    const onStorage = (e: StorageEvent) => {
      if (e.key === ACCESS_KEY || e.key === SIGNED_IN_KEY || e.key === null) done();
    };
    window.addEventListener("storage", onStorage);
    const timer = setTimeout(done, timeoutMs);
  });
}

async function doRefresh(rejected?: string): Promise<string> {
  const s = storage();
  // Another tab may have refreshed while we waited for the lock.
  const shared = s?.getItem(ACCESS_KEY) ?? null;
  // (Compare with the refused token only: a storage event may already have put the new token
  // in memory while we waited for the lock.)
  if (fresh(shared) && shared !== rejected) {
    accessToken = shared;
    scheduleRefresh();
    return shared;
  }
  if (!hasSession()) {
    clearSession();
    throw new SessionExpiredError();
  }
  let res: Response;
  try {
    // No body: the browser sends the refresh token as the cookie, and the answer sets the next one.
    res = await fetch("/api/auth/refresh", { method: "POST", headers: REFRESH_COOKIE_MODE });
  } catch (e) {
    throw e instanceof Error ? e : new Error("Network error");
  }
  if (res.status === 401 || res.status === 400) {
    // Only give up if no other tab refreshed meanwhile.
    if (s?.getItem(ACCESS_KEY) === shared) clearSession();
    throw new SessionExpiredError();
  }
  if (!res.ok) throw new Error(`Refresh failed (${res.status})`);
  const body = (await res.json()) as { token: string };
  setSession(body.token);
  return body.token;
}

let timer: ReturnType<typeof setTimeout> | null = null;

/** Refreshes proactively shortly before the access token expires. */
function scheduleRefresh() {
  if (typeof window === "undefined") return;
  if (timer) clearTimeout(timer);
  const exp = jwtExpiry(accessToken);
  if (!exp) return;
  // a little randomness so that several tabs do not all wake up at the same instant
  const wait = Math.max(5_000, exp - Date.now() - REFRESH_MARGIN_MS - Math.random() * 20_000);
  timer = setTimeout(() => {
    timer = null;
    if (hasSession()) getAccessToken().catch(() => undefined);
  }, wait);
}

/** Keeps this tab in step with the others: adopted tokens, sign-out elsewhere. */
export function watchOtherTabs(): () => void {
  if (typeof window === "undefined") return () => undefined;
  const handler = (e: StorageEvent) => {
    if (e.key === ACCESS_KEY && e.newValue) {
      accessToken = e.newValue;
      scheduleRefresh();
    } else if (e.key === SIGNED_IN_KEY && !e.newValue) {
      accessToken = null;
      notify();
    } else if (e.key === USER_KEY) {
      notify();
    }
  };
  window.addEventListener("storage", handler);
  return () => window.removeEventListener("storage", handler);
}
