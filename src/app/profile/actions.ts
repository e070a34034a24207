"use server";

import { revalidatePath } from "next/cache";

import { interestsSchema } from "@/lib/topics/schemas";
import { requireApiMember } from "@/server/auth/guards";
import { DomainError } from "@/server/errors";
import { setInterests } from "@/server/topics/topics";

export type InterestsFormState = { error?: string; saved?: boolean };

/** Saves the topics the member ticked as their interests. */
export async function saveInterestsAction(_previous: InterestsFormState, formData: FormData): Promise<InterestsFormState> {
  try {
    const member = await requireApiMember();
    const parsed = interestsSchema.safeParse(formData.getAll("topic"));
    if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Choose topics from the list." };
    await setInterests(member.id, parsed.data);
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message };
    console.error(error);
    return { error: "Could not save your interests. Try again in a moment." };
  }
  revalidatePath("/profile");
  return { saved: true };
}
