import { describe, expect, it } from "vitest";

import { fixedWindow, judge, tryAgainIn } from "./window";

const MINUTE = 60_000;

describe("fixedWindow", () => {
  it("puts every instant of a window in the same window and the next instant in the next", () => {
    const first = fixedWindow(new Date("2026-11-27T10:00:00.000Z"), 15 * MINUTE);
    const last = fixedWindow(new Date("2026-11-27T10:14:59.999Z"), 15 * MINUTE);
    const next = fixedWindow(new Date("2026-11-27T10:15:00.000Z"), 15 * MINUTE);
    expect(first.start.toISOString()).toBe("2026-11-27T10:00:00.000Z");
    expect(last.start).toEqual(first.start);
    expect(first.resetAt.toISOString()).toBe("2026-11-27T10:15:00.000Z");
    expect(next.start).toEqual(first.resetAt);
  });
});

describe("judge", () => {
  const resetAt = new Date("2026-11-27T10:15:00.000Z");

  it("allows up to the limit and refuses the attempt after it", () => {
    const now = new Date("2026-11-27T10:05:00.000Z");
    expect(judge(1, 5, resetAt, now).allowed).toBe(true);
    expect(judge(5, 5, resetAt, now).allowed).toBe(true);
    expect(judge(6, 5, resetAt, now)).toEqual({ allowed: false, retryAfterSeconds: 600 });
  });

  it("never tells anyone to retry in less than a second", () => {
    expect(judge(9, 5, resetAt, new Date("2026-11-27T10:14:59.999Z")).retryAfterSeconds).toBe(1);
  });
});

describe("tryAgainIn", () => {
  it("speaks in seconds under a minute and in whole minutes (rounded up) above", () => {
    expect(tryAgainIn(1)).toBe("Try again in 1 second.");
    expect(tryAgainIn(40)).toBe("Try again in 40 seconds.");
    expect(tryAgainIn(60)).toBe("Try again in 1 minute.");
    expect(tryAgainIn(61)).toBe("Try again in 2 minutes.");
  });
});
