/** Invite link of a room: `<origin>/join/?room=<roomId>&code=<inviteCode>`. */
export function inviteLink(origin: string, roomId: string, code: string | null | undefined): string {
  const params = new URLSearchParams({ room: roomId });
  if (code) params.set("code", code);
  return `${origin}/join/?${params.toString()}`;
}

/**
 * Reads what a person pasted into "join with invite": a full invite link, or a bare room id
 * (with the code typed separately). Returns null when no room id can be found.
 */
export function parseInvite(input: string, separateCode?: string): { roomId: string; code?: string } | null {
  const text = input.trim();
  const typedCode = separateCode?.trim() || undefined;
  if (!text) return null;
  if (/^https?:\/\//i.test(text) || text.startsWith("/join") || text.includes("room=")) {
    try {
      const url = new URL(text, "http://invite.local");
      const roomId = url.searchParams.get("room")?.trim();
      if (!roomId) return null;
      const code = url.searchParams.get("code")?.trim() || typedCode;
      return { roomId, ...(code ? { code } : {}) };
    } catch {
      return null;
    }
  }
  if (/\s/.test(text)) return null;
  return { roomId: text, ...(typedCode ? { code: typedCode } : {}) };
}
