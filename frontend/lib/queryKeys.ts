/** TanStack Query cache keys of the server state. */
export const keys = {
  me: ["me"] as const,
  inbox: ["inbox"] as const,
  conversation: (id: string) => ["conversation", id] as const,
  timeline: (id: string) => ["timeline", id] as const,
  timelines: ["timeline"] as const,
  thread: (rootId: string) => ["thread", rootId] as const,
  publicRooms: (q: string) => ["rooms", "public", q] as const,
  users: (q: string) => ["users", q] as const,
  invite: (roomId: string, code: string) => ["invite", roomId, code] as const,
};
