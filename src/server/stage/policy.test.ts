import { describe, expect, it } from "vitest";

import type { StageRole } from "@/generated/prisma/enums";

import { refusal, type Place } from "./policy";

const live = { live: true, handsEnabled: true };
const place = (userId: string, stageRole: StageRole, extra: Partial<Place> = {}): Place => ({
  userId,
  stageRole,
  handRaisedAt: null,
  invitedToSpeakAt: null,
  ...extra,
});
const host = place("host", "HOST");
const moderator = place("mod", "MODERATOR");
const otherModerator = place("mod2", "MODERATOR");
const speaker = place("speaker", "SPEAKER");
const listener = place("listener", "LISTENER");
const raised = place("raised", "LISTENER", { handRaisedAt: new Date() });

describe("stage policy", () => {
  it("refuses everything in an ended room", () => {
    expect(refusal({ action: "raise_hand", room: { ...live, live: false }, actor: listener, actorBanned: false })?.code).toBe("gone");
  });

  it("refuses banned members and members without a place in the room", () => {
    expect(refusal({ action: "lower_hand", room: live, actor: listener, actorBanned: true })?.message).toMatch(/banned/);
    expect(refusal({ action: "lower_hand", room: live, actor: null, actorBanned: false })?.code).toBe("forbidden");
  });

  it("lets listeners raise a hand unless hands are off; people on stage need not", () => {
    expect(refusal({ action: "raise_hand", room: live, actor: listener, actorBanned: false })).toBeNull();
    expect(refusal({ action: "raise_hand", room: { ...live, handsEnabled: false }, actor: listener, actorBanned: false })?.code).toBe("conflict");
    expect(refusal({ action: "raise_hand", room: live, actor: speaker, actorBanned: false })?.code).toBe("conflict");
  });

  it("only lets an invited listener accept or decline", () => {
    expect(refusal({ action: "accept_invite", room: live, actor: listener, actorBanned: false })?.code).toBe("conflict");
    const invited = place("invited", "LISTENER", { invitedToSpeakAt: new Date() });
    expect(refusal({ action: "accept_invite", room: live, actor: invited, actorBanned: false })).toBeNull();
    expect(refusal({ action: "decline_invite", room: live, actor: invited, actorBanned: false })).toBeNull();
  });

  it("lets speakers and moderators step down, not the host or a listener", () => {
    expect(refusal({ action: "step_down", room: live, actor: speaker, actorBanned: false })).toBeNull();
    expect(refusal({ action: "step_down", room: live, actor: moderator, actorBanned: false })).toBeNull();
    expect(refusal({ action: "step_down", room: live, actor: host, actorBanned: false })?.code).toBe("conflict");
    expect(refusal({ action: "step_down", room: live, actor: listener, actorBanned: false })?.code).toBe("conflict");
  });

  it("keeps moderation to hosts and moderators", () => {
    for (const actor of [speaker, listener]) {
      expect(refusal({ action: "approve_hand", room: live, actor, actorBanned: false, target: raised })?.message).toBe(
        "Only hosts and moderators can do that.",
      );
      expect(refusal({ action: "disable_hands", room: live, actor, actorBanned: false })?.code).toBe("forbidden");
    }
    expect(refusal({ action: "approve_hand", room: live, actor: moderator, actorBanned: false, target: raised })).toBeNull();
    expect(refusal({ action: "approve_all_hands", room: live, actor: moderator, actorBanned: false })).toBeNull();
  });

  it("stops moderators from acting on the host or each other, and keeps host-only actions to the host", () => {
    for (const action of ["mute", "move_to_audience", "remove", "ban"] as const) {
      expect(refusal({ action, room: live, actor: moderator, actorBanned: false, target: host })?.code).toBe("forbidden");
      expect(refusal({ action, room: live, actor: moderator, actorBanned: false, target: otherModerator })?.code).toBe("forbidden");
      expect(refusal({ action, room: live, actor: host, actorBanned: false, target: moderator })).toBeNull();
    }
    for (const action of ["make_moderator", "unmake_moderator", "unban"] as const) {
      expect(refusal({ action, room: live, actor: moderator, actorBanned: false, target: speaker, targetBanned: true })?.message).toBe(
        "Only the host can do that.",
      );
    }
    expect(refusal({ action: "make_moderator", room: live, actor: host, actorBanned: false, target: speaker })).toBeNull();
    expect(refusal({ action: "unmake_moderator", room: live, actor: host, actorBanned: false, target: moderator })).toBeNull();
  });

  it("needs a target in this room, and not oneself", () => {
    expect(refusal({ action: "remove", room: live, actor: host, actorBanned: false, target: null })?.code).toBe("not_found");
    expect(refusal({ action: "remove", room: live, actor: moderator, actorBanned: false, target: moderator })?.code).toBe("bad_request");
  });

  it("checks each action's precondition", () => {
    const asHost = (action: Parameters<typeof refusal>[0]["action"], target: Place, targetBanned = false) =>
      refusal({ action, room: live, actor: host, actorBanned: false, target, targetBanned })?.code ?? "ok";
    expect(asHost("approve_hand", listener)).toBe("conflict");
    expect(asHost("approve_hand", raised)).toBe("ok");
    expect(asHost("invite_to_speak", speaker)).toBe("conflict");
    expect(asHost("invite_to_speak", listener)).toBe("ok");
    expect(asHost("move_to_audience", listener)).toBe("conflict");
    expect(asHost("mute", listener)).toBe("conflict");
    expect(asHost("make_moderator", moderator)).toBe("conflict");
    expect(asHost("unmake_moderator", speaker)).toBe("conflict");
    expect(asHost("ban", listener, true)).toBe("conflict");
    expect(asHost("unban", listener, false)).toBe("conflict");
    expect(asHost("unban", listener, true)).toBe("ok");
  });
});
