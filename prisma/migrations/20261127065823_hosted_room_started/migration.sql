-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'HOSTED_ROOM_STARTED';


