import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody } from './contract';

/** An error meant for the client: its status, a stable code and a message saying what is wrong. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorBody(code: string, message: string): ApiErrorBody {
  return { error: { code, message } };
}

/** The one place errors become responses (used by app.onError). Never leaks internals. */
export function errorResponse(err: Error, c: Context): Response {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    // Hono's own 4xx (its JSON body parser, its limits) get the same shape as ours.
    const code =
      status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : /json/i.test(err.message) ? 'invalid_json' : 'bad_request';
    return c.json(errorBody(code, err.message || 'The request could not be processed.'), status);
  }
  // Unknown errors: log the message only (no request data, no secrets), answer generically.
  console.error('unhandled error:', err.message);
  return c.json(errorBody('internal_error', 'Something went wrong on our side.'), 500);
}

/** Turns a zod failure into one readable sentence naming the fields at fault. */
export function describeZodError(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
