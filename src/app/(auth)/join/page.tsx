import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { JoinForm } from "@/components/invites/join-form";
import { auth } from "@/server/auth";
import { signUpRequirements } from "@/server/allow-list/check-allow-list";

export const metadata: Metadata = { title: "Join with an invite code" };

export default async function JoinPage({ searchParams }: PageProps<"/join">) {
  const session = await auth();
  if (session?.user) redirect("/");
  const params = await searchParams;
  const code = typeof params.code === "string" ? params.code.slice(0, 64) : "";
  const { allowListEnabled, asksForPhone } = await signUpRequirements();

  return (
    <main id="main" className="stack">
      <h1>Join Raise Hand</h1>
      <p className="muted">
        Raise Hand is in a closed beta: enter the invite code you were given and your email address. We email
        you a link that signs you in; then you set up your profile.
        {allowListEnabled ? " Sign-up here is limited to people the organisation registered." : null}
      </p>
      <JoinForm initialCode={code} asksForPhone={asksForPhone} />
      <p className="muted">
        No code? <Link href="/waitlist">Join the waitlist</Link>. Already a member? <Link href="/signin">Sign in</Link>.
      </p>
    </main>
  );
}
