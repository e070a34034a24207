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

/** A scheduled room as the upcoming lists show it. */
export type UpcomingRoomSummary = {
  id: string;
  title: string;
  topic: { slug: string; name: string } | null;
  visibility: (typeof ROOM_VISIBILITIES)[number];
  hostName: string;
  coHostNames: string[];
  /** ISO instant; shown in the viewer's time zone by the browser. */
  scheduledFor: string;
  rsvpCount: number;
  /** Whether the viewer asked to be notified when it starts. */
  rsvped: boolean;
  /** Whether the viewer is its host or a co-host (they start it rather than RSVP). */
  hosting: boolean;
};
