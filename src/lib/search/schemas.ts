import { z } from "zod";

export const SEARCH_QUERY_MAX = 100;

/** What a member types into search: plain text, at most a hundred characters; blank means no search. */
export const searchQuerySchema = z
  .string({ message: "Search for text." })
  .trim()
  .max(SEARCH_QUERY_MAX, `Search for at most ${SEARCH_QUERY_MAX} characters.`);
