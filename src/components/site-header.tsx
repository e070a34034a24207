import Link from "next/link";

import { auth, signOut } from "@/server/auth";
import { countUnreadNotifications } from "@/server/notifications/list-notifications";

/** The top bar: brand, the member's links, sign in/out. */
export async function SiteHeader() {
  const session = await auth();
  const member = session?.user;
  const onboarded = session?.membership.onboarded ?? true;
  const unread = member ? await countUnreadNotifications(member.id) : 0;

  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/" });
  }

  return (
    <header className="site-header">
      <nav aria-label="Main" className="site-nav">
        <Link href="/" className="brand">
          Raise Hand
        </Link>
        {member ? (
          <ul className="nav-links">
            <li>
              <Link href="/">Hallway</Link>
            </li>
            <li>
              <Link href="/rooms/new">New room</Link>
            </li>
            <li>
              <Link href="/topics">Topics</Link>
            </li>
            <li>
              <Link href="/search">Search</Link>
            </li>
            <li>
              <Link href="/notifications" prefetch={false} aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}>
                Notifications{unread > 0 ? <span className="count-badge">{unread}</span> : null}
              </Link>
            </li>
            <li>
              <Link href="/invites">Invites</Link>
            </li>
            <li>
              <Link href="/profile">{onboarded ? "Profile" : "Complete your profile"}</Link>
            </li>
            {member.role === "ADMIN" ? (
              <li>
                <Link href="/admin">Admin</Link>
              </li>
            ) : null}
            <li>
              <form action={signOutAction}>
                <button className="link-button" type="submit">
                  Sign out
                </button>
              </form>
            </li>
          </ul>
        ) : (
          <ul className="nav-links">
            <li>
              <Link href="/join">Join</Link>
            </li>
            <li>
              <Link href="/signin">Sign in</Link>
            </li>
          </ul>
        )}
      </nav>
    </header>
  );
}
