import { describe, expect, it } from "vitest";

import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("takes the first hop of X-Forwarded-For", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" }))).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to unknown", () => {
    expect(clientIp(new Headers({ "x-real-ip": " 2001:DB8::1 " }))).toBe("2001:db8::1");
    expect(clientIp(new Headers())).toBe("unknown");
  });

  it("writes IPv4-mapped IPv6 addresses as IPv4", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
  });

  it("ignores values that are not addresses, so nobody can make huge or odd keys", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "<script>", "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIp(new Headers({ "x-forwarded-for": "1".repeat(10_000) }))).toBe("unknown");
  });
});
