/**
 * Rule title.ocrShortCaps: a 1916 headline set in capitals over several short lines breaks where the
 * column does, and one of its lines may hold a single short word (`WORKMEN` / `WIN` / `IRON WORKS
 * STRIKE`). Too few capitals to count as a capitals line, such a line is taken for text
 * (body.wrappedTitleNotCaps): the headline is cut in two and its second half opens an invented
 * article. Right under a capitals title line, a title-shaped line whose letters are all capitals is
 * a line of the same headline. Lines of one or two characters stay column noise (noiseLine.ts).
 * Signals: the line was title-shaped before the wrapped-layout demotion; its letters are all
 * capitals; it is longer than a noise line; the line above is a capitals title line.
 * Thresholds: OCR_NOISE_LINE_MAX_CHARS (through isOcrNoiseLine).
 */
import type { Line } from '../../lines';
import { isOcrNoiseLine } from './noiseLine';

export function keepShortCapsInStack(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    const above = lines[i - 1] as Line;
    if (l.rule !== 'body.wrappedTitleNotCaps' || above.kind !== 'title' || !above.caps) continue;
    if (!/[A-Z]/u.test(l.body) || /[a-z]/u.test(l.body) || isOcrNoiseLine(l)) continue;
    l.kind = 'title';
    l.caps = true;
    l.rule = 'title.ocrShortCaps';
  }
}
