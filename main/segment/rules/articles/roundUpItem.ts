/**
 * Rule subhead.roundUpItem (issue 14, article starts without separators): a round-up under a
 * column's label (`微阅读`, `来论`, `速览`: a short label as the headline, the first item's title set
 * under it as a crosshead, subhead.underColumnLabel) prints its items one after another, each closed
 * by a credit of one make (a wire credit in brackets, `（据新华社柏林电 记者X）`; a reader's place and
 * name, `江西新余市  X`; a note in brackets naming each writer by title and name, `（某学院教授 X）`,
 * one make whoever writes). A title line right after such a credit, over an item closed by a credit of
 * the same make, is the next item's title, a crosshead of the round-up, not a new story's headline: an
 * editor reads the label above as covering every item signed alike. A piece signed otherwise (the
 * paper's own correspondent, `（本报巴黎电）`, under wire items), or a credit of another make above (a
 * page's make-up credit), ends the round-up. This rule reads only the run-together layouts, where a
 * credit is otherwise taken to close a story (article.afterCreditOrCaption); stronger signals of a new
 * story (a dateline lead or a byline below, a column's tag on the line, a page break) are read before
 * it and still open one.
 * Signals: the current story's first block (past page furniture) is the crosshead set under its
 * column label; the credit above and the next credit below are of the make of the story's first credit.
 * Thresholds: ROUND_UP_ITEM_MAX_LINES.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { ROUND_UP_ITEM_MAX_LINES } from '../../thresholds';
import { signsOff } from '../credits/signOff';
import { READER_SIGNATURE } from './closingAboveTitles';

/** The current story is a round-up under a column's label: its first block is the first item's title. */
export function inRoundUp(b: IssueBuilder): boolean {
  const a = b.current;
  const rules = a?.provenance?.blocks;
  if (!a || !rules) return false;
  for (let k = 0; k < a.blocks.length; k++) {
    if (a.blocks[k]?.kind === 'furniture') continue;
    return rules[k] === 'subhead.underColumnLabel';
  }
  return false;
}

const BRACKET = /^[（(]/u;
/** What a credit's make reads after its bracket: `据` before the agency is left out. */
const SOURCE_FROM = /^[（(]?据?/u;

/**
 * A credit's make: a reader's signature; else whether it is bracketed and its first two characters
 * past the bracket (`（据新华社…）` and `（新华社…）` alike: `(新华`; `（本报…）`: `(本报`; `制图：…`: `制图`).
 */
export function creditMake(text: string): string {
  const body = text.trim();
  if (READER_SIGNATURE.test(body)) return 'reader';
  // A bracketed note naming its writer by title and name (`（上海商学院教授 周  勇）`): one make, whoever.
  if (PERSON_NOTE.test(body)) return 'person';
  return (BRACKET.test(body) ? '(' : '') + body.replace(SOURCE_FROM, '').slice(0, 2);
}

/**
 * A closing note in brackets naming a person by title and name, apart by a space (`（原某会会长 李  明）`):
 * not a wire's, the paper's or a reporter's credit (`（据新华社…）`, `（本报…）`, `（记者…）`).
 */
const PERSON_NOTE =
  /^[（(](?!据|新华|本报|记者|作者|人民|央视|中新)[^（）()\s]{2,24}[\s\u3000]+[^（）()]{2,8}[)）]$/u;

/** The make of the current story's first credit, or null. */
function firstCreditMake(b: IssueBuilder): string | null {
  const credit = b.current?.blocks.find((block) => block.kind === 'credit');
  return credit ? creditMake(credit.text) : null;
}

/**
 * A title line at `start` after the credit closing an item of a round-up under a column's label, over
 * an item closed by a credit of the same make within ROUND_UP_ITEM_MAX_LINES lines: the next item.
 */
export function roundUpItem(lines: readonly Line[], start: number, b: IssueBuilder): boolean {
  const above = lines[start - 1];
  if (!above || b.lastKind() !== 'credit' || !inRoundUp(b)) return false;
  const make = firstCreditMake(b);
  if (make === null || creditMake(above.body) !== make) return false;
  for (let k = start + 1; k < lines.length && k <= start + ROUND_UP_ITEM_MAX_LINES; k++) {
    const line = lines[k]!;
    // A closing line not yet read as a credit (a reader's signature stands as a title line until the pass reaches it).
    if (line.kind === 'credit' || signsOff(line.body)) return creditMake(line.body) === make;
    if (line.kind === 'furniture' || line.kind === 'lead') return false;
  }
  return false;
}
