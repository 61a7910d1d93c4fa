import type { TFunction } from 'i18next';
import type { ApiError } from '../../../preload/api';

/** The error's sentence, naming the file or article it concerns when the api said which. */
export function describeError(t: TFunction, error: ApiError, articleTitle?: string): string {
  if (error.file && !error.message.includes(error.file)) {
    return t('errors.inFile', { message: error.message, file: error.file });
  }
  if (error.articleId && !error.file) {
    return t('errors.inArticle', { message: error.message, article: articleTitle ?? error.articleId });
  }
  return error.message;
}
