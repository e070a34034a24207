import "server-only";

import {
  AccessToken,
  RoomServiceClient,
  ServerError,
  TrackSource,
  WebhookReceiver,
  type WebhookEvent,
} from "livekit-server-sdk";

import { env } from "@/env";
import type { StageRole } from "@/generated/prisma/enums";
import { stagePermission } from "@/server/stage/permissions";

/** The only module that talks to LiveKit: tokens, the room service and webhooks. */

/** Tokens live a few minutes: enough to connect; LiveKit refreshes them while connected. */
export const TOKEN_TTL_SECONDS = 5 * 60;

const sourceByName = { microphone: TrackSource.MICROPHONE } as const;

/** The server-side HTTP address of LiveKit (inside Docker it differs from the browser's). */
function apiUrl(): string {
  return env.LIVEKIT_API_URL ?? env.LIVEKIT_URL.replace(/^ws/, "http");
}

export type JoinToken = { serverUrl: string; token: string; expiresInSeconds: number };

/** The live state the room UI reads from a participant's attributes (all strings; "" = unset). */
export type StageAttributes = { stageRole?: StageRole; handRaisedAt?: string; invitedToSpeak?: "true" | "" };

/**
 * A join token whose grants are exactly the stage role's, carrying the stage state from Postgres
 * as attributes, so a reconnect (or a restarted LiveKit) shows the member as Postgres has them.
 */
export async function createJoinToken(input: {
  roomName: string;
  identity: string;
  name: string;
  /** Public profile bits for the room UI (src/lib/members/participant-metadata.ts). */
  metadata?: string;
  stage: StageAttributes & { stageRole: StageRole };
}): Promise<JoinToken> {
  const permission = stagePermission(input.stage.stageRole);
  const attributes = Object.fromEntries(Object.entries(input.stage).filter(([, value]) => value));
  const token = new AccessToken(env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET, {
    identity: input.identity,
    name: input.name,
    metadata: input.metadata,
    ttl: TOKEN_TTL_SECONDS,
    attributes,
  });
  token.addGrant({
    room: input.roomName,
    roomJoin: true,
    canSubscribe: permission.canSubscribe,
    canPublish: permission.canPublish,
    canPublishData: permission.canPublishData,
    canPublishSources: permission.canPublishSources.map((source) => sourceByName[source]),
    canUpdateOwnMetadata: permission.canUpdateMetadata,
  });
  return { serverUrl: env.LIVEKIT_URL, token: await token.toJwt(), expiresInSeconds: TOKEN_TTL_SECONDS };
}

let roomService: RoomServiceClient | undefined;

/** LiveKit's room API (participant permissions, attributes, removal), authenticated as admin. */
export function liveKitRooms(): RoomServiceClient {
  roomService ??= new RoomServiceClient(apiUrl(), env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET);
  return roomService;
}

/** LiveKit answers 404 for a room or participant it does not have (now). */
function isNotFound(error: unknown): boolean {
  return error instanceof ServerError && (error.status === 404 || error.code === "not_found");
}

/**
 * Runs a call about one participant, treating "not connected" as done: Postgres is the record, and
 * a member who is not in LiveKit right now gets the new state in their next token.
 */
async function ifConnected<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/**
 * Opens the LiveKit room for a new room, so that LiveKit closes it by itself when nobody comes
 * (`emptyTimeout`) or everybody left (`departureTimeout`) for the grace period.
 */
export async function openLiveKitRoom(roomName: string): Promise<void> {
  await liveKitRooms().createRoom({
    name: roomName,
    emptyTimeout: env.ROOM_EMPTY_GRACE_SECONDS,
    departureTimeout: env.ROOM_EMPTY_GRACE_SECONDS,
  });
}

/** Closes a LiveKit room, disconnecting everyone in it (reason ROOM_DELETED); a room LiveKit no longer has is fine. */
export async function closeLiveKitRoom(roomName: string): Promise<void> {
  await ifConnected(() => liveKitRooms().deleteRoom(roomName));
}

/** Changes a stage role live: the full permission set for the role plus the UI's attributes. */
export function applyStage(roomName: string, identity: string, attributes: StageAttributes & { stageRole: StageRole }) {
  const permission = stagePermission(attributes.stageRole);
  return ifConnected(() =>
    liveKitRooms().updateParticipant(roomName, identity, {
      attributes,
      permission: {
        canSubscribe: permission.canSubscribe,
        canPublish: permission.canPublish,
        canPublishData: permission.canPublishData,
        canPublishSources: permission.canPublishSources.map((source) => sourceByName[source]),
        canUpdateMetadata: permission.canUpdateMetadata,
      },
    }),
  );
}

/** Updates only the attributes given (a hand raised or lowered, an invitation); permissions stay. */
export function setStageAttributes(roomName: string, identity: string, attributes: StageAttributes) {
  return ifConnected(() => liveKitRooms().updateParticipant(roomName, identity, { attributes }));
}

/** Mutes a speaker's microphone from the server (they may unmute themselves again). */
export async function muteMicrophone(roomName: string, identity: string) {
  const participant = await ifConnected(() => liveKitRooms().getParticipant(roomName, identity));
  const microphone = participant?.tracks.find((track) => track.source === TrackSource.MICROPHONE);
  if (!microphone) return;
  await ifConnected(() => liveKitRooms().mutePublishedTrack(roomName, identity, microphone.sid, true));
}

/** Disconnects a participant now. */
export function removeFromRoom(roomName: string, identity: string) {
  return ifConnected(() => liveKitRooms().removeParticipant(roomName, identity));
}

/** Room-wide state every participant reads from the room's metadata. */
export type RoomState = { handsEnabled: boolean };

export function setRoomState(roomName: string, state: RoomState) {
  return ifConnected(() => liveKitRooms().updateRoomMetadata(roomName, JSON.stringify(state)));
}

const receiver = new WebhookReceiver(env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET);

/** Verifies a webhook's signature (JWT over the body's hash) and parses it; throws if forged. */
export function verifyWebhook(body: string, authorization: string | null): Promise<WebhookEvent> {
  return receiver.receive(body, authorization ?? undefined);
}
