import "server-only";

import { db } from "@/server/db";
import { getSettings } from "@/server/settings";

/** The counts on the console's front page. */
export async function consoleOverview(now: Date = new Date()) {
  const [settings, activeCodes, waiting, members, suspended, allowListEntries] = await Promise.all([
    getSettings(),
    db.inviteCode.count({
      where: {
        revokedAt: null,
        usedCount: { lt: db.inviteCode.fields.maxUses },
        OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      },
    }),
    db.waitlistEntry.count({ where: { invitedAt: null } }),
    db.user.count(),
    db.user.count({ where: { suspendedAt: { not: null } } }),
    db.allowListEntry.count(),
  ]);
  return {
    activeCodes,
    waiting,
    members,
    suspended,
    allowListEntries,
    allowListEnabled: settings.allowListEnabled,
    memberInviteAllowance: settings.memberInviteAllowance,
  };
}
