/**
 * What rules title.textKicker (textKicker.ts) and title.textHeadline (textHeadline.ts) share: where
 * nothing sets articles apart, a title that reads like text is first taken for a paragraph; a line
 * is a candidate for being one when it is a short body line that ends no sentence, right after the
 * end of the story above. Each rule adds what it needs below the line (a marked headline, a lead).
 * Signals: the line's kind, width, indent and last character; the line above (kind, sentence end);
 * the layout (Chinese, no article gap, not wrapped).
 * Thresholds: TITLE_MAX_WIDTH.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { TITLE_MAX_WIDTH } from '../../thresholds';

/** Text ends here: a full stop, or a colon introducing what follows (other sentence ends: line.ends). */
const TEXT_END = /[。．.：:…][”’」』）)]*$/u;
/** A bracketed note (`（摘编自…）`) is not a title. */
const BRACKETED = /^[（(]/u;

/** The layout where titles may read like text: Chinese, one paragraph per line, no gap between articles. */
export function textTitlesApply(layout: Layout): boolean {
  return layout.chinese && !layout.wrapped && !Number.isFinite(layout.articleGap);
}

/**
 * The line at i may be a title that reads like text: a body line no wider than a title, not a
 * bracketed note, ending no sentence (unless `mayEnd` accepts its end), not indented where
 * paragraphs are, right after the end of the story above.
 */
export function textTitleCandidate(
  lines: Line[],
  i: number,
  layout: Layout,
  mayEnd?: (body: string) => boolean,
): boolean {
  const l = lines[i];
  if (l?.kind !== 'body' || l.width > TITLE_MAX_WIDTH || BRACKETED.test(l.body)) return false;
  if ((l.ends || TEXT_END.test(l.body)) && !mayEnd?.(l.body)) return false;
  if (layout.indented && l.indent) return false;
  return storyEndAbove(lines[i - 1]);
}

/** The line above ends a story: page furniture, a closing credit or caption, or a finished sentence. */
export function storyEndAbove(above: Line | undefined): boolean {
  if (!above) return false;
  if (above.kind === 'furniture' || above.kind === 'caption' || above.kind === 'photographer') return true;
  if (above.kind === 'credit') return true;
  return (above.kind === 'body' || above.kind === 'lead') && above.ends;
}
