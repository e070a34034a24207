/**
 * Fixed-window rate limiting, the pure part: which window an instant falls in, and whether the
 * count reached in that window is still allowed. The counting itself happens in Postgres (limit.ts).
 */
export type FixedWindow = { start: Date; resetAt: Date };

export function fixedWindow(now: Date, windowMs: number): FixedWindow {
  const start = Math.floor(now.getTime() / windowMs) * windowMs;
  return { start: new Date(start), resetAt: new Date(start + windowMs) };
}

export type Verdict = { allowed: boolean; retryAfterSeconds: number };

/** `count` includes the attempt being judged: the limit-th attempt is allowed, the next is not. */
export function judge(count: number, limit: number, resetAt: Date, now: Date): Verdict {
  const retryAfterSeconds = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return { allowed: count <= limit, retryAfterSeconds };
}

/** "Try again in 3 minutes." / "Try again in 40 seconds." */
export function tryAgainIn(seconds: number): string {
  if (seconds < 60) return `Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
