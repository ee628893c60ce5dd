import { beforeEach, describe, expect, it, vi } from "vitest";
import { forgetNext, rememberNext, takeNext } from "@/lib/returnTo";

describe("takeNext", () => {
  beforeEach(() => {
    const kept = new Map<string, string>();
    vi.stubGlobal("sessionStorage", {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
      removeItem: (k: string) => void kept.delete(k),
    });
  });

  it("goes back to the page that sent the person to sign in, once", () => {
    rememberNext("/chat/?c=abc");
    expect(takeNext()).toBe("/chat/?c=abc");
    expect(takeNext()).toBe("/chat/");
  });

  it("never goes back to a sign-in page, where signing in again would lead nowhere", () => {
    for (const page of ["/login/", "/login/?x=1", "/register/", "/login"]) {
      rememberNext(page);
      expect(takeNext()).toBe("/chat/");
    }
    rememberNext("/loginhelp/");
    expect(takeNext()).toBe("/loginhelp/");
  });

  it("never leaves the site, and forgets when told", () => {
    rememberNext("//evil.test/");
    expect(takeNext()).toBe("/chat/");
    rememberNext("/rooms/");
    forgetNext();
    expect(takeNext()).toBe("/chat/");
  });
});
