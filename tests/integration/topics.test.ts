import { afterAll, describe, expect, it } from "vitest";

import { addTopicSchema } from "@/lib/topics/schemas";
import { db } from "@/server/db";
import { followMember } from "@/server/follows/follow-member";
import { createRoom } from "@/server/rooms/create-room";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";
import { addTopic, changeTopic } from "@/server/topics/admin-topics";
import { findTopic, listInterests, listTopics, setInterests } from "@/server/topics/topics";

import { cleanUp, createMember, createRoomRow } from "./helpers";

afterAll(cleanUp);

describe("topics", () => {
  it("are seeded: a curated list, by name", async () => {
    const topics = await listTopics();
    expect(topics.length).toBeGreaterThanOrEqual(10);
    expect(topics).toContainEqual({ slug: "design", name: "Design" });
    expect(topics.map((topic) => topic.name)).toEqual([...topics.map((topic) => topic.name)].sort((a, b) => a.localeCompare(b)));
  });

  it("are a member's interests: replaced as a whole, and unknown topics refused without changing anything", async () => {
    const ada = await createMember("Ada");
    await setInterests(ada.id, ["design", "finance"]);
    expect((await listInterests(ada.id)).sort()).toEqual(["design", "finance"]);
    await setInterests(ada.id, ["climate"]);
    expect(await listInterests(ada.id)).toEqual(["climate"]);
    await expect(setInterests(ada.id, ["design", "no-such-topic"])).rejects.toMatchObject({ status: 422 });
    expect(await listInterests(ada.id)).toEqual(["climate"]);
    await setInterests(ada.id, []);
    expect(await listInterests(ada.id)).toEqual([]);
  });

  it("must be from the list when a room is opened; nothing is created otherwise", async () => {
    const host = await createMember("Host");
    await expect(createRoom(host, { title: "Free topic", topic: "underwater-basket-weaving", visibility: "OPEN" })).rejects.toMatchObject({
      status: 422,
      message: "Choose topics from the list.",
    });
    expect(await db.room.count({ where: { createdById: host.id } })).toBe(0);
  });
});

describe("hallway ranking with interests", () => {
  it("ranks followed hosts first, then rooms on the member's interests, then by size", async () => {
    const viewer = await createMember("Viewer");
    const friend = await createMember("Friend");
    const [a, b, c, d] = await Promise.all(["A", "B", "C", "D"].map((name) => createMember(name)));
    await followMember(viewer.id, friend.id);
    await setInterests(viewer.id, ["climate"]);

    const followedRoom = await createRoomRow(friend, { title: "Friend's room" });
    const climate = await createRoomRow(a!, { title: "Climate room" });
    const bigFinance = await createRoomRow(b!, { title: "Big finance room", others: [[c!, "LISTENER"], [d!, "LISTENER"]] });
    await db.room.update({ where: { id: climate.id }, data: { topicSlug: "climate" } });
    await db.room.update({ where: { id: bigFinance.id }, data: { topicSlug: "finance" } });
    await db.roomMember.updateMany({ where: { roomId: bigFinance.id }, data: { connected: true, joinedAt: new Date() } });

    const mine = new Set([followedRoom.id, climate.id, bigFinance.id]);
    const ranked = (await listLiveRooms(viewer.id, 500)).filter((room) => mine.has(room.id)).map((room) => room.title);
    expect(ranked).toEqual(["Friend's room", "Climate room", "Big finance room"]);
  });
});

describe("a topic's live rooms", () => {
  it("lists only that topic's live rooms the member may see", async () => {
    const host = await createMember("Host");
    const follower = await createMember("Follower");
    const outsider = await createMember("Outsider");
    await followMember(follower.id, host.id);
    const open = await createRoomRow(host, { title: "Open health" });
    const followersOnly = await createRoomRow(host, { title: "Followers health", visibility: "FOLLOWERS" });
    const other = await createRoomRow(host, { title: "Other topic" });
    const ended = await createRoomRow(host, { title: "Ended health" });
    await db.room.updateMany({ where: { id: { in: [open.id, followersOnly.id, ended.id] } }, data: { topicSlug: "health" } });
    await db.room.update({ where: { id: other.id }, data: { topicSlug: "sales" } });
    await db.room.update({ where: { id: ended.id }, data: { status: "ENDED", endedAt: new Date() } });

    const mine = new Set([open.id, followersOnly.id, other.id, ended.id]);
    const titles = async (memberId: string) =>
      (await listLiveRooms(memberId, 500, { topic: "health" }))
        .filter((room) => mine.has(room.id))
        .map((room) => room.title)
        .sort();
    expect(await titles(follower.id)).toEqual(["Followers health", "Open health"]);
    expect(await titles(outsider.id)).toEqual(["Open health"]);
    const [listed] = (await listLiveRooms(outsider.id, 500, { topic: "health" })).filter((room) => room.id === open.id);
    expect(listed?.topic).toEqual({ slug: "health", name: "Health" });
  });
});

describe("topics run by admins", () => {
  it("are added, renamed, archived and unarchived, each with its audit-log row", async () => {
    const admin = { ...(await createMember("Admin")), role: "ADMIN" as const };
    const suffix = admin.id.slice(-6);
    const name = `Space Tech ${suffix}`;
    const topic = await addTopic(admin, addTopicSchema.parse({ name }));
    expect(topic).toEqual({ slug: `space-tech-${suffix}`, name });
    expect((await listTopics()).map((t) => t.slug)).toContain(topic.slug);
    await expect(addTopic(admin, addTopicSchema.parse({ name: name.toUpperCase() }))).rejects.toMatchObject({ status: 409 });

    const host = await createMember("Host");
    const room = await createRoom(host, { title: "Orbit talk", topic: topic.slug, visibility: "OPEN" });

    await changeTopic(admin, topic.slug, { action: "rename", name: `Space ${suffix}` });
    expect(await findTopic(topic.slug)).toEqual({ slug: topic.slug, name: `Space ${suffix}` });
    await expect(changeTopic(admin, topic.slug, { action: "rename", name: "Design" })).rejects.toMatchObject({ status: 409 });

    await changeTopic(admin, topic.slug, { action: "archive" });
    await expect(changeTopic(admin, topic.slug, { action: "archive" })).rejects.toMatchObject({ status: 409 });
    expect((await listTopics()).map((t) => t.slug)).not.toContain(topic.slug);
    await expect(setInterests(host.id, [topic.slug])).rejects.toMatchObject({ status: 422 });
    await expect(createRoom(host, { title: "Another", topic: topic.slug, visibility: "OPEN" })).rejects.toMatchObject({ status: 422 });
    // The room that carries it keeps it, and the topic's page still finds it.
    expect((await db.room.findUniqueOrThrow({ where: { id: room.id } })).topicSlug).toBe(topic.slug);
    expect(await findTopic(topic.slug)).not.toBeNull();

    await changeTopic(admin, topic.slug, { action: "unarchive" });
    expect((await listTopics()).map((t) => t.slug)).toContain(topic.slug);
    await expect(changeTopic(admin, "no-such-topic", { action: "archive" })).rejects.toMatchObject({ status: 404 });

    const audit = await db.auditLog.findMany({ where: { actorId: admin.id }, orderBy: { createdAt: "asc" }, select: { action: true, targetId: true } });
    expect(audit).toEqual(
      ["topics.add", "topics.rename", "topics.archive", "topics.unarchive"].map((action) => ({ action, targetId: topic.slug })),
    );
    await db.room.deleteMany({ where: { topicSlug: topic.slug } });
    await db.topic.delete({ where: { slug: topic.slug } });
  });

  it("need a name with a letter or digit", () => {
    expect(addTopicSchema.safeParse({ name: "!!!" }).success).toBe(false);
    expect(addTopicSchema.safeParse({ name: "" }).success).toBe(false);
    expect(addTopicSchema.safeParse({ name: "<b>x</b>" }).success).toBe(false);
    expect(addTopicSchema.parse({ name: "Café & Food" })).toEqual({ name: "Café & Food", slug: "cafe-food" });
  });
});
