import "server-only";

import { NextResponse } from "next/server";
import { ZodError, type ZodType } from "zod";

import { requireApiAdmin, requireApiMember, type Member } from "@/server/auth/guards";
import { DomainError } from "@/server/errors";

export type ApiErrorBody = {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
};

/** Maps any thrown value to a JSON error response; nothing unknown leaks past a generic 500. */
export function handleApiError(error: unknown): NextResponse<ApiErrorBody> {
  if (error instanceof ZodError) {
    return NextResponse.json(
      {
        error: {
          code: "unprocessable",
          message: "The request is not valid.",
          issues: error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
        },
      },
      { status: 422 },
    );
  }
  if (error instanceof DomainError) {
    const headers = error.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(error.retryAfterSeconds) };
    return NextResponse.json({ error: { code: error.code, message: error.message } }, { status: error.status, headers });
  }
  console.error(error);
  return NextResponse.json(
    { error: { code: "internal", message: "Something went wrong on our side." } },
    { status: 500 },
  );
}

/** Reads and validates a JSON body; malformed JSON is a 400, a schema mismatch a 422. */
export async function parseJson<T>(request: Request, schema: ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new DomainError("bad_request", "The request body must be JSON.");
  }
  return schema.parse(body);
}

type RouteContext<Params> = { params: Promise<Params> };
type Handler<Params> = (input: { member: Member; request: Request; params: Params }) => Promise<Response>;

function guardedRoute<Params>(guard: () => Promise<Member>, handler: Handler<Params>) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
    try {
      // The session is checked before anything is read from the request.
      const member = await guard();
      return await handler({ member, request, params: await context.params });
    } catch (error) {
      return handleApiError(error);
    }
  };
}

/** A route handler for signed-in members: 401 for anyone else; errors mapped by handleApiError. */
export function memberRoute<Params = Record<string, never>>(handler: Handler<Params>) {
  return guardedRoute(requireApiMember, handler);
}

/** A route handler for admins: 401 when anonymous, 403 for members; errors mapped by handleApiError. */
export function adminRoute<Params = Record<string, never>>(handler: Handler<Params>) {
  return guardedRoute(requireApiAdmin, handler);
}

/** A public route handler: errors mapped by handleApiError. */
export function publicRoute<Params = Record<string, never>>(handler: (input: { request: Request; params: Params }) => Promise<Response>) {
  return async (request: Request, context: RouteContext<Params>): Promise<Response> => {
    try {
      return await handler({ request, params: await context.params });
    } catch (error) {
      return handleApiError(error);
    }
  };
}
