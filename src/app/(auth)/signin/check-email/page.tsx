import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <main id="main" className="stack">
      <h1>Check your email</h1>
      <p role="status">
        A sign-in link is on its way. It works once and expires in 15 minutes; you can close this tab.
      </p>
    </main>
  );
}
