import "server-only";

import { joinUrl } from "@/lib/invites/code";
import { inviteStatusLabels, type InviteStatus } from "@/lib/invites/status";

type Cell = string | number | null;

/**
 * One CSV cell (RFC 4180 quoting). Text that a spreadsheet would run as a formula (= + - @, tab,
 * carriage return first) is prefixed with an apostrophe.
 */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function toCsv(rows: Cell[][]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

type CsvInvite = {
  code: string;
  status: InviteStatus;
  usedCount: number;
  maxUses: number;
  expiresAt: Date | null;
  revokedAt: Date | null;
  note: string | null;
  batchId: string | null;
  personal: boolean;
  createdAt: Date;
  createdBy: { email: string };
  redemptions: { user: { email: string } }[];
};

export function invitesCsv(invites: CsvInvite[], baseUrl: string): string {
  const header = [
    "code", "join_url", "status", "used", "max_uses", "expires_at", "revoked_at",
    "note", "batch_id", "personal", "created_by", "created_at", "redeemed_by",
  ];
  return toCsv([
    header,
    ...invites.map((invite) => [
      invite.code,
      joinUrl(baseUrl, invite.code),
      inviteStatusLabels[invite.status],
      invite.usedCount,
      invite.maxUses,
      invite.expiresAt?.toISOString() ?? null,
      invite.revokedAt?.toISOString() ?? null,
      invite.note,
      invite.batchId,
      invite.personal ? "yes" : "no",
      invite.createdBy.email,
      invite.createdAt.toISOString(),
      invite.redemptions.map((redemption) => redemption.user.email).join("; "),
    ]),
  ]);
}
