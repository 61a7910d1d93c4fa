/**
 * Rules article.editorsNote and article.photoItem: body lines that open an item of their own
 * although no lead starts them: an editor's note, and a dated picture text directly followed by its
 * photographer line (a photo item, as opposed to a caption inside a story, which rarely repeats the
 * date). Only the line after a finished sentence opens an item (pass.ts checks that), so an artifact
 * break cannot split a paragraph here.
 * Signals: the line's first characters (编者按, a day `4月12日，`), the photographer line below, the
 * line above (body or lead), the blank gap, where the first sentence stop falls.
 * Thresholds: PHOTO_TEXT_STOP_FROM_END; the layout's articleGap.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { PHOTO_TEXT_STOP_FROM_END } from '../../thresholds';

/** An editor's note opens a column: the line above it is the column's title, not a crosshead. */
const EDITORS_NOTE = /^(?:编者按|编者的话|编者附言|編者按)/u;
/** Photo news items open with the day the picture was taken: `4月12日，游客在…`. */
const DATED = /^[0-9０-９]{1,2}月[0-9０-９]{1,2}日[，,]/u;

export function markItemOpeners(lines: Line[], layout: Layout): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.kind !== 'body') continue;
    const c = l.body.charCodeAt(0);
    if (c === 0x7f16 || c === 0x7de8) mark(l, EDITORS_NOTE.test(l.body), 'article.editorsNote');
    else if (isDigit(c) && lines[i + 1]?.kind === 'photographer')
      mark(l, DATED.test(l.body) && !midStory(lines[i - 1], l, layout), 'article.photoItem');
  }
}

function mark(l: Line, opens: boolean, code: Line['rule']): void {
  l.opens = opens;
  if (opens) l.rule = code;
}

/**
 * A one-sentence picture text under body text, with no article-sized gap: a caption inside the
 * story it follows, not an item of its own (a photo item tells more than one sentence).
 */
function midStory(above: Line | undefined, line: Line, layout: Layout): boolean {
  if (above === undefined || (above.kind !== 'body' && above.kind !== 'lead')) return false;
  if (line.gap >= layout.articleGap) return false;
  const stop = line.body.search(/[。！？!?]/u);
  return stop === -1 || stop >= line.body.length - PHOTO_TEXT_STOP_FROM_END;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
