// Validation of the readers' API, by hand: the readers' Worker stays small (no
// schema library in the bundle every reader's request loads). Each check returns
// the typed value or throws a 400 naming the field at fault; routes read the
// result through `c.req.valid()`.
import type { MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type { AnswerRequest, FinishRequest } from './contract';
import { ApiError } from './errors';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SESSION = /^[A-Za-z0-9_-]{8,64}$/;
/** Answers a finish may carry: more than any quiz has questions. */
export const MAX_FINISH_ANSWERS = 100;

const invalid = (message: string) => new ApiError(400, 'invalid_request', message);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function id(value: unknown, field: string): string {
  if (typeof value !== 'string' || !ID.test(value)) throw invalid(`${field}: must be 1–64 letters, digits, "-" or "_"`);
  return value;
}

function session(value: unknown): string {
  if (typeof value !== 'string' || !SESSION.test(value)) throw invalid('session: must be 8–64 letters, digits, "-" or "_"');
  return value;
}

export const quizParam = validator('param', (v) => ({ id: id(v.id, 'id') }));

export const sessionQuery = validator('query', (v) => ({ session: session(v.session) }));

export function answerBody(v: unknown): AnswerRequest {
  if (!isObject(v)) throw invalid('the body must be a JSON object');
  return { session: session(v.session), question: id(v.question, 'question'), choice: id(v.choice, 'choice') };
}

export function finishBody(v: unknown): FinishRequest {
  if (!isObject(v)) throw invalid('the body must be a JSON object');
  const { answers } = v;
  if (!Array.isArray(answers) || answers.length > MAX_FINISH_ANSWERS) throw invalid(`answers: must be a list of at most ${MAX_FINISH_ANSWERS}`);
  return {
    session: session(v.session),
    answers: answers.map((a: unknown, i) => {
      if (!isObject(a)) throw invalid(`answers.${i}: must be an object`);
      return { question: id(a.question, `answers.${i}.question`), choice: id(a.choice, `answers.${i}.choice`) };
    }),
  };
}

/**
 * A JSON body checked by `check`, for `c.req.valid('json')` (its size is held by
 * hono's bodyLimit before it). `text/plain` is JSON too: it is what
 * navigator.sendBeacon can send from a sandboxed frame without a CORS preflight.
 */
export function jsonBody<T extends object>(check: (value: unknown) => T): MiddlewareHandler<{ Bindings: Env }, string, { in: { json: unknown }; out: { json: T } }> {
  return async (c, next) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json' && type !== 'text/plain') {
      throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON (Content-Type: application/json, or text/plain).');
    }
    const text = await c.req.text();
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
    }
    c.req.addValidatedData('json', check(value));
    await next();
  };
}
