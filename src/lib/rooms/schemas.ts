import { z } from "zod";

/** Room ids are cuids; anything else cannot name a room. */
export const roomIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{20,32}$/, "Not a valid room id.");
