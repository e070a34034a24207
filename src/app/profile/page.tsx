import type { Metadata } from "next";
import Link from "next/link";

import { ProfileForm } from "@/components/members/profile-form";
import { requireMember } from "@/server/auth/guards";
import { getOwnProfile } from "@/server/members/get-member-profile";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const member = await requireMember("/profile");
  const profile = await getOwnProfile(member.id);
  const onboarding = profile.onboardedAt === null;

  return (
    <main id="main" className="stack">
      <h1>{onboarding ? "Create your profile" : "Your profile"}</h1>
      <p className="muted">
        {onboarding
          ? "Welcome! Tell the others who you are: your name and headline show in rooms and on your profile."
          : `Signed in as ${profile.email}.`}{" "}
        {onboarding ? null : <Link href={`/members/${member.id}`}>See your profile as others do</Link>}
      </p>
      <ProfileForm profile={profile} onboarding={onboarding} />
    </main>
  );
}
