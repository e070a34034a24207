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
