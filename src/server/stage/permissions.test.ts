import { describe, expect, it } from "vitest";

import { stagePermission } from "./permissions";

describe("stagePermission", () => {
  it("lets listeners subscribe only", () => {
    expect(stagePermission("LISTENER")).toEqual({
      canSubscribe: true,
      canPublish: false,
      canPublishData: false,
      canPublishSources: [],
      canUpdateMetadata: false,
    });
  });

  it.each(["HOST", "MODERATOR", "SPEAKER"] as const)("lets a %s publish the microphone and nothing else", (role) => {
    expect(stagePermission(role)).toEqual({
      canSubscribe: true,
      canPublish: true,
      canPublishData: false,
      canPublishSources: ["microphone"],
      canUpdateMetadata: false,
    });
  });
});
