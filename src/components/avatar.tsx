import { initials } from "@/lib/rooms/format";

/** A round avatar with the member's initials; decorative (the name is always shown or read next to it). */
export function Avatar({ name, size = "large", speaking }: { name: string; size?: "large" | "small"; speaking?: boolean }) {
  return (
    <span className={`avatar avatar-${size}`} data-speaking={speaking ?? undefined} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
