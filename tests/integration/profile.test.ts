import { afterAll, describe, expect, it } from "vitest";

import { profileSchema } from "@/lib/members/schemas";
import { db } from "@/server/db";
import { getMemberProfile } from "@/server/members/get-member-profile";
import { updateProfile } from "@/server/members/update-profile";
import { listLiveRooms } from "@/server/rooms/list-live-rooms";

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

    expect((await getMemberProfile(host.id))?._count.roomsCreated).toBe(3);
    expect((await listLiveRooms(viewer.id, 5, { host: host.id })).map((room) => room.id)).toEqual([open.id]);
  });
});
