/**
 * Rule subhead.pictureColumnLabel (issue 14, article starts without separators): a paper runs its
 * pictures under a picture column and credits each one to it in brackets after the photographer
 * (`王  明摄（影像中国）`). Printed alone on a line under a picture story (its caption text), the
 * column's name labels that picture, the story above; where nothing sets articles apart it stands
 * right over the next story's titles and reads as their kicker. The name is the picture column's
 * when the same file prints it, bracketed, after a photographer's credit; the line then closes the
 * story above, and the next story starts under it.
 * Signals: the line is exactly a name the file prints in brackets after `摄` (`摄影`, `摄影报道`);
 * it is the first line of a title group, inside a story with text.
 * Thresholds: none.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { endsOnRoundClose } from '../titles/titleMarks';

/** A photographer's credit ending with the picture column's name in brackets (`王明摄（影像中国）`). */
const CREDITED_TO_COLUMN = /摄(?:影报道|影)?[（(]([^（）()]{2,10})[)）]$/u;

/** The picture columns each file's photographer credits name, per lines array (read once per file). */
const fileColumns = new WeakMap<readonly Line[], ReadonlySet<string>>();

function pictureColumns(lines: readonly Line[]): ReadonlySet<string> {
  let names = fileColumns.get(lines);
  if (names === undefined) {
    const found = new Set<string>();
    // An indexed loop, not for…of, and the last unit read as a number, not as a string (`at(-1)`
    // made a string of each line's last Chinese character): this once-per-file loop reads every line.
    for (let i = 0; i < lines.length; i++) {
      const body = lines[i]!.body;
      // Cheap gate: only a line ending on a closing bracket can end with a credited column.
      if (!endsOnRoundClose(body)) continue;
      const name = CREDITED_TO_COLUMN.exec(body)?.[1];
      if (name) found.add(name.trim());
    }
    names = found;
    fileColumns.set(lines, names);
  }
  return names;
}

/** The title line at `start` is the picture column's name labelling the picture story above. */
export function pictureColumnLabel(lines: readonly Line[], start: number, b: IssueBuilder): boolean {
  const first = lines[start];
  if (!first || !b.current || !b.hasBody()) return false;
  const names = pictureColumns(lines);
  return names.size > 0 && names.has(first.body.trim());
}
