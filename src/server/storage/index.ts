import "server-only";

import { env } from "@/env";

import { localDiskStorage } from "./local-disk";

export { isStorageKey, type Storage } from "./storage";

/** The app's file storage: the local disk under STORAGE_DIR. */
export const storage = localDiskStorage(env.STORAGE_DIR);
