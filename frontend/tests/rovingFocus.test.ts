import { describe, expect, it } from "vitest";
import { rovingMove, rovingTabStop } from "@/lib/rovingFocus";

describe("rovingMove", () => {
  it("moves one item up or down and stops at the ends", () => {
    expect(rovingMove("ArrowUp", 2, 5)).toBe(1);
    expect(rovingMove("ArrowDown", 2, 5)).toBe(3);
    expect(rovingMove("ArrowUp", 0, 5)).toBe(0);
    expect(rovingMove("ArrowDown", 4, 5)).toBe(4);
  });

  it("jumps to the first item with Home and the last with End", () => {
    expect(rovingMove("Home", 3, 5)).toBe(0);
    expect(rovingMove("End", 1, 5)).toBe(4);
  });

  it("ignores other keys and empty lists", () => {
    expect(rovingMove("ArrowLeft", 2, 5)).toBeNull();
    expect(rovingMove("Enter", 2, 5)).toBeNull();
    expect(rovingMove("ArrowDown", 0, 0)).toBeNull();
  });
});

describe("rovingTabStop", () => {
  it("is the last item until one is chosen", () => {
    expect(rovingTabStop(["a", "b", "c"], null)).toBe("c");
  });

  it("stays on the chosen item while it is there, as items are added", () => {
    expect(rovingTabStop(["a", "b", "c", "d"], "b")).toBe("b");
  });

  it("falls back to the last item when the chosen one is gone", () => {
    expect(rovingTabStop(["a", "c"], "b")).toBe("c");
  });

  it("is nothing in an empty list", () => {
    expect(rovingTabStop([], "b")).toBeNull();
  });
});
