-- Search matches any part of a text, any case (ILIKE '%…%'): trigram GIN indexes serve it.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Room_title_trgm_idx" ON "Room" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Room_description_trgm_idx" ON "Room" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_name_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_headline_trgm_idx" ON "User" USING GIN ("headline" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "User_handle_trgm_idx" ON "User" USING GIN ("handle" gin_trgm_ops);


