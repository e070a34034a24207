import { afterAll, describe, expect, it } from "vitest";

import { profileSchema } from "@/lib/members/schemas";
import { db } from "@/server/db";
import { findMemberProfile, getMemberProfile } from "@/server/members/get-member-profile";
import { updateProfile } from "@/server/members/update-profile";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";
import { listInterests } from "@/server/topics/topics";

import { cleanUp, createMember, createRoomRow } from "./helpers";

afterAll(cleanUp);

describe("a member's profile", () => {
  it("keeps a multi-line bio, and an empty one clears it", async () => {
    const ada = await createMember("Ada");
    await updateProfile(ada.id, profileSchema.parse({ name: "Ada", bio: "Designer.\nLikes maps." }));
    expect((await getMemberProfile(ada.id))?.bio).toBe("Designer.\nLikes maps.");
    await updateProfile(ada.id, profileSchema.parse({ name: "Ada", bio: "" }));
    expect((await getMemberProfile(ada.id))?.bio).toBeNull();
    expect(profileSchema.safeParse({ name: "Ada", bio: "<script>alert(1)</script>" }).success).toBe(false);
    expect(profileSchema.safeParse({ name: "Ada", bio: "x".repeat(501) }).success).toBe(false);
  });

  it("counts the rooms hosted, and lists the live ones the viewer may see", async () => {
    const host = await createMember("Host");
    const viewer = await createMember("Viewer");
    const open = await createRoomRow(host, { title: "Open" });
    await createRoomRow(host, { title: "Followers only", visibility: "FOLLOWERS" });
    const ended = await createRoomRow(host, { title: "Ended" });
    await db.room.update({ where: { id: ended.id }, data: { status: "ENDED", endedAt: new Date() } });
    // Scheduled rooms count once they start; a cancelled one never does.
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    await db.room.create({ data: { title: "Upcoming", status: "SCHEDULED", scheduledFor: tomorrow, createdById: host.id } });
    await db.room.create({ data: { title: "Cancelled", status: "ENDED", scheduledFor: tomorrow, endedAt: new Date(), createdById: host.id } });

    expect((await getMemberProfile(host.id))?._count.roomsCreated).toBe(3);
    expect((await listLiveRooms(viewer.id, 5, { host: host.id })).map((room) => room.id)).toEqual([open.id]);
  });
});

describe("handles", () => {
  const parse = (handle: unknown) => profileSchema.safeParse({ name: "Ada", handle });

  it("are 3-30 letters, digits or _, stored in lower case; reserved words and odd characters are refused", () => {
    expect(parse("Ada_L").data?.handle).toBe("ada_l");
    expect(parse("@ada").data?.handle).toBe("ada");
    expect(parse("").data?.handle).toBeNull();
    expect(parse("ab").error?.issues[0]?.message).toMatch(/3–30 characters/);
    expect(parse("a".repeat(31)).success).toBe(false);
    expect(parse("ada.l").success).toBe(false);
    expect(parse("ada l").success).toBe(false);
    expect(parse("<script>").success).toBe(false);
    expect(parse("Admin").error?.issues[0]?.message).toBe("“admin” is reserved. Choose another handle.");
    expect(parse(5).success).toBe(false);
  });

  it("are unique in any case (409), and name the profile as the id does", async () => {
    const ada = await createMember("Ada");
    const other = await createMember("Other");
    const handle = `ada_${ada.id.slice(-8)}`;
    await updateProfile(ada.id, profileSchema.parse({ name: "Ada", handle }));
    await expect(updateProfile(other.id, profileSchema.parse({ name: "Other", handle: handle.toUpperCase() }))).rejects.toMatchObject({
      status: 409,
      message: `The handle “${handle}” is taken. Choose another.`,
    });
    expect((await findMemberProfile(handle))?.id).toBe(ada.id);
    expect((await findMemberProfile(handle.toUpperCase()))?.id).toBe(ada.id);
    expect((await findMemberProfile(ada.id))?.handle).toBe(handle);
    expect(await findMemberProfile("../etc")).toBeNull();
    expect(await findMemberProfile("nobody_has_this")).toBeNull();
  });
});

describe("links, industry and interests", () => {
  it("keeps up to five http(s) links and refuses anything else", async () => {
    const ada = await createMember("Ada");
    await updateProfile(ada.id, profileSchema.parse({ name: "Ada", links: ["https://ada.example/talks", " http://example.org "] }));
    expect((await getMemberProfile(ada.id))?.links).toEqual(["https://ada.example/talks", "http://example.org/"]);
    const links = (value: unknown) => profileSchema.safeParse({ name: "Ada", links: value });
    expect(links(["javascript:alert(1)"]).success).toBe(false);
    expect(links(["data:text/html,hi"]).success).toBe(false);
    expect(links(["ftp://example.org"]).success).toBe(false);
    expect(links(["https://user:pass@example.org"]).success).toBe(false);
    expect(links(["not a url"]).success).toBe(false);
    expect(links(Array.from({ length: 6 }, (_, i) => `https://example.org/${i}`)).error?.issues[0]?.message).toBe("Add at most 5 links.");
    expect(links("https://example.org").success).toBe(false);
    expect(links([`https://example.org/${"x".repeat(400)}`]).success).toBe(false);
  });

  it("takes the industry from the topics on offer, and interests with the profile at sign-up", async () => {
    const ada = await createMember("Ada");
    await db.user.update({ where: { id: ada.id }, data: { onboardedAt: null } });
    const result = await updateProfile(ada.id, profileSchema.parse({ name: "Ada", industry: "design", interests: ["climate", "finance"] }));
    expect(result).toEqual({ firstTime: true });
    expect((await getMemberProfile(ada.id))?.industry).toEqual({ slug: "design", name: "Design" });
    expect((await listInterests(ada.id)).sort()).toEqual(["climate", "finance"]);

    await expect(updateProfile(ada.id, profileSchema.parse({ name: "Ada", industry: "no-such-topic" }))).rejects.toMatchObject({
      status: 422,
      message: "Choose your industry from the list.",
    });
    await expect(updateProfile(ada.id, profileSchema.parse({ name: "Ada", interests: ["no-such-topic"] }))).rejects.toMatchObject({ status: 422 });
    // Nothing changed by the refused saves; a save without interests leaves them alone.
    expect((await getMemberProfile(ada.id))?.industry?.slug).toBe("design");
    await updateProfile(ada.id, profileSchema.parse({ name: "Ada" }));
    expect((await listInterests(ada.id)).sort()).toEqual(["climate", "finance"]);
  });
});
