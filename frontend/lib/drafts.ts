/** Unsent text per conversation, kept in localStorage across conversation switches and reloads. */

const PREFIX = "parley.draft.";

export function loadDraft(conversationId: string): string {
  try {
    return localStorage.getItem(PREFIX + conversationId) ?? "";
  } catch {
    return "";
  }
}

/** Saves the draft; an empty one is removed. */
export function saveDraft(conversationId: string, text: string): void {
  try {
    if (text.trim()) localStorage.setItem(PREFIX + conversationId, text);
    else localStorage.removeItem(PREFIX + conversationId);
  } catch {
    /* storage full or disabled: the draft lives as long as the composer */
  }
}

/** Forgets every draft in this browser (signing out). */
export function clearDrafts(): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((k) => k?.startsWith(PREFIX));
    for (const k of keys) localStorage.removeItem(k!);
  } catch {
    /* nothing stored */
  }
}
