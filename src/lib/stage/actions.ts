import { z } from "zod";

/** What a member can ask of the stage. Self actions act on the caller; the rest need a moderator. */
export const SELF_ACTIONS = ["raise_hand", "lower_hand", "accept_invite", "decline_invite", "step_down"] as const;
export const TARGETED_ACTIONS = [
  "approve_hand",
  "decline_hand",
  "invite_to_speak",
  "move_to_audience",
  "mute",
  "remove",
  "ban",
  "unban",
  "make_moderator",
  "unmake_moderator",
] as const;
export const ROOM_ACTIONS = ["approve_all_hands", "enable_hands", "disable_hands"] as const;

export type SelfAction = (typeof SELF_ACTIONS)[number];
export type TargetedAction = (typeof TARGETED_ACTIONS)[number];
export type RoomAction = (typeof ROOM_ACTIONS)[number];
export type StageAction = SelfAction | TargetedAction | RoomAction;

const memberId = z.string().trim().regex(/^[a-z0-9]{20,32}$/, "Not a valid member id.");

/** The body of POST /api/rooms/[roomId]/stage. */
export const stageActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.enum(SELF_ACTIONS) }).strict(),
  z.object({ action: z.enum(TARGETED_ACTIONS), targetUserId: memberId }).strict(),
  z.object({ action: z.enum(ROOM_ACTIONS) }).strict(),
]);

export type StageActionInput = z.infer<typeof stageActionSchema>;
