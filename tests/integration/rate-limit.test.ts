import { randomUUID } from "node:crypto";

import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/server/db";
import { enforceRateLimits, hitRateLimit, type RateLimitRule } from "@/server/rate-limit/limit";
import { fixedWindow } from "@/server/rate-limit/window";

const MINUTE = 60_000;
const key = () => `test:${randomUUID()}`;

afterAll(async () => {
  await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "test:" } } });
  await db.$disconnect();
});

describe("hitRateLimit against Postgres", () => {
  it("counts every one of 50 concurrent hits exactly once", async () => {
    const bucket = key();
    const now = new Date();
    const counts = await Promise.all(Array.from({ length: 50 }, () => hitRateLimit(bucket, 15 * MINUTE, now)));
    expect(counts.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const stored = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: bucket } });
    expect(stored.count).toBe(50);
    expect(stored.windowStart).toEqual(fixedWindow(now, 15 * MINUTE).start);
  });

  it("starts over in the next window, and a late request from the previous one counts in the newer", async () => {
    const bucket = key();
    const now = new Date("2026-11-27T10:05:00.000Z");
    await hitRateLimit(bucket, 15 * MINUTE, now);
    await hitRateLimit(bucket, 15 * MINUTE, now);
    const next = await hitRateLimit(bucket, 15 * MINUTE, new Date("2026-11-27T10:15:00.000Z"));
    expect(next).toEqual({ count: 1, resetAt: new Date("2026-11-27T10:30:00.000Z") });
    expect((await hitRateLimit(bucket, 15 * MINUTE, now)).count).toBe(2);
  });

  it("clears buckets nobody used for a day", async () => {
    const stale = key();
    await db.rateLimitBucket.create({ data: { key: stale, windowStart: new Date(Date.now() - 2 * 24 * 60 * MINUTE), count: 3 } });
    await hitRateLimit(key(), MINUTE);
    expect(await db.rateLimitBucket.count({ where: { key: stale } })).toBe(0);
  });
});

describe("enforceRateLimits", () => {
  const rule: RateLimitRule = { name: `test:${randomUUID()}`, limit: 3, windowMs: 10 * MINUTE, message: "Too many tries." };

  it("allows the limit, then refuses with 429, the rule's message and when to retry", async () => {
    const now = new Date("2026-11-27T10:02:00.000Z");
    for (let i = 0; i < 3; i += 1) await enforceRateLimits([[rule, "198.51.100.1"]], now);
    await expect(enforceRateLimits([[rule, "198.51.100.1"]], now)).rejects.toMatchObject({
      status: 429,
      message: "Too many tries. Try again in 8 minutes.",
      retryAfterSeconds: 480,
    });
    // Another subject has its own budget.
    await expect(enforceRateLimits([[rule, "198.51.100.2"]], now)).resolves.toBeUndefined();
  });

  it("refuses when any of several rules is exceeded", async () => {
    const tight: RateLimitRule = { ...rule, name: `test:${randomUUID()}`, limit: 1, message: "Too many for this address." };
    const loose: RateLimitRule = { ...rule, name: `test:${randomUUID()}`, limit: 100 };
    await enforceRateLimits([[loose, "ip"], [tight, "a@b.test"]]);
    await expect(enforceRateLimits([[loose, "ip"], [tight, "a@b.test"]])).rejects.toMatchObject({
      message: expect.stringMatching(/^Too many for this address\. Try again in/),
    });
  });
});
