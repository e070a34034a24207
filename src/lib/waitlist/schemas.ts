import { z } from "zod";

import { NAME_MAX } from "@/lib/members/schemas";
import { BODY_MESSAGE, emailAddress, optionalPlainText, plainText } from "@/lib/validation";

export const WAITLIST_NOTE_MAX = 500;

export const joinWaitlistSchema = z.object(
  {
    name: plainText("Your name", { min: 1, max: NAME_MAX }),
    email: emailAddress,
    note: optionalPlainText("The note", WAITLIST_NOTE_MAX),
  },
  { error: BODY_MESSAGE },
);
export type JoinWaitlistInput = z.infer<typeof joinWaitlistSchema>;
