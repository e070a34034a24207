-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'RSVP_ROOM_STARTED';

-- AlterEnum
ALTER TYPE "RoomStatus" ADD VALUE 'SCHEDULED';

-- AlterTable
ALTER TABLE "Room" ADD COLUMN     "scheduledFor" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RoomCoHost" (
    "roomId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomCoHost_pkey" PRIMARY KEY ("roomId","userId")
);

-- CreateTable
CREATE TABLE "RoomRsvp" (
    "roomId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomRsvp_pkey" PRIMARY KEY ("roomId","userId")
);

-- CreateIndex
CREATE INDEX "RoomCoHost_userId_idx" ON "RoomCoHost"("userId");

-- CreateIndex
CREATE INDEX "RoomRsvp_userId_idx" ON "RoomRsvp"("userId");

-- CreateIndex
CREATE INDEX "Room_status_scheduledFor_idx" ON "Room"("status", "scheduledFor");

-- AddForeignKey
ALTER TABLE "RoomCoHost" ADD CONSTRAINT "RoomCoHost_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomCoHost" ADD CONSTRAINT "RoomCoHost_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomRsvp" ADD CONSTRAINT "RoomRsvp_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomRsvp" ADD CONSTRAINT "RoomRsvp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


