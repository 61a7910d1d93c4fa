/**
 * Extra signals of the article-start scorer (startScorer.ts) read from the story the candidate line
 * would go on: kept in their own module so the scorer's word-overlap code stays as it is.
 * Signals:
 * - datelineStory: the story opened its text with a dateline lead (`本报北京2月1日电`, `新华社…电`):
 *   a news report. Reports run short and rarely take crossheads; a feature, an essay or a document
 *   printed in full (no dateline) is where crossheads stand.
 * - datelineStoryLog: the same times the log of the story's characters: a long report may have them.
 * - datelineSoon: the second or third line below the candidate opens with a dateline: the candidate
 *   heads a stack of titles (and a summary line) over a report's lead; a crosshead's section never
 *   opens with one.
 * Thresholds: START_DATELINE_BLOCKS, START_DATELINE_SOON_LINES.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { START_DATELINE_BLOCKS, START_DATELINE_SOON_LINES } from '../../thresholds';

/** The names of the signals, in the order storyShapeFeatures returns them. */
export const STORY_SHAPE_FEATURES = ['datelineStory', 'datelineStoryLog', 'datelineSoon'] as const;

/** A dateline opening a report's text (`本报北京2月1日电`, `据新华社…电`, `新华社…电`). */
const DATELINE = /^(?:本报|新华社|据新华社)\S{0,16}电/u;

/**
 * The signals for the candidate line `at` of `lines` and the current story of `b`, holding `chars`
 * characters, in the order of STORY_SHAPE_FEATURES.
 */
export function storyShapeFeatures(
  b: IssueBuilder,
  chars: number,
  lines: readonly Line[],
  at: number,
): number[] {
  // The line right below is read by the scorer itself (nextLead): from the second line on.
  let soon = 0;
  for (let k = at + 2; k <= at + START_DATELINE_SOON_LINES && k < lines.length; k++)
    if (DATELINE.test(lines[k]!.body.trimStart())) soon = 1;
  const blocks = b.current?.blocks ?? [];
  let dateline = false;
  for (let k = 0; k < blocks.length && k < START_DATELINE_BLOCKS; k++) {
    const block = blocks[k]!;
    if (block.kind === 'paragraph' && DATELINE.test(block.text.trimStart())) {
      dateline = true;
      break;
    }
  }
  return [dateline ? 1 : 0, dateline ? Math.log(chars + 1) : 0, soon];
}
