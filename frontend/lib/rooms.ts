import { ApiError, errorMessage } from "./api";

/** Human text for a failed room join (private room without the right code, unknown room…). */
export function joinErrorMessage(e: unknown): string {
  if (e instanceof ApiError && (e.code === "forbidden" || e.status === 403)) return "This room is private and the invite code is missing or wrong.";
  if (e instanceof ApiError && (e.code === "not_found" || e.status === 404)) return "There is no such room.";
  return errorMessage(e);
}
