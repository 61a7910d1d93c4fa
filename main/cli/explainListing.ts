import type { ExplainEntry } from '../segment/explain/sink';

/** Output is written in pieces of about this many characters, so a huge issue never becomes one string. */
const CHUNK = 1 << 20;
/** Width of the decision column, so the rule codes line up. */
const DECISION_WIDTH = 16;
/** Width of the line-number column. */
const LINE_NO_WIDTH = 5;

/**
 * The `--explain` listing: one line per decision, in input order:
 * `   12  title.headline   ← title.kickerFirst (width 24, no sentence end, next line body)`.
 */
export async function writeExplain(
  entries: readonly ExplainEntry[],
  out: (text: string) => Promise<void>,
): Promise<void> {
  let buffer = '';
  for (const e of entries) {
    const evidence = e.evidence ? ` (${e.evidence})` : '';
    buffer += `${String(e.line).padStart(LINE_NO_WIDTH)}  ${e.decision.padEnd(DECISION_WIDTH)} ← ${e.rule}${evidence}\n`;
    if (buffer.length >= CHUNK) {
      await out(buffer);
      buffer = '';
    }
  }
  await out(buffer);
}
