import { describe, expect, it } from "vitest";

import { handQueue, isModerator, ordinal, parseHandsEnabled, stageRoleOf } from "./live-state";

const p = (identity: string, attributes: Record<string, string>) => ({ identity, attributes });

describe("stage queue", () => {
  it("orders raised hands by time of raising, listeners only", () => {
    const queue = handQueue([
      p("late", { stageRole: "LISTENER", handRaisedAt: "2026-11-27T10:00:05.000Z" }),
      p("speaker", { stageRole: "SPEAKER", handRaisedAt: "2026-11-27T09:00:00.000Z" }),
      p("early", { stageRole: "LISTENER", handRaisedAt: "2026-11-27T10:00:01.000Z" }),
      p("quiet", { stageRole: "LISTENER" }),
      p("cleared", { stageRole: "LISTENER", handRaisedAt: "" }),
    ]);
    expect(queue.map((q) => q.identity)).toEqual(["early", "late"]);
  });

  it("breaks ties by identity so every client shows the same order", () => {
    const at = "2026-11-27T10:00:00.000Z";
    expect(handQueue([p("b", { handRaisedAt: at }), p("a", { handRaisedAt: at })]).map((q) => q.identity)).toEqual(["a", "b"]);
  });

  it("treats a missing or unknown role as a listener", () => {
    expect(stageRoleOf(p("x", {}))).toBe("LISTENER");
    expect(stageRoleOf(p("x", { stageRole: "ADMIN" }))).toBe("LISTENER");
    expect(isModerator(p("x", { stageRole: "MODERATOR" }))).toBe(true);
    expect(isModerator(p("x", { stageRole: "SPEAKER" }))).toBe(false);
  });

  it("writes English ordinals", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th",
    ]);
  });

  it("reads hand raising as on unless the room's metadata turns it off", () => {
    expect(parseHandsEnabled(undefined)).toBe(true);
    expect(parseHandsEnabled("not json")).toBe(true);
    expect(parseHandsEnabled(JSON.stringify({ handsEnabled: true }))).toBe(true);
    expect(parseHandsEnabled(JSON.stringify({ handsEnabled: false }))).toBe(false);
  });
});
