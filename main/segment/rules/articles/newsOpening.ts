/**
 * Rule article.newsOpeningBelow (issue 14, article starts without separators): a news story's first
 * paragraph opens with when it happened (`2月12日，…`, `当地时间9日晚，…`, `近日，…`, `日前，…`,
 * `连日来，…`); a feature's first crosshead is followed by the next step of its telling. So a single
 * title line after a finished paragraph, in an article that has had no crosshead yet, over a
 * paragraph that opens like a news story, is the headline of a new story. (An article that already
 * has crossheads goes on with more of them whatever their text opens with.)
 * Signals: the next line's opening, the open paragraph's sentence end, the current article's
 * crossheads. A sidebar's label (背景, 链接, 延伸阅读, 手记) and a crosshead labelling its section
 * before a colon (`集结：紧急赴一线`) stay in the story; a date with its year (`2015年11月24日，`) opens
 * an entry of a chronology, not the day's news; and a story this rule opened is not closed by it (a
 * feature's dated crossheads would chain so).
 * Thresholds: none.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { finishedStoryWithoutCrossheads } from './finishedStory';

/** A paragraph opening with the day or time of the news. */
const NEWS_OPENING =
  /^(?:当地时间)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:[上中下]午|晚|早|凌晨|一早|清晨|傍晚)?[，,]|^(?:近日|日前|连日来|近期)[，,]/u;

/** A sidebar the story keeps (`背景故事`, `…（延伸阅读）`, `相关链接`, `记者手记`): no new story. */
const SIDEBAR = /链接|延伸阅读|背景|手记/u;
/** A crosshead that labels its section before a colon (`老将：17年3次…`, `集结：紧急赴一线`). */
const LABELLED = /^[^：:]{1,6}[：:]/u;

/** The one-line group [start, end) stands over a news story's first paragraph, after a finished one. */
export function newsOpeningBelow(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  const next = lines[end];
  if (end - start !== 1 || next?.kind !== 'body' || !NEWS_OPENING.test(next.body)) return false;
  const title = lines[start]?.body ?? '';
  if (SIDEBAR.test(title) || LABELLED.test(title)) return false;
  // A story opened by this rule is not closed by it: a feature's dated crossheads would chain so.
  return finishedStoryWithoutCrossheads(b, 'article.newsOpeningBelow');
}
