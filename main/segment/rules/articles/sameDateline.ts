/**
 * A second report under one headline: a paper files several reports from the same place on the same
 * day under one headline (a leader's meetings of the day: `本报北京1月31日电 （记者…）…会见…` twice).
 * A bare lead (no title above it) whose dateline names the same place and day as the lead of the
 * article being filled goes on with that article, even after a finished paragraph
 * (articles/leadInside.ts); under a headline, so does one filed the same day from another place (a
 * round-up: `…演出在南非、日本等国引发共鸣` over reports from 约翰内斯堡 and 东京). A lead without a
 * place and a day (`本报讯`) tells nothing.
 * A titled story whose text so far carries no dateline at all (its headline stood over a summary, an
 * editor's lead-in or a key quote) takes a bare lead as its own: the text above was the lead-in.
 * Signals: the dateline (place and day before 电) of the lead and of the article's first paragraph,
 * whether the article has a headline;
 * whether any paragraph of the titled article opens on a dateline.
 * Thresholds: none.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';

/** The place and the day of a dateline: `本报北京1月31日电` → `北京1月31日`. */
const DATELINE =
  /^(?:本报|据新华社|新华社|中新社)([^\s，,。（(]{1,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日)电/u;

/** The day of a dateline's place and day: `北京1月31日` → `1月31日`. */
const DAY = /[0-9０-９]{1,2}月[0-9０-９]{1,2}日$/u;

export function sameDatelineAsStory(lead: string, b: IssueBuilder): boolean {
  const mine = DATELINE.exec(lead)?.[1];
  if (!mine) return false;
  const first = b.current?.blocks.find((x) => x.kind === 'paragraph');
  const theirs = first === undefined ? undefined : DATELINE.exec(first.text)?.[1];
  if (theirs === undefined) return false;
  // Under a headline, reports filed the same day from other places make a round-up (`…在南非、日本…`).
  return theirs === mine || (Boolean(b.current?.headline) && DAY.exec(theirs)?.[0] === DAY.exec(mine)?.[0]);
}

/** A paragraph opening on a dateline or a news-service tag (`本报北京1月31日电`, `新华社…电`, `本报讯`). */
const ANY_DATELINE = /^(?:本报|据新华社|新华社|中新社)\S{0,16}?电|^本报讯/u;

/**
 * The article being filled has a headline and none of its text opens on a dateline yet: neither a
 * closed paragraph nor the lines since the last title line (the open paragraph runs there).
 */
export function titledStoryWithoutLead(lines: readonly Line[], i: number, b: IssueBuilder): boolean {
  const story = b.current;
  if (!story?.headline) return false;
  for (let k = i - 1; k >= 0 && lines[k]!.kind !== 'title'; k--) if (lines[k]!.kind === 'lead') return false;
  return !story.blocks.some((x) => x.kind === 'paragraph' && ANY_DATELINE.test(x.text));
}
