/**
 * Rules article.afterPageBreak, article.afterCreditOrCaption and article.afterContactLine for body lines: where nothing sets
 * articles apart (no blank-line gap between articles, no indent, no printed line wrap), a short line
 * without a full stop right after page furniture, or after the closing credit or caption of the story
 * above, opens a new article even when it reads as text (a kicker with a comma,
 * `山里孩子进城“过冬”，盼着课后看护更贴心——`); so does a line of any length right after page
 * furniture that leads in with a dash after its own words (a long kicker set over the page's first
 * headline, `某地开展专项整治一年，群众拍手称快。记者深入调研——`, or run on into it in one line):
 * a page starts with a new story, and a credit or a
 * caption closes one (not a reporter's byline printed under a section title, `本报记者 X`, nor the
 * `——编 者` closing an editor's note at the head of a column, nor any dash-led line, nor an author's
 * name read as standing under its title, credit.nameUnderTitle: those open text; nor a promotion box's
 * two phrases set apart by a wide gap, `看…<U+3000><U+3000>品…`, which heads no story). The pass checks that the text above ended a sentence (a story that runs on
 * over a page break goes on mid-sentence). A column's mailbox line ending with its e-mail address
 * (`栏目投稿邮箱：…@163.com`) closes the column's piece the same way, though it ends no sentence.
 * Signals: the kind of the line above, the current article's last block, the line's width and its
 * last character, a dash after the line's own words (right under page furniture), the layout; a
 * contact line (contactLine.ts) never opens one, nor the next voice of a package of as-told-to items
 * (toldToItem.ts).
 * Thresholds: TITLE_MAX_WIDTH.
 */
import type { IssueBuilder } from '../../builder';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { charSet, displayWidth, lastVisibleUnit } from '../../text';
import { TITLE_MAX_WIDTH } from '../../thresholds';
import type { RuleCode } from '../codes';
import { isContactLine } from './contactLine';
import { toldToItem } from './toldToItem';
import { wideGapInside } from '../classify/titleShape';

/**
 * Credits that open rather than close: a reporter's byline printed under a (section) title
 * (`本报记者 范昊天`), and any line led by a dash: the signature closing an editor's note at the head
 * of a column (`——编 者`), the source under a quotation set over a story's text (`——习近平`), or an
 * item of a dash-led list read as a credit once a column break cut it short (`——发挥市场对技术研`).
 * None of them ends a story: a paper closes one with its author's or agency's line, not a dash.
 */
const OPENING_CREDIT =
  /^(?:(?:本报|新华社|特约)?(?:记者|通讯员|实习生|评论员)|[—–]{1,2}\s*编\s*者$|[—–]{2})/u;
/** A full stop (possibly inside closing quotes) ends a paragraph, never a title. */
export const FULL_STOP = /[。．.][”’」』）)]*$/u;
const STOPS = charSet('。．.');
const CLOSERS = charSet('”’」』）)');

/**
 * FULL_STOP.test(body) from the line's end: the closing quotes there skipped, is the character
 * before them a full stop? (The expression tries every position of the line; property-tested.)
 */
export function endsWithFullStop(body: string): boolean {
  let i = body.length - 1;
  while (i >= 0 && CLOSERS.has(body.charCodeAt(i))) i--;
  return i >= 0 && STOPS.has(body.charCodeAt(i));
}

export function startAfterStoryEnd(
  lines: Line[],
  i: number,
  layout: Layout,
  b: IssueBuilder,
): RuleCode | null {
  const line = lines[i];
  if (!line || Number.isFinite(layout.articleGap) || layout.wrapped || (layout.indented && line.indent))
    return null;
  // A page starts with a new story, a long kicker leading in with a dash as much as a short title (pageTopKicker).
  if (lines[i - 1]?.kind === 'furniture' && pageTopKicker(line, lines[i + 1]) && b.hasBody())
    return 'article.afterPageBreak';
  // Cheap tests first: this runs on every body line, and hasBody walks the article's blocks.
  if (line.width > TITLE_MAX_WIDTH || endsWithFullStop(line.body)) return null;
  // A contact line under the story (`栏目投稿邮箱：…`) is the story's, no headline (contactLine.ts);
  // so is a promotion box's two phrases set apart by a wide gap (wideGapInside in classify/titleShape.ts).
  if (isContactLine(line.body) || wideGapInside(line.body)) return null;
  // A column's mailbox line ending with its address closes the column's piece above (`栏目投稿邮箱：…@163.com`).
  if (closedByAddress(lines[i - 1], lines[i - 2]) && b.hasBody()) return 'article.afterContactLine';
  const last = b.lastKind();
  const above = lines[i - 1]?.kind;
  if (above !== 'furniture' && last !== 'credit' && last !== 'caption') return null;
  if (!b.hasBody()) return null;
  if (above === 'furniture') return 'article.afterPageBreak';
  if (last === 'caption') return 'article.afterCreditOrCaption';
  // The next voice of a package of as-told-to items (a speaker's line read as text): no story ended (toldToItem.ts).
  if (toldToItem(lines, i)) return null;
  return last === 'credit' && !openingCreditAbove(lines, i) ? 'article.afterCreditOrCaption' : null;
}

/**
 * A line of any length right under page furniture that leads in with a dash after its own words
 * (`某部门开通投诉平台，接受群众投诉——`, the headline on the line below or run on after the dash),
 * with a line under it: the kicker of the page's first story, however long. What follows the last
 * dash is nothing or a headline: no wider than a title line and without a full stop (a headline may
 * exclaim or ask, `…，免了！`, but holds no `。`). A sentence of the story above that merely holds a
 * dash (`…培训——这是今年新增的一项服务，帮助…。`) goes on. (A line
 * merely standing over a title line opened stories on dev that are none: not read.)
 */
function pageTopKicker(line: Line, next: Line | undefined): boolean {
  if (next === undefined || !KICKER_DASH.test(line.body)) return false;
  const after = line.body.slice(line.body.lastIndexOf('——') + 2).trim();
  return after === '' || (displayWidth(after) <= TITLE_MAX_WIDTH && !FULL_STOP_INSIDE.test(after));
}

/** A dash after the line's own words (a dash-led line is a deck or a quotation's source, no kicker). */
const KICKER_DASH = /^[^—–].*——/u;
/** A full stop inside what follows the dash: text, not a headline. */
const FULL_STOP_INSIDE = /[。．]/u;

/** A mailbox label before its colon (`栏目投稿邮箱：`, `来信信箱：`). */
const MAILBOX_LABEL = /(?:邮箱|信箱)\s*[:：]/u;
/** An e-mail address ends the line. */
const MAIL_END = /[\w.+-]+[@＠][\w-]+(?:\.[\w-]+)+$/u;
/** What MAIL_END's last unit can be (`[\w-]` under the u flag: an ASCII letter, digit, `_` or `-`). */
const ADDRESS_LAST = charSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-');

/**
 * MAIL_END can match the trimmed body only when its last visible unit can end an address. This runs
 * on every body line, most of which end on Chinese text or punctuation: the expression (which tries
 * every position of a long line) and the trimmed copy are then skipped. Property-tested.
 */
function mayEndWithAddress(body: string): boolean {
  return ADDRESS_LAST.has(lastVisibleUnit(body));
}

/**
 * The body line `line` (under `above`) gives a column's mailbox and ends with its e-mail address
 * (`栏目投稿邮箱：…@163.com`, or the address alone under `栏目投稿邮箱：`): where readers write to the
 * column, printed at the foot of its piece. Nothing continues it: the line under it starts the next
 * piece. (Other contact lines, a phone number or a web site in a service story, may stand inside one.)
 */
export function closedByAddress(line: Line | undefined | null, above: Line | undefined | null): boolean {
  if (!line || line.kind !== 'body' || !mayEndWithAddress(line.body) || !MAIL_END.test(line.body.trim()))
    return false;
  return (
    MAILBOX_LABEL.test(line.body) || (above !== undefined && above !== null && MAILBOX_LABEL.test(above.body))
  );
}

/** The line above i is a credit that opens text rather than closing a story (see OPENING_CREDIT). */
export function openingCreditAbove(lines: Line[], i: number): boolean {
  const above = lines[i - 1];
  // An author's name read as standing under its title (credits/nameUnderTitle.ts) opens that title's text too.
  return (
    above?.kind === 'credit' && (OPENING_CREDIT.test(above.body) || above.rule === 'credit.nameUnderTitle')
  );
}
