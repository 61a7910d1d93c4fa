/**
 * Rules body.colonLine and body.speakerTurn: a title-shaped line ending with a colon introduces what
 * follows (`会议明确了今年的重点任务：`); it is a kicker only when a title line follows it. A speaker's
 * turn in an interview (`记者：您怎么看`, `问：…`) is text, never a title, even without a question mark.
 * Signals: the line's last character, its opening label, the kind of the next line.
 * Thresholds: none.
 */
import type { Line } from '../../lines';
import { SPEAKER } from '../joins/itemOpener';

export function demoteColonLines(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.kind !== 'title') continue;
    if (SPEAKER.test(l.body)) {
      l.kind = 'body';
      l.rule = 'body.speakerTurn';
    } else if (/[：:]$/u.test(l.body) && lines[i + 1]?.kind !== 'title') {
      l.kind = 'body';
      l.rule = 'body.colonLine';
    }
  }
}
