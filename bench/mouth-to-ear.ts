/**
 * Mouth-to-ear: a speaker page switches a WebAudio tone on with a sharp edge (gain 0 → 0.5) at a
 * known time; a listener page in the same browser (one clock) subscribed through LiveKit times the
 * first frame it plays above RMS 0.05. Both are bare livekit-client pages (bench/audio.ts): the
 * app is not on the media path. Includes Opus encode, the SFU, the listener's jitter buffer and
 * playout, and the detector's polling (≤ ~10 ms).
 */
import path from "node:path";

import { chromium } from "@playwright/test";

import { measurePlayedAudio, waitForSound } from "../tests/fixtures/audio";
import { serveClientPage } from "../tests/fixtures/browser-participants";
import { chromiumLaunchOptions } from "../tests/fixtures/chromium";
import { writeToneWav } from "../tests/fixtures/tone";
import { CACHE } from "../scripts/stack/services";
import { jitterBuffer, listenBare, mintToken, publishTone } from "./audio";
import { createMember, database, repeat, summary, type Benchmark } from "./lib";

const RUNS = 20;

const mouthToEar: Benchmark = async () => {
  const db = database();
  const { server, origin } = await serveClientPage();
  const tone = writeToneWav(path.join(CACHE, "bench/tone-440.wav"), 440);
  const browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions(tone) });
  try {
    const host = await createMember(db, "Hana Host");
    const room = await db.room.create({
      data: { title: "Mouth-to-ear bench", visibility: "OPEN", createdById: host.id, members: { create: [{ userId: host.id, stageRole: "HOST" }] } },
    });
    const serverUrl = process.env.LIVEKIT_URL!;
    const speaker = await browser.newPage();
    await speaker.goto(origin);
    await publishTone(speaker, serverUrl, await mintToken(room.id, host.id, true), false);
    const listener = await browser.newPage();
    await listener.goto(origin);
    await listenBare(listener, serverUrl, await mintToken(room.id, (await createMember(db, "Lina Listener")).id, false));
    await listener.locator("audio").waitFor({ state: "attached", timeout: 15_000 });

    const delays: number[] = [];
    const buffered: number[] = [];
    await repeat(RUNS, 5 * 60_000, async (index) => {
      await speaker.evaluate(() => (window as unknown as { toneOff: () => void }).toneOff());
      const deadline = Date.now() + 10_000;
      while ((await measurePlayedAudio(listener, 300)).rms >= 0.01) {
        if (Date.now() > deadline) throw new Error("the listener never went silent between runs");
      }
      const before = await jitterBuffer(listener);
      const heard = waitForSound(listener, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const onsetAt = await speaker.evaluate(() => (window as unknown as { toneOnset: () => number }).toneOnset());
      delays.push((await heard) - onsetAt);
      // The jitter buffer's average delay over the next half second of tone.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const later = await jitterBuffer(listener);
      const samples = later.emitted - before.emitted;
      buffered.push(samples > 0 ? ((later.delay - before.delay) / samples) * 1000 : NaN);
      process.stdout.write(`run ${String(index + 1).padStart(2)}: ${delays.at(-1)} ms (listener's jitter buffer ${buffered.at(-1)!.toFixed(0)} ms)\n`);
    });
    process.stdout.write(`\nMouth-to-ear through LiveKit on loopback (goal p50 ≤ 80 ms)\n${summary("tone onset at the speaker → heard at a listener", delays)}\n${summary("listener's jitter buffer delay", buffered.filter(Number.isFinite))}\n`);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await db.$disconnect();
  }
};

export default mouthToEar;
