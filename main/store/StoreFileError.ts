/**
 * A store file that cannot be used as it is: unparsable, truncated, the wrong shape. The library
 * answers by restoring a backup or moving the file aside, and tells the editor which file it was.
 * `newer` marks a file written by a newer Copydesk: never moved aside, never overwritten.
 */
export class StoreFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly newer = false,
  ) {
    super(`The library file ${file} cannot be read: ${reason}.`);
    this.name = 'StoreFileError';
  }
}
