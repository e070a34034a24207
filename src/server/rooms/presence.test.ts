import { WebhookEvent } from "livekit-server-sdk";
import { describe, expect, it } from "vitest";

import { presenceChange } from "./presence";

function event(json: object) {
  return WebhookEvent.fromJson({ id: "EV_1", createdAt: "1700000010", ...json });
}

describe("presenceChange", () => {
  it("reads a join: room id, user id, the connection's join time in ms, and the event time", () => {
    const change = presenceChange(
      event({
        event: "participant_joined",
        room: { name: "room-1" },
        participant: { identity: "user-1", joinedAt: "1700000009", joinedAtMs: "1700000009250" },
      }),
    );
    expect(change).toEqual({
      kind: "joined",
      roomId: "room-1",
      userId: "user-1",
      session: new Date(1_700_000_009_250),
      at: new Date(1_700_000_010_000),
    });
  });

  it("falls back to the join time in seconds when LiveKit sends no milliseconds", () => {
    const change = presenceChange(
      event({ event: "participant_left", room: { name: "room-1" }, participant: { identity: "user-1", joinedAt: "1700000001" } }),
    );
    expect(change).toMatchObject({ kind: "left", session: new Date(1_700_000_001_000) });
  });

  it("reads room_finished as the end of everyone's presence in that room", () => {
    expect(presenceChange(event({ event: "room_finished", room: { name: "room-1" } }))).toEqual({
      kind: "finished",
      roomId: "room-1",
      at: new Date(1_700_000_010_000),
    });
  });

  it.each([
    ["room_started", { event: "room_started", room: { name: "room-1" } }],
    ["track_published", { event: "track_published", room: { name: "room-1" }, participant: { identity: "u" } }],
    ["a join without a room", { event: "participant_joined", participant: { identity: "u" } }],
    ["a join without an identity", { event: "participant_joined", room: { name: "room-1" }, participant: {} }],
  ])("ignores %s", (_name, json) => {
    expect(presenceChange(event(json))).toBeNull();
  });
});
