import { createRequire } from 'node:module';

let jschardet: typeof import('jschardet') | undefined;

/**
 * jschardet, required on first use (synchronously, as chooseEncoding is): its code alone adds some
 * 8 MB to a process that loads it and its models more once asked, and most processes never ask it
 * (one reading is best for most files; `npm run bench -- memory`).
 */
export function loadJschardet(): typeof import('jschardet') {
  jschardet ??= createRequire(import.meta.url)('jschardet') as typeof import('jschardet');
  return jschardet;
}
