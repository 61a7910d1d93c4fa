/**
 * The child of the crash test: opens a library, then edits (and now and then imports) as fast as
 * it can, printing one line per change only after the library says it is saved:
 *   `imported ID` · `tag ARTICLE TAG` · `headline ARTICLE N`
 * The parent SIGKILLs it at random moments and checks every reported change survived.
 * Usage: node --import tsx tests/support/crashWriter.ts LIBRARY_DIR START
 */
import { openLibrary } from '../../main/store/openLibrary';
import { makeIssue } from './makeIssue';

const [dir, startText] = process.argv.slice(2);
const library = await openLibrary(dir as string);
const imported = await library.importIssue(makeIssue('crash', 30, 4), []);
const issueId = imported.issueId as string;
const say = (line: string) =>
  new Promise<void>((resolve) => process.stdout.write(`${line}\n`, () => resolve()));

for (let n = Number(startText); ; n += 1) {
  const view = await library.getIssue(issueId);
  const article = view.articles[n % view.articles.length];
  if (!article) throw new Error('no article');
  if (n % 7 === 0) {
    const result = await library.importIssue(makeIssue(`crash-${n}`, 2, 2), []);
    await say(`imported ${result.issueId}`);
  } else if (n % 2 === 0) {
    await library.applyEdit(issueId, view.revision, {
      type: 'tagArticles',
      articleIds: [article.id],
      add: [`t${n}`],
      remove: [],
    });
    await say(`tag ${article.id} t${n}`);
  } else {
    await library.applyEdit(issueId, view.revision, {
      type: 'setTitles',
      articleId: article.id,
      headline: `h-${n}`,
    });
    await say(`headline ${article.id} ${n}`);
  }
}
