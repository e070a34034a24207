-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "archivedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "avatarKey" TEXT,
ADD COLUMN     "handle" TEXT,
ADD COLUMN     "industrySlug" TEXT,
ADD COLUMN     "links" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE UNIQUE INDEX "User_handle_key" ON "User"("handle");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_industrySlug_fkey" FOREIGN KEY ("industrySlug") REFERENCES "Topic"("slug") ON DELETE SET NULL ON UPDATE CASCADE;


