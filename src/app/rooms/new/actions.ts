"use server";

import { redirect } from "next/navigation";

import { createRoomSchema } from "@/lib/rooms/schemas";
import { requireApiMember } from "@/server/auth/guards";
import { DomainError } from "@/server/errors";
import { createRoom } from "@/server/rooms/create-room";

export type CreateRoomFormState = {
  /** A message for the whole form. */
  error?: string;
  /** The first problem with each field, by field name. */
  fieldErrors?: Partial<Record<"title" | "topic" | "description" | "visibility" | "invitees", string>>;
  /** What was submitted, to fill the form in again. */
  values?: Record<string, string>;
};

const FIELDS = ["title", "topic", "description", "visibility", "invitees"] as const;

/** Opens a room from the form and takes the host into it; a bad field comes back with its message. */
export async function createRoomAction(_previous: CreateRoomFormState, formData: FormData): Promise<CreateRoomFormState> {
  const values = Object.fromEntries(
    FIELDS.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value : ""];
    }),
  );

  let roomId: string;
  try {
    const member = await requireApiMember();
    const parsed = createRoomSchema.safeParse({ ...values, visibility: values.visibility || undefined });
    if (!parsed.success) {
      const fieldErrors: CreateRoomFormState["fieldErrors"] = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof NonNullable<CreateRoomFormState["fieldErrors"]>;
        fieldErrors[field] ??= issue.message;
      }
      return { fieldErrors, values };
    }
    roomId = (await createRoom(member, parsed.data)).id;
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message, values };
    console.error(error);
    return { error: "Could not start the room. Try again in a moment.", values };
  }
  redirect(`/rooms/${roomId}`);
}
