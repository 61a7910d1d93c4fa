/**
 * A second writer for the lock tests: opens the library at argv[2], imports one hand-built issue
 * named argv[3], prints `ok ID` or `locked MESSAGE`, and exits.
 */
import { openLibrary } from '../../main/store/openLibrary';
import { AppError } from '../../main/errors';
import { makeIssue } from './makeIssue';

const [dir, seed] = process.argv.slice(2) as [string, string];
try {
  const library = await openLibrary(dir);
  const result = await library.importIssue(makeIssue(seed), []);
  await library.close();
  process.stdout.write(`ok ${result.issueId}\n`);
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  process.stdout.write(`${error.code} ${error.message}\n`);
}
