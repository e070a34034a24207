import { describe, expect, it } from "vitest";

import { inviteStatus } from "./status";

const now = new Date("2026-11-27T12:00:00Z");
const base = { usedCount: 0, maxUses: 1, expiresAt: null, revokedAt: null };

describe("inviteStatus", () => {
  it("is active while uses remain, nothing revoked it and it has not expired", () => {
    expect(inviteStatus(base, now)).toBe("active");
    expect(inviteStatus({ ...base, usedCount: 4, maxUses: 5, expiresAt: new Date("2026-11-27T12:00:01Z") }, now)).toBe("active");
  });

  it("is used up at its last use", () => {
    expect(inviteStatus({ ...base, usedCount: 1 }, now)).toBe("used_up");
  });

  it("expires at the expiry instant", () => {
    expect(inviteStatus({ ...base, expiresAt: now }, now)).toBe("expired");
  });

  it("shows revoked before anything else, then used up before expired", () => {
    const past = new Date("2026-01-01T00:00:00Z");
    expect(inviteStatus({ usedCount: 1, maxUses: 1, expiresAt: past, revokedAt: past }, now)).toBe("revoked");
    expect(inviteStatus({ usedCount: 1, maxUses: 1, expiresAt: past, revokedAt: null }, now)).toBe("used_up");
  });
});
