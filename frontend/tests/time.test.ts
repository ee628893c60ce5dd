import { describe, expect, it } from "vitest";
import { fileSize, lastSeenText, relativeTime } from "@/lib/time";

describe("relativeTime", () => {
  const now = new Date(2026, 10, 20, 15, 0, 0);
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();
  it("gives short relative times", () => {
    expect(relativeTime(ago(10_000), now)).toBe("now");
    expect(relativeTime(ago(5 * 60_000), now)).toBe("5m");
    expect(relativeTime(ago(59 * 60_000), now)).toBe("59m");
    expect(relativeTime(ago(3 * 3_600_000), now)).toBe("3h");
    expect(relativeTime(new Date(2026, 10, 19, 23, 0).toISOString(), now)).toBe("Yesterday");
    expect(relativeTime(new Date(2026, 10, 17, 10, 0).toISOString(), now)).toBe(
      new Date(2026, 10, 17).toLocaleDateString(undefined, { weekday: "short" }),
    );
    expect(relativeTime(new Date(2025, 2, 1).toISOString(), now)).toContain("2025");
    expect(relativeTime(null, now)).toBe("");
    expect(relativeTime("garbage", now)).toBe("");
  });
  it("treats a clock slightly ahead as now", () => {
    expect(relativeTime(new Date(now.getTime() + 5_000).toISOString(), now)).toBe("now");
  });
});

describe("lastSeenText and fileSize", () => {
  const now = new Date(2026, 10, 20, 15, 0, 0);
  it("formats last seen", () => {
    expect(lastSeenText(null, now)).toBe("offline");
    expect(lastSeenText(new Date(now.getTime() - 30_000).toISOString(), now)).toBe("last seen just now");
    expect(lastSeenText(new Date(now.getTime() - 60_000).toISOString(), now)).toBe("last seen 1 minute ago");
    expect(lastSeenText(new Date(now.getTime() - 2 * 3_600_000).toISOString(), now)).toBe("last seen 2 hours ago");
  });
  it("formats sizes", () => {
    expect(fileSize(23)).toBe("23 B");
    expect(fileSize(2048)).toBe("2.0 KB");
    expect(fileSize(5 * 1024 * 1024)).toBe("5.0 MB");
  });
});
