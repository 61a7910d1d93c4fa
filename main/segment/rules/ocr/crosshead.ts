/**
 * Rule subhead.ocrCrosshead: in raw OCR a long story's crossheads (`FEEDING THE STOCK.`) are set in
 * stopped capitals on a line of their own between two of its paragraphs, while the story's own
 * headline is set without a full stop. A column of short items is headed the other way: every item
 * head in the same stopped style. So a stopped capitals line inside a story whose headline does not
 * stop is a crosshead of that story, not the next item's head (which ocrCapsHead would make it).
 * Signals: the group is one capitals line of OCR_CROSSHEAD_MIN_WORDS words or more ending in a full
 * stop, with no initial in it (`J. SMITH.` is a name: a signature or a caption), no jump word and no
 * firm's name (`SEED CO.`, a signature); the open paragraph ends a sentence; the line
 * under it is body text starting with a capital; the current article has a headline that does not end
 * in a full stop and has run OCR_CROSSHEAD_MIN_STORY_CHARS characters of text (crossheads break up a
 * long story; under a short one the line heads the next item).
 * Thresholds: OCR_CROSSHEAD_MIN_WORDS, OCR_CROSSHEAD_MIN_STORY_CHARS (and the capitals test of lines.ts).
 */
import { OCR_CROSSHEAD_MIN_STORY_CHARS, OCR_CROSSHEAD_MIN_WORDS } from '../../thresholds';
import type { RuleCode } from '../codes';
import type { GroupContext } from '../groups/decideGroup';
import { tailEnds } from './groups';
import { isRawOcr } from './rawOcr';

/** A single capital with a full stop: an initial of a name. */
const INITIAL = /(?:^|[\s.,])[A-Z]\.(?=\s|$)/u;
/** A jump line (`CONTINUED ON PAGE FIVE.`) is furniture, not a crosshead. */
const JUMP = /\b(?:continued|concluded|page)\b/iu;
/** A firm's name (`ACME SEED CO.`) closing an item is its signature, not a crosshead. */
const FIRM = /\b(?:CO|COMPANY|INC)\.$/u;

export function ocrCrosshead({ lines, start, end, layout, b }: GroupContext): RuleCode | null {
  const first = lines[start];
  if (!isRawOcr(layout) || !first || end - start !== 1 || !first.caps) return null;
  const text = first.body;
  if (!text.endsWith('.') || INITIAL.test(text) || JUMP.test(text) || FIRM.test(text)) return null;
  // A two-word stopped head (`WORK MORE.`) is as often a short item's own head: only longer ones.
  if (text.split(/\s+/u).length < OCR_CROSSHEAD_MIN_WORDS) return null;
  const headline = b.current?.headline?.trim();
  if (!headline || headline.endsWith('.') || !b.hasBody()) return null;
  // Crossheads break up a long story; under a few lines of text the line is the next item's head.
  if (b.story.chars + b.openLength() < OCR_CROSSHEAD_MIN_STORY_CHARS) return null;
  const tail = b.openKind() === 'paragraph' ? b.openTail() : null;
  if (tail !== null && !tailEnds(tail, layout)) return null;
  const next = lines[end];
  return next?.kind === 'body' && /^["'“]?[A-Z]/u.test(next.body) ? 'subhead.ocrCrosshead' : null;
}
