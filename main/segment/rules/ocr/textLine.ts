/**
 * The lines raw OCR read as text or took for a title: the only ones the signature, wire-credit and
 * name-over-office rules re-read (a line already read as a dateline, byline, credit or furniture keeps
 * its kind). Signals: the line's kind. Thresholds: none.
 */
import type { Line } from '../../lines';

export function bodyOrTitle(l: Line | undefined): l is Line {
  return l !== undefined && (l.kind === 'body' || l.kind === 'title');
}
