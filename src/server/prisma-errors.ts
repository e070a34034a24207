import "server-only";

import { Prisma } from "@/generated/prisma/client";

/**
 * True when a write broke the unique constraint on `field` (Prisma's P2002). The native engine
 * names the fields in `meta.target`; the pg driver adapter names the index (`User_phone_key`).
 */
export function isUniqueViolation(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const meta = JSON.stringify(error.meta ?? {});
  return meta.includes(`_${field}_key"`) || meta.includes(`"${field}"`);
}
