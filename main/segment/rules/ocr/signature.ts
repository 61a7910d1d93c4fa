/**
 * Rule credit.ocrSignature: a 1916 item often closes with its writer's signature on a line of its own
 * (`H. L. BROWN, Secretary.`, `R. T. Moss, Supt.`) or, clipped from another paper, with that paper's
 * name (`Millbrook Gazette.`, `Evening-Courier.`). Raw OCR reads it as a short paragraph; as a credit it
 * closes its item.
 * Signals: the line is a name with one to three initials and a surname, with an office after a
 * comma, ending in a full stop; or one to four capitalised words whose last is a newspaper's name word
 * (Gazette, Herald, Appeal …), ending in a full stop. The line above ends a sentence; the line below
 * is a title, page furniture or another credit (the next piece starts), or there is none: the line
 * closes its item. A name with its office after a comma needs no such line below: its shape is
 * enough (raw OCR often reads the next piece's headline as text).
 * Thresholds: OCR_SIGNATURE_MAX_CHARS.
 */
import type { Line } from '../../lines';
import { OCR_SIGNATURE_MAX_CHARS } from '../../thresholds';
import { ocrEndsSentence } from './sentenceEnd';
import { bodyOrTitle } from './textLine';

/** `J. SMITH.`, `H. L. Brown, Secretary.` */
const SIGNED_NAME = /^(?:[A-Z]\.\s*){1,3}[A-Z][A-Za-z'’-]+(?:,\s*[A-Z][A-Za-z.'’ -]*)?\.$/u;
/** …with the writer's office after a comma (`R. T. Moss, Supt.`): a signature wherever the next piece starts. */
const NAME_WITH_OFFICE = /^(?:[A-Z]\.\s*){1,3}[A-Z][A-Za-z'’-]+,\s*[A-Z][A-Za-z.'’ -]*\.$/u;
/** The words a newspaper's name ends on (`Gazette`, `Herald`, `Times` …); wireCredit.ts reads them too. */
export const PAPER_WORDS =
  'Appeal|Argus|Banner|Bee|Courier|Democrat|Enterprise|Gazette|Herald|Journal|News|Post|Record|Register|Reporter|Republican|Sentinel|Star|Times|Tribune';
/** A newspaper's name closing a clipped item (`Millbrook Gazette.`, `Evening-Courier.`). */
const PAPER_NAME = new RegExp(`^(?:[A-Z][A-Za-z'’.]*[\\s-]+){0,3}(?:${PAPER_WORDS})\\.$`, 'u');

/** Reads like a signature or a source line standing on its own line. */
export function signatureShaped(body: string): boolean {
  return body.length <= OCR_SIGNATURE_MAX_CHARS && (SIGNED_NAME.test(body) || PAPER_NAME.test(body));
}

export function markOcrSignatures(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (!bodyOrTitle(l) || !signatureShaped(l.body)) continue;
    const above = lines[i - 1] as Line;
    if (!bodyOrTitle(above) || !ocrEndsSentence(above.body)) continue;
    const below = lines[i + 1];
    const closes =
      NAME_WITH_OFFICE.test(l.body) ||
      !below ||
      below.kind === 'title' ||
      below.kind === 'furniture' ||
      below.kind === 'credit' ||
      below.kind === 'byline';
    if (!closes) continue;
    l.kind = 'credit';
    l.rule = 'credit.ocrSignature';
  }
}
