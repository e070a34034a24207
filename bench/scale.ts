/**
 * Room scale: one LiveKit room, 10 publishing speakers and N subscribe-only listeners, N rising
 * (default 100, 250, 500, 1000). The participants are simulated by a Go load tool (bench/scale/,
 * built by bench/run.sh into .cache/bench-bin/) that speaks LiveKit's signalling protocol and runs
 * every PeerConnection in one process, on loopback only. Per step it measures, over a window:
 * packet loss at the listeners from RTP sequence numbers, jitter, send → receive time, and the CPU
 * (% of one core, /proc/<pid>/stat) and memory of LiveKit, the app and the load tool itself.
 *
 * Tokens are minted by the tool with LiveKit's key (the app's token route is not on this path);
 * the app runs only so its CPU can be shown to stay flat: it is off the media path.
 *
 *   npm run bench -- scale [--steps 100,250,500,1000] [--seconds 20] [--speakers 10] [--max-loss 3]
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

import { CACHE, log } from "../scripts/stack/services";
import type { Benchmark } from "./lib";

const BINARY = path.join(CACHE, "bench-bin/raise-hand-scale");

/** One step, as the load tool prints it (bench/scale/main.go `step`). */
type Step = {
  listeners: number;
  joined: number;
  joinFailures: number;
  subscribedTracks: number;
  expectedTracks: number;
  seconds: number;
  expected: number;
  received: number;
  lossPercent: number;
  sentPerTrack: number;
  deliveryPercent: number;
  jitterMs: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
  liveKitCpuPercent: number;
  liveKitRssMiB: number;
  appCpuPercent: number;
  appRssMiB: number;
  loadToolCpuPercent: number;
  loadToolRssMiB: number;
  machineBusyPercent: number;
  udpReceiveBufferDrops: number;
  udpSendBufferDrops: number;
  loadAverage: string;
};

/** CPU time per packet received at the listeners, in µs: a cost per forwarded packet that shared CPU bends less than loss. */
const microsecondsPerPacket = (cpuPercent: number, step: Step) => (step.received ? ((cpuPercent / 100) * step.seconds * 1e6) / step.received : NaN);

const COLUMNS: [string, (step: Step) => string][] = [
  ["listeners", (s) => String(s.listeners)],
  ["tracks recv", (s) => `${s.subscribedTracks}/${s.expectedTracks}`],
  ["loss %", (s) => s.lossPercent.toFixed(3)],
  ["lost/expected", (s) => `${s.expected - s.received}/${s.expected}`],
  ["delivered %", (s) => s.deliveryPercent.toFixed(1)],
  ["jitter ms", (s) => s.jitterMs.toFixed(1)],
  ["trip p50/p95 ms", (s) => `${s.latencyP50Ms.toFixed(1)}/${s.latencyP95Ms.toFixed(1)}`],
  ["LiveKit CPU %", (s) => s.liveKitCpuPercent.toFixed(0)],
  ["LiveKit µs/packet", (s) => microsecondsPerPacket(s.liveKitCpuPercent, s).toFixed(1)],
  ["LiveKit RSS MiB", (s) => s.liveKitRssMiB.toFixed(0)],
  ["app CPU %", (s) => s.appCpuPercent.toFixed(1)],
  ["load tool CPU %", (s) => s.loadToolCpuPercent.toFixed(0)],
  ["tool µs/packet", (s) => microsecondsPerPacket(s.loadToolCpuPercent, s).toFixed(1)],
  ["UDP buffer drops rcv/snd", (s) => `${s.udpReceiveBufferDrops}/${s.udpSendBufferDrops}`],
  ["machine busy %", (s) => s.machineBusyPercent.toFixed(0)],
  ["load avg", (s) => s.loadAverage],
];

function table(steps: Step[]): string {
  const rows = [COLUMNS.map(([title]) => title), ...steps.map((step) => COLUMNS.map(([, cell]) => cell(step)))];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => cell.padStart(widths[column]!)).join(" | ")} |`;
  return [line(rows[0]!), `|${widths.map((width) => "-".repeat(width + 1) + ":").join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

const scale: Benchmark = async ({ env, supervisor, args }) => {
  const { values } = parseArgs({
    args,
    options: {
      steps: { type: "string", default: "100,250,500,1000" },
      seconds: { type: "string", default: "20" },
      speakers: { type: "string", default: "10" },
      "max-loss": { type: "string", default: "3" },
    },
  });
  if (!existsSync(BINARY)) throw new Error(`${BINARY} is missing: run this benchmark with npm run bench -- scale (bench/run.sh builds it)`);
  const liveKitPid = supervisor.pid("livekit");
  const appPid = supervisor.pid("app");
  if (!liveKitPid || !appPid) throw new Error("LiveKit or the app was not started by this run");

  const tool = spawn(
    BINARY,
    [
      `-steps=${values.steps}`,
      `-seconds=${values.seconds}`,
      `-speakers=${values.speakers}`,
      `-max-loss=${values["max-loss"]}`,
      `-livekit-pid=${liveKitPid}`,
      `-app-pid=${appPid}`,
    ],
    { env, stdio: ["ignore", "pipe", "inherit"] },
  );
  supervisor.add("load tool", async () => void tool.kill("SIGKILL"));
  const exited = new Promise<number | null>((resolve) => tool.once("exit", resolve));
  const steps: Step[] = [];
  for await (const line of createInterface({ input: tool.stdout })) {
    const step = JSON.parse(line) as Step;
    steps.push(step);
    log(`${step.listeners} listeners: loss ${step.lossPercent}%, LiveKit ${step.liveKitCpuPercent}% of a core, app ${step.appCpuPercent}%, load tool ${step.loadToolCpuPercent}%`);
  }
  const code = await exited;
  if (code !== 0) throw new Error(`the load tool exited with code ${code}`);

  process.stdout.write(`\n${values.speakers} speakers publishing Opus at 20 ms; ${values.seconds} s measuring window per step\n`);
  process.stdout.write(`${table(steps)}\n`);
  const clean = steps.filter((step) => step.lossPercent < 1 && step.subscribedTracks === step.expectedTracks);
  const largest = clean.at(-1);
  process.stdout.write(largest ? `largest N under 1% loss: ${largest.listeners}\n` : "no step stayed under 1% loss\n");
  // What LiveKit's cost per packet implies if it had every core to itself (an estimate, not a measurement).
  const cheapest = Math.min(...steps.map((step) => microsecondsPerPacket(step.liveKitCpuPercent, step)).filter(Number.isFinite));
  if (Number.isFinite(cheapest)) {
    const packetsPerListener = Number(values.speakers) * 50;
    const listeners = (availableParallelism() * 1e6) / (cheapest * packetsPerListener);
    process.stdout.write(`LiveKit at ${cheapest.toFixed(1)} µs per packet out: all ${availableParallelism()} cores would carry ~${Math.round(listeners)} listeners (estimate; the load tool and everything else would need cores of their own)\n`);
  }
};

export default scale;
