import { NextResponse } from "next/server";

import { publicRoute } from "@/server/api";
import { readAvatar } from "@/server/avatars/avatar";

/**
 * Serves an avatar. Public, like the profile teaser and its og:image; every upload gets a new
 * random file name, so a response never changes and may be cached for good.
 */
export const GET = publicRoute<{ file: string }>(async ({ params }) => {
  const picture = await readAvatar(params.file);
  if (!picture) return NextResponse.json({ error: { code: "not_found", message: "There is no such picture." } }, { status: 404 });
  return new Response(new Uint8Array(picture), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(picture.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
