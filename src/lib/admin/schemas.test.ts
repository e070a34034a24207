import { describe, expect, it } from "vitest";

import { addAllowListEntriesSchema, normalizeAllowListValue, updateSettingsSchema } from "./schemas";

describe("allow-list values", () => {
  it("keep domains and addresses in lower case and phone numbers in E.164", () => {
    expect(normalizeAllowListValue("EMAIL_DOMAIN", " @Example.COM ")).toBe("example.com");
    expect(normalizeAllowListValue("EMAIL", "Ada@Example.com")).toBe("ada@example.com");
    expect(normalizeAllowListValue("PHONE", "0049 151 2345 6789")).toBe("+4915123456789");
  });

  it("refuse values of the wrong kind", () => {
    expect(normalizeAllowListValue("EMAIL_DOMAIN", "ada@example.com")).toBeNull();
    expect(normalizeAllowListValue("EMAIL_DOMAIN", "localhost")).toBeNull();
    expect(normalizeAllowListValue("EMAIL", "example.com")).toBeNull();
    expect(normalizeAllowListValue("PHONE", "0151 2345 6789")).toBeNull();
    expect(normalizeAllowListValue("EMAIL", "<script>@x.com")).toBeNull();
  });

  it("are added all or nothing, naming each bad line, without duplicates", () => {
    expect(addAllowListEntriesSchema.parse({ kind: "EMAIL_DOMAIN", values: ["a.com", "A.com", "b.org"] })).toEqual({
      kind: "EMAIL_DOMAIN",
      values: ["a.com", "b.org"],
    });
    const refused = addAllowListEntriesSchema.safeParse({ kind: "EMAIL", values: ["ok@a.com", "nope"] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      "Line 2 is not a valid email address. Addresses look like name@example.com.",
    ]);
  });
});

describe("settings", () => {
  it("need at least one change", () => {
    expect(updateSettingsSchema.safeParse({}).error?.issues[0]?.message).toBe("Change at least one setting.");
    expect(updateSettingsSchema.parse({ memberInviteAllowance: 0 })).toEqual({ memberInviteAllowance: 0 });
  });
});
