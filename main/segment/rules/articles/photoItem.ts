/**
 * Rule article.photoItemTitle: a photo news item prints a short title, its picture text of a line or
 * a few (`2月12日，…`), and the photographer's credit (`王 闽摄（影像中国）`, `新华社记者 X摄`,
 * `X Y摄影报道`). A single title line with such a credit at most PHOTO_ITEM_MAX_LINES text lines
 * below opens an article: a crosshead inside a story is followed by its section's text, not
 * straight by a credit. A caption that tells what the picture shows (`图为…。 X摄`) is no bare credit;
 * but such a caption on a line of its own with the photographer's line right under it (`图为…。` /
 * `X摄`) is the item's picture caption, and the title over them opens the item. The pass asks the
 * same of a short line read as text (a title with a comma, `瞧，…`) after a finished story, unless the
 * join rule joins the line below to it (pass.ts photoItemText).
 * Signals: the kinds of the lines under the title, the credit line's text and width.
 * Thresholds: PHOTO_ITEM_MAX_LINES, PHOTOGRAPHER_MAX_WIDTH.
 */
import type { Line } from '../../lines';
import { PHOTOGRAPHER } from '../../patterns';
import { PHOTO_ITEM_MAX_LINES, PHOTOGRAPHER_MAX_WIDTH } from '../../thresholds';

/** A photographers' line of a picture story (`刘新吾 陈 勇摄影报道`). */
const PHOTO_REPORT = /摄影报道(?:[（(][^（()）]{1,12}[)）])?$/u;

/** The text lines under the title ending at `end` are a picture text with its photographer's credit. */
export function photoItemBelow(lines: Line[], end: number): boolean {
  let k = end;
  while (k < end + PHOTO_ITEM_MAX_LINES && lines[k]?.kind === 'body') k++;
  const credit = lines[k];
  if (k === end || !credit) return false;
  // The picture's own caption (`图为…。`) between the text and the photographer's line.
  if (credit.kind === 'caption' && credit.body.startsWith('图') && lines[k + 1]?.kind === 'photographer')
    return lines[k + 1]!.width <= PHOTOGRAPHER_MAX_WIDTH;
  if (credit.width > PHOTOGRAPHER_MAX_WIDTH) return false;
  if (credit.kind === 'photographer') return true;
  const text = credit.body;
  return (
    (credit.kind === 'caption' || credit.kind === 'credit') &&
    !text.startsWith('图') &&
    (PHOTO_REPORT.test(text) || PHOTOGRAPHER.some((re) => re.test(text)))
  );
}
