import "server-only";

const IP = /^[0-9a-f.:]{2,45}$/i;

/**
 * The client's address for per-IP limits: the first hop of X-Forwarded-For, else X-Real-IP.
 * Next.js fills X-Forwarded-For with the socket's address only when the request has none, so
 * these headers are trusted: deploy behind a reverse proxy that overwrites them (nginx:
 * `proxy_set_header X-Forwarded-For $remote_addr;`), or a client can pick its own per-IP bucket.
 * The per-address limits hold either way. Anything that is not an IP address counts as "unknown".
 */
export function clientIp(headers: Headers): string {
  const candidates = [headers.get("x-forwarded-for")?.split(",")[0], headers.get("x-real-ip")];
  for (const candidate of candidates) {
    const ip = candidate?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
    if (ip && IP.test(ip)) return ip.toLowerCase();
  }
  return "unknown";
}
