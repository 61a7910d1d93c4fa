/**
 * Marks inside a title line that the title rules read alike: a column's name in brackets at the end
 * of a headline, and the quotes and brackets a title is never cut inside (kickerInLine.ts,
 * parallelKicker.ts, kickerModel.ts, roles.ts); the list marks that open an item, never a title.
 */
import { lastVisibleUnit } from '../../text';

/** A column's name in brackets at the end of a headline, itself perhaps holding brackets (`（…（上））`). */
export const COLUMN_TAG = /[（(](?:[^（）()]|[（(][^（）()]*[)）]){2,40}[)）]$/u;

/**
 * The text's last visible unit is a closing round bracket, `）` or `)`: the cheap gate before an
 * expression anchored on one (COLUMN_TAG, a credited picture column, a photographer's line), which
 * would otherwise be tried from every position of every line.
 */
export function endsOnRoundClose(text: string): boolean {
  const c = lastVisibleUnit(text);
  return c === 0xff09 || c === 0x29;
}

/** Marks that open a quote or a bracket inside a title (each one UTF-16 unit). */
export const OPENERS = '“‘（(《「『';
/** Marks that close one. */
export const CLOSERS = '”’）)》」』';

/** Per UTF-16 unit: 1 for an opener, 2 for a closer (a table: scans run on every title line). */
export const MARK = new Uint8Array(0x10000);
for (const c of OPENERS) MARK[c.charCodeAt(0)] = 1;
for (const c of CLOSERS) MARK[c.charCodeAt(0)] = 2;

/**
 * For each offset 0…text.length, how many quotes and brackets are open before it (a closer with none
 * open is ignored): one pass for all the offsets a rule asks about.
 */
export function openMarksBefore(text: string): Uint32Array {
  const depth = new Uint32Array(text.length + 1);
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const m = MARK[text.charCodeAt(i)];
    if (m === 1) open++;
    else if (m === 2) open = Math.max(0, open - 1);
    depth[i + 1] = open;
  }
  return depth;
}

/**
 * A list item or a bulleted point opens the line (`■`, `●`, `1.`, `三、`, `2）`): the text of a list,
 * never a deck, a kicker or a story's headline (summaryDeck.ts, leadInHeadline.ts, storyStartLine.ts,
 * textStack.ts).
 */
export const LIST_ITEM_START = /^(?:[■●◆▲□○◇△★☆·•※]|[0-9０-９一二三四五六七八九十]{1,2}[.、．）)])/u;

/**
 * A figure opens the line (`99.76%`, `1100多万人`, `3200多所`): a feature's call-out of a number, not a
 * headline, which opens with words (titleGroupStarts.ts, summaryAboveLead.ts, textStack.ts).
 */
export const FIGURE_FIRST = /^[0-9０-９]/u;

/**
 * A clause mark (or a dash) at the end, inside closing quotes if any (`…表示：`, `…，`): the line goes
 * on, so it is text, not a headline (leadInHeadline.ts, storyStartLine.ts).
 */
export const CLAUSE_MARK_END = /[，、；：,;:…—][”’」』]*$/u;
