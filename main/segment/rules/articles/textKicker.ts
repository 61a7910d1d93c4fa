/**
 * Rule title.textKicker: where nothing sets articles apart, a kicker often reads like text: a clause
 * with a comma, or a sentence run up to a dash (`临江关停落后码头，守护一江清水`, `去年新增就业1361万人——`).
 * Right above a headline that carries a headline's own mark (its column's name in brackets, or a
 * lead under it), and right after the end of the story above (a finished sentence, a closing credit
 * or caption, page furniture), such a line is the new article's kicker: it joins the title group,
 * so the article starts there instead of the line being the last paragraph of the story above.
 * Signals: the line's kind, width and last character; the line above (kind, sentence end); the line
 * below (a title line with a column name, or over a lead or a lead-in label such as 核心阅读); the
 * layout (no article gap, not wrapped).
 * A kicker may end with a question mark or an ellipsis (`重庆市璧山区如何应对？`) when nothing before
 * it ends a sentence and it is at most KICKER_OPEN_END_MAX_CHARS long.
 * The shared test of the line and the line above: textTitleCandidate.ts. A promotion box's two
 * phrases set apart by a wide gap (`看…<U+3000><U+3000>品…`, wideGapInside in classify/titleShape.ts) head no story.
 * Thresholds: TITLE_MAX_WIDTH, KICKER_OPEN_END_MAX_CHARS.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { KICKER_OPEN_END_MAX_CHARS } from '../../thresholds';
import { columnTagged } from './titleGroupStarts';
import { LEAD_IN_LABEL } from '../groups/sectionLine';
import { textTitleCandidate, textTitlesApply } from './textTitleCandidate';
import { wideGapInside } from '../classify/titleShape';

export function markTextKickers(lines: Line[], layout: Layout): void {
  if (!textTitlesApply(layout)) return;
  for (let i = 1; i < lines.length - 1; i++) {
    const l = lines[i];
    const below = lines[i + 1];
    if (!l || !below || l.kind !== 'body' || below.kind !== 'title') continue;
    // A kicker may end with a question or a trailing ellipsis (`…如何应对？`, `写春联、进博物馆……`)
    // when nothing else in it ends a sentence; any other sentence end makes it text. Asked first: its
    // width gate turns away the story's last paragraph, which the wide-gap search would read through.
    if (!textTitleCandidate(lines, i, layout, openEnded)) continue;
    // A promotion box's two phrases set apart by a wide gap (`看…<U+3000><U+3000>品…`) head no story (titleShape.ts).
    if (wideGapInside(l.body) || !headlineMarked(lines, i + 1)) continue;
    l.kind = 'title';
    l.rule = 'title.textKicker';
  }
}

/** A question mark or an ellipsis at the end (`？`, `……`), no sentence end before it: a kicker's end. */
const OPEN_END = /^[^。．！？!?；;…]+(?:？|\?|…{1,2}|\.{3,6})[”’」』）)]*$/u;

function openEnded(body: string): boolean {
  return body.length <= KICKER_OPEN_END_MAX_CHARS && OPEN_END.test(body);
}

/**
 * The title line at j is a headline by its own marks: its column's name, a lead right under it, or
 * a lead-in label (核心阅读) under it or under the deck below it.
 */
function headlineMarked(lines: Line[], j: number): boolean {
  const title = lines[j];
  const next = lines[j + 1];
  if ((title !== undefined && columnTagged(title.body)) || next?.kind === 'lead') return true;
  for (let k = j + 1; k <= j + 2; k++) {
    const l = lines[k];
    if (l?.kind !== 'title') return false;
    if (LEAD_IN_LABEL.test(l.body)) return true;
  }
  return false;
}
