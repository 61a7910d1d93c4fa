import { z } from 'zod';
import type { Result } from '../../preload/api';
import { toApiError } from '../errors';

/**
 * Wraps one api method: parses its arguments with a zod tuple schema before anything else runs
 * (docs/style.md, practice 4), and turns every failure into an `{ ok: false }` Result.
 * IPC and the e2e bridge both call these wrapped methods, so both get the same validation.
 */
export function validated<S extends z.ZodTuple, T>(
  name: string,
  schema: S,
  impl: (...args: z.infer<S>) => Promise<T>,
): (...args: unknown[]) => Promise<Result<T>> {
  return async (...args: unknown[]) => {
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
      return {
        ok: false,
        error: {
          code: 'invalid-argument',
          message: `${name}: invalid argument${where}: ${issue?.message ?? 'rejected'}`,
        },
      };
    }
    try {
      return { ok: true, value: await impl(...(parsed.data as z.infer<S>)) };
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
  };
}
