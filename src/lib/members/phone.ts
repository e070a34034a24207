/**
 * Phone numbers in E.164 (+4915112345678). People type them with spaces, dashes, dots, brackets
 * or a leading 00; without a country code a number cannot be placed, so it is refused.
 */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed.length > 32 || !/^[+0-9\s().\-/]+$/.test(trimmed)) return null;
  let number = trimmed.replace(/[\s().\-/]/g, "");
  if (number.startsWith("00")) number = `+${number.slice(2)}`;
  return /^\+[1-9]\d{6,14}$/.test(number) ? number : null;
}

export const PHONE_HINT = "Include the country code, e.g. +49 151 2345 6789.";
