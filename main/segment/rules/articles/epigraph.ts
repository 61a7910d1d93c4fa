/**
 * Rule subhead.underEpigraph: a story may open with an epigraph, a quotation set under its headline
 * with its source on a dash-led line of its own (`“……。”` / `——周 岩`). Title lines right under
 * that source line are the first section's titles of the same story (`一盏灯` / `照归途` /
 * `本报记者 X`), not a new story's, even with an author's line under them: a story never ends
 * before any text of its own.
 * Signals: the line above the group is a credit led by a dash; the current story has a headline and
 * its only body so far is one paragraph opening with a quotation mark.
 * Thresholds: none.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';

/** A source line under a quotation: a dash, then the name (`——周 岩`, `—— 鲁迅`). */
const DASH_SOURCE = /^[—–]{2}/u;
/** A paragraph that opens with a quotation mark. */
const QUOTE_OPEN = /^[“"「『]/u;

/** The group from `start` stands under the epigraph that is all its story holds so far. */
export function underEpigraph(lines: readonly Line[], start: number, b: IssueBuilder): boolean {
  const above = lines[start - 1];
  const story = b.current;
  if (above?.kind !== 'credit' || !DASH_SOURCE.test(above.body.trim())) return false;
  if (!story?.headline || b.story.bodyBlocks !== 1 || b.lastKind() !== 'credit') return false;
  const quote = story.blocks.find((block) => block.kind === 'paragraph');
  return quote !== undefined && QUOTE_OPEN.test(quote.text.trim());
}
