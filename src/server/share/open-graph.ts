import "server-only";

import type { Metadata } from "next";
import { headers } from "next/headers";

import { appBaseUrl } from "@/server/app-url";

/**
 * A page's title, description and Open Graph tags with absolute URLs (from AUTH_URL, else the
 * request), so a link shared in a chat or feed shows a card.
 */
export async function shareMetadata(page: {
  title: string;
  description: string;
  path: string;
  type: "website" | "profile";
  image?: string | null;
}): Promise<Metadata> {
  const base = appBaseUrl(await headers());
  const url = `${base}${page.path}`;
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: url },
    openGraph: {
      title: page.title,
      description: page.description,
      url,
      type: page.type,
      siteName: "Raise Hand",
      ...(page.image ? { images: [{ url: `${base}${page.image}`, width: 256, height: 256, alt: page.title }] } : {}),
    },
    twitter: { card: "summary", title: page.title, description: page.description },
  };
}

/** The sign-in link that comes back to `path` afterwards. */
export function signInHref(path: string): string {
  return `/signin?${new URLSearchParams({ redirectTo: path })}`;
}
