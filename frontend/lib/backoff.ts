export interface BackoffOptions {
  /** First delay in ms. */
  baseMs: number;
  /** Upper bound of any delay in ms. */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, capMs: 15_000 };

/**
 * Exponential backoff with "equal jitter": the delay of attempt n (0-based) lies in
 * [exp/2, exp] where exp = min(cap, base * 2^n). Never below half the base, never above the cap.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, opts: BackoffOptions = DEFAULT_BACKOFF): number {
  const exp = Math.min(opts.capMs, opts.baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
  const half = exp / 2;
  return Math.round(half + random() * half);
}
