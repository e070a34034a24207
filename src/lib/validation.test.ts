import { describe, expect, it } from "vitest";
import { z } from "zod";

import { redeemInviteSchema } from "@/lib/invites/schemas";
import { profileSchema } from "@/lib/members/schemas";

import { emailAddress, optionalPlainText, plainText } from "./validation";

const messages = (result: z.ZodSafeParseResult<unknown>) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("plain text", () => {
  const name = plainText("Your name", { min: 1, max: 80 });

  it("is trimmed and must fit", () => {
    expect(name.parse("  Ada  ")).toBe("Ada");
    expect(messages(name.safeParse("   "))).toEqual(["Enter your name."]);
    expect(messages(name.safeParse("x".repeat(10_000)))).toEqual(["Your name can be at most 80 characters."]);
    expect(messages(name.safeParse(42))).toEqual(["Your name must be text."]);
  });

  it("refuses markup and control characters", () => {
    expect(messages(name.safeParse("<script>alert(1)</script>"))).toEqual(["Your name must be plain text (no < or >)."]);
    expect(name.safeParse("Ada\u0000").success).toBe(false);
    expect(name.parse("Ada & Bob's \"R&D\"")).toBe("Ada & Bob's \"R&D\"");
  });

  it("is null when optional and empty", () => {
    const note = optionalPlainText("The note", 10);
    expect(note.parse("")).toBeNull();
    expect(note.parse(null)).toBeNull();
    expect(note.parse(undefined)).toBeNull();
    expect(note.parse(" hi ")).toBe("hi");
    expect(messages(note.safeParse(5))).toEqual(["The note must be text."]);
  });
});

describe("email addresses", () => {
  it("are trimmed and lower-cased like Auth.js does", () => {
    expect(emailAddress.parse("  Ada@Example.COM ")).toBe("ada@example.com");
    expect(messages(emailAddress.safeParse(""))).toEqual(["Enter an email address."]);
    expect(messages(emailAddress.safeParse("<script>@x.com"))).toEqual(["Enter a valid email address."]);
  });
});

describe("forms", () => {
  it("sign-up normalises the code and the phone number", () => {
    expect(redeemInviteSchema.parse({ code: "abcd efgh jkmn", email: "A@b.co", phone: "+49 151 2345 6789" })).toEqual({
      code: "ABCD-EFGH-JKMN",
      email: "a@b.co",
      phone: "+4915123456789",
    });
    expect(messages(redeemInviteSchema.safeParse({ code: "", email: "a@b.co" }))).toEqual(["Enter your invite code."]);
    expect(messages(redeemInviteSchema.safeParse([]))).toEqual(["Send a JSON object."]);
  });

  it("the profile needs a name and takes an empty phone, handle or industry as none", () => {
    expect(profileSchema.parse({ name: "Ada", handle: "", headline: "", industry: "", bio: "", phone: "" })).toEqual({
      name: "Ada",
      handle: null,
      headline: null,
      industry: null,
      bio: null,
      links: [],
      phone: null,
    });
    expect(messages(profileSchema.safeParse({ name: "Ada", phone: "12" }))).toEqual([
      "That is not a phone number we can use. Include the country code, e.g. +49 151 2345 6789.",
    ]);
  });
});
