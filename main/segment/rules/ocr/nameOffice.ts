/**
 * Rules caption.ocrNameOffice and credit.ocrNameOffice: a name in capitals with its initials, ending
 * in a comma, over a line that gives the person's office or place (`DR. J. H. BROWN,` / `President of
 * the County Medical Society`, `H. L. BROWN,` / `Secretary.`) is a portrait's caption standing in the
 * columns, or the signature closing an item: neither starts an article, though raw OCR reads the
 * capitals line as a headline and the office line as its deck.
 * Signals: the line is a name (an optional title such as `DR.` or `HON.`, then two to five words, at
 * least one of them an initial, every word in capitals) ending in a comma, at most
 * OCR_SIGNATURE_MAX_CHARS long; the line under it opens with a capital and a lower-case letter (an
 * office or a place, not a dateline's month). After a finished sentence (or no text above), a short
 * office line (OCR_SIGNATURE_MAX_CHARS) closes a signature: both lines are a credit (one credit
 * block, join.ocrCreditRun). Otherwise (the name stands inside a sentence of the text, where a
 * portrait is set in the column) the name is a caption, and the office lines under it that raw OCR
 * read as title lines (not in capitals, no full stop closing the line before them, at most
 * OCR_NAME_CAPTION_MAX_LINES of them) are read as the caption's running text.
 * Thresholds: OCR_SIGNATURE_MAX_CHARS, OCR_NAME_CAPTION_MAX_LINES.
 */
import type { Line } from '../../lines';
import { OCR_NAME_CAPTION_MAX_LINES, OCR_SIGNATURE_MAX_CHARS } from '../../thresholds';
import { ocrEndsSentence } from './sentenceEnd';
import { bodyOrTitle } from './textLine';

/** A title before the name (`DR.`, `HON.`, `MRS.`; `Dr.` and its OCR readings `Drf.`, `Dlr.`). */
const TITLE = /^(?:DR|MRS?|MISS|HON|REV|PROF|COL|GEN|CAPT|JUDGE|D[a-z]{1,2})\.?$/u;
/** An initial (OCR may read its stop as a comma, `R. V, HALLOWAY,`, or add a stray quote, `G". B.`). */
const INITIAL = /^[A-Z]["'”]?[.,]$/u;
const NAME_WORD = /^[A-Z][A-Z'’-]+$/u;
/** An office or a place under the name: a capital, then lower case. */
const OFFICE = /^[A-Z][a-z]/u;
/** A caption's text ends at a full stop (`Supt.` too: an office's short form ends the caption). */
const STOPPED = /[.!?]["'”’]?$/u;
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d/u;

/** `DR. L. E. BROWN,` `WALTER L. SMITH,`: a name in capitals with an initial, ending in a comma. */
export function capsNameWithComma(body: string): boolean {
  if (body.length > OCR_SIGNATURE_MAX_CHARS || !body.endsWith(',')) return false;
  const words = body.slice(0, -1).trim().split(/\s+/u);
  if (words.length > 0 && TITLE.test(words[0] as string)) words.shift();
  const last = words.at(-1);
  if (words.length < 2 || words.length > 5 || !last || !NAME_WORD.test(last)) return false;
  if (!words.some((w) => INITIAL.test(w))) return false;
  return words.every((w) => INITIAL.test(w) || NAME_WORD.test(w));
}

export function markOcrNameOffice(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const office = lines[i + 1];
    if (!bodyOrTitle(l) || !capsNameWithComma(l.body) || !bodyOrTitle(office)) continue;
    if (!OFFICE.test(office.body) || MONTH.test(office.body) || office.caps) continue;
    const above = lines[i - 1];
    const afterSentence = !bodyOrTitle(above) || ocrEndsSentence(above.body);
    if (afterSentence && office.body.length <= OCR_SIGNATURE_MAX_CHARS) {
      l.kind = 'credit';
      l.rule = 'credit.ocrNameOffice';
      office.kind = 'credit';
      office.rule = 'credit.ocrNameOffice';
      i++;
      continue;
    }
    l.kind = 'caption';
    l.rule = 'caption.ocrNameOffice';
    for (let k = i + 1; k <= i + OCR_NAME_CAPTION_MAX_LINES; k++) {
      const c = lines[k];
      if (!bodyOrTitle(c) || c.caps || (k > i + 1 && STOPPED.test((lines[k - 1] as Line).body))) break;
      if (c.kind === 'title') {
        c.kind = 'body';
        c.rule = 'caption.ocrNameOffice';
      }
    }
  }
}
