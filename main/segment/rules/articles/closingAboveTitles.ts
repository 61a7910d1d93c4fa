/**
 * Rule credit.closingAboveTitles (issue 14, article starts without separators): a story often ends
 * with a line that is not text: the credits of a cartoon (`曹 一图 杨立新文`), of the page's make-up
 * (`版式：…`, `本期统筹：… 制图：…`, `栏目投稿邮箱：…`), a photo report's photographers (`… 摄影报道`),
 * a bracketed note (`（相关报道见第十版）`, `（作者为…）`), a reader's signature under a letter
 * (`山东诸城市 祝建波`), where its picture or video came from (`图片由…提供`, `…扫描二维码`). Where
 * nothing sets articles apart, such a line runs straight into the next article's title lines and
 * reads as their kicker; it closes the story above, and the next article starts under it.
 * Only the first line of a title group of two or more lines, inside an article with text, is read so:
 * a one-line group keeps its own decision (it may be a crosshead or a label), unless nothing but
 * credits and page furniture stand under it before the next title lines or the end of the file (the
 * make-up credit and the page's foot line under a letter's signature): a headline always has text
 * under it, so such a line closes the story above.
 * Signals: the line's text, the group's size, the kinds of the lines under it, the current article's body.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';

/** Space inside a credit: ASCII, ideographic, no-break. */
const S = '[\\s\\u3000\\u00a0]';
/**
 * A reader's signature: a county or city, then the name, letter-spaced (`山东诸城市 祝建波`); it closes
 * a letter, and a package of letters signs each part so (parallelSections.ts).
 */
export const READER_SIGNATURE = new RegExp(
  `^\\p{Script=Han}{2,10}[省市县区州旗]${S}+\\p{Script=Han}(?:${S}*\\p{Script=Han}){1,3}$`,
  'u',
);

const CLOSING: readonly RegExp[] = [
  // A cartoon's credits: the artist's name with 图, the writer's with 文.
  new RegExp(`^\\S.{0,14}图(?:[（(][^）)]{1,10}[）)])?${S}+.{1,10}文$`, 'u'),
  // A production credit: a short label ending in 统筹, 版式, 制图, 设计, 策划, 邮箱 or 来源, then a colon.
  /^[\p{Script=Han}、]{0,8}(?:统筹|版式|制图|设计|策划|邮箱|来源)[：:]/u,
  // A note in brackets that fills the line.
  /^[（(][^（(]*(?:[（(][^）)]*[）)][^（(]*)*[）)]$/u,
  // The photographers of a picture story, possibly with the column in brackets.
  /摄(?:影报道|影)?(?:[（(][^）)]{1,10}[）)])?$/u,
  READER_SIGNATURE,
  // Where a picture or a video came from.
  /(?:提供|供图)$|扫描?二维码/u,
];

/** The first line of the title group [start, end) is the closing line of the story above it. */
export function closingAboveTitles(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  const first = lines[start];
  if (!first || !b.current || !b.hasBody()) return false;
  if (end - start < 2 && !onlyCreditsBelow(lines, end)) return false;
  return isClosingLine(first.body);
}

/** True when `body` is such a closing line: a credit, a bracketed note, a picture's source (CLOSING). */
export function isClosingLine(body: string): boolean {
  return CLOSING.some((re) => re.test(body));
}

/** From `at` on, one or more credit or furniture lines and then title lines or the end of the file: no text. */
export function onlyCreditsBelow(lines: Line[], at: number): boolean {
  let k = at;
  while (lines[k]?.kind === 'credit' || lines[k]?.kind === 'furniture') k++;
  return k > at && (k === lines.length || lines[k]?.kind === 'title');
}
