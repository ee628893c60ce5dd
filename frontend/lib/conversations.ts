import type { Conversation, PublicUser } from "./types";

/** The other person of a direct conversation. */
export function otherMember(c: Pick<Conversation, "type" | "members">, myId: string): PublicUser | null {
  if (c.type !== "direct") return null;
  return c.members.find((m) => m.id !== myId) ?? c.members[0] ?? null;
}

/** What to call a conversation: the other person for direct ones, else its name. */
export function displayName(c: Pick<Conversation, "type" | "members" | "name">, myId: string): string {
  if (c.type === "direct") return otherMember(c, myId)?.name ?? c.name ?? "Direct message";
  if (c.name) return c.name;
  const others = c.members.filter((m) => m.id !== myId).map((m) => m.name);
  return others.length ? others.join(", ") : "Untitled";
}

/** Inbox order: most recent activity first. */
export function sortInbox(list: Conversation[]): Conversation[] {
  return [...list].sort((a, b) => (a.lastActivityAt < b.lastActivityAt ? 1 : a.lastActivityAt > b.lastActivityAt ? -1 : 0));
}

const plural = new Intl.PluralRules("en");

/** "1 member", "3 members". */
export function memberCountText(count: number): string {
  return `${count} ${plural.select(count) === "one" ? "member" : "members"}`;
}
