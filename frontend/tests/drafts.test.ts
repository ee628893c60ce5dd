import { beforeEach, describe, expect, it } from "vitest";
import { clearDrafts, loadDraft, saveDraft } from "@/lib/drafts";

class MemoryStorage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe("drafts", () => {
  it("keeps one draft per conversation", () => {
    saveDraft("c1", "hello c1");
    saveDraft("c2", "hello c2");
    expect(loadDraft("c1")).toBe("hello c1");
    expect(loadDraft("c2")).toBe("hello c2");
    expect(loadDraft("c3")).toBe("");
  });

  it("removes a draft that became empty", () => {
    saveDraft("c1", "x");
    saveDraft("c1", "  ");
    expect(localStorage.length).toBe(0);
  });

  it("clears every draft and nothing else", () => {
    localStorage.setItem("parley.theme", "dark");
    saveDraft("c1", "a");
    saveDraft("c2", "b");
    clearDrafts();
    expect(loadDraft("c1")).toBe("");
    expect(loadDraft("c2")).toBe("");
    expect(localStorage.getItem("parley.theme")).toBe("dark");
  });

  it("works without storage", () => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(() => saveDraft("c1", "x")).not.toThrow();
    expect(loadDraft("c1")).toBe("");
    expect(() => clearDrafts()).not.toThrow();
  });
});
