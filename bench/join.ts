/**
 * Join → first audio. Ours: a signed-in listener on the hallway clicks the room's link; we time
 * from the click to the first non-silent frame the room page plays. Bare: a blank page that only
 * calls livekit-client's room.connect with a pre-minted token, timed from that call to the first
 * non-silent frame. Runs alternate, in one browser (one clock). The speaker is a bare page
 * publishing a continuous WebAudio tone (bench/audio.ts), so the tone is there whenever a
 * listener arrives: no microphone bursts or noise suppression in the figure.
 */
import path from "node:path";
import { parseArgs } from "node:util";

import { chromium } from "@playwright/test";

import { detectFirstSound, firstSoundAt } from "../tests/fixtures/audio";
import { serveClientPage } from "../tests/fixtures/browser-participants";
import { chromiumLaunchOptions } from "../tests/fixtures/chromium";
import { pageScript } from "../tests/fixtures/page-script";
import { writeToneWav } from "../tests/fixtures/tone";
import { CACHE } from "../scripts/stack/services";

import { listenBare, mintToken, publishTone } from "./audio";
import { createMember, database, quantile, repeat, signIn, summary, type Benchmark } from "./lib";
import { after, instrumentWebRtc, readMarks } from "./marks";

const RUNS = 20;

const join: Benchmark = async ({ baseURL, args }) => {
  // How long the listener looks at the hallway before clicking (0: at once). A person takes a
  // moment, and the hallway loads the room's code while the browser is idle.
  const { values } = parseArgs({ args, options: { dwell: { type: "string", default: "0" } } });
  const dwellMs = Number(values.dwell);
  const db = database();
  const { server, origin } = await serveClientPage();
  // Nobody here uses the fake microphone; Chromium still wants a file for it.
  const tone = writeToneWav(path.join(CACHE, "bench/tone-440.wav"), 440);
  const browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions(tone) });
  try {
    const host = await createMember(db, "Hana Host");
    const title = "Join bench";
    const room = await db.room.create({
      data: { title, visibility: "OPEN", createdById: host.id, members: { create: [{ userId: host.id, stageRole: "HOST" }] } },
    });
    const serverUrl = process.env.LIVEKIT_URL!;
    const speaker = await browser.newPage();
    await speaker.goto(origin);
    await publishTone(speaker, serverUrl, await mintToken(room.id, host.id, true), true);

    const ours: number[] = [];
    const bare: number[] = [];
    const oursSteps: Record<string, number[]> = {};
    const bareSteps: Record<string, number[]> = {};
    await repeat(RUNS, 10 * 60_000, async (index) => {
      const listener = await createMember(db, `Listener ${index + 1}`);
      const context = await browser.newContext({ baseURL });
      await signIn(db, context, baseURL, listener);
      await context.addInitScript(pageScript(detectFirstSound));
      await context.addInitScript(pageScript(instrumentWebRtc));
      const page = await context.newPage();
      await page.goto("/");
      const link = page.getByRole("list", { name: "Live rooms" }).getByRole("link", { name: title });
      await link.waitFor({ timeout: 15_000 });
      if (dwellMs > 0) await page.waitForTimeout(dwellMs);
      // The room page's answer to the client navigation (it carries the token, minted while it
      // renders); not the hallway link's prefetch of the route. Playwright never reports these
      // streamed answers as finished, so this is when the answer starts.
      const pageAt = page
        .waitForResponse(
          (response) =>
            new URL(response.url()).pathname === `/rooms/${room.id}` && !response.request().headers()["next-router-prefetch"],
        )
        .then(() => Date.now());
      const socketAt = page.waitForEvent("websocket").then(() => Date.now());
      const clickedAt = await page.evaluate(() => Date.now());
      await link.click();
      ours.push((await firstSoundAt(page)) - clickedAt);
      const marks = await page.evaluate(readMarks);
      const loads = await page.evaluate(resourceLoads, room.id);
      const run = {
        "room page answers": (await pageAt) - clickedAt,
        "room page answer complete": loads.roomPageEnd === null ? undefined : loads.roomPageEnd - clickedAt,
        "room code loaded (≤ 0: preloaded)": loads.roomCodeEnd === null ? undefined : loads.roomCodeEnd - clickedAt,
        "signal socket opened": (await socketAt) - clickedAt,
        "SFU's offer set": after(marks, ["setRemoteDescription"], clickedAt),
      };
      for (const [label, value] of Object.entries(run)) if (value !== undefined) (oursSteps[label] ??= []).push(value);
      await context.close();

      const bareContext = await browser.newContext();
      await bareContext.addInitScript(pageScript(detectFirstSound));
      await bareContext.addInitScript(pageScript(instrumentWebRtc));
      const barePage = await bareContext.newPage();
      await barePage.goto(origin);
      const bareSocketAt = barePage.waitForEvent("websocket").then(() => Date.now());
      const startedAt = await listenBare(barePage, serverUrl, await mintToken(room.id, (await createMember(db, `Bare listener ${index + 1}`)).id, false));
      bare.push((await firstSoundAt(barePage)) - startedAt);
      const bareMarks = await barePage.evaluate(readMarks);
      const bareRun = {
        "signal socket opened": (await bareSocketAt) - startedAt,
        "SFU's offer set": after(bareMarks, ["setRemoteDescription"], startedAt),
      };
      for (const [label, value] of Object.entries(bareRun)) if (value !== undefined) (bareSteps[label] ??= []).push(value);
      await bareContext.close();
      process.stdout.write(`run ${String(index + 1).padStart(2)}: ours ${ours.at(-1)} ms, bare ${bare.at(-1)} ms\n`);
    });

    process.stdout.write(`\nJoin → first audio (goal: ours/bare ≤ 1.15; ${dwellMs} ms on the hallway before the click)\n`);
    for (const [label, values] of Object.entries(oursSteps)) process.stdout.write(`${summary(`ours: click → ${label}`, values)}\n`);
    process.stdout.write(`${summary("ours: click in the hallway → first sound", ours)}\n`);
    for (const [label, values] of Object.entries(bareSteps)) process.stdout.write(`${summary(`bare: connect → ${label}`, values)}\n`);
    process.stdout.write(`${summary("bare: room.connect → first sound", bare)}\n`);
    const ratio = (q: number) => (quantile(ours, q) / quantile(bare, q)).toFixed(2);
    process.stdout.write(`ratio ours/bare: p50 ${ratio(0.5)}, p95 ${ratio(0.95)}\n`);
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    await db.$disconnect();
  }
};

export default join;

/**
 * From the page's resource timing, in Date.now() time: when the last answer for the room page (the
 * navigation's, after any prefetch) and the biggest script (the room's code: livekit-client and the
 * room UI) finished loading.
 */
const resourceLoads = (roomId: string) => {
  // No named inner functions: the page has no esbuild `__name` helper (tests/fixtures/page-script.ts).
  const entries = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
  const pages = entries.filter((entry) => new URL(entry.name).pathname === `/rooms/${roomId}`);
  let biggest: PerformanceResourceTiming | null = null;
  for (const entry of entries) {
    if (!new URL(entry.name).pathname.endsWith(".js")) continue;
    if (biggest === null || entry.decodedBodySize > biggest.decodedBodySize) biggest = entry;
  }
  return {
    roomPageEnd: pages.length > 0 ? performance.timeOrigin + pages.at(-1)!.responseEnd : null,
    roomCodeEnd: biggest ? performance.timeOrigin + biggest.responseEnd : null,
  };
};
