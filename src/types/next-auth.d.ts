import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: "ADMIN" | "MEMBER" } & DefaultSession["user"];
    /** Where the member stands; `auth()` treats a suspended member as signed out. */
    membership: { onboarded: boolean; suspended: boolean };
  }
}
