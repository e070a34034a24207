import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** A request to one admin route, with a valid body so that only the caller's role can refuse it. */
export type AdminCall = { route: string; method: "GET" | "POST" | "PATCH" | "DELETE"; path: string; data?: unknown };

const ID = "clabcdefghijklmnopqrstuv";

/** One call per exported handler under src/app/api/admin (checked against the files by `adminRoutesOnDisk`). */
export const adminCalls: AdminCall[] = [
  { route: "POST /api/admin/invites", method: "POST", path: "/api/admin/invites", data: { count: 1, maxUses: 1, expiresInDays: null, note: "x" } },
  { route: "POST /api/admin/invites/[codeId]/revoke", method: "POST", path: `/api/admin/invites/${ID}/revoke` },
  { route: "GET /api/admin/invites/export", method: "GET", path: "/api/admin/invites/export" },
  { route: "PATCH /api/admin/settings", method: "PATCH", path: "/api/admin/settings", data: { memberInviteAllowance: 9 } },
  { route: "POST /api/admin/allow-list", method: "POST", path: "/api/admin/allow-list", data: { kind: "EMAIL_DOMAIN", values: ["e2e.test"] } },
  { route: "DELETE /api/admin/allow-list/[entryId]", method: "DELETE", path: `/api/admin/allow-list/${ID}` },
  { route: "POST /api/admin/waitlist/[entryId]/invite", method: "POST", path: `/api/admin/waitlist/${ID}/invite` },
  { route: "POST /api/admin/members/[memberId]", method: "POST", path: `/api/admin/members/${ID}`, data: { action: "promote" } },
  { route: "POST /api/admin/topics", method: "POST", path: "/api/admin/topics", data: { name: "Admin API test topic" } },
  { route: "PATCH /api/admin/topics/[slug]", method: "PATCH", path: "/api/admin/topics/design", data: { action: "archive" } },
];

/** "METHOD /api/admin/..." for every handler a route file under src/app/api/admin exports. */
export async function adminRoutesOnDisk(): Promise<string[]> {
  const root = path.resolve("src/app/api/admin");
  const files = (await readdir(root, { recursive: true })).filter((file) => path.basename(file) === "route.ts");
  const routes: string[] = [];
  for (const file of files) {
    const source = await readFile(path.join(root, file), "utf8");
    const url = `/api/admin/${path.dirname(file)}`.replace(/\/\.$/, "");
    for (const [, method] of source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
      routes.push(`${method} ${url}`);
    }
  }
  return routes.sort();
}
