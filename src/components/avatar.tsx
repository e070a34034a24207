import { initials } from "@/lib/rooms/format";

/**
 * A round avatar: the member's uploaded picture, else their initials. Decorative by default (the
 * name is always shown or read next to it); pass `alt` where the picture itself should be announced.
 */
export function Avatar({
  name,
  src,
  alt,
  size = "large",
  speaking,
}: {
  name: string;
  src?: string | null;
  alt?: string;
  size?: "large" | "small";
  speaking?: boolean;
}) {
  if (src) {
    return (
      // A 256 px square WebP from our own route: next/image's optimiser would only add work.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        className={`avatar avatar-${size} avatar-image`}
        src={src}
        alt={alt ?? ""}
        width={256}
        height={256}
        data-speaking={speaking ?? undefined}
        aria-hidden={alt ? undefined : "true"}
      />
    );
  }
  return (
    <span className={`avatar avatar-${size}`} data-speaking={speaking ?? undefined} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
