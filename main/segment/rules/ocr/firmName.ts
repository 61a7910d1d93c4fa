/**
 * Rules body.ocrFirmName and break.ocrFirmName: a 1916 page sets its advertisers' names in capitals
 * (`ROYAL BAKING POWDER CO.`, `FULLER LAND COMPANY`, `KEMP BROS.`, `D. HECHINGER & CO.`): the
 * signature of an advertisement, or of a reading notice set in body type. Raw OCR reads such a line
 * as a title line, and the segmenter then opens an article on it (a capitals headline, or the head of
 * a stack with the ad's address as its deck), though no story starts there. A firm's name is never a
 * story's headline: the line stays in the text, and the line under it, when it opens with a capital,
 * starts a new paragraph (the name closes its advertisement as a sentence end does).
 * Signals: the line is in capitals, of two to OCR_FIRM_NAME_MAX_WORDS words, and ends on a firm's
 * word (`CO.`, `COMPANY`, `BROS.`, `BROTHERS`, `CORPORATION`) past the noise at its end; no joining
 * or leading word of a headline stands in it (`IN`, `OF`, `TO`, `A`, `NEW`, `FOR` …: `PRAIRIE FIRES
 * IN DUNN CO.` names a county, `ORGANIZES A COMPANY` and `START NEW COMPANY.` are headlines).
 * Thresholds: OCR_FIRM_NAME_MAX_WORDS.
 */
import type { Line } from '../../lines';
import { OCR_FIRM_NAME_MAX_WORDS } from '../../thresholds';

/** A firm's word closing the line, past the marks OCR left after it (`CO.`, `COMPANY,`, `BROS. '`). */
const FIRM_END = /\b(?:CO|COMPANY|BROS|BROTHERS|CORPORATION)\.?[^A-Za-z0-9]*$/u;
/** Words a headline joins or opens with, never in a firm's name (`IN DUNN CO.`, `A COMPANY`). */
const HEADLINE_WORD = /\b(?:IN|OF|TO|AT|ON|BY|FOR|WITH|FROM|INTO|A|AN|NEW|FIRST|IS|ARE|WILL)\b/u;

/** A capitals line that names a firm: an advertiser's signature, not a headline. */
export function firmNameLine(l: Line): boolean {
  if (!l.caps || !FIRM_END.test(l.body) || HEADLINE_WORD.test(l.body)) return false;
  const words = l.body.trim().split(/\s+/u).length;
  return words >= 2 && words <= OCR_FIRM_NAME_MAX_WORDS;
}

export function demoteOcrFirmNames(lines: Line[]): void {
  for (const l of lines) {
    if (l.kind !== 'title' || !firmNameLine(l)) continue;
    l.kind = 'body';
    l.rule = 'body.ocrFirmName';
  }
}
