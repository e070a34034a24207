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

export async function createJoinToken(input: {
  roomName: string;
  identity: string;
  name: string;
  stageRole: StageRole;
}): Promise<JoinToken> {
  const permission = stagePermission(input.stageRole);
  const token = new AccessToken(env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET, {
    identity: input.identity,
    name: input.name,
    ttl: TOKEN_TTL_SECONDS,
    attributes: { stageRole: input.stageRole },
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
  try {
    await liveKitRooms().deleteRoom(roomName);
  } catch (error) {
    if (error instanceof ServerError && error.code === "not_found") return;
    throw error;
  }
}

/** Applies a stage role to a connected participant: full permission set plus the attribute the UI reads. */
export async function applyStageRole(roomName: string, identity: string, stageRole: StageRole) {
  const permission = stagePermission(stageRole);
  return liveKitRooms().updateParticipant(roomName, identity, {
    attributes: { stageRole },
    permission: {
      canSubscribe: permission.canSubscribe,
      canPublish: permission.canPublish,
      canPublishData: permission.canPublishData,
      canPublishSources: permission.canPublishSources.map((source) => sourceByName[source]),
      canUpdateMetadata: permission.canUpdateMetadata,
    },
  });
}

const receiver = new WebhookReceiver(env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET);

/** Verifies a webhook's signature (JWT over the body's hash) and parses it; throws if forged. */
export function verifyWebhook(body: string, authorization: string | null): Promise<WebhookEvent> {
  return receiver.receive(body, authorization ?? undefined);
}
