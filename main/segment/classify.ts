import type { Line, LineKind } from './lines';
import { CAPTION, CREDIT, FURNITURE, LABEL, LEAD_EN, LEAD_ZH, PHOTOGRAPHER } from './patterns';
import { cjkShare, endsSentence } from './text';

/** True when one of the patterns matches (a plain loop: no closure per call on this per-line path). */
function any(patterns: readonly RegExp[], s: string): boolean {
  for (let i = 0; i < patterns.length; i++) if (patterns[i]?.test(s)) return true;
  return false;
}

/**
 * Can a line starting with this character classify as a lead? Only the two lead checks below
 * return 'lead', and each is gated on the first character, so a caller may skip classifyLine
 * when this is false (see segmentText's cut-lead check).
 */
export function mayOpenLead(first: number): boolean {
  return ZH_LEAD_FIRST.has(first) || (first >= 0x41 && first <= 0x5a);
}

/**
 * The kind of a line seen alone. Patterns run only on short lines or on a line's head, so
 * classification stays linear in the text however long its paragraphs are.
 */
export function classifyLine(line: Omit<Line, 'kind' | 'opens'>): LineKind {
  const { body, width } = line;
  const first = body.charCodeAt(0);
  const last = body.charCodeAt(body.length - 1);
  if (width <= 120 && MAYBE_FURNITURE.test(body) && any(FURNITURE, body)) return 'furniture';
  // Cheap gates before the regular expressions: leads start with one of a few characters.
  if (ZH_LEAD_FIRST.has(first) && any(LEAD_ZH, headOf(body))) return 'lead';
  const latinCapital = first >= 0x41 && first <= 0x5a;
  if (latinCapital && width <= 70 && LEAD_EN[0]?.test(body)) return 'byline';
  if (latinCapital && any(LEAD_EN_DATELINES, headOf(body))) return 'lead';
  // Photographer lines first: `本报记者 王晓东摄` would also read as a reporter credit.
  if (width <= 60 && (CAPTION_LAST.has(last) || first === 0x50) && any(PHOTOGRAPHER, body))
    return 'photographer';
  // A bracketed wire credit (`(Reporting by …; Editing by …)`) runs longer than other credits.
  const creditWidth = width <= 90 || (first === 0x28 && body.length <= 140);
  if (creditWidth && (CREDIT_FIRST.has(first) || last === 0x5458 || last === 0x54e1) && any(CREDIT, body))
    return 'credit';
  if (body.length <= 300 && (CAPTION_LAST.has(last) || CAPTION_FIRST.has(first)) && any(CAPTION, body))
    return 'caption';
  return isTitleCandidate(line) ? 'title' : 'body';
}

/** Lead patterns run on a line's first 90 characters only. */
function headOf(body: string): string {
  return body.length > 90 ? body.slice(0, 90) : body;
}

/** The dateline patterns (LEAD_EN without its `By` line pattern), sliced once rather than per line. */
const LEAD_EN_DATELINES = LEAD_EN.slice(1);
const codes = (chars: string) => new Set([...chars].map((c) => c.codePointAt(0) ?? 0));
const ZH_LEAD_FIRST = codes('本新中人央光据據(（');
/** Every furniture pattern needs one of these (a digit, 版, a paper's 报, a jump or price word). */
const MAYBE_FURNITURE = /[0-9０-９版报報]|cent|continued|concluded|see\s|page/iu;
/** First characters of the credit patterns (the 评论员 line is gated by its last character). */
const CREDIT_FIRST = codes('本特记記通实實责責编編版美校审審监監图圖制统統策执執（(—–-RAEWC');
const CAPTION_LAST = codes('摄攝发發图圖)）.');
const CAPTION_FIRST = codes('图圖上下左右P');

/**
 * A line that may be a title or a crosshead: short and without sentence punctuation. Chinese
 * titles carry no clause commas (a comma marks a body fragment); English ones are mostly
 * capitalised words. Capital stacks of raw OCR count even with a full stop.
 */
export function isTitleCandidate(line: Omit<Line, 'kind' | 'opens'>): boolean {
  const { body, width } = line;
  if (width > 130) return false;
  if (LABEL.test(body)) return true;
  // A quote or bracket left open (`“以前从家到单位要倒两`) is a fragment cut by an artifact break.
  if (cjkShare(body) >= 0.3) return chineseTitleShaped(body);
  if (width > 100) return false;
  const words = body.split(/\s+/u);
  if (line.caps) return words.length <= 12;
  if (line.ends || words.length > 14 || /[;]/u.test(body)) return false;
  return capitalisedShare(words) >= 0.5 && !/^[a-z]/u.test(body);
}

/** Share of words of four or more letters that start with a capital (title case). */
export function capitalisedShare(words: string[]): number {
  let long = 0;
  let capital = 0;
  for (const w of words) {
    const letters = w.replace(/[^A-Za-z]/gu, '');
    if (letters.length < 4) continue;
    long++;
    if (/^[^A-Za-z]*[A-Z]/u.test(w)) capital++;
  }
  return long === 0 ? (/^[A-Z0-9"“']/u.test(words[0] ?? '') ? 1 : 0) : capital / long;
}

/**
 * No sentence-ending mark (。！？ anywhere, or a line that ends a sentence), no clause comma or semicolon (，,；;) and no quote or bracket
 * left open: the three checks fused into one pass over the line, since this runs on every short
 * Chinese line. None of the characters tested is a surrogate, so char codes see what /u would.
 */
function chineseTitleShaped(body: string): boolean {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    // 。！？ and ，,；; end the test at once.
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return false;
    if (c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b) return false;
    if (c === 0x201c || c === 0xff08 || c === 0x28 || c === 0x300a || c === 0x300c) depth++;
    else if (c === 0x201d || c === 0xff09 || c === 0x29 || c === 0x300b || c === 0x300d) depth--;
  }
  return depth <= 0 && !endsSentence(body);
}
