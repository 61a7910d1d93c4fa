/**
 * A second report under one headline: a paper files several reports from the same place on the same
 * day under one headline (a leader's meetings of the day: `本报北京1月31日电 （记者…）…会见…` twice).
 * A bare lead (no title above it) whose dateline names the same place and day as the lead of the
 * article being filled goes on with that article, even after a finished paragraph
 * (articles/leadInside.ts). A lead without a place and a day (`本报讯`) tells nothing.
 * Signals: the dateline (place and day before 电) of the lead and of the article's first paragraph.
 * Thresholds: none.
 */
import type { IssueBuilder } from '../../builder';

/** The place and the day of a dateline: `本报北京1月31日电` → `北京1月31日`. */
const DATELINE =
  /^(?:本报|据新华社|新华社|中新社)([^\s，,。（(]{1,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日)电/u;

export function sameDatelineAsStory(lead: string, b: IssueBuilder): boolean {
  const mine = DATELINE.exec(lead)?.[1];
  if (!mine) return false;
  const first = b.current?.blocks.find((x) => x.kind === 'paragraph');
  return first !== undefined && DATELINE.exec(first.text)?.[1] === mine;
}
