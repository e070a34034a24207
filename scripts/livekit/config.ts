/**
 * Loopback-only configuration for a local livekit-server (v1.13.5), used by the stack launcher and
 * the integration/e2e tests. Every field name below was checked against the v1.13.5 sources
 * (pkg/config/config.go, mediatransportutil rtcconfig, protocol webhook/redis/logger) and against
 * the binary itself, which parses its config strictly (an unknown field fails startup).
 *
 * The output is JSON text. YAML 1.2 is a superset of JSON and LiveKit's parser (gopkg.in/yaml.v3)
 * reads it as YAML, so no YAML library is needed and JSON.stringify does all the quoting: a secret
 * containing `:`, `#`, quotes or a leading `*` cannot corrupt the document.
 */

export interface LiveKitConfigOptions {
  /** HTTP/WebSocket port (signalling and the Twirp room API). */
  port: number;
  /** The single UDP port that carries all WebRTC media (ICE UDP mux). */
  udpPort: number;
  apiKey: string;
  /** At least 32 characters, as LiveKit and src/env.ts require. */
  apiSecret: string;
  /** Where LiveKit POSTs room/participant events, signed with apiKey. Omitted: no webhooks. */
  webhookUrl?: string;
  /** host:port of Redis. Setting it switches LiveKit to multi-node mode. */
  redisAddress?: string;
}

const LOOPBACK_IP = "127.0.0.1";

/**
 * A STUN address on loopback where nothing listens. LiveKit hands `stun_servers` to clients as ICE
 * servers; with an empty list it hands out Twilio's and Google's public STUN servers instead, and
 * browsers would send packets there. The server itself never contacts these while
 * `use_external_ip` is false and `node_ip` is set (it only uses STUN to discover an external IP).
 */
const LOOPBACK_STUN = `${LOOPBACK_IP}:3478`;

function assertPort(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new RangeError(`${name} must be an integer between 1 and 65535, got ${value}`);
  }
}

export function liveKitConfigYaml(opts: LiveKitConfigOptions): string {
  assertPort("port", opts.port);
  assertPort("udpPort", opts.udpPort);
  if (opts.apiKey.trim() === "") throw new Error("apiKey must not be empty");
  if (opts.apiSecret.length < 32) {
    throw new Error("apiSecret must be at least 32 characters (as src/env.ts requires of LIVEKIT_API_SECRET)");
  }

  const config: Record<string, unknown> = {
    port: opts.port,
    bind_addresses: [LOOPBACK_IP],
    keys: { [opts.apiKey]: opts.apiSecret },
    rtc: {
      // Advertise 127.0.0.1 and never auto-detect: an empty node_ip makes LiveKit pick the first
      // non-loopback address, and use_external_ip would make it query STUN servers at startup.
      node_ip: LOOPBACK_IP,
      use_external_ip: false,
      // pion skips loopback candidates (and the UDP mux skips loopback addresses) without this.
      enable_loopback_candidate: true,
      // "lo" on Linux, "lo0" on macOS; names are matched exactly.
      interfaces: { includes: ["lo", "lo0"] },
      ips: { includes: [`${LOOPBACK_IP}/32`] },
      udp_port: opts.udpPort,
      // ICE/TCP would listen on every interface (0.0.0.0:7881 by default): keep it off.
      tcp_port: 0,
      stun_servers: [LOOPBACK_STUN],
    },
    room: {
      // Lets RoomService.mutePublishedTrack(muted=false) unmute a speaker's microphone.
      enable_remote_unmute: true,
    },
    logging: { level: "info" },
  };

  if (opts.webhookUrl !== undefined) {
    // LiveKit refuses to start if webhook.api_key is not one of `keys`.
    config.webhook = { api_key: opts.apiKey, urls: [opts.webhookUrl] };
  }
  if (opts.redisAddress !== undefined) {
    config.redis = { address: opts.redisAddress };
  }

  return `${JSON.stringify(config, null, 2)}\n`;
}
