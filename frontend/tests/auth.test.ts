import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

function jwt(expSecondsFromNow: number, salt = ""): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${b64({ alg: "HS256" })}.${b64({ sub: "u1", exp: Math.floor(Date.now() / 1000) + expSecondsFromNow, salt })}.sig`;
}

class MemoryStorage {
  private m = new Map<string, string>();
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

describe("token refresh", () => {
  it("runs exactly one refresh for concurrent callers and rotates both tokens", async () => {
    const auth = await import("@/lib/auth");
    auth.setSession(jwt(10), "refresh-1"); // about to expire
    const fetchMock = vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return new Response(JSON.stringify({ token: jwt(900, "new"), refreshToken: "refresh-2" }), { status: 200 });
    });
    vi.stubGlobal("fetch", fetchMock);
    const tokens = await Promise.all([auth.getAccessToken(), auth.getAccessToken(), auth.refreshAccessToken()]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(JSON.parse((fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toEqual({ refreshToken: "refresh-1" });
    expect(new Set(tokens).size).toBe(1);
    expect(storage.getItem("parley.refreshToken")).toBe("refresh-2");
  });

  it("adopts a token another tab stored instead of presenting a used refresh token", async () => {
    const auth = await import("@/lib/auth");
    const old = jwt(10);
    auth.setSession(old, "refresh-1");
    // another tab refreshed meanwhile
    const fromOtherTab = jwt(900, "other-tab");
    storage.setItem("parley.accessToken", fromOtherTab);
    storage.setItem("parley.refreshToken", "refresh-2");
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    expect(await auth.refreshAccessToken(old)).toBe(fromOtherTab);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("ends the session when the refresh token is refused", async () => {
    const auth = await import("@/lib/auth");
    auth.setSession(jwt(10), "refresh-1");
    vi.stubGlobal("fetch", vi.fn(async () => new Response("{}", { status: 401 })));
    await expect(auth.getAccessToken()).rejects.toBeInstanceOf(auth.SessionExpiredError);
    expect(auth.hasSession()).toBe(false);
  });

  it("does not refresh a token that is still fresh", async () => {
    const auth = await import("@/lib/auth");
    const t = jwt(900);
    auth.setSession(t, "refresh-1");
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    expect(await auth.getAccessToken()).toBe(t);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("token refresh across tabs", () => {
  it("adopts the other tab's token even when a storage event already put it in memory", async () => {
    const auth = await import("@/lib/auth");
    const old = jwt(10);
    auth.setSession(old, "refresh-1");
    const listeners: ((e: { key: string; newValue: string | null }) => void)[] = [];
    vi.stubGlobal("window", {
      localStorage: storage,
      addEventListener: (_: string, fn: (e: { key: string; newValue: string | null }) => void) => listeners.push(fn),
      removeEventListener() {},
    });
    auth.watchOtherTabs();
    const fresh = jwt(900, "other-tab");
    storage.setItem("parley.accessToken", fresh);
    storage.setItem("parley.refreshToken", "refresh-2");
    listeners.forEach((fn) => fn({ key: "parley.accessToken", newValue: fresh }));
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    expect(await auth.refreshAccessToken()).toBe(fresh);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
