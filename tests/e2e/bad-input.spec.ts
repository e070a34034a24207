import type { APIRequestContext } from "@playwright/test";

import { db, expect, test } from "./fixtures";

const HUGE = "x".repeat(10_000);
const SCRIPT = "<script>alert(1)</script>";
const UNKNOWN_ID = "clabcdefghijklmnopqrstuv";
const CODE = "ZZZZ-ZZZZ-ZZZZ";
const EMAIL = "someone@raise-hand.test";

type Case = [name: string, body: unknown, status: number];
type Endpoint = {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** A path, or one per case (bad ids in the URL). */
  path: string;
  as: "visitor" | "member" | "admin";
  cases: Case[];
  paths?: [name: string, path: string, status: number][];
};

/** A body that is not JSON at all; sent as text. */
const NOT_JSON = Symbol("not JSON");
/** Multipart uploads for the avatar route: a GIF that claims to be a PNG, no file, a 6 MB file. */
const GIF_UPLOAD = Symbol("GIF upload");
const EMPTY_UPLOAD = Symbol("empty upload");
const HUGE_UPLOAD = Symbol("huge upload");
const GIF = Buffer.from("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==", "base64");

const common: Case[] = [
  ["not JSON", NOT_JSON, 400],
  ["a JSON array", [], 422],
  ["an empty object", {}, 422],
  ["a JSON string", "hello", 422],
];

const endpoints: Endpoint[] = [
  {
    method: "POST",
    path: "/api/invites/redeem",
    as: "visitor",
    cases: [
      ...common,
      ["empty strings", { code: "", email: "" }, 422],
      ["a huge code", { code: HUGE, email: EMAIL }, 422],
      ["a huge email", { code: CODE, email: `${HUGE}@raise-hand.test` }, 422],
      ["wrong types", { code: 123, email: true, phone: 5 }, 422],
      ["a script tag as code", { code: SCRIPT, email: EMAIL }, 422],
      ["a script tag as email", { code: CODE, email: SCRIPT }, 422],
      ["a script tag as phone", { code: CODE, email: EMAIL, phone: SCRIPT }, 422],
      ["a huge phone number", { code: CODE, email: EMAIL, phone: HUGE }, 422],
    ],
  },
  {
    method: "POST",
    path: "/api/waitlist",
    as: "visitor",
    cases: [
      ...common,
      ["empty strings", { name: "", email: "", note: "" }, 422],
      ["a huge name", { name: HUGE, email: EMAIL }, 422],
      ["a script tag as name", { name: SCRIPT, email: EMAIL }, 422],
      ["a script tag as email", { name: "Ann", email: SCRIPT }, 422],
      ["a huge note", { name: "Ann", email: EMAIL, note: HUGE }, 422],
      ["a script tag as note", { name: "Ann", email: EMAIL, note: SCRIPT }, 422],
      ["wrong types", { name: 1, email: [], note: {} }, 422],
    ],
  },
  {
    method: "PATCH",
    path: "/api/profile",
    as: "member",
    cases: [
      ...common,
      ["an empty name", { name: "" }, 422],
      ["a huge name", { name: HUGE }, 422],
      ["a script tag as name", { name: SCRIPT }, 422],
      ["a script tag as headline", { name: "Ann", headline: SCRIPT }, 422],
      ["a huge headline", { name: "Ann", headline: HUGE }, 422],
      ["a script tag as phone", { name: "Ann", phone: SCRIPT }, 422],
      ["wrong types", { name: ["Ann"], headline: 5, phone: 4915100000000 }, 422],
      ["a reserved handle", { name: "Ann", handle: "admin" }, 422],
      ["a handle with spaces", { name: "Ann", handle: "ann lee" }, 422],
      ["a script tag as handle", { name: "Ann", handle: SCRIPT }, 422],
      ["a huge handle", { name: "Ann", handle: HUGE }, 422],
      ["a javascript: link", { name: "Ann", links: ["javascript:alert(1)"] }, 422],
      ["a link that is not a list", { name: "Ann", links: "https://example.org" }, 422],
      ["too many links", { name: "Ann", links: Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`) }, 422],
      ["a huge link", { name: "Ann", links: [`https://example.org/${HUGE}`] }, 422],
      ["an unknown industry", { name: "Ann", industry: "underwater-basket-weaving" }, 422],
      ["a script tag as industry", { name: "Ann", industry: SCRIPT }, 422],
      ["unknown interests", { name: "Ann", interests: ["no-such-topic"] }, 422],
    ],
  },
  {
    method: "POST",
    path: "/api/profile/avatar",
    as: "member",
    cases: [
      ["not multipart", NOT_JSON, 400],
      ["JSON instead of a file", { avatar: "x" }, 400],
      ["a GIF named .png", GIF_UPLOAD, 422],
      ["no file", EMPTY_UPLOAD, 422],
      ["too big", HUGE_UPLOAD, 413],
    ],
  },
  {
    method: "POST",
    path: "/api/admin/topics",
    as: "admin",
    cases: [
      ...common,
      ["an empty name", { name: "" }, 422],
      ["a huge name", { name: HUGE }, 422],
      ["a script tag as name", { name: SCRIPT }, 422],
      ["a name without letters", { name: "!!!" }, 422],
      ["a number as name", { name: 5 }, 422],
      ["an existing name", { name: "design" }, 409],
    ],
  },
  {
    method: "PATCH",
    path: "/api/admin/topics/design",
    as: "admin",
    cases: [
      ...common,
      ["an unknown action", { action: "delete" }, 422],
      ["a rename without a name", { action: "rename" }, 422],
      ["a rename to a script tag", { action: "rename", name: SCRIPT }, 422],
      ["a rename to a huge name", { action: "rename", name: HUGE }, 422],
      ["a rename to another topic's name", { action: "rename", name: "Finance" }, 409],
      ["unarchiving a topic on offer", { action: "unarchive" }, 409],
    ],
    paths: [
      ["a script tag as slug", `/api/admin/topics/${encodeURIComponent(SCRIPT)}`, 422],
      ["a huge slug", `/api/admin/topics/${HUGE}`, 422],
    ],
  },
  {
    method: "POST",
    path: "/api/admin/invites",
    as: "admin",
    cases: [
      ...common,
      ["no codes", { count: 0, maxUses: 1, expiresInDays: null }, 422],
      ["too many codes", { count: 10_000, maxUses: 1, expiresInDays: null }, 422],
      ["words for numbers", { count: "ten", maxUses: "one", expiresInDays: "soon" }, 422],
      ["fractions", { count: 1.5, maxUses: 1, expiresInDays: null }, 422],
      ["negative uses", { count: 1, maxUses: -1, expiresInDays: null }, 422],
      ["a huge note", { count: 1, maxUses: 1, expiresInDays: null, note: HUGE }, 422],
      ["a script tag as note", { count: 1, maxUses: 1, expiresInDays: null, note: SCRIPT }, 422],
    ],
  },
  {
    method: "POST",
    path: "/api/admin/invites/{id}/revoke",
    as: "admin",
    cases: [],
    paths: [
      ["a script tag as id", `/api/admin/invites/${encodeURIComponent(SCRIPT)}/revoke`, 422],
      ["a huge id", `/api/admin/invites/${HUGE}/revoke`, 422],
      ["an unknown id", `/api/admin/invites/${UNKNOWN_ID}/revoke`, 404],
    ],
  },
  {
    method: "GET",
    path: "/api/admin/invites/export",
    as: "admin",
    cases: [],
    paths: [
      ["a script tag as batch", `/api/admin/invites/export?batchId=${encodeURIComponent(SCRIPT)}`, 422],
      ["a huge batch id", `/api/admin/invites/export?batchId=${HUGE}`, 422],
      ["an unknown batch", "/api/admin/invites/export?batchId=00000000-0000-4000-8000-000000000000", 404],
    ],
  },
  {
    method: "PATCH",
    path: "/api/admin/settings",
    as: "admin",
    cases: [
      ...common,
      ["a word for a switch", { allowListEnabled: "yes" }, 422],
      ["a negative allowance", { memberInviteAllowance: -1 }, 422],
      ["a huge allowance", { memberInviteAllowance: 1000 }, 422],
      ["a string allowance", { memberInviteAllowance: "3" }, 422],
      ["a fractional allowance", { memberInviteAllowance: 1.5 }, 422],
      ["a script tag", { memberInviteAllowance: SCRIPT }, 422],
    ],
  },
  {
    method: "POST",
    path: "/api/admin/allow-list",
    as: "admin",
    cases: [
      ...common,
      ["an unknown kind", { kind: "SMS", values: ["x"] }, 422],
      ["no values", { kind: "EMAIL", values: [] }, 422],
      ["a string instead of a list", { kind: "EMAIL_DOMAIN", values: "acme.test" }, 422],
      ["a huge value", { kind: "EMAIL_DOMAIN", values: [HUGE] }, 422],
      ["a script tag", { kind: "EMAIL", values: ["ok@acme.test", SCRIPT] }, 422],
      ["too many values", { kind: "EMAIL_DOMAIN", values: Array.from({ length: 501 }, (_, i) => `d${i}.test`) }, 422],
      ["numbers", { kind: "PHONE", values: [4915100000000] }, 422],
    ],
  },
  {
    method: "DELETE",
    path: "/api/admin/allow-list/{id}",
    as: "admin",
    cases: [],
    paths: [
      ["a script tag as id", `/api/admin/allow-list/${encodeURIComponent(SCRIPT)}`, 422],
      ["an unknown id", `/api/admin/allow-list/${UNKNOWN_ID}`, 404],
    ],
  },
  {
    method: "POST",
    path: "/api/admin/waitlist/{id}/invite",
    as: "admin",
    cases: [],
    paths: [
      ["a script tag as id", `/api/admin/waitlist/${encodeURIComponent(SCRIPT)}/invite`, 422],
      ["an unknown id", `/api/admin/waitlist/${UNKNOWN_ID}/invite`, 404],
    ],
  },
  {
    method: "POST",
    path: `/api/admin/members/${UNKNOWN_ID}`,
    as: "admin",
    cases: [
      ...common,
      ["an unknown action", { action: "delete" }, 422],
      ["a number as action", { action: 5 }, 422],
      ["a script tag as action", { action: SCRIPT }, 422],
      ["a valid action for nobody", { action: "suspend" }, 404],
    ],
    paths: [["a script tag as id", `/api/admin/members/${encodeURIComponent(SCRIPT)}`, 422]],
  },
];

async function snapshot() {
  const [users, codes, redemptions, waitlist, allowList, audit, sessions, settings, topics, interests] = await Promise.all([
    db.user.count(),
    db.inviteCode.count(),
    db.inviteRedemption.count(),
    db.waitlistEntry.count(),
    db.allowListEntry.count(),
    db.auditLog.count(),
    db.session.count(),
    db.settings.findUnique({ where: { id: "singleton" }, select: { allowListEnabled: true, memberInviteAllowance: true } }),
    db.topic.findMany({ orderBy: { slug: "asc" }, select: { slug: true, name: true, archivedAt: true } }),
    db.memberTopic.count(),
  ]);
  const profiles = await db.user.findMany({
    select: { id: true, name: true, handle: true, headline: true, industrySlug: true, links: true, avatarKey: true, phone: true },
    orderBy: { id: "asc" },
  });
  return { users, codes, redemptions, waitlist, allowList, audit, sessions, settings, topics, interests, profiles };
}

async function send(request: APIRequestContext, method: Endpoint["method"], path: string, body: unknown) {
  if (body === undefined) return request.fetch(path, { method });
  if (body === NOT_JSON) return request.fetch(path, { method, data: "code=abc&<script>", headers: { "content-type": "text/plain" } });
  if (body === GIF_UPLOAD) return request.fetch(path, { method, multipart: { avatar: { name: "me.png", mimeType: "image/png", buffer: GIF } } });
  if (body === EMPTY_UPLOAD) return request.fetch(path, { method, multipart: { note: "no file here" } });
  if (body === HUGE_UPLOAD) {
    return request.fetch(path, { method, multipart: { avatar: { name: "big.png", mimeType: "image/png", buffer: Buffer.alloc(6 * 1024 * 1024) } } });
  }
  return request.fetch(path, { method, data: JSON.stringify(body), headers: { "content-type": "application/json" } });
}

for (const endpoint of endpoints) {
  test(`${endpoint.method} ${endpoint.path}: bad input gets a 4xx with a message and changes nothing`, async ({
    browser,
    request,
    createMember,
    signInAs,
  }) => {
    const context = await browser.newContext();
    if (endpoint.as !== "visitor") {
      await signInAs(context, await createMember({ role: endpoint.as === "admin" ? "ADMIN" : "MEMBER" }));
    }
    const client = endpoint.as === "visitor" ? request : context.request;
    const attempts: [string, string, unknown, number][] = [
      ...endpoint.cases.map(([name, body, status]): [string, string, unknown, number] => [name, endpoint.path, body, status]),
      ...(endpoint.paths ?? []).map(([name, path, status]): [string, string, unknown, number] => [
        name,
        path,
        endpoint.method === "GET" || endpoint.method === "DELETE" ? undefined : {},
        status,
      ]),
    ];

    for (const [name, path, body, status] of attempts) {
      await test.step(name, async () => {
        const before = await snapshot();
        const response = await send(client, endpoint.method, path, body);
        expect(response.status(), `${name}: ${await response.text()}`).toBe(status);
        const json = (await response.json()) as { error: { message: string } };
        expect(typeof json.error.message).toBe("string");
        expect(json.error.message.length).toBeGreaterThan(0);
        expect(await snapshot()).toEqual(before);
      });
    }
    await context.close();
  });
}
