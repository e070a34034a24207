import { z } from "zod";

/** Topic slugs are lower-case words joined by hyphens ("climate-tech"). */
export const topicSlugSchema = z
  .string({ message: "Choose a topic from the list." })
  .trim()
  .max(40, "Choose a topic from the list.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Choose a topic from the list.");

export const MAX_INTERESTS = 12;

/** The topics a member picks as interests (form checkboxes: repeated "topic" values). */
export const interestsSchema = z
  .array(topicSlugSchema)
  .max(MAX_INTERESTS, `Pick at most ${MAX_INTERESTS} topics.`)
  .transform((slugs) => [...new Set(slugs)]);
