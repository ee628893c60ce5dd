/** Joins class names, skipping falsy ones. */
export function cx(...c: (string | false | null | undefined)[]): string {
  return c.filter(Boolean).join(" ");
}
