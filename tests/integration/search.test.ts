import { randomUUID } from "node:crypto";

import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/server/db";
import { followMember } from "@/server/follows/follow-member";
import { search } from "@/server/search/search";

import { cleanUp, createMember, createRoomRow } from "./helpers";

afterAll(cleanUp);

describe("search", () => {
  it("finds live rooms by title, description or topic, ranked as in the hallway, and never a room the member may not see", async () => {
    const word = `zebra${randomUUID().slice(0, 6)}`;
    const viewer = await createMember("Viewer");
    const friend = await createMember("Friend");
    const stranger = await createMember("Stranger");
    const listener = await createMember("Listener");
    await followMember(viewer.id, friend.id);

    const byTitle = await createRoomRow(stranger, { title: `All about ${word.toUpperCase()}`, others: [[listener, "LISTENER"]] });
    await db.roomMember.updateMany({ where: { roomId: byTitle.id }, data: { connected: true, joinedAt: new Date() } });
    const byDescription = await createRoomRow(friend, { title: "Friday chat" });
    await db.room.update({ where: { id: byDescription.id }, data: { description: `We talk ${word} things` } });
    const followersOnly = await createRoomRow(stranger, { title: `Secret ${word}`, visibility: "FOLLOWERS" });
    const ended = await createRoomRow(stranger, { title: `Ended ${word}` });
    await db.room.update({ where: { id: ended.id }, data: { status: "ENDED", endedAt: new Date() } });
    const unrelated = await createRoomRow(stranger, { title: "Unrelated" });

    const results = await search(viewer.id, word);
    // The followed host's room first, then by size.
    expect(results.rooms.map((room) => room.id)).toEqual([byDescription.id, byTitle.id]);
    expect(results.rooms.map((room) => room.id)).not.toContain(followersOnly.id);
    expect(results.rooms.map((room) => room.id)).not.toContain(unrelated.id);

    // The followers-only room shows up for the host's follower.
    await followMember(listener.id, stranger.id);
    expect((await search(listener.id, word)).rooms.map((room) => room.id).sort()).toEqual(
      [byTitle.id, byDescription.id, followersOnly.id].sort(),
    );
  });

  it("finds rooms by their topic's name", async () => {
    const host = await createMember("Host");
    const room = await createRoomRow(host, { title: `Topic search ${randomUUID().slice(0, 6)}` });
    await db.room.update({ where: { id: room.id }, data: { topicSlug: "education" } });
    const results = await search(host.id, "educat");
    expect(results.rooms.map((r) => r.id)).toContain(room.id);
    expect(results.topics).toEqual([{ slug: "education", name: "Education" }]);
  });

  it("finds members by name or headline, not by address, and never suspended ones", async () => {
    const tag = `Quokka${randomUUID().slice(0, 6)}`;
    const byName = await createMember(`${tag} Smith`);
    const byHeadline = await createMember("Alex Jones");
    await db.user.update({ where: { id: byHeadline.id }, data: { headline: `Head of ${tag.toLowerCase()} at Acme` } });
    const suspended = await createMember(`${tag} Gone`);
    await db.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date() } });

    const results = await search(byName.id, tag);
    expect(results.members.map((member) => member.id)).toEqual([byHeadline.id, byName.id]);
    expect((await search(byName.id, byName.email!.slice(0, 20))).members).toEqual([]);
  });
});

describe("search indexes", () => {
  // The planner picks sequential scans on a small test database; with them off, it shows whether
  // an index can serve the search's ILIKE '%…%' at all (pg_trgm's GIN indexes can).
  const planOf = async (sql: string) =>
    db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`);
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });

  it("serve substring matches on room titles and descriptions and member names, headlines and handles", async () => {
    expect(await planOf(`SELECT id FROM "Room" WHERE title ILIKE '%desig%' OR description ILIKE '%desig%'`)).toMatch(
      /Bitmap Index Scan on "Room_title_trgm_idx"[\s\S]*Bitmap Index Scan on "Room_description_trgm_idx"/,
    );
    const members = await planOf(`SELECT id FROM "User" WHERE name ILIKE '%ada%' OR headline ILIKE '%ada%' OR handle ILIKE '%ada%'`);
    for (const index of ["User_name_trgm_idx", "User_headline_trgm_idx", "User_handle_trgm_idx"]) {
      expect(members).toContain(`Bitmap Index Scan on "${index}"`);
    }
  });
});
