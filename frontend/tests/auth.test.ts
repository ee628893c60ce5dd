import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

function jwt(expSecondsFromNow: number, salt = ""): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${b64({ alg: "HS256" })}.${b64({ sub: "u1", exp: Math.floor(Date.now() / 1000) + expSecondsFromNow, salt })}.sig`;
}

class MemoryStorage {
  readonly m = new Map<string, string>();
  getItem(k: string) {
    return this.m.has(k) ? this.m.get(k)! : null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, String(v));
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

let storage: MemoryStorage;

beforeEach(() => {
  vi.resetModules();
  storage = new MemoryStorage();
  vi.stubGlobal("window", { localStorage: storage, addEventListener() {}, removeEventListener() {} });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/** Every value the page stored: none of them may be a refresh token. */
function stored(): string[] {
  return [...storage.m.entries()].map(([k, v]) => `${k}=${v}`);
}

describe("token refresh", () => {
  it("runs exactly one refresh for concurrent callers, from the cookie, and stores no refresh token", async () => {
    const auth = await import("@/lib/auth");
    auth.setSession(jwt(10)); // about to expire
    const fetchMock = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return new Response(JSON.stringify({ token: jwt(900, "new") }), { status: 200 });
    });
    vi.stubGlobal("fetch", fetchMock);
    const tokens = await Promise.all([auth.getAccessToken(), auth.getAccessToken(), auth.refreshAccessToken()]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/auth/refresh");
    expect(init.headers).toEqual({ "X-Parley-Refresh": "cookie" });
    expect(init.body).toBeUndefined();
    expect(new Set(tokens)).toEqual(new Set([jwt(900, "new")]));
    expect(stored().sort()).toEqual([`parley.accessToken=${tokens[0]}`, "parley.signedIn=1"]);
  });

  it("adopts a token another tab stored instead of refreshing again", async () => {
    const auth = await import("@/lib/auth");
    const old = jwt(10);
    auth.setSession(old);
    // another tab refreshed meanwhile
    const fromOtherTab = jwt(900, "other-tab");
    storage.setItem("parley.accessToken", fromOtherTab);
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    expect(await auth.refreshAccessToken(old)).toBe(fromOtherTab);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("ends the session when the refresh cookie is refused", async () => {
    const auth = await import("@/lib/auth");
    auth.setSession(jwt(10));
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 401 })));
    await expect(auth.getAccessToken()).rejects.toBeInstanceOf(auth.SessionExpiredError);
    expect(auth.hasSession()).toBe(false);
    expect(stored()).toEqual([]);
  });

  it("does not refresh a token that is still fresh", async () => {
    const auth = await import("@/lib/auth");
    const t = jwt(900);
    auth.setSession(t);
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    expect(await auth.getAccessToken()).toBe(t);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("does not ask the server without a session", async () => {
    const auth = await import("@/lib/auth");
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    await expect(auth.getAccessToken()).rejects.toBeInstanceOf(auth.SessionExpiredError);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("signing in", () => {
  it("keeps the access token and the user, and removes a refresh token an older client stored", async () => {
    const auth = await import("@/lib/auth");
    storage.setItem("parley.refreshToken", "left-by-an-older-client");
    const token = jwt(900);
    const user = { id: "u1", name: "Ann", email: "ann@example.test", bio: "", avatarUrl: null, createdAt: "2026-01-01T00:00:00Z" };
    auth.setSession(token, user);
    expect(auth.hasSession()).toBe(true);
    expect(auth.storedUser()).toEqual(user);
    expect(storage.getItem("parley.refreshToken")).toBeNull();
    expect(stored().sort()).toEqual([`parley.accessToken=${token}`, "parley.signedIn=1", `parley.user=${JSON.stringify(user)}`]);
  });
});

describe("token refresh across tabs", () => {
  it("adopts the other tab's token even when a storage event already put it in memory", async () => {
    const auth = await import("@/lib/auth");
    const old = jwt(10);
    auth.setSession(old);
    const listeners: ((e: { key: string; newValue: string | null }) => void)[] = [];
    vi.stubGlobal("window", {
      localStorage: storage,
      addEventListener: (_: string, fn: (e: { key: string; newValue: string | null }) => void) => listeners.push(fn),
      removeEventListener() {},
    });
    auth.watchOtherTabs();
    const fresh = jwt(900, "other-tab");
    storage.setItem("parley.accessToken", fresh);
    listeners.forEach((fn) => fn({ key: "parley.accessToken", newValue: fresh }));
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    expect(await auth.refreshAccessToken()).toBe(fresh);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("hears that another tab signed out", async () => {
    const auth = await import("@/lib/auth");
    auth.setSession(jwt(900));
    const listeners: ((e: { key: string; newValue: string | null }) => void)[] = [];
    vi.stubGlobal("window", {
      localStorage: storage,
      addEventListener: (_: string, fn: (e: { key: string; newValue: string | null }) => void) => listeners.push(fn),
      removeEventListener() {},
    });
    auth.watchOtherTabs();
    const changed = vi.fn();
    auth.onSessionChange(changed);
    storage.removeItem("parley.signedIn");
    listeners.forEach((fn) => fn({ key: "parley.signedIn", newValue: null }));
    expect(changed).toHaveBeenCalled();
    expect(auth.hasSession()).toBe(false);
  });
});
