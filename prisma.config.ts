import { defineConfig } from "prisma/config";

// DATABASE_URL is only required by commands that touch the database; `prisma generate` runs
// without one (for example inside `npm ci` on a build machine).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
