/**
 * Rule subhead.numberedSection (issue 14, article starts without separators): a document printed in
 * full (a plan, a regulation, a notice) heads its parts with ordinals (`第七章  推进生态文明建设`,
 * `（五）申报时限`, `五、日程安排`). Where nothing sets articles apart, such a head with a cut piece
 * of text under it reads as a title group of several lines; but a part numbered past the first,
 * inside an article that has text, goes on with the document before it: it is a crosshead. (The
 * first part, `第一章`, may head a new document, so it is left to the other rules.)
 * Signals: the group's first line opening with an ordinal other than one; the current article's body.
 * Thresholds: none.
 */

/** A part's ordinal: 第N章/节/部分/篇, N、, （N）, with N a Chinese numeral other than 一. */
const LATER_PART =
  /^(?:第[二三四五六七八九十][一二三四五六七八九十]*(?:章|节|部分|篇)|[二三四五六七八九十][一二三四五六七八九十]*、|[（(][二三四五六七八九十][一二三四五六七八九十]*[）)])/u;

/** The line heads a later part of a numbered document. */
export function laterNumberedPart(body: string): boolean {
  return LATER_PART.test(body.trim());
}
