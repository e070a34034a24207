import "server-only";

/** Where uploaded files live, by key ("avatars/…"). One implementation today: the local disk. */
export type Storage = {
  put(key: string, data: Buffer): Promise<void>;
  /** The stored bytes, or null when there is nothing under that key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; a key with nothing stored is not an error. */
  delete(key: string): Promise<void>;
};

/** Keys are lower-case path segments of letters, digits, "-", "_" and "." (never "." or ".." alone). */
const KEY = /^(?:[a-z0-9][a-z0-9_.-]{0,99}\/){0,3}[a-z0-9][a-z0-9_.-]{0,99}$/;

export function isStorageKey(key: string): boolean {
  return KEY.test(key) && !key.split("/").some((segment) => segment === "." || segment === ".." || segment.includes(".."));
}

export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
}
