/** Uploaded pictures may be this big at most (before resizing). */
export const AVATAR_MAX_BYTES = 5 * 1024 * 1024;
/** Avatars are stored as squares of this many pixels (WebP). */
export const AVATAR_SIZE = 256;
export const AVATAR_TYPES = "image/jpeg,image/png,image/webp";
export const AVATAR_HINT = "A JPEG, PNG or WebP picture of at most 5 MB; it is cropped to a square.";
