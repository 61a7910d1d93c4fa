/**
 * Rule lead.insideArticle: a lead (`本报北京2月12日电…`) that belongs to the article being filled (a
 * roundup of briefs, 速览; a report filed from several places) rather than opening one.
 * - Where the file sets articles apart by a wider blank gap than paragraphs: a lead after a mere
 *   paragraph gap.
 * - Where nothing sets articles apart (one paragraph per line, or the same blank line everywhere):
 *   a lead straight after a paragraph that does not end a sentence (a summary printed under the
 *   headline, `拟放宽…风险资本准备计算比例`), no title between, in a file whose leads mostly stand under
 *   a title: the lead goes on with that headline's story. After a finished paragraph a bare lead
 *   still opens an article (a headline-less brief at the foot of a page) unless its dateline names
 *   the place and day of the story's own lead (a second report under one headline: sameDateline.ts),
 *   and so it does everywhere in a file of headline-less briefs (most leads without a title above),
 *   nor when it is the first dateline of a titled story whose text so far was a lead-in, a summary or
 *   a key quote under the headline (sameDateline.ts).
 * - Under a headline and its summary (summaryAboveLead.ts, article.summaryAboveLead): the lead goes
 *   on with them whether the summary ends a sentence or not.
 * - Under the kicker and headline of a package's next item (labelledRoundUp.ts): the item's own lead.
 * Elsewhere a lead starts an article.
 * Signals: the layout's article gap, the lead's gap to the text before it (through page furniture),
 * whether the current article has body text and ends with an unfinished paragraph, the share of the
 * file's leads with a title line right above them.
 * Thresholds: the layout's articleGap; TITLED_LEADS_MIN_SHARE, TITLED_LEADS_MIN_COUNT.
 */
import type { IssueBuilder } from '../../builder';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { endsSentence } from '../../text';
import { SUMMARY_MAX_LINES, TITLED_LEADS_MIN_COUNT, TITLED_LEADS_MIN_SHARE } from '../../thresholds';
import { gapBefore } from '../groups/gapBefore';
import { sameDatelineAsStory, titledStoryWithoutLead } from './sameDateline';

export function leadInsideArticle(lines: Line[], i: number, layout: Layout, b: IssueBuilder): boolean {
  if (!b.hasBody()) return false;
  if (Number.isFinite(layout.articleGap)) return gapBefore(lines, i) < layout.articleGap;
  // The lead under a headline and its summary (summaryAboveLead.ts): the summary is no story of its own.
  const start = b.current?.provenance?.start.rule;
  if (start === 'article.summaryAboveLead' && (b.current?.blocks.length ?? 0) < SUMMARY_MAX_LINES)
    return lines[i - 1]?.kind === 'body';
  // The dateline lead of a package's next item, under its kicker and headline (labelledRoundUp.ts).
  if (b.current?.provenance?.blocks.at(-1) === 'subhead.labelledRoundUpItem') return true;
  const tail = b.openKind() === 'paragraph' ? b.openTail() : null;
  if (lines[i - 1]?.kind === 'furniture' || !leadsTitled(lines)) return false;
  // After a finished paragraph: only a second report from the story's place and day, or the first
  // dateline under a headline whose text so far was a lead-in (sameDateline.ts).
  return (
    (tail !== null && !endsSentence(tail)) ||
    sameDatelineAsStory(lines[i]?.body ?? '', b) ||
    titledStoryWithoutLead(lines, i, b)
  );
}

/** Per file (its line array), whether most leads stand right under a title line. */
const titledCache = new WeakMap<Line[], boolean>();

function leadsTitled(lines: Line[]): boolean {
  const known = titledCache.get(lines);
  if (known !== undefined) return known;
  let leads = 0;
  let titled = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]?.kind !== 'lead') continue;
    leads++;
    if (lines[k - 1]?.kind === 'title') titled++;
  }
  const answer = titled >= TITLED_LEADS_MIN_COUNT && titled >= leads * TITLED_LEADS_MIN_SHARE;
  titledCache.set(lines, answer);
  return answer;
}
