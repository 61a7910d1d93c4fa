import type { RuleCode } from '../rules/codes';

/** One decision about one input line, as `copydesk segment FILE --explain` prints it. */
export interface ExplainEntry {
  /** 1-based line number in the decoded text. */
  line: number;
  /** What was decided: `article.start`, `title.headline`, `join`, `paragraph`, `furniture`, … */
  decision: string;
  rule: RuleCode;
  evidence: string;
}

/** Receives the decisions in the order they were made. */
export type ExplainSink = (entry: ExplainEntry) => void;
