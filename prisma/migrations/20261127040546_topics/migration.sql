-- CreateTable
CREATE TABLE "Topic" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE UNIQUE INDEX "Topic_name_key" ON "Topic"("name");

-- Seed the curated topics.
INSERT INTO "Topic" ("slug", "name") VALUES
    ('careers', 'Careers'),
    ('climate', 'Climate'),
    ('design', 'Design'),
    ('education', 'Education'),
    ('finance', 'Finance'),
    ('health', 'Health'),
    ('marketing', 'Marketing'),
    ('media', 'Media'),
    ('product', 'Product'),
    ('sales', 'Sales'),
    ('startups', 'Startups'),
    ('technology', 'Technology');

-- CreateTable
CREATE TABLE "MemberTopic" (
    "userId" TEXT NOT NULL,
    "topicSlug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberTopic_pkey" PRIMARY KEY ("userId","topicSlug")
);

-- CreateIndex
CREATE INDEX "MemberTopic_topicSlug_idx" ON "MemberTopic"("topicSlug");

-- AlterTable: rooms carry a curated topic instead of free text; a free-text topic that names a
-- curated one (case aside) is kept, others are dropped.
ALTER TABLE "Room" ADD COLUMN "topicSlug" TEXT;
UPDATE "Room" SET "topicSlug" = "Topic"."slug" FROM "Topic" WHERE lower(trim("Room"."topic")) = lower("Topic"."name");
ALTER TABLE "Room" DROP COLUMN "topic";

-- CreateIndex
CREATE INDEX "Room_topicSlug_status_idx" ON "Room"("topicSlug", "status");

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberTopic" ADD CONSTRAINT "MemberTopic_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberTopic" ADD CONSTRAINT "MemberTopic_topicSlug_fkey" FOREIGN KEY ("topicSlug") REFERENCES "Topic"("slug") ON DELETE CASCADE ON UPDATE CASCADE;
