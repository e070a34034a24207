import "server-only";

/** What a calendar needs to know about a scheduled room. */
export type CalendarEvent = {
  /** Globally unique and stable for the room, so a second download updates the same entry. */
  uid: string;
  title: string;
  description: string | null;
  start: Date;
  /** How long the room is expected to run; calendars need an end. */
  durationMinutes: number;
  url: string;
  /** When this file was made (DTSTAMP). */
  stamp: Date;
};

/**
 * One VEVENT in an iCalendar file (RFC 5545): CRLF line ends, TEXT values escaped (backslash,
 * semicolon, comma, new line), lines folded at 75 octets without splitting a UTF-8 character,
 * times in UTC.
 */
export function calendarFile(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Raise Hand//Scheduled rooms//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART:${utc(event.start)}`,
    `DURATION:PT${Math.max(1, Math.round(event.durationMinutes))}M`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(`${event.description}\n\n${event.url}`)}`] : [`DESCRIPTION:${escapeText(event.url)}`]),
    // URL is a URI value, not TEXT: it is not escaped.
    `URL:${event.url}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** 20261128T100000Z */
function utc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/** Splits a content line into lines of at most 75 octets; each continuation starts with a space. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuations 74 plus their leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}
