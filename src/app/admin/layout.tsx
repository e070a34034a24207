import { AdminNav } from "@/components/admin/admin-nav";
import { auth } from "@/server/auth";

/** The console's navigation, for admins only; each page checks the session itself. */
export default async function AdminLayout({ children }: LayoutProps<"/admin">) {
  const session = await auth();
  return (
    <>
      {session?.user.role === "ADMIN" ? <AdminNav /> : null}
      {children}
    </>
  );
}
