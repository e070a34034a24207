"use server";

import { redirect } from "next/navigation";
import type { ZodError } from "zod";

import { createRoomSchema, scheduleRoomSchema, scheduleTimeProblem } from "@/lib/rooms/schemas";
import { requireApiMember } from "@/server/auth/guards";
import { DomainError } from "@/server/errors";
import { createRoom } from "@/server/rooms/create-room";
import { scheduleRoom } from "@/server/rooms/schedule-room";

export type CreateRoomFormState = {
  /** A message for the whole form. */
  error?: string;
  /** The first problem with each field, by field name. */
  fieldErrors?: Partial<Record<"title" | "topic" | "description" | "visibility" | "invitees" | "scheduledFor" | "coHosts", string>>;
  /** What was submitted, to fill the form in again (co-host ids joined by commas). */
  values?: Record<string, string>;
};

/**
 * `when` is "now" or "later"; for later, `scheduledLocal` is the date and time as the viewer typed
 * it (only to fill the form in again) and `scheduledFor` the instant the browser made of it.
 */
const FIELDS = ["title", "topic", "description", "visibility", "invitees", "when", "scheduledLocal", "scheduledFor"] as const;

/**
 * Opens a room from the form and takes the host into it, or schedules it and shows its page; a bad
 * field comes back with its message.
 */
export async function createRoomAction(_previous: CreateRoomFormState, formData: FormData): Promise<CreateRoomFormState> {
  const values = Object.fromEntries(
    FIELDS.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value : ""];
    }),
  );
  const coHosts = formData.getAll("coHosts").filter((value): value is string => typeof value === "string");
  values.coHosts = coHosts.join(",");
  const later = values.when === "later";

  let roomId: string;
  try {
    const member = await requireApiMember();
    const fields = { ...values, visibility: values.visibility || undefined, coHosts };
    if (later) {
      const parsed = scheduleRoomSchema.safeParse(fields);
      if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
      // scheduleRoom checks this too; asked here first, the message goes next to the field.
      const timeProblem = scheduleTimeProblem(parsed.data.scheduledFor, new Date());
      if (timeProblem) return { fieldErrors: { scheduledFor: timeProblem }, values };
      roomId = (await scheduleRoom(member, parsed.data)).id;
    } else {
      const parsed = createRoomSchema.safeParse(fields);
      if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
      roomId = (await createRoom(member, parsed.data)).id;
    }
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message, values };
    console.error(error);
    return { error: later ? "Could not schedule the room. Try again in a moment." : "Could not start the room. Try again in a moment.", values };
  }
  redirect(`/rooms/${roomId}`);
}

/** The first problem with each field. */
function fieldErrorsOf(error: ZodError): CreateRoomFormState["fieldErrors"] {
  const fieldErrors: CreateRoomFormState["fieldErrors"] = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as keyof NonNullable<CreateRoomFormState["fieldErrors"]>;
    fieldErrors[field] ??= issue.message;
  }
  return fieldErrors;
}
