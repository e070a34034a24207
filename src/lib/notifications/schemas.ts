import { z } from "zod";

import { recordId } from "@/lib/validation";

/** Marks notifications read up to the newest one the member has seen. */
export const markReadSchema = z.object({
  until: z.iso.datetime({ message: "`until` must be an ISO date and time." }).transform((value) => new Date(value)),
});

/** Pings a member into a room. */
export const pingSchema = z.object({ memberId: recordId("member") });
