import path from "node:path";

import { defineConfig } from "@playwright/test";

import { chromiumLaunchOptions } from "./tests/fixtures/chromium";
import { writeToneWav } from "./tests/fixtures/tone";

// The fake microphone plays a 440 Hz tone; the audio tests listen for it on other pages.
const toneFile = writeToneWav(path.resolve(".cache/e2e/tone-440.wav"), 440);

/**
 * End-to-end tests in Debian's Chromium against the production build that `npm run check` starts
 * (APP_URL). All traffic stays on loopback: Chromium may only resolve loopback names and WebRTC gathers
 * loopback candidates (the check runs inside a network namespace that has nothing else).
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".cache/test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  use: {
    // localhost, not 127.0.0.1: Next.js reports loopback requests as localhost, and Auth.js only
    // redirects within the origin it sees.
    baseURL: process.env.APP_URL ?? "http://localhost:3100",
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions(toneFile),
  },
});
