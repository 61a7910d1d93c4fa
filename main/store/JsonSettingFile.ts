import type { z } from 'zod';
import type { AppNotice } from '../../preload/api';
import { DurableJsonFile } from './DurableJsonFile';
import { moveAside } from './moveAside';
import { StoreFileError } from './StoreFileError';

/**
 * A small JSON file of the library (settings, tag vocabulary) with defaults: missing means the
 * defaults; damaged means set aside (reported once) and the defaults, so a bad file never stops
 * the library from opening.
 */
export class JsonSettingFile<T> {
  private readonly file: DurableJsonFile<T>;
  private value: T | null = null;

  constructor(
    readonly path: string,
    schema: z.ZodType<T>,
    private readonly defaults: () => T,
    private readonly readOnly: boolean,
    private readonly notify: (notice: AppNotice) => void,
  ) {
    this.file = new DurableJsonFile(path, (raw) => schema.parse(raw));
  }

  async get(): Promise<T> {
    if (this.value) return this.value;
    try {
      this.value = (await this.file.read()) ?? this.defaults();
    } catch (error) {
      if (!(error instanceof StoreFileError) || error.newer) throw error;
      const aside = this.readOnly ? this.path : await moveAside(this.path);
      const where = this.readOnly ? 'It was left in place (read-only)' : `It was set aside as ${aside}`;
      this.notify({
        level: 'warning',
        file: aside,
        message: `${error.message} ${where}; the defaults are used instead.`,
      });
      this.value = this.defaults();
    }
    return this.value;
  }

  async set(value: T): Promise<T> {
    await this.file.write(value);
    this.value = value;
    return value;
  }
}
