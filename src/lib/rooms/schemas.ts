import { z } from "zod";

import { topicSlugSchema } from "@/lib/topics/schemas";

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
