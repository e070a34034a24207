/**
 * Invite codes: 12 characters from a 32-letter alphabet without look-alikes (no 0/O/1/I), so
 * 60 bits from a CSPRNG, shown as XXXX-XXXX-XXXX and accepted in any case, with or without dashes.
 */
export const INVITE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const LENGTH = 12;

export function generateInviteCode(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(LENGTH));
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  const letters = Array.from(bytes, (byte) => INVITE_ALPHABET[byte % INVITE_ALPHABET.length]).join("");
  return formatInviteCode(letters);
}

/** The canonical form of what someone typed: upper case, separators dropped; null if it cannot be a code. */
export function normalizeInviteCode(input: string): string | null {
  const letters = input.toUpperCase().replace(/[\s-]/g, "");
  if (letters.length !== LENGTH) return null;
  for (const letter of letters) if (!INVITE_ALPHABET.includes(letter)) return null;
  return formatInviteCode(letters);
}

function formatInviteCode(letters: string): string {
  return letters.match(/.{4}/g)!.join("-");
}

/** The link that opens sign-up with the code filled in. */
export function joinUrl(baseUrl: string, code: string): string {
  const url = new URL("/join", baseUrl);
  url.searchParams.set("code", code);
  return url.href;
}
