import { NextResponse } from "next/server";

import { AVATAR_MAX_BYTES } from "@/lib/members/avatar";
import { avatarPath } from "@/lib/members/profile-url";
import { memberRoute } from "@/server/api";
import { removeAvatar, setAvatar } from "@/server/avatars/avatar";
import { DomainError } from "@/server/errors";

/** Room for the multipart envelope around the picture. */
const FORM_OVERHEAD = 64 * 1024;

/** Uploads the member's avatar: multipart form data with the picture in the field "avatar". */
export const POST = memberRoute(async ({ member, request }) => {
  // Refused before the body is read when the client says up front that it is too big.
  if (Number(request.headers.get("content-length") ?? 0) > AVATAR_MAX_BYTES + FORM_OVERHEAD) {
    throw new DomainError("too_large", "That picture is larger than 5 MB.");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new DomainError("bad_request", "Send the picture as multipart form data (field “avatar”).");
  }
  const file = form.get("avatar");
  if (!(file instanceof File)) throw new DomainError("unprocessable", "Choose a picture to upload.");
  if (file.size > AVATAR_MAX_BYTES) throw new DomainError("too_large", "That picture is larger than 5 MB.");
  const { avatarKey } = await setAvatar(member.id, new Uint8Array(await file.arrayBuffer()));
  return NextResponse.json({ avatarUrl: avatarPath(avatarKey) }, { status: 201 });
});

/** Removes the member's avatar. */
export const DELETE = memberRoute(async ({ member }) => {
  await removeAvatar(member.id);
  return NextResponse.json({ ok: true });
});
