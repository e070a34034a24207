import { z } from "zod";

import { BODY_MESSAGE, plainText } from "@/lib/validation";

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

export const TOPIC_NAME_MAX = 40;

const topicName = plainText("The topic's name", { min: 1, max: TOPIC_NAME_MAX });

/** "Climate Tech & Energy" → "climate-tech-energy": the topic's URL, fixed when it is added. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** A new topic: a name, from which the slug is made (it needs at least one letter or digit). */
export const addTopicSchema = z
  .object({ name: topicName }, { error: BODY_MESSAGE })
  .transform((input, context) => {
    const slug = slugify(input.name);
    if (!slug) {
      context.addIssue({ code: "custom", path: ["name"], message: "The topic's name needs at least one letter or digit." });
      return z.NEVER;
    }
    return { name: input.name, slug };
  });
export type AddTopicInput = z.infer<typeof addTopicSchema>;

/** Rename, archive (no longer offered for new rooms and interests) or bring back a topic. */
export const topicChangeSchema = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("rename"), name: topicName }),
    z.object({ action: z.literal("archive") }),
    z.object({ action: z.literal("unarchive") }),
  ],
  { error: "Say what to do: rename (with a name), archive or unarchive." },
);
export type TopicChange = z.infer<typeof topicChangeSchema>;
