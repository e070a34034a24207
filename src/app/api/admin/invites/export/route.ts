import { batchIdSchema } from "@/lib/invites/schemas";
import { adminRoute } from "@/server/api";
import { appBaseUrl } from "@/server/app-url";
import { exportInvites } from "@/server/invites/export-invites";

/** Every invite code, or one batch's (?batchId=), as a CSV download. */
export const GET = adminRoute(async ({ member, request }) => {
  const raw = new URL(request.url).searchParams.get("batchId");
  const batchId = raw === null ? undefined : batchIdSchema.parse(raw);
  const csv = await exportInvites(member, batchId, appBaseUrl(request.headers));
  const date = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="invites-${batchId ? `${batchId.slice(0, 8)}-` : ""}${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
