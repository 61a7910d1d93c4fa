import type { ApiError } from '../../preload/api';
import { AppError } from '../errors';

/**
 * Any thrown value as an ApiError. Errors that know their file (DecodeError and friends carry
 * `file` and `reason`) keep it, so the editor sees which file failed.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  if (error instanceof Error) {
    const withFile = error as Error & { file?: unknown; code?: unknown };
    const file = typeof withFile.file === 'string' ? withFile.file : undefined;
    if (error.name === 'DecodeError') return { code: 'decode-failed', message: error.message, file };
    return { code: 'internal', message: error.message, ...(file ? { file } : {}) };
  }
  return { code: 'internal', message: String(error) };
}
