"use client";

import { useState } from "react";

type ErrorBody = { error?: { message?: string; issues?: { message: string }[] } };

/** The messages to show for an API error: each invalid field's, else the error's own. */
function errorMessages(body: ErrorBody | null): string[] {
  const issues = body?.error?.issues?.map((issue) => issue.message) ?? [];
  if (issues.length > 0) return [...new Set(issues)];
  return [body?.error?.message ?? "Something went wrong. Try again in a moment."];
}

/**
 * Sends JSON (or a FormData upload) to one of our API routes and keeps what a form needs to show: pending while it runs,
 * the error messages when it is refused. `send` resolves to the response body, or null on error.
 */
export function useApiRequest() {
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  async function send<T>(url: string, options: { method?: string; body?: unknown } = {}): Promise<T | null> {
    setPending(true);
    setErrors([]);
    try {
      // FormData (file uploads) goes as multipart; anything else as JSON.
      const multipart = options.body instanceof FormData;
      const response = await fetch(url, {
        method: options.method ?? "POST",
        headers: options.body === undefined || multipart ? undefined : { "Content-Type": "application/json" },
        body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        setErrors(errorMessages(body as ErrorBody | null));
        return null;
      }
      return body as T;
    } catch {
      setErrors(["Could not reach Raise Hand. Check your connection and try again."]);
      return null;
    } finally {
      setPending(false);
    }
  }

  return { send, pending, errors };
}
