import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { ApiError, describeZodError } from './errors';

/**
 * zValidator with the project's error shape: a body that is not JSON, or that
 * misses fields, is a 400 `{ error: { code: "invalid_request", message } }`.
 */
export function validate<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) throw new ApiError(400, 'invalid_request', describeZodError(result.error));
  });
}
