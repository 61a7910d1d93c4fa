/**
 * Rule subhead.signedPiece (issue 14, article starts without separators): a package of signed
 * commentaries (a forum under one headline, a column label over several readers' pieces) prints each
 * piece under its own title with its author's name on the line below (`…的标题` / `王  明` / text). An
 * author's line under a title otherwise marks a new story's headline (article.creditBelow); but once
 * the current story holds such a signed piece inside it (a crosshead with an author's line right
 * under it), the next title over an author's line is the package's next piece, not a new story. So
 * it is right under a note on the writer closing the piece above (`（作者为某大学教授）`): a package
 * of signed pieces closes each one so (on the train days every such title over a name was the
 * package's next piece), while a story signed under its own headline with no such note (a column)
 * still ends where the next signed title stands.
 * A story opened by its own headline and byline holds no such piece: its byline stands under the
 * headline, not under a crosshead. A headline's marks (a column's name in brackets, a deck opening
 * with a dash) still open a new story.
 * Signals: the current story's blocks (a crosshead followed by a credit), the line above the group (a
 * note on the writer), the group's size and marks, an author's line and text under the group.
 * Thresholds: SECTION_TITLE_MAX_LINES.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { SECTION_TITLE_MAX_LINES } from '../../thresholds';
import { headlineMarked } from './titleGroupStarts';

/** The group [start, end), over an author's line and text, is the next signed piece of the current story's package. */
export function nextSignedPiece(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  if (end - start > SECTION_TITLE_MAX_LINES || !b.current || !b.hasBody()) return false;
  if (lines[end]?.kind !== 'credit' || lines[end + 1]?.kind !== 'body') return false;
  if (headlineMarked(lines.slice(start, end))) return false;
  return holdsSignedPiece(b.current.blocks) || WRITER_NOTE.test(lines[start - 1]?.body ?? '');
}

/** A note on the writer closing the piece above (`（作者为某大学教授）`). */
const WRITER_NOTE = /^[（(]作者[为系是]/u;

/** A crosshead with a credit right under it (furniture aside) among the blocks. */
function holdsSignedPiece(blocks: ReadonlyArray<{ kind: string }>): boolean {
  let previous: string | null = null;
  for (const block of blocks) {
    if (block.kind === 'furniture') continue;
    if (previous === 'subhead' && block.kind === 'credit') return true;
    previous = block.kind;
  }
  return false;
}
