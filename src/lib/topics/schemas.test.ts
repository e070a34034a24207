import { describe, expect, it } from "vitest";

import { interestsSchema, MAX_INTERESTS, topicSlugSchema } from "./schemas";

describe("topicSlugSchema", () => {
  it.each(["design", "climate-tech", "web3"])("accepts %s", (slug) => {
    expect(topicSlugSchema.parse(slug)).toBe(slug);
  });

  it.each(["", "Design", "two words", "-lead", "trail-", "a--b", "<b>", "x".repeat(41), 42])("refuses %j", (slug) => {
    expect(topicSlugSchema.safeParse(slug).success).toBe(false);
  });
});

describe("interestsSchema", () => {
  it("drops duplicates", () => {
    expect(interestsSchema.parse(["design", "finance", "design"])).toEqual(["design", "finance"]);
  });

  it("refuses too many topics", () => {
    const many = Array.from({ length: MAX_INTERESTS + 1 }, (_, i) => `topic-${i}`);
    expect(interestsSchema.safeParse(many).error?.issues[0]?.message).toBe(`Pick at most ${MAX_INTERESTS} topics.`);
  });
});
