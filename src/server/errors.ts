import "server-only";

const statusByCode = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type DomainErrorCode = keyof typeof statusByCode;

/** An expected failure with a message meant for the member; becomes its own 4xx in APIs. */
export class DomainError extends Error {
  readonly status: number;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** For rate_limited: when to try again (the response's Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "DomainError";
    this.status = statusByCode[code];
  }
}
