import type { Block, SegmentedArticle } from '../../preload/api';
import { IssueBuilder } from './builder';
import type { ExplainSink } from './explain/sink';
import { detectLayout } from './layout';
import { splitLines } from './lines';
import { runPass } from './pass';
import { LINE_RULES, PRE_LAYOUT_RULES } from './rules';

/** The segmenter's view of an issue: furniture before the first article, then the articles. */
export interface Segmented {
  preamble: Block[];
  articles: SegmentedArticle[];
}

export interface SegmentOptions {
  /** Receives every decision with its rule and evidence (`copydesk segment FILE --explain`). */
  explain?: ExplainSink;
}

/**
 * Splits decoded issue text (LF line endings) into articles: title groups, bylines, body blocks
 * and the paragraph breaks it joined. The line rules of rules/index.ts run in their order (each a
 * linear pass over the lines), then a single left-to-right pass builds the articles; linear in the text.
 */
export function segmentText(text: string, options: SegmentOptions = {}): Segmented {
  const lines = splitLines(text);
  for (const rule of PRE_LAYOUT_RULES) rule.apply(lines);
  const layout = detectLayout(lines);
  for (const rule of LINE_RULES) rule.apply(lines, layout);
  const b = new IssueBuilder();
  runPass({ b, layout, lines, text, prev: null, explain: options.explain ?? null });
  b.finish();
  return { preamble: b.preamble, articles: b.articles };
}
