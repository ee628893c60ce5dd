import { describe, expect, it } from "vitest";
import { inviteLink, parseInvite } from "@/lib/invite";

describe("invites", () => {
  it("builds the invite link", () => {
    expect(inviteLink("https://chat.example", "r1", "CODE9")).toBe("https://chat.example/join/?room=r1&code=CODE9");
    expect(inviteLink("https://chat.example", "r1", null)).toBe("https://chat.example/join/?room=r1");
  });
  it("reads a pasted link, a relative link, or a room id with a separate code", () => {
    expect(parseInvite("https://chat.example/join/?room=r1&code=C1")).toEqual({ roomId: "r1", code: "C1" });
    expect(parseInvite("  /join/?room=r1&code=C1  ")).toEqual({ roomId: "r1", code: "C1" });
    expect(parseInvite("https://chat.example/join/?room=r1", "TYPED")).toEqual({ roomId: "r1", code: "TYPED" });
    expect(parseInvite("r1", " C2 ")).toEqual({ roomId: "r1", code: "C2" });
    expect(parseInvite("r1")).toEqual({ roomId: "r1" });
  });
  it("rejects what is not an invite", () => {
    expect(parseInvite("")).toBeNull();
    expect(parseInvite("https://chat.example/join/")).toBeNull();
    expect(parseInvite("two words")).toBeNull();
  });
});
