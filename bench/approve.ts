/**
 * Approve → heard: the host clicks "Approve <name>" on a raised hand, and we time until the new
 * speaker's tone is first heard by another listener (one browser, so one clock). Each run also
 * timestamps the steps in between: the stage API's answer at the host, the speaker's page asking
 * for the microphone (its new permission has arrived), the microphone opened, the track handed to
 * WebRTC, and the first sound at the listener.
 *
 * The fake microphone plays a continuous 440 Hz tone here (not the e2e tests' 250 ms bursts), so a
 * burst gap cannot add up to 250 ms to a run.
 */
import path from "node:path";

import { chromium, type Page } from "@playwright/test";

import { measurePlayedAudio, waitForSound } from "../tests/fixtures/audio";
import { chromiumLaunchOptions } from "../tests/fixtures/chromium";
import { writeToneWav } from "../tests/fixtures/tone";
import { CACHE } from "../scripts/stack/services";
import { createMember, database, repeat, signIn, summary, type Benchmark } from "./lib";

const RUNS = 20;

type Marks = { getUserMedia?: number; micOpen?: number; transceiver?: number };

/** Records, in the speaker's page, when it asks for the microphone, gets it and hands it to WebRTC. */
function instrumentPublishing() {
  const marks: Marks = {};
  (window as unknown as { benchMarks: Marks }).benchMarks = marks;
  const getUserMedia = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    marks.getUserMedia ??= Date.now();
    const stream = await getUserMedia(constraints);
    marks.micOpen ??= Date.now();
    return stream;
  };
  const addTransceiver = RTCPeerConnection.prototype.addTransceiver;
  RTCPeerConnection.prototype.addTransceiver = function (this: RTCPeerConnection, ...args: Parameters<typeof addTransceiver>) {
    marks.transceiver ??= Date.now();
    return addTransceiver.apply(this, args);
  };
}

async function waitForSilence(page: Page) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if ((await measurePlayedAudio(page, 300)).rms < 0.01) return;
  }
  throw new Error("the listener never went silent between runs");
}

const approve: Benchmark = async ({ baseURL }) => {
  const db = database();
  const tone = writeToneWav(path.join(CACHE, "bench/tone-440-continuous.wav"), 440, { seconds: 60, onMs: 60_000, offMs: 0 });
  const browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions(tone) });
  try {
    const host = await createMember(db, "Hana Host");
    const listener = await createMember(db, "Lina Listener");
    const room = await db.room.create({
      data: {
        title: "Approve bench",
        visibility: "OPEN",
        createdById: host.id,
        members: { create: [{ userId: host.id, stageRole: "HOST" }] },
      },
    });
    const enter = async (name: string, member: { id: string; name: string }, instrument = false) => {
      const context = await browser.newContext({ baseURL });
      await signIn(db, context, baseURL, member);
      if (instrument) await context.addInitScript(instrumentPublishing);
      const page = await context.newPage();
      await page.goto(`/rooms/${room.id}`);
      await page.locator('[data-connection="connected"]').waitFor({ timeout: 20_000 });
      return { context, page, name };
    };
    const hostSide = await enter("host", host);
    await hostSide.page.getByRole("button", { name: "Mute" }).click();
    const listenerSide = await enter("listener", listener);

    const total: number[] = [];
    const steps: Record<string, number[]> = { "click → stage API answered (host)": [], "click → speaker asks for the mic": [], "click → mic open": [], "click → track handed to WebRTC": [] };
    await repeat(RUNS, 10 * 60_000, async (index) => {
      await waitForSilence(listenerSide.page);
      const speaker = await createMember(db, `Speaker ${index + 1}`);
      const speakerSide = await enter("speaker", speaker, true);
      await speakerSide.page.getByRole("button", { name: "Raise hand" }).click();
      const approveButton = hostSide.page.getByRole("button", { name: `Approve ${speaker.name}` });
      await approveButton.waitFor({ timeout: 15_000 });

      const heard = waitForSound(listenerSide.page, 15_000);
      const answered = hostSide.page
        .waitForResponse((response) => response.url().endsWith(`/api/rooms/${room.id}/stage`) && response.request().method() === "POST")
        .then(() => Date.now());
      const clickedAt = await hostSide.page.evaluate(() => Date.now());
      await approveButton.click();
      const heardAt = await heard;
      const answeredAt = await answered;
      const marks = await speakerSide.page.evaluate(() => (window as unknown as { benchMarks: Marks }).benchMarks);

      const ms = heardAt - clickedAt;
      total.push(ms);
      steps["click → stage API answered (host)"]!.push(answeredAt - clickedAt);
      if (marks.getUserMedia) steps["click → speaker asks for the mic"]!.push(marks.getUserMedia - clickedAt);
      if (marks.micOpen) steps["click → mic open"]!.push(marks.micOpen - clickedAt);
      if (marks.transceiver) steps["click → track handed to WebRTC"]!.push(marks.transceiver - clickedAt);
      process.stdout.write(
        `run ${String(index + 1).padStart(2)}: ${ms} ms (answered ${answeredAt - clickedAt}, ask mic ${(marks.getUserMedia ?? NaN) - clickedAt}, mic open ${(marks.micOpen ?? NaN) - clickedAt}, to WebRTC ${(marks.transceiver ?? NaN) - clickedAt})\n`,
      );
      await speakerSide.context.close();
    });

    process.stdout.write(`\nApprove → heard (continuous 440 Hz tone; goal p95 ≤ 250 ms)\n`);
    for (const [label, values] of Object.entries(steps)) if (values.length) process.stdout.write(`${summary(label, values)}\n`);
    process.stdout.write(`${summary("click → first sound at another listener", total)}\n`);
  } finally {
    await browser.close();
    await db.$disconnect();
  }
};

export default approve;
