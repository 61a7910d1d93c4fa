import type { Library } from './Library';
import type { ApiDeps } from '../api/ApiDeps';
import { AppError } from '../errors';

/** Opens the library folder. Placeholder until the store is built. */
export async function openLibrary(_dir: string, _deps?: Pick<ApiDeps, 'emit'>): Promise<Library> {
  throw new AppError('internal', 'The library store is not built yet.');
}
