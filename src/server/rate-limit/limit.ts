import "server-only";

import { db } from "@/server/db";
import { DomainError } from "@/server/errors";

import { fixedWindow, judge, tryAgainIn } from "./window";

export type RateLimitRule = {
  /** Prefix of the bucket key, e.g. "redeem:ip". */
  name: string;
  limit: number;
  windowMs: number;
  /** Said when the limit is reached, before "Try again in …". */
  message: string;
};

const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Counts one attempt in the key's current window with a single atomic upsert and returns the
 * count including it. A newer window restarts the count; a request with an older window (clock
 * skew between app instances) counts in the stored one.
 */
export async function hitRateLimit(key: string, windowMs: number, now: Date = new Date()) {
  const window = fixedWindow(now, windowMs);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, ${window.start}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN EXCLUDED."windowStart" > "RateLimitBucket"."windowStart" THEN 1
                     ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = GREATEST(EXCLUDED."windowStart", "RateLimitBucket"."windowStart")
    RETURNING "count"`;
  const count = Number(row!.count);
  // A bucket's first hit in a window also clears buckets nobody used for a day.
  if (count === 1) {
    await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - PRUNE_AFTER_MS) } } });
  }
  return { count, resetAt: window.resetAt };
}

/**
 * Counts the attempt against every rule (each with its own subject: an IP, an address) and
 * refuses it with a 429 naming the first rule that is exceeded and when to try again.
 */
export async function enforceRateLimits(checks: [RateLimitRule, string][], now: Date = new Date()): Promise<void> {
  const results = await Promise.all(
    checks.map(async ([rule, subject]) => {
      const { count, resetAt } = await hitRateLimit(`${rule.name}:${subject}`, rule.windowMs, now);
      return { rule, ...judge(count, rule.limit, resetAt, now) };
    }),
  );
  const refused = results.find((result) => !result.allowed);
  if (refused) {
    throw new DomainError(
      "rate_limited",
      `${refused.rule.message} ${tryAgainIn(refused.retryAfterSeconds)}`,
      refused.retryAfterSeconds,
    );
  }
}
