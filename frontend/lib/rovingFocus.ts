/**
 * Roving tabindex for a list of items: the list is one stop in the Tab order, and the arrow keys,
 * Home and End move focus between its items.
 */

/** The index a key moves focus to from `index` among `count` items; null for a key that is no move. */
export function rovingMove(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case "ArrowUp":
      return Math.max(0, index - 1);
    case "ArrowDown":
      return Math.min(count - 1, index + 1);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return null;
  }
}

/**
 * The key of the item that holds the tab stop: the one chosen last while it is still there, else
 * the last item (in a chat, the newest message).
 */
export function rovingTabStop(keys: readonly string[], chosen: string | null): string | null {
  if (chosen !== null && keys.includes(chosen)) return chosen;
  return keys.length ? keys[keys.length - 1] : null;
}
