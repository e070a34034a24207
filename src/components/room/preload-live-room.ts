"use client";

import { useEffect } from "react";

/**
 * Loads the live room's code (livekit-client and the room UI, the app's biggest chunk) while the
 * browser is idle, so opening a room from a list does not wait to download and compile it.
 */
export function usePreloadLiveRoom() {
  useEffect(() => {
    const load = () => void import("./live-room");
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(load, { timeout: 2_000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(load, 1_000);
    return () => clearTimeout(timer);
  }, []);
}
