import { describe, expect, it } from "vitest";

import { csvCell, invitesCsv } from "./invites-csv";

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell('Acme, "Inc"')).toBe('"Acme, ""Inc"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(5)).toBe("5");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });
});

describe("invitesCsv", () => {
  it("writes a header and one row per code with its join link and who redeemed it", () => {
    const csv = invitesCsv(
      [
        {
          code: "ABCD-EFGH-JKMN",
          status: "used_up",
          usedCount: 2,
          maxUses: 2,
          expiresAt: null,
          revokedAt: null,
          note: "Launch, day 1",
          batchId: "b1",
          personal: false,
          createdAt: new Date("2026-11-27T10:00:00Z"),
          createdBy: { email: "admin@example.com" },
          redemptions: [{ user: { email: "a@example.com" } }, { user: { email: "b@example.com" } }],
        },
      ],
      "https://rooms.example.com",
    );
    const [header, row, end] = csv.split("\r\n");
    expect(header).toBe("code,join_url,status,used,max_uses,expires_at,revoked_at,note,batch_id,personal,created_by,created_at,redeemed_by");
    expect(row).toBe(
      'ABCD-EFGH-JKMN,https://rooms.example.com/join?code=ABCD-EFGH-JKMN,Used up,2,2,,,"Launch, day 1",b1,no,admin@example.com,2026-11-27T10:00:00.000Z,a@example.com; b@example.com',
    );
    expect(end).toBe("");
  });
});
