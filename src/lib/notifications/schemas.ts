import { z } from "zod";

/** Marks notifications read up to the newest one the member has seen. */
export const markReadSchema = z.object({
  until: z.iso.datetime({ message: "`until` must be an ISO date and time." }).transform((value) => new Date(value)),
});
