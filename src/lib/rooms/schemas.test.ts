import { describe, expect, it } from "vitest";

import { createRoomSchema, MAX_ROOM_INVITEES, roomIdSchema, scheduleTimeProblem } from "./schemas";

const valid = { title: "Design systems at scale", visibility: "OPEN" };

function firstMessage(input: unknown): string | undefined {
  const result = createRoomSchema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("createRoomSchema", () => {
  it("accepts a title and a visibility, trims text and treats empty optional fields as absent", () => {
    expect(
      createRoomSchema.parse({ ...valid, title: "  Design systems at scale ", topic: "", description: null, invitees: "" }),
    ).toEqual({ title: "Design systems at scale", visibility: "OPEN" });
  });

  it("keeps a multi-line description and a topic", () => {
    const parsed = createRoomSchema.parse({ ...valid, topic: "design", description: "Line one\nLine two" });
    expect(parsed.topic).toBe("design");
    expect(parsed.description).toBe("Line one\nLine two");
  });

  it("splits, lower-cases and de-duplicates invitees", () => {
    const parsed = createRoomSchema.parse({ ...valid, visibility: "CLOSED", invitees: "A@x.test, b@x.test;\na@X.test  c@x.test" });
    expect(parsed.invitees).toEqual(["a@x.test", "b@x.test", "c@x.test"]);
  });

  it.each([
    [{ ...valid, title: "" }, "The title needs at least 3 characters."],
    [{ ...valid, title: "   " }, "The title needs at least 3 characters."],
    [{ ...valid, title: "x".repeat(101) }, "The title must be at most 100 characters."],
    [{ ...valid, title: "<script>alert(1)</script>" }, "The title cannot contain HTML."],
    [{ ...valid, title: "Two\nlines" }, "The title must be a single line."],
    [{ ...valid, title: "Bell\u0007" }, "The title contains characters that are not allowed."],
    [{ ...valid, title: 42 }, "The title must be text."],
    [{ ...valid, topic: "t".repeat(41) }, "Choose a topic from the list."],
    [{ ...valid, topic: "Free text" }, "Choose a topic from the list."],
    [{ ...valid, description: "d".repeat(501) }, "The description must be at most 500 characters."],
    [{ ...valid, description: "<img src=x onerror=alert(1)>" }, "The description cannot contain HTML."],
    [{ ...valid, visibility: "SECRET" }, "Choose who can join."],
    [{ title: "No visibility" }, "Choose who can join."],
    [{ ...valid, invitees: "not-an-address" }, "Each invitee must be an email address."],
  ])("rejects %j with a message", (input, message) => {
    expect(firstMessage(input)).toBe(message);
  });

  it(`rejects more than ${MAX_ROOM_INVITEES} invitees`, () => {
    const many = Array.from({ length: MAX_ROOM_INVITEES + 1 }, (_, i) => `m${i}@x.test`).join(",");
    expect(firstMessage({ ...valid, invitees: many })).toBe(`Invite at most ${MAX_ROOM_INVITEES} members.`);
  });

  it("keeps comparisons like C++ <-> Rust, which are not markup", () => {
    expect(createRoomSchema.parse({ ...valid, title: "C++ <-> Rust" }).title).toBe("C++ <-> Rust");
  });
});

describe("roomIdSchema", () => {
  it("accepts a cuid and refuses anything else", () => {
    expect(roomIdSchema.parse("clabcdefghijklmnopqrstuv")).toBe("clabcdefghijklmnopqrstuv");
    expect(roomIdSchema.safeParse("../etc/passwd").success).toBe(false);
  });
});

describe("scheduleTimeProblem", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  it.each([
    ["now", now, "Choose a start time in the future."],
    ["a minute ago", new Date("2026-11-27T11:59:00Z"), "Choose a start time in the future."],
    ["a minute ahead", new Date("2026-11-27T12:01:00Z"), null],
    ["exactly 90 days ahead", new Date("2027-02-25T12:00:00Z"), null],
    ["90 days and a minute ahead", new Date("2027-02-25T12:01:00Z"), "Schedule the room at most 90 days ahead."],
  ])("%s: %s", (_name, at, problem) => {
    expect(scheduleTimeProblem(at, now)).toBe(problem);
  });
});
