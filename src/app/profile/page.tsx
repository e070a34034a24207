import type { Metadata } from "next";
import Link from "next/link";

import { AvatarForm } from "@/components/members/avatar-form";
import { ProfileForm } from "@/components/members/profile-form";
import { InterestsForm } from "@/components/topics/interests-form";
import { avatarPath, profilePath } from "@/lib/members/profile-url";
import { requireMember } from "@/server/auth/guards";
import { getOwnProfile } from "@/server/members/get-member-profile";
import { listInterests, listTopics } from "@/server/topics/topics";

import { saveInterestsAction } from "./actions";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const member = await requireMember("/profile");
  const [profile, topics, interests] = await Promise.all([getOwnProfile(member.id), listTopics(), listInterests(member.id)]);
  const onboarding = profile.onboardedAt === null;

  return (
    <main id="main" className="stack">
      <h1>{onboarding ? "Create your profile" : "Your profile"}</h1>
      <p className="muted">
        {onboarding
          ? "Welcome! Tell the others who you are: your name and headline show in rooms and on your profile; your interests decide which rooms come first in your hallway."
          : `Signed in as ${profile.email}.`}{" "}
        {onboarding ? null : <Link href={profilePath({ id: member.id, handle: profile.handle })}>See your profile as others do</Link>}
      </p>
      <ProfileForm profile={profile} topics={topics} interests={interests} onboarding={onboarding} />
      <AvatarForm name={profile.name ?? "?"} avatarUrl={avatarPath(profile.avatarKey)} />
      {onboarding ? null : <InterestsForm topics={topics} selected={interests} action={saveInterestsAction} />}
    </main>
  );
}
