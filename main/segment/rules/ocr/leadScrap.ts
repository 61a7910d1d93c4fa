/**
 * Rule lead.ocrScrapAbove (and body.ocrLeadAfterScrap): OCR often leaves a scrap of a rule, a photo's
 * edge or the next column (`'T''ky`, `l! I1 I`, `1`) on a line of its own right above a story's
 * dateline. Under a headline the scrap then reads as the story's first paragraph, and the dateline
 * after it opens a second, headline-less article; after a finished story it is glued to that story.
 * As the marking conventions place such noise, it belongs to the paragraph it stands before: the
 * scrap takes the lead's place (the story starts there) and the dateline line runs on from it.
 * Signals: a body line of at most OCR_LEAD_SCRAP_MAX_CHARS non-space characters with no run of three
 * letters; the line below is a dateline lead (lead.dateline or lead.ocrDateline).
 * Thresholds: OCR_LEAD_SCRAP_MAX_CHARS.
 */
import type { Line } from '../../lines';
import { OCR_LEAD_SCRAP_MAX_CHARS } from '../../thresholds';

/** A scrap of noise: at most OCR_LEAD_SCRAP_MAX_CHARS non-space characters, no run of three letters. */
export function isOcrScrap(body: string): boolean {
  return body.replace(/\s+/gu, '').length <= OCR_LEAD_SCRAP_MAX_CHARS && !/[A-Za-z]{3}/u.test(body);
}

export function moveLeadOverScraps(lines: Line[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i] as Line;
    const below = lines[i + 1] as Line;
    if (l.kind !== 'body' || below.kind !== 'lead' || below.gap !== 0) continue;
    if (below.rule !== 'lead.dateline' && below.rule !== 'lead.ocrDateline') continue;
    if (!isOcrScrap(l.body)) continue;
    l.kind = 'lead';
    l.rule = 'lead.ocrScrapAbove';
    below.kind = 'body';
    below.rule = 'body.ocrLeadAfterScrap';
  }
}
