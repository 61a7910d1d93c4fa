import type { ApiError, ApiErrorCode } from '../preload/api';

/**
 * An expected failure with a message an editor can read. Domain code throws it; the api boundary
 * turns it into `{ ok: false, error }` so it crosses IPC as a typed value, not a bare string.
 */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: { file?: string; articleId?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, ...this.details };
  }
}

/**
 * Any thrown value in the contract's error shape. AppError keeps its code; a DecodeError (which
 * carries `file` and `reason`) becomes `decode-failed` naming its file; anything else is `internal`.
 * Lives beside AppError, not in the api, because the store also reports a failed file of an import
 * in this shape (ImportFileResult.error) and the domain modules never import the api.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return error.toApiError();
  if (error instanceof Error) {
    const withFile = error as Error & { file?: unknown };
    const file = typeof withFile.file === 'string' ? withFile.file : undefined;
    if (error.name === 'DecodeError') return { code: 'decode-failed', message: error.message, file };
    return { code: 'internal', message: error.message, ...(file ? { file } : {}) };
  }
  return { code: 'internal', message: String(error) };
}
