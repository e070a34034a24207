import "server-only";

import type { StageRole } from "@/generated/prisma/enums";
import type { StageAction } from "@/lib/stage/actions";
import type { DomainErrorCode } from "@/server/errors";

/** A member's standing in one room, as Postgres has it. */
export type Place = {
  userId: string;
  stageRole: StageRole;
  handRaisedAt: Date | null;
  invitedToSpeakAt: Date | null;
};

export type Refusal = { code: DomainErrorCode; message: string };

const ON_STAGE = new Set<StageRole>(["HOST", "MODERATOR", "SPEAKER"]);
const HOST_ONLY = new Set<StageAction>(["make_moderator", "unmake_moderator", "unban"]);

/**
 * The stage's rules, as one pure function: may `actor` do `action` (to `target`) now? Returns
 * null when allowed, else why not. `actor` is null for someone with no place in the room (another
 * room's member, a site admin who never joined); `actorBanned` and `targetBanned` come from RoomBan.
 *
 * - Only hosts and moderators moderate; site admins have no powers in a room they do not run.
 * - Moderators cannot act on the host or on other moderators; only the host makes or unmakes
 *   moderators and lifts bans. Nobody moderates themselves (speakers step down instead).
 * - A target must have a place in this room: nobody acts on a member of another room.
 */
export function refusal(input: {
  action: StageAction;
  room: { live: boolean; handsEnabled: boolean };
  actor: Place | null;
  actorBanned: boolean;
  target?: Place | null;
  targetBanned?: boolean;
}): Refusal | null {
  const { action, room, actor, target } = input;
  if (!room.live) return { code: "gone", message: "This room has ended." };
  if (input.actorBanned) return { code: "forbidden", message: "You are banned from this room." };
  if (!actor) return { code: "forbidden", message: "Join the room first." };

  switch (action) {
    case "raise_hand":
      if (ON_STAGE.has(actor.stageRole)) return { code: "conflict", message: "You are already on stage." };
      if (!room.handsEnabled) return { code: "conflict", message: "Hand raising is turned off in this room." };
      return null;
    case "lower_hand":
      return null;
    case "accept_invite":
    case "decline_invite":
      if (!actor.invitedToSpeakAt) return { code: "conflict", message: "You have no invitation to speak." };
      return null;
    case "step_down":
      if (actor.stageRole === "HOST") return { code: "conflict", message: "The host stays on stage; end the room instead." };
      if (!ON_STAGE.has(actor.stageRole)) return { code: "conflict", message: "You are not on stage." };
      return null;
  }

  if (actor.stageRole !== "HOST" && actor.stageRole !== "MODERATOR") {
    return { code: "forbidden", message: "Only hosts and moderators can do that." };
  }
  if (HOST_ONLY.has(action) && actor.stageRole !== "HOST") {
    return { code: "forbidden", message: "Only the host can do that." };
  }
  if (action === "approve_all_hands" || action === "enable_hands" || action === "disable_hands") return null;

  if (!target) return { code: "not_found", message: "That member is not in this room." };
  if (target.userId === actor.userId) return { code: "bad_request", message: "You can't do that to yourself." };
  if (actor.stageRole === "MODERATOR" && (target.stageRole === "HOST" || target.stageRole === "MODERATOR")) {
    return { code: "forbidden", message: "Moderators can't act on the host or other moderators." };
  }
  if (target.stageRole === "HOST") return { code: "forbidden", message: "Nobody can act on the host." };

  switch (action) {
    case "approve_hand":
    case "decline_hand":
      if (!target.handRaisedAt) return { code: "conflict", message: "Their hand is not raised." };
      return null;
    case "invite_to_speak":
      if (ON_STAGE.has(target.stageRole)) return { code: "conflict", message: "They are already on stage." };
      return null;
    case "move_to_audience":
    case "mute":
      if (!ON_STAGE.has(target.stageRole)) return { code: "conflict", message: "They are not on stage." };
      return null;
    case "make_moderator":
      if (target.stageRole === "MODERATOR") return { code: "conflict", message: "They are already a moderator." };
      return null;
    case "unmake_moderator":
      if (target.stageRole !== "MODERATOR") return { code: "conflict", message: "They are not a moderator." };
      return null;
    case "ban":
      if (input.targetBanned) return { code: "conflict", message: "They are already banned." };
      return null;
    case "unban":
      if (!input.targetBanned) return { code: "conflict", message: "They are not banned." };
      return null;
    case "remove":
      return null;
  }
}
