"use client";

import { useState } from "react";

/** Copies `text` to the clipboard and says so (for screen readers too). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <span className="copy">
      <button type="button" className="button secondary small" onClick={copy}>
        {label}
      </button>
      <span role="status" className="muted">
        {state === "copied" ? "Copied." : state === "failed" ? "Copy it by hand: your browser did not allow it." : ""}
      </span>
    </span>
  );
}
