/**
 * Whether a file marks where its title stacks end. Where articles stand apart by a wider gap than
 * paragraphs, or paragraphs are indented under flush titles, a stack is the run of title lines set
 * together; where neither holds (one paragraph a line, or every line apart by the same blank line)
 * the title rules must read where a stack ends from the lines themselves (summaryDeck.ts,
 * leadInHeadline.ts, storyStartLine.ts, stackEnd.ts).
 * Signals: the layout's article gap, indent and script.
 * Thresholds: none.
 */
import type { Layout } from '../../layout';

/** A Chinese file in which nothing marks where a title stack ends. */
export function stacksUnmarked(layout: Layout): boolean {
  return layout.chinese && !Number.isFinite(layout.articleGap) && !layout.indented;
}
