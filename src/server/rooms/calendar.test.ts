import { describe, expect, it } from "vitest";

import { calendarFile, type CalendarEvent } from "./calendar";

const event: CalendarEvent = {
  uid: "room-abc@raise-hand",
  title: "Pricing, in public; with Q&A",
  description: "Line one\nC:\\path",
  start: new Date("2026-11-28T10:00:00.000Z"),
  durationMinutes: 60,
  url: "https://raise-hand.example/rooms/abc",
  stamp: new Date("2026-11-27T05:30:15.123Z"),
};

/** Unfolds continuation lines (RFC 5545 3.1) and splits into content lines. */
function contentLines(file: string): string[] {
  return file.replace(/\r\n /g, "").split("\r\n");
}

describe("calendarFile", () => {
  it("writes one VEVENT with UTC times, a UID, DTSTAMP, duration and the room's URL, every line ending in CRLF", () => {
    const file = calendarFile(event);
    expect(file.endsWith("\r\n")).toBe(true);
    expect(file.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(contentLines(file)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Raise Hand//Scheduled rooms//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      "UID:room-abc@raise-hand",
      "DTSTAMP:20261127T053015Z",
      "DTSTART:20261128T100000Z",
      "DURATION:PT60M",
      "SUMMARY:Pricing\\, in public\\; with Q&A",
      "DESCRIPTION:Line one\\nC:\\\\path\\n\\nhttps://raise-hand.example/rooms/abc",
      "URL:https://raise-hand.example/rooms/abc",
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ]);
  });

  it("folds long lines at 75 octets without splitting a multi-byte character", () => {
    const title = "Ünïcödé talk ".repeat(12) + "🎙️ end";
    const file = calendarFile({ ...event, title });
    const physical = file.split("\r\n").filter(Boolean);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(physical.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(1);
    expect(physical.some((line) => line.includes("\uFFFD"))).toBe(false);
    expect(contentLines(file)).toContain(`SUMMARY:${title}`);
  });

  it("puts the URL alone in the description when there is none", () => {
    expect(contentLines(calendarFile({ ...event, description: null }))).toContain("DESCRIPTION:https://raise-hand.example/rooms/abc");
  });
});
