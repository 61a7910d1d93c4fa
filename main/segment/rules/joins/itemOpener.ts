/**
 * Signals for the join rules break.itemOpener and break.closedLine (joinRule.ts).
 * An item opener starts a paragraph of its own: the paper prints each numbered item, each list
 * mark and each speaker's turn as a paragraph. Strong openers (`（一）`, `①`, `■`, `第三章`) do so
 * whatever ends the line before, unless it ends with a comma; weak ones (`一是`, `2.`, `首先，`,
 * `记者：`) only after a clause end (；：。！？).
 * A closed tail: text stopping on a closing bracket, a dash, a colon or a semicolon ended a title,
 * a credit or an introduction; a column or page break cuts text mid-clause, on a character, a digit,
 * a comma, a quote or an opening bracket.
 * Thresholds: none.
 */
import { charSet } from '../../text';

export const STRONG_OPENER =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳]|[■●◆▲★□]|第[一二三四五六七八九十百\d]{1,4}[章节条编部](?:[\s\u3000]|$))/u;
export const SPEAKER = /^(?:记者|本报记者|问|答|主持人|Q|A)\s*[:：]/u;
export const WEAK_OPENER =
  /^(?:[一二三四五六七八九十]{1,3}(?:是|要|[、．.])|第[一二三四五六七八九十\d]{1,3}[，,、]|[0-9０-９]{1,2}[、．.](?![0-9０-９])|(?:首先|其次|再次|最后|此外)[，,]|(?:记者|本报记者|问|答|主持人|Q|A)\s*[:：])/u;
/**
 * First characters of STRONG_OPENER and WEAK_OPENER (each is anchored on one): a line starting
 * with none of them opens no item, so the join rule skips both expressions (property-tested).
 */
const OPENER_FIRST = charSet(
  '（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳■●◆▲★□第一二三四五六七八九十0123456789０１２３４５６７８９首其再最此记本问答主QA',
);

/** Can the line open an item (STRONG_OPENER or WEAK_OPENER)? False only where neither matches. */
export function mayOpenItem(body: string): boolean {
  return OPENER_FIRST.has(body.charCodeAt(0));
}

/** A clause or sentence ends here: a weak opener may follow. */
export const CLAUSE_END = /[；;：:。！？!?…][”’」』）)]*$/u;
/** A comma ends the text: even a strong opener continues the sentence. */
export const COMMA_END = /[，,、]$/u;

/**
 * Besides characters: commas, opening brackets, and closing quotes (a quoted term runs on: `“人才”模式`;
 * a real cut there is seen in the Tongzhou dump), and the joiners no text ends on (`科创板+`, `艾力更·`).
 */
const OPEN_END = charSet('，,、“‘《（(〈「『”’」』"\'-%％+＋·・/／&＆');

/** The text stops mid-clause: on a Han character, a letter, a digit, a comma or an opening bracket. */
export function openTail(tail: string): boolean {
  const c = tail.charCodeAt(tail.length - 1);
  if (Number.isNaN(c)) return false;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
    return true;
  // The second half of a character outside the BMP (rare Han extensions).
  if (c >= 0xdc00 && c <= 0xdfff) return true;
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  // Fullwidth digits and letters only: ：；？ and the other marks between them close a clause.
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
    return true;
  return OPEN_END.has(c);
}
