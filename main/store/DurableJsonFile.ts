import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { AppError } from '../errors';
import { writeFileAtomic, type FileData } from '../fs/writeFileAtomic';
import { StoreFileError } from './StoreFileError';

/**
 * A lowdb adapter that writes durably (see main/fs/writeFileAtomic.ts) and reads honestly: a missing file is
 * `null` (lowdb then uses its default data), a BOM added by an outside editor is stripped, and a
 * file that does not parse or does not have the expected shape throws StoreFileError instead of
 * quietly becoming an empty library. `parse` validates (and may migrate) the raw JSON.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly parse: (raw: unknown) => T,
    private readonly serialize: (data: T) => FileData = (data) => JSON.stringify(data),
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return null;
      // Longer than the longest string JavaScript can hold (issues stored before the size limit).
      if (code === 'ERR_STRING_TOO_LONG' || error instanceof RangeError)
        throw new AppError(
          'io',
          `The library file ${this.path} is too large to open; remove its issue (removing works without opening it) and import the file again in smaller parts.`,
          { file: this.path },
        );
      throw error;
    }
    return parseStoreText(this.path, text, this.parse);
  }

  async write(data: T): Promise<void> {
    // Pieces go straight to the writer, which takes them a batch at a time as it writes: a large
    // issue's JSON is never held whole (see serializeIssueDoc).
    await writeFileAtomic(this.path, this.serialize(data));
  }
}

/** Strips a BOM, parses JSON and validates it; throws StoreFileError naming the file. */
export function parseStoreText<T>(path: string, text: string, parse: (raw: unknown) => T): T {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const why = body.trim() === '' ? 'it is empty' : `it is not valid JSON (${(error as Error).message})`;
    throw new StoreFileError(path, why);
  }
  try {
    return parse(raw);
  } catch (error) {
    if (error instanceof StoreFileError) throw error;
    throw new StoreFileError(path, `it does not have the expected shape (${(error as Error).message})`);
  }
}
