import type { Metadata } from "next";
import Link from "next/link";

import { WaitlistForm } from "@/components/waitlist/waitlist-form";

export const metadata: Metadata = { title: "Waitlist" };

export default function WaitlistPage() {
  return (
    <main id="main" className="stack">
      <h1>Join the waitlist</h1>
      <p className="muted">
        Raise Hand is invite-only for now. Leave your name and address and an admin can send you an invite.
      </p>
      <WaitlistForm />
      <p className="muted">
        Have a code? <Link href="/join">Redeem it</Link>.
      </p>
    </main>
  );
}
