import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="stack">
      <h1>Not open to you</h1>
      <p>This room is only for the members its host chose (their followers or the people they invited).</p>
      <p>
        <Link href="/">Back to the hallway</Link>
      </p>
    </main>
  );
}
