/**
 * Rules subhead.figureUnderTitles, subhead.labelUnderTitles, subhead.setApartFromTitles,
 * subhead.underColumnLabel, subhead.authorUnderTitles: where the roles of a Chinese article's title group stop. Lines collected
 * with the titles that are no title become crossheads at the head of the text, never decks:
 * - a figure call-out (`1180家`, `97%以上`, `12.6亿件 快递春节期间揽收投递包裹`): papers print the
 *   key number of a story in large type at the head of its text; a deck says something.
 * - a label the paper sets over a part of the text (`开栏的话`, `核心阅读`, `编者的话`, `内容提要：…`,
 *   `【人物】…`, `人物小传`), a short label ending with a colon (`对话人：`) or a section number alone
 *   (`一`): the text below is in parts; and in a stack of three lines or more, a bare word of at most
 *   ITEM_LABEL_MAX_CHARS as the second line over a longer one (`2019春运一线` / `新技术` / `航班…`):
 *   the label of a round-up's item, whose title follows (no headline under a kicker is that short);
 *   a date or a period alone (`2018年1月至11月`) over the figures it dates.
 * - an author's name set under the titles (`（英国）约翰·史密斯`, subhead.authorUnderTitles): a signed
 *   piece's byline, never a deck.
 * - in a file that sets the lines of its title stacks together (at least TITLES_SET_TOGETHER_MIN
 *   stacks without a blank line inside), a line after a blank line: the titles ended above it
 *   (`速览` over the first brief of a round-up).
 * - any line under a column's label (`速览`, `来论`, `新闻速递`, `编者按`, a readers' page's `建议`): the label heads a
 *   round-up whose items follow, so it is the headline and the item's title a crosshead.
 * - where nothing sets stacks apart, the line under a column-tagged headline, unless a dash opens it
 *   (then the lines under that dashed deck), the dateline lead follows it, or it ends with a column
 *   name of its own (then it is the headline) (subhead.underColumnTag, underColumnTag below).
 * - a line repeating the title line above it (`关于…的实施意见` under `关于…的实施意见`): a published
 *   document's own title opening its text in full (subhead.repeatedTitle), never a deck.
 * - a line under a document's dated or adoption note (`（…会议通过）` over `某市人大常委会公告`):
 *   the note closes the document's titles (subhead.underDocumentNote).
 * - the last title line when it ends with a lead-in dash (`2018年济南市——` over `10.8万`,
 *   subhead.leadInUnderTitles): a dash hands over to what is under it, so over the text it is text;
 *   no deck or headline ends with one.
 * The first line always stays a title. A lead right under such crossheads, before any paragraph, is
 * the article's first paragraph (the crossheads opened its text), not a new article.
 * Signals: the lines' text; the gaps inside the group and in the file's other title stacks.
 * Thresholds: TITLES_SET_TOGETHER_MIN, COLUMN_NAME_MIN_CHARS, ITEM_LABEL_MAX_CHARS.
 */
import type { IssueBuilder } from '../../builder';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { COLUMN_NAME_MIN_CHARS, ITEM_LABEL_MAX_CHARS, TITLES_SET_TOGETHER_MIN } from '../../thresholds';
import { codePoints } from '../../text';
import type { RuleCode } from '../codes';
import { BRIEFS_LABEL } from '../articles/briefs';
import { WHOLE_BRACKETED } from './kicker';
import { stacksUnmarked } from './stacksUnmarked';
import { COLUMN_TAG, endsOnRoundClose } from './titleMarks';

/** A number with at most a short unit (`2700多亿元`, `97%以上`), alone or before a label after a space. */
const CALLOUT =
  /^[0-9０-９][0-9０-９.．,，]*(?:多|余)?\p{Script=Han}{0,2}[%％]?(?:以上|以下|左右)?(?:[\s\u3000]+.*)?$/u;
/**
 * Labels over a part of the text, never a deck: a named part (`开栏的话`, `人物小传`), a summary's
 * label (`内容提要：…`), a boxed label (`【人物】…`), a section number alone (`一`, `（二）`).
 */
const LABEL_BELOW =
  /^(?:(?:开栏的话|编者的话|核心阅读|内容提要|背景故事|人物小传|引[\s\u3000]*子)$|(?:内容提要|提要|摘要)[：:]|【[^】]{1,12}】|[（(]?[一二三四五六七八九十]{1,3}[)）]?$)/u;
/**
 * A date or a period alone (`2018年1月至11月`, `截至2018年底`): the label of the figures under it; a
 * deck says something (a dated note under a document's title stands in brackets).
 */
const DATE_ONLY =
  /^(?:截至)?[0-9０-９]{4}年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?(?:(?:至|到|—|-)(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?(?:底|末|以来)?$/u;
/** A short label ending with a colon (`对话人：`, `嘉宾：`) introduces the text under it: never a deck. */
const COLON_LABEL = /^[^，。；：:]{1,10}[：:]$/u;
/**
 * An author's name set under the titles of a signed piece: a foreign name with its middle dot
 * (`约翰·史密斯`), perhaps after the country in brackets (`（英国）约翰·史密斯`, `（新加坡）陈明`).
 */
const AUTHOR_UNDER =
  /^(?:[（(]\p{Script=Han}{2,8}[)）]\p{Script=Han}{2,10}(?:·\p{Script=Han}{1,10})*|\p{Script=Han}{1,10}(?:·\p{Script=Han}{1,10})+)$/u;

/**
 * A column's label over a round-up or a boxed item: the paper's generic names for briefs, figures,
 * readers' views and editor's notes (`速览`, `新闻速递`, `来论`, `数读`, `编者按`), and the standing
 * heads of a readers' page (`身边事`, `建议`, `把脉`, `群众寄语`), each over one letter's own title.
 * Those readers' heads are bare words no kicker is: a kicker names a place, a topic or who spoke
 * (`柳湾镇`, `委员建议`), so they count only as the whole line.
 */
export const COLUMN_LABEL =
  /^(?:\p{Script=Han}{0,4}(?:速览|速递|短波|简讯|快讯|资讯|来论|数读|微阅读|图片报道|编者按|寄语)|身边事|建议|把脉)$/u;

/** A label that opens an article's text (开栏的话, 内容提要：…), under its titles. */
export function labelOverText(body: string): boolean {
  return LABEL_BELOW.test(body);
}

/** Whether a file sets title stacks together, per lines array (read once per file). */
const setTogether = new WeakMap<Line[], boolean>();

/** Where the titles of the group [start, end) stop, and why the lines after that are crossheads. */
export function titleRolesEnd(
  lines: Line[],
  start: number,
  end: number,
  layout: Layout,
): { end: number; rule: RuleCode | null } {
  if (!layout.chinese) return { end, rule: null };
  const tagged = underColumnTag(lines, start, end, layout);
  if (tagged !== null) return { end: tagged, rule: 'subhead.underColumnTag' };
  const stop = crossheadsFrom(lines, start, end);
  // A line leading in with a dash hands over to what is under it: over the text, it is text.
  const last = stop.end - 1;
  if (last > start && LEADS_IN_DASH.test(lines[last]?.body ?? ''))
    return { end: last, rule: 'subhead.leadInUnderTitles' };
  return stop;
}

/** A deck under a headline may open with a dash (`——县域经济的活力从何而来③`). */
const DASH_START = /^[—–-]{1,2}/u;

/**
 * Where the crossheads under a column-tagged headline begin, or null (the whole group is titles).
 * Where nothing sets title stacks apart (stacksUnmarked.ts), the line right under a headline that ends
 * with its column's name in brackets (`铭记…贡献（域外来信）`) opens the text as a crosshead
 * (`一座老桥的百年往事`, subhead.underColumnTag): a column's piece has no deck but a dashed series
 * line (`——县域经济的活力从何而来③`), under which the text begins, and a news story under a column's
 * name keeps its deck right over the dateline lead. (Where stacks are set apart the stack shows its
 * decks.)
 */
function underColumnTag(lines: Line[], start: number, end: number, layout: Layout): number | null {
  if (end - start < 2 || !stacksUnmarked(layout) || !COLUMN_TAG.test(lines[start]?.body ?? '')) return null;
  const second = lines[start + 1]?.body ?? '';
  // A dashed series line is the deck, and the stack ends under it.
  if (DASH_START.test(second)) return end - start > 2 ? start + 2 : null;
  // The line under ends with its own column name (`记者蹲点…（社区）` / `把…解决在家门口（前沿观察）`):
  // a column's name closes its headline, so the bracket above was part of a kicker's sentence.
  if (COLUMN_TAG.test(second) && !WHOLE_BRACKETED.test(second)) return null;
  // A news story under a column's name keeps its deck right over the dateline lead.
  const below = lines[start + 2]?.kind;
  return below === 'lead' || below === 'byline' ? null : start + 1;
}

/** A title line ending with a lead-in dash after its last word (`2018年济南市——`). */
const LEADS_IN_DASH = /[^—–-](?:——|—)$/u;

/** Where the crossheads collected with the titles of [start, end) begin, and why. */
function crossheadsFrom(lines: Line[], start: number, end: number): { end: number; rule: RuleCode | null } {
  const together = stacksSetTogether(lines);
  const label = lines[start]?.body ?? '';
  // A briefs column (简讯) is not one article: each item under it opens its own (articles/briefs.ts).
  if (
    end - start > 1 &&
    (COLUMN_LABEL.test(label) || namesFileColumn(lines, label)) &&
    !BRIEFS_LABEL.test(label)
  )
    return { end: start + 1, rule: 'subhead.underColumnLabel' };
  // A word or two standing between the first line and a longer title (`2026假期一线` / `新服务` /
  // `站台轮椅可提前预约`) labels an item of a round-up: no headline is that short under a kicker.
  if (end - start >= 3 && itemLabel(lines[start + 1]?.body ?? '', lines[start + 2]?.body ?? ''))
    return { end: start + 1, rule: 'subhead.labelUnderTitles' };
  for (let k = start + 1; k < end; k++) {
    const l = lines[k];
    if (!l) break;
    if (CALLOUT.test(l.body)) return { end: k, rule: 'subhead.figureUnderTitles' };
    if (LABEL_BELOW.test(l.body) || COLON_LABEL.test(l.body) || DATE_ONLY.test(l.body))
      return { end: k, rule: 'subhead.labelUnderTitles' };
    if (AUTHOR_UNDER.test(l.body)) return { end: k, rule: 'subhead.authorUnderTitles' };
    if (l.body === lines[k - 1]?.body) return { end: k, rule: 'subhead.repeatedTitle' };
    // The dated or adoption note under a document's title (`（…会议通过）`) closes its titles: what
    // follows (`某市人大常委会公告` / `第十二号`) is the document's text.
    if (k - 1 > start && WHOLE_BRACKETED.test(lines[k - 1]?.body ?? ''))
      return { end: k, rule: 'subhead.underDocumentNote' };
    if (together && l.gap > 0) return { end: k, rule: 'subhead.setApartFromTitles' };
  }
  return { end, rule: null };
}

/** Han characters only: an item's label is a bare word (`新技术`, `送医治`). */
const BARE_WORD = /^\p{Script=Han}+$/u;

/** A bare word of at most ITEM_LABEL_MAX_CHARS over a longer line: the label of a round-up's item. */
function itemLabel(body: string, below: string): boolean {
  const n = codePoints(body);
  return n <= ITEM_LABEL_MAX_CHARS && BARE_WORD.test(body) && codePoints(below) > n;
}

/** The column names a file prints in brackets closing its title lines, per lines array (read once per file). */
const fileColumns = new WeakMap<Line[], ReadonlySet<string>>();
/** The parts of a bracketed column name (`假日走基层·护林员的一天`). */
const COLUMN_PARTS = /[·・]/u;
/** A column's name followed by a subtitle of the day's round-up (`假日走基层 家家灯火暖`, `…·节日里的坚守`). */
const AFTER_NAME = /^[\s\u3000·・]/u;

/**
 * The line opens with a column's name the same file prints in brackets after its headlines
 * (`…（假日走基层·护林员的一天）`), alone or before a subtitle: the column's label over a round-up
 * of its items, whose titles are crossheads (a kicker names a place or a topic of the story itself).
 */
function namesFileColumn(lines: Line[], label: string): boolean {
  let names = fileColumns.get(lines);
  if (!names) {
    const found = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      // Only a line ending on a closing bracket can end with a column's name (COLUMN_TAG ends on `）`
      // or `)`): the unanchored expression is not tried from every position of the other lines.
      if (l.kind !== 'title' || !endsOnRoundClose(l.body)) continue;
      const tag = COLUMN_TAG.exec(l.body)?.[0];
      if (!tag) continue;
      for (const part of tag.slice(1, -1).split(COLUMN_PARTS))
        if (codePoints(part) >= COLUMN_NAME_MIN_CHARS) found.add(part);
    }
    names = found;
    fileColumns.set(lines, names);
  }
  if (names.size === 0) return false;
  for (const name of names)
    if (label === name || (label.startsWith(name) && AFTER_NAME.test(label.slice(name.length)))) return true;
  return false;
}

/** At least TITLES_SET_TOGETHER_MIN pairs of title lines with no blank line between them. */
function stacksSetTogether(lines: Line[]): boolean {
  let known = setTogether.get(lines);
  if (known !== undefined) return known;
  let pairs = 0;
  for (let i = 1; i < lines.length && pairs < TITLES_SET_TOGETHER_MIN; i++)
    if (lines[i]?.kind === 'title' && lines[i - 1]?.kind === 'title' && lines[i]?.gap === 0) pairs++;
  known = pairs >= TITLES_SET_TOGETHER_MIN;
  setTogether.set(lines, known);
  return known;
}

const OPENING_CROSSHEADS: ReadonlySet<string> = new Set<RuleCode>([
  'subhead.leadInUnderTitles',
  'subhead.underColumnTag',
  'subhead.repeatedTitle',
  'subhead.figureUnderTitles',
  'subhead.labelUnderTitles',
  'subhead.setApartFromTitles',
  'subhead.underColumnLabel',
  'subhead.authorUnderTitles',
  'subhead.underDocumentNote',
]);

/** The current article holds nothing but crossheads split off its titles (and page furniture). */
export function onlyOpeningCrossheads(b: IssueBuilder): boolean {
  const a = b.current;
  const rules = a?.provenance?.blocks;
  if (!a || !rules || b.openKind() !== null) return false;
  let found = false;
  for (let k = 0; k < a.blocks.length; k++) {
    if (a.blocks[k]?.kind === 'furniture') continue;
    const rule = rules[k];
    if (!rule || !OPENING_CROSSHEADS.has(rule)) return false;
    found = true;
  }
  return found;
}
