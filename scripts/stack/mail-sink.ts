import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A message as the sink stores it: one JSON file per message, read by tests and printed for people. */
export type SunkMail = {
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  links: string[];
};

/**
 * A local SMTP catcher on loopback: mail for development and tests never leaves the machine.
 * Each message is written to `dir` as JSON and handed to `onMail` (the run command prints links).
 */
export async function startMailSink(options: {
  port: number;
  dir: string;
  onMail?: (mail: SunkMail) => void;
}): Promise<{ close: () => Promise<void> }> {
  await mkdir(options.dir, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    banner: "Raise Hand local mail sink",
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          const text = parsed.text ?? "";
          const mail: SunkMail = {
            receivedAt: new Date().toISOString(),
            from: parsed.from?.text ?? "",
            to: [parsed.to ?? []].flat().flatMap((address) => address.value.map((v) => v.address ?? "")),
            subject: parsed.subject ?? "",
            text,
            links: [...text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]),
          };
          sequence += 1;
          const file = `${Date.now()}-${String(sequence).padStart(6, "0")}.json`;
          await writeFile(path.join(options.dir, file), JSON.stringify(mail, null, 2));
          options.onMail?.(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}
