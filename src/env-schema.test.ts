import { describe, expect, it } from "vitest";

import { parseEnv } from "./env-schema";

const valid = {
  DATABASE_URL: "postgresql://postgres@localhost/raise_hand?host=/var/run/postgresql",
  AUTH_SECRET: "x".repeat(44),
  LIVEKIT_URL: "ws://127.0.0.1:7880",
  LIVEKIT_API_KEY: "devkey",
  LIVEKIT_API_SECRET: "y".repeat(44),
  EMAIL_SERVER: "smtp://127.0.0.1:2525",
};

describe("parseEnv", () => {
  it("accepts a complete configuration and fills defaults", () => {
    const env = parseEnv(valid);
    expect(env.EMAIL_FROM).toContain("@");
    expect(env.NODE_ENV).toBe("development");
  });

  it.each(Object.keys(valid))("names %s when it is missing", (name) => {
    const source: Record<string, string> = { ...valid };
    delete source[name];
    expect(() => parseEnv(source)).toThrow(new RegExp(`^Invalid environment configuration:\\n  ${name}: is not set$`));
  });

  it("rejects a short AUTH_SECRET, a non-Postgres DATABASE_URL and an http LIVEKIT_URL, naming each", () => {
    const parse = () =>
      parseEnv({ ...valid, AUTH_SECRET: "short", DATABASE_URL: "mysql://x/y", LIVEKIT_URL: "http://127.0.0.1:7880" });
    expect(parse).toThrow(/\n  AUTH_SECRET: must be at least 32 characters/);
    expect(parse).toThrow(/\n  DATABASE_URL: must be a postgresql:\/\/ URL/);
    expect(parse).toThrow(/\n  LIVEKIT_URL: must be a ws:\/\/ or wss:\/\/ URL/);
  });

  it("accepts an http(s) LIVEKIT_API_URL only", () => {
    expect(parseEnv({ ...valid, LIVEKIT_API_URL: "http://livekit:7880" }).LIVEKIT_API_URL).toBe("http://livekit:7880");
    expect(() => parseEnv({ ...valid, LIVEKIT_API_URL: "ws://livekit:7880" })).toThrow(/LIVEKIT_API_URL/);
  });

  it("gives an empty room 120 seconds of grace unless ROOM_EMPTY_GRACE_SECONDS says otherwise", () => {
    expect(parseEnv(valid).ROOM_EMPTY_GRACE_SECONDS).toBe(120);
    expect(parseEnv({ ...valid, ROOM_EMPTY_GRACE_SECONDS: "30" }).ROOM_EMPTY_GRACE_SECONDS).toBe(30);
  });

  it.each(["0", "-5", "1.5", "soon", "86401"])("rejects ROOM_EMPTY_GRACE_SECONDS=%s, naming it", (value) => {
    expect(() => parseEnv({ ...valid, ROOM_EMPTY_GRACE_SECONDS: value })).toThrow(/\n  ROOM_EMPTY_GRACE_SECONDS: must be/);
  });
});
