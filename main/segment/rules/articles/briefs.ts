/**
 * Rule article.briefItem (issue 14, family 5): a column of short briefs under its label (`简讯`,
 * `快讯`, `一句话新闻`, `体育简讯`) prints several items, each a short title line or a bold lead-in
 * (`【春运首日客流平稳】今年春运…`) followed by a paragraph or two. Each item is an article of its own:
 * its title is not a crosshead of the item above, and a lead-in line is not a paragraph of it.
 * The column goes on as long as every item above, back to the label, is a title (or lead-in) with at
 * most BRIEF_MAX_LINES lines of text under it; a longer text, page furniture or a title stack ends it.
 * Signals: the label line's text, the kinds of the lines between it and the item, the lead-in's
 * bracket.
 * Thresholds: BRIEF_MAX_LINES, BRIEFS_MAX_ITEMS.
 */
import type { Line } from '../../lines';
import { BRIEF_MAX_LINES, BRIEFS_MAX_ITEMS } from '../../thresholds';

/** A briefs column's label. */
export const BRIEFS_LABEL =
  /^(?:简讯|快讯|短讯|简报|一句话新闻|新闻速览|要闻速览|新闻简讯|本地简讯|\p{Script=Han}{2}(?:简讯|快讯|短讯|簡訊|快訊))$/u;
/** A bold lead-in printed in square brackets at the head of a brief's text. */
const LEAD_IN = /^【[^【】]{2,30}】\S/u;

/** LEAD_IN.test(body), asked only of a line opening with 【 (its first character): most lines do not. */
function opensWithLeadIn(body: string): boolean {
  return body.charCodeAt(0) === 0x3010 && LEAD_IN.test(body);
}

/** True when the line at i opens an item of a briefs column (a one-line title or a lead-in). */
export function briefItemAt(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (!line) return false;
  if (line.kind === 'title') {
    const next = lines[i + 1];
    if (!next || next.kind === 'title' || next.kind === 'furniture') return false;
  } else if (!opensWithLeadIn(line.body)) return false;
  return underBriefsLabel(lines, i);
}

/** Walks back over the items above the line at i to a briefs label. */
function underBriefsLabel(lines: Line[], i: number): boolean {
  let k = i - 1;
  for (let items = 0; items <= BRIEFS_MAX_ITEMS && k >= 0; items++) {
    let text = 0;
    while (k >= 0 && text <= BRIEF_MAX_LINES && isText(lines[k]) && !opensWithLeadIn(lines[k]?.body ?? '')) {
      text++;
      k--;
    }
    const head = lines[k];
    if (!head || text > BRIEF_MAX_LINES) return false;
    if (BRIEFS_LABEL.test(head.body)) return text === 0;
    // The item above: its one-line title (not a stack) or its lead-in line.
    if (head.kind === 'title') {
      if (text === 0 || lines[k - 1]?.kind === 'title') return BRIEFS_LABEL.test(lines[k - 1]?.body ?? '');
    } else if (!opensWithLeadIn(head.body)) return false;
    k--;
  }
  return false;
}

function isText(l: Line | undefined): boolean {
  return (
    l !== undefined &&
    (l.kind === 'body' || l.kind === 'lead' || l.kind === 'caption' || l.kind === 'photographer')
  );
}
