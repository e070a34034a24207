import type { ROOM_VISIBILITIES } from "./schemas";

/** A live room as the hallway shows it (also the JSON of GET /api/rooms/live). */
export type LiveRoomSummary = {
  id: string;
  title: string;
  topic: { slug: string; name: string } | null;
  visibility: (typeof ROOM_VISIBILITIES)[number];
  hostName: string;
  /** The first few members connected on stage, host first. */
  speakers: { id: string; name: string; avatarUrl: string | null }[];
  speakerCount: number;
  listenerCount: number;
};
