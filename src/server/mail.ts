import "server-only";

import { createTransport } from "nodemailer";

import { env } from "@/env";

/** Plain-text mail through the same SMTP server as the sign-in links. */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  await createTransport(env.EMAIL_SERVER).sendMail({ from: env.EMAIL_FROM, ...message });
}
