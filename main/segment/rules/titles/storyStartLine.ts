/**
 * Rule title.storyStartLine: where an article starts at a body line because the story above ended
 * (a page break, a closing credit or caption: articles/afterStoryEnd.ts), that line is the new
 * story's headline when it reads as one: it ends on no sentence or clause mark (`航空合作，中外共建
 * 新航线`, a headline with a comma, or `“谢谢你们！”（记者手记）` closing on a column tag) and does
 * not open a list item (`■…`, `1.…`). A first paragraph ends its sentence; a headline does not.
 * Title lines right under it join it in one title group, whose roles titles/roles.ts assigns (the
 * line is then mostly a kicker that reads like text: `全线采用新标准，设计时速160公里`).
 * A line ending with a lead-in dash (`长假归来，开工第一天——`) is the story's kicker when the line under
 * it reads as the headline it hands over to (title.headlineUnderLeadIn, leadInHeadline.ts).
 * Where nothing marks where a stack ends (summaryDeck.ts), a short body line right under it that ends
 * on no sentence or clause mark either (`海岛有我，万家团圆`, `林芳：一心向善，此生无悔`) is its second
 * title line (title.storyTitleLine): a story's first paragraph ends its sentence. Each of its phrases
 * has two characters or more (a paragraph's first piece cut by a column break may end on a stub).
 * Signals: the line's last character (behind closing quotes and brackets), its first character; the
 * next line's kind, indent, length and last character.
 * Thresholds: STORY_TITLE_LINE_MAX_CHARS (the start rule bounds the line's width by TITLE_MAX_WIDTH).
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { visibleLength } from '../../text';
import { STORY_TITLE_LINE_MAX_CHARS } from '../../thresholds';
import type { RuleCode } from '../codes';
import { stacksUnmarked } from './stacksUnmarked';
import { CLAUSE_MARK_END, LIST_ITEM_START } from './titleMarks';

/** The article-start codes after which the line that starts the story may be its headline. */
export const STORY_END_STARTS: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'article.afterPageBreak',
  'article.afterCreditOrCaption',
  'article.afterContactLine',
]);

/**
 * True when the body line at which `start` opened an article is its first title line (the title
 * lines right under it, if any, are the rest of the group).
 */
export function headlineAtStoryStart(line: Line, start: RuleCode, leadsIn = false): boolean {
  if (!STORY_END_STARTS.has(start) || LIST_ITEM_START.test(line.body)) return false;
  // A kicker leading in with a dash over the headline it hands over to (leadInHeadline.ts).
  return leadsIn || (!line.ends && !CLAUSE_MARK_END.test(line.body));
}

/**
 * True when the body line at k, right under a story's first line read as its headline, is a second
 * title line of the story, in a file that does not set its title stacks apart.
 */
export function storyTitleLineAt(lines: Line[], k: number, layout: Layout): boolean {
  const line = lines[k];
  if (!stacksUnmarked(layout) || line?.kind !== 'body' || line.indent || line.opens || line.ends)
    return false;
  const text = line.body;
  if (
    visibleLength(text) > STORY_TITLE_LINE_MAX_CHARS ||
    CLAUSE_MARK_END.test(text) ||
    LIST_ITEM_START.test(text)
  )
    return false;
  // A headline's phrases are words; a column break cutting a paragraph may leave a stub (`…海内外，精`).
  return text.split(PHRASE_BREAK).every((phrase) => visibleLength(phrase) >= 2);
}

/** Where a title line's phrases meet: a comma, a colon or a space. */
const PHRASE_BREAK = /[，,：:\s\u3000]+/u;
