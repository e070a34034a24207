import { describe, expect, it } from "vitest";

import { formatRoomCounts, initials } from "./format";

describe("formatRoomCounts", () => {
  it.each([
    [1, 2, "1 speaker, 2 listeners"],
    [0, 0, "0 speakers, 0 listeners"],
    [3, 1, "3 speakers, 1 listener"],
    [2, 12_345, "2 speakers, 12,345 listeners"],
  ])("%i speakers and %i listeners read as %s", (speakers, listeners, text) => {
    expect(formatRoomCounts(speakers, listeners)).toBe(text);
  });
});

describe("initials", () => {
  it.each([
    ["Ada Lovelace", "AL"],
    ["ada", "A"],
    ["  grace  brewster murray hopper ", "GH"],
    ["Émile Zola", "ÉZ"],
    ["", "?"],
    ["   ", "?"],
  ])("%j → %s", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
