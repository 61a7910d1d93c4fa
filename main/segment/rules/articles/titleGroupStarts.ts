/**
 * Issue 14, article starts where articles run together without separators (one paragraph per line,
 * or every line apart by the same blank line): the title lines themselves must tell a new article's
 * headline from a crosshead inside a feature. Rules, tried by decideGroup.ts after the lead/label
 * evidence below a group:
 * - article.afterPageBreak: a title group right after page furniture (a page header, a page's editor
 *   line) opens an article: a page starts with a new story (a story that runs on is cut by a jump line
 *   and goes on mid-sentence, which is body, not a title group).
 * - article.columnTag: a single title line ending with its column's name in brackets (`…（今日谈）`,
 *   `…（人民时评）`): crossheads never carry a column name. Bracketed credits, dates and sidebars
 *   that stay inside the story (`（记者手记）`, `（链接）`) are not column names; of a series
 *   column (`（政策解读·新规施行一月（下））`) only the name before the middle dot is read for a date
 *   or a dateline, the whole bracket for a credit (`（阿依古丽·买买提 摄）`).
 * - article.pictureLabel: a label line that opens a picture story (`图片报道`, `图片新闻`).
 * - subhead.shortStack: two or more short title lines after a paragraph of an article with body,
 *   none of them headline-long, none carrying a headline's marks (a column name, a deck opening with
 *   a dash): a stack of crossheads (`表彰身边好人` / `弘扬邻里新风`, `云岭县石门村` /
 *   `坡地有了“保水田”`, `英国——` / `博物馆确定…主题`), not a new article's title group. Length counts
 *   the words alone (quotes and dashes aside); a stack set apart by a wider blank gap than the text
 *   above is a title group whatever its length; the rest of a stack whose first line was taken as a
 *   crosshead is judged the same way.
 * - subhead.sectionByline: one or two unmarked title lines with a reporter's byline under them
 *   (`本报记者 李华`), under a paragraph or crosshead of the current article: a signed section of a
 *   package of reports. A columnist's name under a title (`李 实`) still opens a column (family 5),
 *   except under a title line the story just took as a crosshead (the rest of a section's stack:
 *   `某某大学` / `…的标题` / `王 明`): any author's line signs the section there.
 * - subhead.figureStack: a stack under a paragraph of the current article whose first line opens with
 *   a figure (`3200多所` / `乡村学校全部接通宽带网络`, `8000万平方米` / `…`): a feature's
 *   call-out of a number over its section, not a headline (a headline opens with words), unless a
 *   headline's marks say otherwise.
 * Signals: the line before the group (kind, gap), the group's lines (text, length, gap), the current
 * article (last block).
 * Thresholds: ZH_HEADLINE_MIN_CHARS, COLUMN_TAG_HEAD_MIN_CHARS, CJK_TEXT_SHARE,
 * SECTION_TITLE_MAX_LINES.
 */
import { labelOverText } from '../titles/stackEnd';
import { FIGURE_FIRST } from '../titles/titleMarks';
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { cjkShare, visibleLength } from '../../text';
import { gapBefore } from '../groups/gapBefore';
import {
  CJK_TEXT_SHARE,
  COLUMN_TAG_HEAD_MIN_CHARS,
  SECTION_TITLE_MAX_LINES,
  ZH_HEADLINE_MIN_CHARS,
} from '../../thresholds';

/**
 * A bracketed name at the end of a line. A series' column may number its part in brackets of its
 * own inside the name (`（感言·岁末年初看经济（11））`, `（政策解读·新规施行百日（下））`): one level
 * of nesting is read as part of the name.
 */
const END_TAG = /[（(]((?:[^（）()]|[（(][^（）()]{1,10}[)）]){2,40})[)）]$/u;
/**
 * Bracket contents that are not a column's name: credits (`（记者 王明）`, `（作者为…）`, `（…摄）`),
 * sources, series notes, and sidebars that belong to the story above (`（记者手记）`, `（链接）`).
 */
const CREDIT_OR_NOTE =
  /记者|通讯员|实习生|摄|作者|据|来源|编者|本报|新华社|整理|采写|综合|编译|执笔|完|链接|延伸|背景|资料/u;
/**
 * A dateline (`电`) or a date: a year by four digits (`2019年`), a month or a day; a count of years
 * is part of a column's name (`（礼赞70年）`).
 */
const DATELINE_OR_DATE = /电|[0-9０-９一二三四五六七八九十〇]{4}年|[0-9０-９一二三四五六七八九十〇]+[月日]/u;
/**
 * The bracket's content names no column: it holds a credit or a note, or it names a date or a
 * dateline. A series column names itself before a middle dot and the series (and its part) after it
 * (`（政策解读·新规施行一月（下））`, `（求证·某某·中央厨房）`): the series may name a month
 * (`施行一月`) or a word holding 电 (`电商法`), so only the name before the dot is read for a date or a
 * dateline. A credit is read in the whole bracket: a name with a middle dot before it
 * (`（阿依古丽·买买提 摄）`) is a photographer's credit under a picture, not a series.
 */
function notAColumn(content: string): boolean {
  const dot = content.indexOf('·');
  return CREDIT_OR_NOTE.test(content) || DATELINE_OR_DATE.test(dot > 0 ? content.slice(0, dot) : content);
}
/** A sentence end before the bracket: a paragraph that ends with a bracketed note, not a headline. */
const SENTENCE_MARK = /[。！？!?；;]/u;
/** A question or exclamation mark ending a headline's words. */
const ASKS_AT_END = /[？！?!]$/u;
/** Labels the paper sets over a picture story. */
const PICTURE_LABEL = /^(?:图片报道|图片新闻|新闻图片)$/u;
/**
 * A reporter's byline (`本报记者 李华`): a package signs its sections so. A columnist's bare name
 * (`李 实`) or `本报评论员` under a title signs a column, which is an article of its own.
 */
const REPORTER = /^(?:本报|新华社|特约|实习)?(?:记者|通讯员)/u;
/** A headline's deck opens with a dash (`——记护林员李大山`). */
const DECK_DASH = /^[—–-]{1,2}/u;

/** The group starts right after page furniture while the current article has body. */
export function afterPageBreak(lines: Line[], start: number, b: IssueBuilder): boolean {
  return start > 0 && lines[start - 1]?.kind === 'furniture' && b.current !== null && b.hasBody();
}

/** A headline with its column's name in brackets at the end. */
export function columnTagged(body: string): boolean {
  if (cjkShare(body) < CJK_TEXT_SHARE) return false;
  const m = END_TAG.exec(body);
  if (!m || notAColumn(m[1] ?? '')) return false;
  // A headline may end with a question or an exclamation (`农机能修吗？（说道）`), never hold one inside.
  const head = body.slice(0, m.index).replace(ASKS_AT_END, '');
  return visibleLength(head) >= COLUMN_TAG_HEAD_MIN_CHARS && !SENTENCE_MARK.test(head);
}

export function pictureLabel(body: string): boolean {
  return PICTURE_LABEL.test(body);
}

/** A stack of short, unmarked title lines under a paragraph of the current article: crossheads. */
export function crossheadStack(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  if (end - start < 2 || !b.current || !b.hasBody()) return false;
  // Set apart by a wider blank gap than the text above: titles, not crossheads.
  if (gapBefore(lines, start) > (lines[start - 1]?.gap ?? 0)) return false;
  // Under a paragraph, or the rest of a stack whose first line was just taken as a crosshead.
  const last = b.lastKind();
  if (last !== 'paragraph' && !(last === 'subhead' && lines[start - 1]?.kind === 'title')) return false;
  for (let k = start; k < end; k++) {
    const body = lines[k]?.body ?? '';
    if (cjkShare(body) < CJK_TEXT_SHARE || wordLength(body) >= ZH_HEADLINE_MIN_CHARS) return false;
    if (END_TAG.test(body) || (k > start && DECK_DASH.test(body))) return false;
    // A label that opens a text (开栏的话) under the lines: they are a new article's titles.
    if (k > start && labelOverText(body)) return false;
  }
  return true;
}

/** A stack opening with a figure under a paragraph or crosshead of the current article: a call-out over a section. */
export function figureStack(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  if (end - start < 2 || !b.current || !b.hasBody()) return false;
  const last = b.lastKind();
  if (last !== 'paragraph' && last !== 'subhead') return false;
  return FIGURE_FIRST.test(lines[start]?.body ?? '') && !headlineMarked(lines.slice(start, end));
}

/**
 * One or two title lines with a reporter's byline under them, under a paragraph or a crosshead of
 * the current article: a section of a package of reports (each part signed by its reporter), not a
 * new article, unless a headline's marks (a column name, a deck opening with a dash) say otherwise.
 */
export function sectionByline(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  if (end - start > SECTION_TITLE_MAX_LINES || !b.current || !b.hasBody()) return false;
  const last = b.lastKind();
  if (last !== 'paragraph' && last !== 'subhead') return false;
  const credit = lines[end];
  if (credit?.kind !== 'credit' || lines[end + 1]?.kind !== 'body') return false;
  // Any author's line under the rest of a crosshead stack just begun (the line above a title line
  // the story took as a crosshead: `某某大学` / `…的标题` / `王 明`): the section is signed so.
  const stackRest = last === 'subhead' && lines[start - 1]?.kind === 'title';
  if (!stackRest && !REPORTER.test(credit.body)) return false;
  for (let k = start; k < end; k++) {
    const body = lines[k]?.body ?? '';
    if (cjkShare(body) < CJK_TEXT_SHARE || END_TAG.test(body) || DECK_DASH.test(body)) return false;
  }
  return true;
}

/**
 * A title group carries a headline's marks: a column name in brackets at the end of a line, or a
 * deck under the first line opening with a dash or standing in brackets (a document's date,
 * `（2019年1月3日）`).
 */
export function headlineMarked(group: Line[]): boolean {
  return group.some((l, k) => {
    const m = END_TAG.exec(l.body);
    if (m !== null && (!notAColumn(m[1] ?? '') || (k > 0 && m.index === 0))) return true;
    return k > 0 && DECK_DASH.test(l.body);
  });
}

/** Characters of the words alone: quotes, brackets and dashes add to a line's length, not to what it says. */
export function wordLength(text: string): number {
  return text.replace(/[\s\p{P}\p{S}]/gu, '').length;
}
