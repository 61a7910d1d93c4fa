import { charSet, lastVisibleUnit } from '../../text';
import { SPACED_LABEL_MAX_CHARS } from '../../thresholds';

/**
 * Rule subhead.sectionLabel: a chapter or section line of a long text (`第一章 总则`, `第三节 …`) and
 * a label the paper sets inside an article (`核心阅读`, `阅读提示`, `编者的话`, `记者手记`) are crossheads of
 * the article they stand in: never a deck of the title group above, never a new article's headline.
 * A run of title lines ends before such a line (collectGroup.ts); a run that starts on one is that
 * label's crosshead, the lines under it judged again on their own (decideGroup.ts: the label once read
 * as the kicker or headline of a stack of the points under it). Rule article.labelBelow: a title
 * line right above a lead-in label (核心阅读, 编者的话) is the headline of a new article (decideGroup.ts).
 * A bare `编者按` line is left out: papers also box an editor's note under that headline.
 * Labels may be letter-spaced (`链  接`).
 * Signals: the line's text.
 * Thresholds: SPACED_LABEL_MAX_CHARS.
 */
export const SECTION_LINE =
  /^(?:第[一二三四五六七八九十百零\d]{1,4}[章节编部](?:[\s\u3000].{0,30})?|核心阅读|阅读提示|编者的话|记者手记|延伸阅读|相关链接)$/u;

/** Labels the paper sets right under a headline, before the text: the line above them is a headline. */
export const LEAD_IN_LABEL = /^(?:核心阅读|阅读提示|编者的话)$/u;

/**
 * Labels the paper may letter-space (`链  接`, `核 心 阅 读`) and the bare `链接` of a sidebar: read
 * with the spaces taken out. Only short lines are compacted (a label is a few characters).
 */
const SPACED_LABELS = ['链接', '相关链接', '延伸阅读', '核心阅读', '阅读提示', '编者的话', '记者手记'];
const SPACED_LABEL = new RegExp(`^(?:${SPACED_LABELS.join('|')})$`, 'u');
/**
 * The labels' last characters: a label's line ends on one of them once spaces are skipped, so a
 * short line ending on any other is no label, and is not compacted to be read (property-tested).
 */
const SPACED_LABEL_LAST = charSet(SPACED_LABELS.map((label) => label.at(-1)).join(''));

export function isSectionLine(body: string): boolean {
  if (SECTION_LINE.test(body)) return true;
  return (
    body.length <= SPACED_LABEL_MAX_CHARS &&
    SPACED_LABEL_LAST.has(lastVisibleUnit(body)) &&
    SPACED_LABEL.test(body.replace(/[\s\u3000\u00a0]+/gu, ''))
  );
}
