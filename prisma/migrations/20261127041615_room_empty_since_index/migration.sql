-- CreateIndex
CREATE INDEX "Room_status_emptySince_idx" ON "Room"("status", "emptySince");


