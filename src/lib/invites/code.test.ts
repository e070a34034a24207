import { describe, expect, it } from "vitest";

import { generateInviteCode, INVITE_ALPHABET, normalizeInviteCode } from "./code";

describe("invite codes", () => {
  it("are 12 letters from the read-aloud alphabet in three groups", () => {
    const code = generateInviteCode();
    expect(code).toMatch(/^[23456789A-HJ-NP-Z]{4}-[23456789A-HJ-NP-Z]{4}-[23456789A-HJ-NP-Z]{4}$/);
    expect(INVITE_ALPHABET).not.toMatch(/[01OI]/);
    expect(Math.log2(INVITE_ALPHABET.length) * 12).toBeGreaterThanOrEqual(50);
  });

  it("use every letter of the alphabet with the CSPRNG's bytes", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) for (const letter of generateInviteCode().replaceAll("-", "")) seen.add(letter);
    expect(seen.size).toBe(INVITE_ALPHABET.length);
  });

  it("map bytes uniformly onto the alphabet", () => {
    const code = generateInviteCode((bytes) => bytes.map((_, i) => i * 32 + 31));
    expect(code).toBe("ZZZZ-ZZZZ-ZZZZ");
  });

  it("are accepted in any case, with or without dashes and spaces", () => {
    expect(normalizeInviteCode(" abcd efgh-jkmn ")).toBe("ABCD-EFGH-JKMN");
    expect(normalizeInviteCode("ABCDEFGHJKMN")).toBe("ABCD-EFGH-JKMN");
  });

  it("reject look-alike letters and wrong lengths", () => {
    expect(normalizeInviteCode("ABCD-EFGH-JKM0")).toBeNull();
    expect(normalizeInviteCode("ABCD-EFGH-JKMI")).toBeNull();
    expect(normalizeInviteCode("ABCD-EFGH")).toBeNull();
    expect(normalizeInviteCode("<script>alert(1)</script>")).toBeNull();
  });
});
