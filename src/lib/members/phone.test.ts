import { describe, expect, it } from "vitest";

import { normalizePhone } from "./phone";

describe("normalizePhone", () => {
  it.each([
    ["+49 151 2345 6789", "+4915123456789"],
    ["0049 (151) 2345-6789", "+4915123456789"],
    ["+1.415.555.0100", "+14155550100"],
    ["  +44 20 7946 0958 ", "+442079460958"],
  ])("writes %s as %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ["0151 2345 6789", "no country code"],
    ["+0 151 2345", "country codes do not start with 0"],
    ["+49 151 2345 6789 1234", "more than 15 digits"],
    ["+12345", "too short"],
    ["+49 151 <script>", "letters and markup"],
    ["+49+151", "a plus sign inside"],
    ["", "empty"],
    ["+4".padEnd(10_000, "9"), "huge"],
  ])("refuses %s (%s)", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});
