/**
 * Rule furniture.sectionLabel: a page's section label (`SPORTS`, `IN BRIEF`, `综合新闻`) stands alone
 * at the top of a page or right above the title group or lead it files. It is furniture, not the
 * next story's headline. A capital line in raw OCR is often a headline itself, so the English label
 * must be short, set apart from the line above, and be followed (after a blank line) by a headline
 * set in mixed case, or by a lead on the very next line, or (after a blank line) by a column of
 * leads without headlines.
 * Signals: the title line's text (label patterns), width, gap; the kinds of the lines around it.
 * Thresholds: SECTION_LABEL_MAX_WIDTH, SECTION_LABEL_TITLE_MIN_GAP, SECTION_LABEL_TITLE_MAX_GAP,
 * SECTION_LABEL_COLUMN_MAX_GAP, SECTION_LABEL_MAX_WORDS.
 */
import type { Line } from '../../lines';
import { charSet } from '../../text';
import {
  SECTION_LABEL_COLUMN_MAX_GAP,
  SECTION_LABEL_MAX_WIDTH,
  SECTION_LABEL_MAX_WORDS,
  SECTION_LABEL_TITLE_MAX_GAP,
  SECTION_LABEL_TITLE_MIN_GAP,
} from '../../thresholds';

/** A section label in capitals: one to three words, letters only, no final stop (`SPORTS`, `NEWS IN BRIEF`). */
export const EN_LABEL = /^[A-Z]{2,12}(?: [A-Z]{2,12}){0,2}$/u;
/**
 * A Chinese section label: four characters ending in 新闻, 简讯 or 版 (`综合新闻`, `体育简讯`,
 * `文体副刊版`), or two short names joined by a middle dot (`经济·民生`).
 */
export const ZH_LABEL =
  /^(?:\p{Script=Han}{2}(?:新闻|要闻|新聞|要聞|简讯|簡訊|快讯|快訊)|\p{Script=Han}{3,4}版|\p{Script=Han}{2,4}·\p{Script=Han}{2,4})$/u;

/** The last characters of ZH_LABEL's first two forms (`…新闻`, `…快讯`, `…版`); its third holds `·`. */
const ZH_LABEL_LAST = charSet('闻聞讯訊版');

/**
 * Can EN_LABEL or ZH_LABEL match the text? A capital first, or ZH_LABEL's last character or its `·`:
 * most title lines are settled here before either expression (property-tested against both).
 */
export function mayBeSectionLabel(body: string): boolean {
  const first = body.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) return true;
  return ZH_LABEL_LAST.has(body.charCodeAt(body.length - 1)) || body.includes('·');
}

export function markSectionLabels(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.kind !== 'title' || l.width > SECTION_LABEL_MAX_WIDTH || !mayBeSectionLabel(l.body)) continue;
    const next = lines[i + 1];
    if (!next) continue;
    const prev = lines[i - 1];
    const pageTop = !prev || prev.kind === 'furniture';
    let label = false;
    if (EN_LABEL.test(l.body)) label = englishLabel(lines, i, l, next, pageTop);
    else if (ZH_LABEL.test(l.body))
      // A summary deck set right under the line (titles/longStackLine.ts) makes it the headline.
      label = !deckUnder(next) && (pageTop || next.kind === 'title' || next.kind === 'lead');
    if (label) {
      l.kind = 'furniture';
      l.rule = 'furniture.sectionLabel';
    }
  }
}

/** The next line is a title stack's long summary deck, set right under the line. */
function deckUnder(next: Line): boolean {
  return next.rule === 'title.stackLongLine' && next.gap === 0;
}

function englishLabel(lines: Line[], i: number, l: Line, next: Line, pageTop: boolean): boolean {
  // Raw OCR wraps a capital headline over consecutive lines: a label stands apart from the line above.
  if (!pageTop && l.gap === 0) return false;
  const mixedTitle =
    next.kind === 'title' &&
    !next.caps &&
    next.gap >= SECTION_LABEL_TITLE_MIN_GAP &&
    next.gap <= SECTION_LABEL_TITLE_MAX_GAP;
  const leadBelow = next.kind === 'lead' || next.kind === 'byline';
  // A three-word capital line is as often a headline: only a column of briefs under it makes it a label.
  const column = leadBelow && next.gap <= SECTION_LABEL_COLUMN_MAX_GAP && briefs(lines, i + 1);
  const leadNext = leadBelow && next.gap === 0;
  const manyWords = l.body.split(' ').length > SECTION_LABEL_MAX_WORDS;
  return column || (!manyWords && (mixedTitle || leadNext));
}

/**
 * A column of briefs: the lead at i and its body paragraphs are followed straight by another lead,
 * with no title between (a headline-less brief, so the line above it is a label, not its headline).
 */
function briefs(lines: Line[], i: number): boolean {
  let j = i + 1;
  while (lines[j]?.kind === 'body') j++;
  return lines[j]?.kind === 'lead';
}
