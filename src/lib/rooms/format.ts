/** "1 speaker, 2 listeners": the live counts as one phrase (also what screen readers hear). */
export function formatRoomCounts(speakers: number, listeners: number): string {
  return `${plural(speakers, "speaker")}, ${plural(listeners, "listener")}`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;
}

/** Up to two initials for an avatar: "Ada Lovelace" → "AL", "ada" → "A", "" → "?". */
export function initials(name: string): string {
  const letters = name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => Array.from(word)[0]!.toUpperCase());
  if (letters.length === 0) return "?";
  return letters.length === 1 ? letters[0]! : `${letters[0]}${letters.at(-1)}`;
}
