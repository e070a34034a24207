import type { Metadata } from "next";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";

import { signInErrorMessages, signInSchema } from "@/lib/auth/schemas";
import { auth, signIn } from "@/server/auth";
import { signInLanding } from "@/server/auth/sign-in-landing";
import { DomainError } from "@/server/errors";
import { clientIp } from "@/server/rate-limit/client-ip";
import { enforceRateLimits } from "@/server/rate-limit/limit";
import { magicLinkChecks } from "@/server/rate-limit/rules";

export const metadata: Metadata = { title: "Sign in" };

async function sendMagicLink(formData: FormData) {
  "use server";
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    redirectTo: formData.get("redirectTo"),
  });
  if (!parsed.success) redirect("/signin?error=InvalidEmail");
  const email = parsed.data.email.toLowerCase();
  try {
    await enforceRateLimits(magicLinkChecks(clientIp(await headers()), email));
  } catch (error) {
    if (error instanceof DomainError) {
      redirect(`/signin?${new URLSearchParams({ error: "RateLimited", redirectTo: parsed.data.redirectTo })}`);
    }
    throw error;
  }
  try {
    await signIn("nodemailer", { email, redirectTo: await signInLanding(email, parsed.data.redirectTo) });
  } catch (error) {
    // Auth.js throws its refusals (AccessDenied for a non-member); its success is a redirect, rethrown.
    if (error instanceof AuthError) {
      redirect(`/signin?${new URLSearchParams({ error: error.type, redirectTo: parsed.data.redirectTo })}`);
    }
    throw error;
  }
}

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const params = await searchParams;
  const redirectTo = typeof params.redirectTo === "string" ? params.redirectTo : "/";
  const session = await auth();
  if (session?.user) redirect(signInSchema.shape.redirectTo.parse(redirectTo));

  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const error = errorCode ? (signInErrorMessages[errorCode] ?? signInErrorMessages.Configuration) : undefined;

  return (
    <main id="main" className="stack">
      <h1>Sign in</h1>
      <p className="muted">We email you a link that signs you in. No password to remember.</p>
      {error ? (
        <p className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <form action={sendMagicLink} className="stack card">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required maxLength={254} />
        </label>
        <button className="button" type="submit">
          Email me a sign-in link
        </button>
      </form>
      <p className="muted">
        New here? <Link href="/join">Redeem an invite code</Link> or <Link href="/waitlist">join the waitlist</Link>.
      </p>
    </main>
  );
}
