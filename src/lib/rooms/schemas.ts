import { z } from "zod";

import { topicSlugSchema } from "@/lib/topics/schemas";
import { recordId } from "@/lib/validation";

/** Room ids are cuids; anything else cannot name a room. */
export const roomIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{20,32}$/, "Not a valid room id.");

export const ROOM_VISIBILITIES = ["OPEN", "FOLLOWERS", "CLOSED"] as const;

export const MAX_ROOM_INVITEES = 50;

// Text shown to other members: no markup and no control characters (tabs and newlines aside).
const HTML_TAG = /<\/?[a-z!][^>]*>/i;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function plainText(label: string, max: number, options: { multiline?: boolean } = {}) {
  return z
    .string({ message: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((text) => !HTML_TAG.test(text), `${label} cannot contain HTML.`)
    .refine((text) => !CONTROL.test(text), `${label} contains characters that are not allowed.`)
    .refine((text) => options.multiline || !/[\r\n\t]/.test(text), `${label} must be a single line.`);
}

/** Empty optional fields arrive from forms as "" (or null when absent): both mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());

/** Addresses separated by commas, semicolons, spaces or new lines; lower-cased, duplicates dropped. */
const inviteesSchema = z
  .string({ message: "Invitees must be text." })
  .max(MAX_ROOM_INVITEES * 260, "Too many invitees.")
  .transform((text) => [...new Set(text.split(/[\s,;]+/).filter(Boolean).map((address) => address.toLowerCase()))])
  .pipe(
    z
      .array(z.email({ message: "Each invitee must be an email address." }).max(254))
      .max(MAX_ROOM_INVITEES, `Invite at most ${MAX_ROOM_INVITEES} members.`),
  );

/** What a member fills in to open a room. It starts at once; invitees only count for closed rooms. */
export const createRoomSchema = z.object({
  title: plainText("The title", 100).pipe(z.string().min(3, "The title needs at least 3 characters.")),
  /** The slug of a curated topic. */
  topic: optional(topicSlugSchema),
  description: optional(plainText("The description", 500, { multiline: true })),
  visibility: z.enum(ROOM_VISIBILITIES, { message: "Choose who can join." }),
  invitees: optional(inviteesSchema),
});

export type CreateRoomInput = z.infer<typeof createRoomSchema>;

export const MAX_CO_HOSTS = 5;
/** How far ahead a room may be scheduled. */
export const MAX_SCHEDULE_DAYS = 90;

/**
 * A room announced for later: the fields of an immediate room, plus when it starts (an ISO instant
 * with its offset: the browser turns the viewer's local date and time into it) and the members named
 * as co-hosts. Whether the time is in the future and the co-hosts are members is checked by
 * `scheduleRoom`, which knows the time and the database.
 */
export const scheduleRoomSchema = createRoomSchema.extend({
  scheduledFor: z
    .string({ message: "Choose a date and time." })
    .pipe(z.iso.datetime({ offset: true, message: "Choose a date and time." }))
    .transform((value) => new Date(value)),
  coHosts: z
    .array(recordId("member"), { message: "Choose co-hosts from the list." })
    .max(MAX_CO_HOSTS, `Name at most ${MAX_CO_HOSTS} co-hosts.`)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

export type ScheduleRoomInput = z.infer<typeof scheduleRoomSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Why a room cannot be scheduled for this instant (it must be in the future, at most MAX_SCHEDULE_DAYS ahead), or null. */
export function scheduleTimeProblem(at: Date, now: Date): string | null {
  if (at.getTime() <= now.getTime()) return "Choose a start time in the future.";
  if (at.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * DAY_MS) return `Schedule the room at most ${MAX_SCHEDULE_DAYS} days ahead.`;
  return null;
}
