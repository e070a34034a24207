import "server-only";

import { Prisma } from "@/generated/prisma/client";

/** True when a write broke a unique constraint on `field` (Prisma's P2002, as the pg adapter reports it). */
export function isUniqueViolation(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return JSON.stringify(error.meta ?? {}).includes(`"${field}"`);
}
