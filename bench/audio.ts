import type { Page } from "@playwright/test";
import { AccessToken } from "livekit-server-sdk";

type BenchWindow = Window & {
  toneOnset?: () => number;
  toneOff?: () => void;
  LivekitClient: typeof import("livekit-client");
};

export async function mintToken(roomName: string, identity: string, canPublish: boolean): Promise<string> {
  const token = new AccessToken(process.env.LIVEKIT_API_KEY!, process.env.LIVEKIT_API_SECRET!, { identity, ttl: "1h" });
  token.addGrant({ roomJoin: true, room: roomName, canPublish, canSubscribe: true, canPublishData: true });
  return token.toJwt();
}

/**
 * Makes a bare livekit-client page (tests/fixtures/browser-participants.ts serveClientPage) a
 * speaker: a WebAudio 440 Hz oscillator → gain → MediaStreamDestination, published as its
 * microphone. No microphone processing touches it, so a tone can play for minutes. `on` starts it
 * sounding; window.toneOnset() / toneOff() switch it with a sharp edge (toneOnset returns when).
 */
export async function publishTone(page: Page, serverUrl: string, token: string, on: boolean) {
  await page.evaluate(
    async ({ url, jwt, sounding }) => {
      const bench = window as unknown as BenchWindow;
      const { Room, Track } = bench.LivekitClient;
      const context = new AudioContext();
      await context.resume();
      const oscillator = context.createOscillator();
      oscillator.frequency.value = 440;
      const gain = context.createGain();
      gain.gain.value = sounding ? 0.5 : 0;
      const destination = context.createMediaStreamDestination();
      oscillator.connect(gain).connect(destination);
      oscillator.start();
      bench.toneOnset = () => {
        gain.gain.setValueAtTime(0.5, context.currentTime);
        return Date.now();
      };
      bench.toneOff = () => gain.gain.setValueAtTime(0, context.currentTime);
      const room = new Room();
      await room.connect(url, jwt);
      await room.localParticipant.publishTrack(destination.stream.getAudioTracks()[0]!, { source: Track.Source.Microphone });
    },
    { url: serverUrl, jwt: token, sounding: on },
  );
}

/**
 * Connects a bare livekit-client listener that plays every track it subscribes to (kept as
 * window.benchRoom); returns when connect() was called.
 */
export async function listenBare(page: Page, serverUrl: string, token: string): Promise<number> {
  return page.evaluate(
    async ({ url, jwt }) => {
      const { Room, RoomEvent } = (window as unknown as BenchWindow).LivekitClient;
      const startedAt = Date.now();
      const room = new Room();
      room.on(RoomEvent.TrackSubscribed, (track) => {
        document.body.append(track.attach());
      });
      await room.connect(url, jwt);
      (window as unknown as { benchRoom: typeof room }).benchRoom = room;
      return startedAt;
    },
    { url: serverUrl, jwt: token },
  );
}

/**
 * The listener's jitter buffer so far, summed over its audio receivers (WebRTC inbound-rtp stats):
 * seconds of delay and of target delay, and samples emitted. Differences between two readings give
 * the average buffer delay over that interval.
 */
export async function jitterBuffer(page: Page): Promise<{ delay: number; target: number; emitted: number }> {
  return page.evaluate(async () => {
    const room = (window as unknown as { benchRoom: import("livekit-client").Room }).benchRoom;
    const total = { delay: 0, target: 0, emitted: 0 };
    for (const participant of room.remoteParticipants.values()) {
      for (const publication of participant.audioTrackPublications.values()) {
        const receiver = publication.track?.receiver;
        if (!receiver) continue;
        for (const report of (await receiver.getStats()).values()) {
          if (report.type !== "inbound-rtp") continue;
          total.delay += report.jitterBufferDelay ?? 0;
          total.target += report.jitterBufferTargetDelay ?? 0;
          total.emitted += report.jitterBufferEmittedCount ?? 0;
        }
      }
    }
    return total;
  });
}
