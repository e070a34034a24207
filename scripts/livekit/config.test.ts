import { describe, expect, it } from "vitest";

import { liveKitConfigYaml, type LiveKitConfigOptions } from "./config";

const base: LiveKitConfigOptions = {
  port: 7880,
  udpPort: 7882,
  apiKey: "devkey",
  apiSecret: "a-development-secret-of-at-least-32-chars",
};

// The generated text is JSON, which YAML 1.2 (LiveKit's gopkg.in/yaml.v3) reads unchanged, so the
// test can parse it exactly as the server will see it.
function parse(opts: LiveKitConfigOptions): Record<string, unknown> {
  return JSON.parse(liveKitConfigYaml(opts)) as Record<string, unknown>;
}

/** Every key path in the document, e.g. "rtc.interfaces.includes". */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix === "" ? key : `${prefix}.${key}`),
  );
}

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...stringsIn(child)]);
}

describe("liveKitConfigYaml", () => {
  it("produces a loopback-only single-node config", () => {
    expect(parse(base)).toEqual({
      port: 7880,
      bind_addresses: ["127.0.0.1"],
      keys: { devkey: base.apiSecret },
      rtc: {
        node_ip: "127.0.0.1",
        use_external_ip: false,
        enable_loopback_candidate: true,
        interfaces: { includes: ["lo", "lo0"] },
        ips: { includes: ["127.0.0.1/32"] },
        udp_port: 7882,
        tcp_port: 0,
        stun_servers: ["127.0.0.1:3478"],
      },
      room: { enable_remote_unmute: true },
      logging: { level: "info" },
    });
  });

  it("uses only field names that livekit-server v1.13.5 accepts (it parses its config strictly)", () => {
    // Checked against pkg/config/config.go, mediatransportutil's rtcconfig and protocol's
    // webhook/redis/logger structs at the versions v1.13.5 pins, and by starting the binary.
    const known = new Set([
      "port",
      "bind_addresses",
      "rtc.node_ip",
      "rtc.use_external_ip",
      "rtc.enable_loopback_candidate",
      "rtc.interfaces.includes",
      "rtc.ips.includes",
      "rtc.udp_port",
      "rtc.tcp_port",
      "rtc.stun_servers",
      "room.enable_remote_unmute",
      "logging.level",
      "webhook.api_key",
      "webhook.urls",
      "redis.address",
    ]);
    const doc = parse({ ...base, webhookUrl: "http://127.0.0.1:3000/x", redisAddress: "127.0.0.1:6379" });
    const paths = keyPaths(doc).filter((path) => !path.startsWith("keys."));
    expect(paths.filter((path) => !known.has(path))).toEqual([]);
  });

  it("never names an address other than loopback", () => {
    const doc = parse({ ...base, webhookUrl: "http://127.0.0.1:3000/api/livekit/webhook" });
    const ipv4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
    const addresses = stringsIn(doc).flatMap((text) => text.match(ipv4) ?? []);
    expect(addresses.length).toBeGreaterThan(0);
    expect(new Set(addresses)).toEqual(new Set(["127.0.0.1"]));
    // An empty stun_servers list would make LiveKit hand clients Google's and Twilio's servers.
    expect((doc.rtc as { stun_servers: string[] }).stun_servers).toEqual(["127.0.0.1:3478"]);
  });

  it("signs webhooks with the configured key, and omits them without a URL", () => {
    expect(parse(base)).not.toHaveProperty("webhook");
    const doc = parse({ ...base, apiKey: "key-1", webhookUrl: "http://127.0.0.1:3000/api/livekit/webhook" });
    expect(doc.webhook).toEqual({ api_key: "key-1", urls: ["http://127.0.0.1:3000/api/livekit/webhook"] });
    expect(Object.keys(doc.keys as object)).toContain("key-1");
  });

  it("adds redis only when an address is given", () => {
    expect(parse(base)).not.toHaveProperty("redis");
    expect(parse({ ...base, redisAddress: "127.0.0.1:6379" }).redis).toEqual({ address: "127.0.0.1:6379" });
  });

  it("keeps secrets with YAML-significant characters intact", () => {
    const apiSecret = `: #*&!|>'"%@\`{[\n\ttrue-0x1F-${"z".repeat(20)}`;
    const text = liveKitConfigYaml({ ...base, apiKey: "on", apiSecret });
    expect(JSON.parse(text).keys).toEqual({ on: apiSecret });
    // One document, no raw newline or tab inside a scalar (both are escaped).
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).not.toContain("\t");
  });

  it("is pure: same input, same output, input untouched", () => {
    const opts = { ...base, webhookUrl: "http://127.0.0.1:3000/w" };
    const snapshot = structuredClone(opts);
    expect(liveKitConfigYaml(opts)).toBe(liveKitConfigYaml(opts));
    expect(opts).toEqual(snapshot);
  });

  it("rejects invalid ports, an empty key and a short secret", () => {
    expect(() => liveKitConfigYaml({ ...base, port: 0 })).toThrow(/port/);
    expect(() => liveKitConfigYaml({ ...base, udpPort: 70000 })).toThrow(/udpPort/);
    expect(() => liveKitConfigYaml({ ...base, port: 7880.5 })).toThrow(/port/);
    expect(() => liveKitConfigYaml({ ...base, apiKey: " " })).toThrow(/apiKey/);
    expect(() => liveKitConfigYaml({ ...base, apiSecret: "short" })).toThrow(/32/);
  });
});
