import type { Layout } from './layout';
import type { Line } from './lines';
import { endsSentence, startsAsContinuation } from './text';

/**
 * Whether a body line continues the open paragraph, and why: null for a paragraph break,
 * otherwise the repair reason. `prev` is the last line put into the paragraph.
 */
export function joinReason(prev: Line, line: Line, layout: Layout, tail: string): string | null {
  const ended = endsSentence(tail);
  if (!ended && startsAsContinuation(line.body)) return reasonFor(tail, line, layout);
  if (layout.indented && !(layout.wrapped && line.gap === 0)) {
    if (line.indent) return null;
    return ended ? 'continuation without paragraph indent' : reasonFor(tail, line, layout);
  }
  if (line.gap === 0 && layout.wrapped) {
    if (layout.blankSeparated) return reasonFor(tail, line, layout);
    // Raw OCR: a sentence end on a short printed line (or an indented next line) ends the paragraph.
    // So does a sentence end where the next line's first word would have fitted: the typesetter
    // would have set it there had the paragraph gone on.
    if (ended && (prev.width < layout.lineWidth * 0.8 || line.indent || nextWordFits(prev, line, layout)))
      return null;
    return reasonFor(tail, line, layout);
  }
  return ended ? null : reasonFor(tail, line, layout);
}

function reasonFor(tail: string, line: Line, layout: Layout): string {
  const last = tail.charCodeAt(tail.length - 1);
  if (last === 0x2d || last === 0xad || last === 0x2010) return 'word hyphenated across the break';
  if (line.gap === 0 && layout.wrapped) return 'printed line wrap';
  return 'no sentence end before the break';
}

function nextWordFits(prev: Line, line: Line, layout: Layout): boolean {
  const space = line.body.indexOf(' ');
  const word = space === -1 ? line.body.length : space;
  return prev.width + 1 + word <= layout.lineWidth;
}
