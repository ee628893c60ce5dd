import { describe, expect, it } from "vitest";
import { backoffDelay } from "@/lib/backoff";

describe("backoffDelay", () => {
  const opts = { baseMs: 500, capMs: 15_000 };
  it("doubles per attempt up to the cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((n) => backoffDelay(n, () => 1, opts))).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000, 15000]);
  });
  it("keeps the jittered delay between half and all of the exponential value", () => {
    for (let n = 0; n < 10; n++) {
      for (const r of [0, 0.3, 0.999]) {
        const exp = Math.min(15_000, 500 * 2 ** n);
        const d = backoffDelay(n, () => r, opts);
        expect(d).toBeGreaterThanOrEqual(exp / 2);
        expect(d).toBeLessThanOrEqual(exp);
      }
    }
  });
});
