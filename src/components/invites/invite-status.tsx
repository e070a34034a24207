import { inviteStatusLabels, type InviteStatus } from "@/lib/invites/status";

export function InviteStatusTag({ status }: { status: InviteStatus }) {
  return <span className={`tag tag-${status}`}>{inviteStatusLabels[status]}</span>;
}
