const date = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** "27 Nov 2026" (UTC, so server and browser agree). */
export function formatDate(value: Date): string {
  return date.format(value);
}

/** "27 Nov 2026, 14:05 UTC". */
export function formatDateTime(value: Date): string {
  return dateTime.format(value);
}

/**
 * "Sat, 28 Nov 2026, 19:00 GMT+9": in the time zone and language of the browser that runs it (so
 * only call it in the browser, after hydration: see `LocalTime`).
 */
export function formatLocalDateTime(value: Date): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(value);
}
