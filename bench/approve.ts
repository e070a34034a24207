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
import { pageScript } from "../tests/fixtures/page-script";
import { writeToneWav } from "../tests/fixtures/tone";
import { CACHE } from "../scripts/stack/services";
import { createMember, database, repeat, signIn, summary, type Benchmark } from "./lib";
import { after, instrumentWebRtc, type Marks } from "./marks";

const RUNS = 20;

const mapped = (value: number | undefined, offset: number) => (value === undefined ? undefined : value + offset);

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
      if (instrument) await context.addInitScript(pageScript(instrumentWebRtc));
      const page = await context.newPage();
      await page.goto(`/rooms/${room.id}`);
      await page.locator('[data-connection="connected"]').waitFor({ timeout: 20_000 });
      return { context, page, name };
    };
    const hostSide = await enter("host", host);
    await hostSide.page.getByRole("button", { name: "Mute" }).click();
    const listenerSide = await enter("listener", listener, true);

    const STEPS = {
      "stage API answered (host)": [] as number[],
      "speaker asks for the mic": [] as number[],
      "speaker's mic open": [] as number[],
      "speaker hands the track to WebRTC": [] as number[],
      "speaker sends its offer": [] as number[],
      "speaker gets the SFU's answer": [] as number[],
      "listener gets the SFU's offer": [] as number[],
    };
    const total: number[] = [];
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
      const heardMarks = await listenerSide.page.evaluate(() => (window as unknown as { benchMarks: Marks }).benchMarks);
      const micOpenAt = (marks.micOpen ?? []).find((time) => time >= clickedAt) ?? clickedAt;
      const offset = micOpenAt - clickedAt;
      const sentAt = after(marks, ["setLocalDescription"], micOpenAt);
      const run: Record<keyof typeof STEPS, number | undefined> = {
        "stage API answered (host)": answeredAt - clickedAt,
        "speaker asks for the mic": after(marks, ["askMic"], clickedAt),
        "speaker's mic open": after(marks, ["micOpen"], clickedAt),
        "speaker hands the track to WebRTC": mapped(after(marks, ["addTransceiver", "addTrack", "replaceTrack"], micOpenAt), offset),
        "speaker sends its offer": mapped(sentAt, offset),
        "speaker gets the SFU's answer": mapped(after(marks, ["setRemoteDescription"], micOpenAt + (sentAt ?? 0)), offset + (sentAt ?? 0)),
        "listener gets the SFU's offer": after(heardMarks, ["setRemoteDescription"], clickedAt),
      };
      const ms = heardAt - clickedAt;
      total.push(ms);
      for (const [label, value] of Object.entries(run)) if (value !== undefined) STEPS[label as keyof typeof STEPS].push(value);
      process.stdout.write(
        `run ${String(index + 1).padStart(2)}: heard ${ms} ms after the click; ${Object.entries(run)
          .map(([label, value]) => `${label} ${value ?? "–"}`)
          .join(", ")}\n`,
      );
      await speakerSide.context.close();
    });

    process.stdout.write(`\nApprove → heard (continuous 440 Hz tone; goal p95 ≤ 250 ms)\n`);
    for (const [label, values] of Object.entries(STEPS)) if (values.length) process.stdout.write(`${summary(`click → ${label}`, values)}\n`);
    process.stdout.write(`${summary("click → first sound at another listener", total)}\n`);
  } finally {
    await browser.close();
    await db.$disconnect();
  }
};

export default approve;
