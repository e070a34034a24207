/**
 * API under load: seeds 10,000 live rooms and 100,000 room members (20,000 users; bulk SQL with
 * generate_series), then drives the hallway JSON (GET /api/rooms/live) and the join-token endpoint
 * (POST /api/rooms/[id]/token) with autocannon at rising fixed request rates, printing p50/p99
 * latency and errors per rate; then EXPLAIN (ANALYZE) of the SQL those endpoints run (written out
 * by hand from src/server/rooms/list-live-rooms.ts, end-empty-rooms.ts, room-access.ts and
 * join-room.ts, with the same filters, order and limits as the Prisma queries).
 */
import { randomBytes } from "node:crypto";

import autocannon from "autocannon";
import pg from "pg";

import type { Benchmark } from "./lib";

const RATES = [100, 250, 500, 1_000];
const SECONDS_PER_RATE = 10;
const CONNECTIONS = 50;
/** Room ids must look like cuids (the routes validate them): 'cbenchroom' + 15 digits. */
const ROOM = "cbenchroom000000000005000";

const SEED = `
insert into "User" (id, email, name, "emailVerified", "onboardedAt", "updatedAt")
  select 'bu' || g, 'bench-user-' || g || '@raise-hand.test', 'Bench User ' || g, now(), now(), now()
  from generate_series(1, 20000) g;
insert into "Room" (id, title, "topicSlug", visibility, status, "createdById", "lastActivityAt")
  select 'cbenchroom' || lpad(g::text, 15, '0'), 'Bench room ' || g, (select slug from "Topic" order by slug offset g % 12 limit 1),
    'OPEN', 'LIVE', 'bu' || g, now() - g * interval '1 second'
  from generate_series(1, 10000) g;
insert into "RoomMember" ("roomId", "userId", "stageRole", connected, "joinedAt", "updatedAt")
  select 'cbenchroom' || lpad(r::text, 15, '0'), 'bu' || (((r - 1) * 10 + m - 1) % 20000 + 1),
    (case when m = 1 then 'HOST' when m <= 3 then 'SPEAKER' else 'LISTENER' end)::"StageRole", true, now(), now()
  from generate_series(1, 10000) r, generate_series(1, 10) m;
analyze;
`;

/** The statements the two endpoints run, as SQL ($1 = the member, $2 = the room ROOM). */
const PLANS: Record<string, string> = {
  "hallway: end empty rooms (every hallway request)": `
    select id from "Room" where status = 'LIVE' and "emptySince" <= now() - interval '60 seconds'`,
  "hallway: live rooms visible to the member, newest activity first": `
    select r.id, r.title from "Room" r
    where r.status = 'LIVE'
      and not exists (select 1 from "RoomBan" b where b."roomId" = r.id and b."userId" = $1)
      and (r.visibility = 'OPEN' or r."createdById" = $1
        or (r.visibility = 'FOLLOWERS' and exists (select 1 from "Follow" f where f."followingId" = r."createdById" and f."followerId" = $1))
        or (r.visibility = 'CLOSED' and exists (select 1 from "RoomInvite" i where i."roomId" = r.id and i."userId" = $1)))
    order by r."lastActivityAt" desc, r.id asc limit 50`,
  "hallway: first speakers of one room": `
    select m."userId" from "RoomMember" m
    where m."roomId" = $2 and m.connected and m."stageRole" in ('HOST', 'MODERATOR', 'SPEAKER')
    order by m."stageRole" asc, m."joinedAt" asc limit 3`,
  "hallway: live counts of 50 rooms": `
    select "roomId", "stageRole", count(*) from "RoomMember"
    where "roomId" in (select 'cbenchroom' || lpad(g::text, 15, '0') from generate_series(1, 50) g) and connected
    group by "roomId", "stageRole"`,
  "token: the member's place in the room": `
    select "stageRole" from "RoomMember" where "roomId" = $2 and "userId" = $1`,
  "session lookup (every request)": `
    select s."userId" from "Session" s join "User" u on u.id = s."userId" where s."sessionToken" = 'x'`,
};

function rate(url: string, method: "GET" | "POST", cookie: string, overallRate: number) {
  return autocannon({
    url,
    method,
    connections: CONNECTIONS,
    overallRate,
    duration: SECONDS_PER_RATE,
    timeout: 10,
    headers: { cookie },
  });
}

const api: Benchmark = async ({ env }) => {
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    const seeded = Date.now();
    await client.query(SEED);
    const sessionToken = randomBytes(32).toString("hex");
    await client.query(
      `insert into "Session" ("sessionToken", "userId", expires, "updatedAt") values ($1, 'bu20000', now() + interval '1 day', now())`,
      [sessionToken],
    );
    const counts = await client.query<{ rooms: string; members: string }>(
      `select (select count(*) from "Room") as rooms, (select count(*) from "RoomMember") as members`,
    );
    process.stdout.write(`seeded ${counts.rows[0]!.rooms} rooms and ${counts.rows[0]!.members} room members in ${Date.now() - seeded} ms\n\n`);

    const cookie = `authjs.session-token=${sessionToken}`;
    const base = `http://127.0.0.1:${new URL(env.APP_URL!).port}`;
    const endpoints = [
      { name: "GET /api/rooms/live", url: `${base}/api/rooms/live`, method: "GET" as const },
      { name: "POST /api/rooms/[id]/token", url: `${base}/api/rooms/${ROOM}/token`, method: "POST" as const },
    ];
    process.stdout.write(`${"endpoint".padEnd(28)} ${"target".padStart(8)} ${"achieved".padStart(9)} ${"p50".padStart(7)} ${"p99".padStart(7)} ${"errors".padStart(7)} ${"non-2xx".padStart(8)}\n`);
    for (const endpoint of endpoints) {
      const probe = await fetch(endpoint.url, { method: endpoint.method, headers: { cookie } });
      process.stdout.write(`probe ${endpoint.name}: ${probe.status} ${(await probe.text()).slice(0, 160)}\n`);
    }
    for (const endpoint of endpoints) {
      await rate(endpoint.url, endpoint.method, cookie, 50); // warm-up at a low rate
      for (const target of RATES) {
        const result = await rate(endpoint.url, endpoint.method, cookie, target);
        process.stdout.write(
          `${endpoint.name.padEnd(28)} ${`${target}/s`.padStart(8)} ${`${Math.round(result.requests.average)}/s`.padStart(9)} ${`${result.latency.p50} ms`.padStart(7)} ${`${result.latency.p99} ms`.padStart(7)} ${String(result.errors + result.timeouts).padStart(7)} ${String(result.non2xx).padStart(8)}\n`,
        );
      }
    }

    process.stdout.write(`\nQuery plans (EXPLAIN ANALYZE, member bu20000, room ${ROOM})\n`);
    for (const [label, sql] of Object.entries(PLANS)) {
      const bound = sql.replaceAll("$1", "'bu20000'").replaceAll("$2", `'${ROOM}'`);
      const plan = await client.query<{ "QUERY PLAN": string }>(`explain (analyze, costs off, timing on) ${bound}`);
      process.stdout.write(`\n-- ${label}\n${plan.rows.map((row) => row["QUERY PLAN"]).join("\n")}\n`);
    }
  } finally {
    await client.end();
  }
};

export default api;
