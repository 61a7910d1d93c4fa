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
