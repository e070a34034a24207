"use client";

import { useSyncExternalStore } from "react";

import { formatDateTime, formatLocalDateTime } from "@/lib/format";

const noChanges = () => () => {};

/** True in the browser after hydration; false while rendering on the server and hydrating. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}

/**
 * An instant in the viewer's own time zone and language. The server does not know the viewer's
 * zone, so it renders UTC; the browser replaces it after hydration (no hydration mismatch).
 */
export function LocalTime({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  return <time dateTime={iso}>{hydrated ? formatLocalDateTime(date) : formatDateTime(date)}</time>;
}

/** The viewer's time zone name ("Europe/Berlin"), once known in the browser. */
export function LocalTimeZone() {
  const hydrated = useHydrated();
  return <>{hydrated ? Intl.DateTimeFormat().resolvedOptions().timeZone : "your time zone"}</>;
}
