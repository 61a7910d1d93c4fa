/**
 * Rule title.storyStartLine: where an article starts at a body line because the story above ended
 * (a page break, a closing credit or caption: articles/afterStoryEnd.ts), that line is the new
 * story's headline when it reads as one: it ends on no sentence or clause mark (`航空合作，中外共建
 * 新航线`, a headline with a comma, or `“谢谢你们！”（记者手记）` closing on a column tag) and does
 * not open a list item (`■…`, `1.…`). A first paragraph ends its sentence; a headline does not.
 * Title lines right under it join it in one title group, whose roles titles/roles.ts assigns (the
 * line is then mostly a kicker that reads like text: `全线采用新标准，设计时速160公里`).
 * Signals: the line's last character (behind closing quotes and brackets), its first character.
 * Thresholds: none (the start rule bounds the line's width by TITLE_MAX_WIDTH).
 */
import type { Line } from '../../lines';
import type { RuleCode } from '../codes';

/** A clause mark at the end: the line goes on (`…表示：`, `…，`), so it is text. */
const CLAUSE_END = /[，、；：,;:…—][”’」』]*$/u;
/** A list item or a bulleted point opens text, never a headline. */
const ITEM_START = /^(?:[■●◆▲□○◇△★☆·•※]|[0-9０-９一二三四五六七八九十]{1,2}[.、．）)])/u;

/** The article-start codes after which the line that starts the story may be its headline. */
const STORY_END_STARTS: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'article.afterPageBreak',
  'article.afterCreditOrCaption',
]);

/**
 * True when the body line at which `start` opened an article is its first title line (the title
 * lines right under it, if any, are the rest of the group).
 */
export function headlineAtStoryStart(line: Line, start: RuleCode): boolean {
  return (
    STORY_END_STARTS.has(start) && !line.ends && !CLAUSE_END.test(line.body) && !ITEM_START.test(line.body)
  );
}
