import "server-only";

import type { Member } from "@/server/auth/guards";
import { db } from "@/server/db";
import { DomainError } from "@/server/errors";
import { openLiveKitRoom } from "@/server/livekit";
import { sendMail } from "@/server/mail";
import { notifyRoomLive } from "@/server/notifications/notify-room-live";
import { membersWhoMaySee, requireRoomAccess } from "@/server/rooms/room-access";

/** A member to remind by mail that a room they RSVP'd to (or co-host) has started. */
export type Reminder = { email: string; name: string | null; cohosting: boolean };

export type StartedRoom = {
  /** False when the room was already live (a second click, or the other co-host was quicker). */
  started: boolean;
  /** Mail to send once the start is committed (see `sendStartReminders`). */
  reminders: Reminder[];
  room: { id: string; title: string; hostName: string };
};

/**
 * The host or a co-host starts a scheduled room, early or on time. One conditional update
 * (SCHEDULED -> LIVE) decides who started it, so two starts at once start it once and notify once.
 * In the same transaction: the host takes the stage as HOST and the co-hosts as MODERATOR (join
 * tokens read the role from Postgres), the members who RSVP'd get an RSVP_ROOM_STARTED
 * notification, the host and co-hosts other than the one who started it a HOSTED_ROOM_STARTED one
 * (they are expected on stage), the host's other followers the usual ROOM_LIVE one, and the
 * LiveKit room is opened
 * (if LiveKit refuses, the room stays scheduled). Reminder mail is the caller's to send, after.
 */
export async function startScheduledRoom(member: Member, roomId: string, now: Date = new Date()): Promise<StartedRoom> {
  await requireRoomAccess(member.id, roomId);
  const room = await db.room.findUniqueOrThrow({
    where: { id: roomId },
    select: {
      id: true,
      title: true,
      status: true,
      visibility: true,
      createdById: true,
      createdBy: { select: { name: true, email: true } },
      coHosts: { select: { userId: true } },
    },
  });
  const coHostIds = room.coHosts.map((coHost) => coHost.userId);
  if (member.id !== room.createdById && !coHostIds.includes(member.id)) {
    throw new DomainError("forbidden", "Only the host or a co-host can start this room.");
  }
  const summary = { id: room.id, title: room.title, hostName: room.createdBy.name ?? room.createdBy.email };

  const reminders = await db.$transaction(async (tx) => {
    const { count } = await tx.room.updateMany({
      where: { id: roomId, status: "SCHEDULED" },
      data: { status: "LIVE", lastActivityAt: now, emptySince: now },
    });
    if (count === 0) return null;
    await tx.roomMember.createMany({
      data: [
        { roomId, userId: room.createdById, stageRole: "HOST" as const },
        ...coHostIds.map((userId) => ({ roomId, userId, stageRole: "MODERATOR" as const })),
      ],
      skipDuplicates: true,
    });
    await tx.auditLog.create({
      data: { actorId: member.id, scope: roomId, action: "start_room", targetType: "room", targetId: roomId },
    });
    const rsvps = await tx.roomRsvp.findMany({
      where: {
        roomId,
        userId: { notIn: [room.createdById, ...coHostIds] },
        user: { suspendedAt: null, ...membersWhoMaySee(room) },
      },
      select: { user: { select: { id: true, email: true, name: true } } },
    });
    const otherHosts = await tx.user.findMany({
      where: { id: { in: [room.createdById, ...coHostIds], not: member.id }, suspendedAt: null },
      select: { id: true, email: true, name: true },
    });
    await tx.notification.createMany({
      data: [
        ...rsvps.map(({ user }) => ({ userId: user.id, kind: "RSVP_ROOM_STARTED" as const, actorId: room.createdById, roomId })),
        ...otherHosts.map((user) => ({ userId: user.id, kind: "HOSTED_ROOM_STARTED" as const, actorId: member.id, roomId })),
      ],
    });
    await notifyRoomLive(tx, room, [...rsvps.map(({ user }) => user.id), ...coHostIds]);
    await openLiveKitRoom(roomId);
    return [
      ...rsvps.map(({ user }) => ({ email: user.email, name: user.name, cohosting: false })),
      ...otherHosts.map((user) => ({ email: user.email, name: user.name, cohosting: true })),
    ];
  });

  if (reminders === null) {
    const { status } = await db.room.findUniqueOrThrow({ where: { id: roomId }, select: { status: true } });
    if (status === "ENDED") throw new DomainError("gone", "This room was cancelled or has ended.");
    return { started: false, reminders: [], room: summary };
  }
  return { started: true, reminders, room: summary };
}

/**
 * Mails each reminder (through the sign-in mail path) with the room's link. Never throws: the room
 * has started whatever the mail server does, so a failure is logged and counted.
 */
export async function sendStartReminders(started: StartedRoom, baseUrl: string): Promise<{ sent: number; failed: number }> {
  const link = `${baseUrl}/rooms/${started.room.id}`;
  const results = await Promise.allSettled(
    started.reminders.map((reminder) =>
      sendMail({
        to: reminder.email,
        subject: `Starting now: ${started.room.title}`,
        text: [
          `Hello ${reminder.name ?? "there"},`,
          "",
          reminder.cohosting
            ? `“${started.room.title}”, a room you are hosting, has started: your place on stage is waiting.`
            : `${started.room.hostName} has started “${started.room.title}”, a room you asked to hear about.`,
          "",
          `Join here: ${link}`,
          "",
        ].join("\n"),
      }),
    ),
  );
  let failed = 0;
  for (const [index, result] of results.entries()) {
    if (result.status === "rejected") {
      failed += 1;
      console.warn(`room start reminder: mail to ${started.reminders[index]!.email} failed`, result.reason);
    }
  }
  return { sent: results.length - failed, failed };
}
