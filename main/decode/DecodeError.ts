/**
 * A file the importer refuses: binary, empty, or in no encoding it can read.
 * `message` reads `FILE: REASON`, e.g. `tests/x.bin: not a text file (binary content: NUL bytes)`.
 */
export class DecodeError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DecodeError';
  }
}
