/**
 * Rule title.shape: a line that may be a title or a crosshead, seen alone: short and without
 * sentence punctuation. Chinese titles carry no clause commas (a comma marks a body fragment);
 * English ones are mostly capitalised words. Capital stacks of raw OCR count even with a full stop.
 * Signals: width, CJK share, sentence end, word count, capitals, capitalised share, open brackets.
 * A contact line (an e-mail or web address, `投稿邮箱：`) is never a title (articles/contactLine.ts).
 * A headline followed by its column's name in brackets (`老手艺，让年味更浓郁（短评）`) is a title
 * even with a clause comma, if no sentence ends before the bracket (COLUMN_TAG_LINE_MAX_CHARS,
 * COLUMN_TAG_HEAD_MIN_CHARS).
 * Chinese phrases set apart by a wide gap of two full-width spaces or more (a promotion box
 * `看…<U+3000><U+3000>品…`, a winner's name and school) are no title (wideGapInside): a title's phrases stand apart
 * by one space.
 * Thresholds: TITLE_MAX_WIDTH, LATIN_TITLE_MAX_WIDTH, CJK_TEXT_SHARE, CAPS_TITLE_MAX_WORDS,
 * TITLE_MAX_WORDS, TITLE_MIN_CAPITALISED, LONG_WORD_LETTERS.
 */
import type { Line } from '../../lines';
import { LABEL, mayBeLabel } from '../../patterns';
import { isContactLine } from '../articles/contactLine';
import { cjkShareAtLeast, endsSentence } from '../../text';
import { endsOnRoundClose } from '../titles/titleMarks';
import {
  CAPS_TITLE_MAX_WORDS,
  CJK_TEXT_SHARE,
  COLUMN_TAG_HEAD_MIN_CHARS,
  COLUMN_TAG_LINE_MAX_CHARS,
  LATIN_TITLE_MAX_WIDTH,
  LONG_WORD_LETTERS,
  TITLE_MAX_WIDTH,
  TITLE_MAX_WORDS,
  TITLE_MIN_CAPITALISED,
} from '../../thresholds';

export function isTitleCandidate(line: Omit<Line, 'kind' | 'opens' | 'rule' | 'no' | 'start'>): boolean {
  const { body, width } = line;
  if (width > TITLE_MAX_WIDTH) return false;
  if (mayBeLabel(body) && LABEL.test(body)) return true;
  // An address or a contact label (`投稿邮箱：…`) is no title (articles/contactLine.ts).
  if (isContactLine(body)) return false;
  // Measured once: the tagged-headline test and the script test below both read it. Only whether
  // the share reaches CJK_TEXT_SHARE is read, known for most lines before their end.
  const chinese = cjkShareAtLeast(body, CJK_TEXT_SHARE);
  if (taggedHeadline(body, chinese)) return true;
  // A quote or bracket left open (`“以前从家到单位要倒两`) is a fragment cut by an artifact break.
  if (chinese) return chineseTitleShaped(body);
  if (width > LATIN_TITLE_MAX_WIDTH) return false;
  const words = body.split(/\s+/u);
  if (line.caps) return words.length <= CAPS_TITLE_MAX_WORDS;
  if (line.ends || words.length > TITLE_MAX_WORDS || /[;]/u.test(body)) return false;
  return capitalisedShare(words) >= TITLE_MIN_CAPITALISED && !/^[a-z]/u.test(body);
}

/** Share of words of LONG_WORD_LETTERS or more letters that start with a capital (title case). */
export function capitalisedShare(words: string[]): number {
  let long = 0;
  let capital = 0;
  for (const w of words) {
    const letters = w.replace(/[^A-Za-z]/gu, '');
    if (letters.length < LONG_WORD_LETTERS) continue;
    long++;
    if (/^[^A-Za-z]*[A-Z]/u.test(w)) capital++;
  }
  return long === 0 ? (/^[A-Z0-9"“']/u.test(words[0] ?? '') ? 1 : 0) : capital / long;
}

/**
 * No sentence-ending mark (。！？ anywhere, or a line that ends a sentence), no clause comma or
 * semicolon (，,；;) and no quote or bracket left open: the three checks fused into one pass over
 * the line, since this runs on every short Chinese line. None of the characters tested is a
 * surrogate, so char codes see what /u would.
 */
function chineseTitleShaped(body: string): boolean {
  if (wideGapInside(body)) return false;
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

/**
 * Two Chinese phrases set apart by a wide gap of two full-width spaces or more (`看…<U+3000><U+3000>品…`, a name
 * and a school set apart in a list of winners): the way a page sets a promotion box or a table row,
 * never a title, whose phrases stand apart by one space (`植树植出绿山岗 养蜂养来甜日子`).
 */
export function wideGapInside(body: string): boolean {
  return body.includes('\u3000\u3000') && WIDE_GAP.test(body);
}

const WIDE_GAP = /\p{Script=Han}\u3000{2,}\p{Script=Han}/u;

/** A column's name in brackets at the end of a line: `（人民论坛）`, `(体坛观澜)`. */
const COLUMN_TAG = /[（(]([^（）()]{2,40})[)）]$/u;
/** Bracketed end notes, credits and dates are not column names. */
const NOT_A_COLUMN = /电|记者|通讯员|摄|完|作者|据|来源|编者|本报|新华社|年|月|日/u;

/** `chinese`: the body's cjkShare reaches CJK_TEXT_SHARE. */
function taggedHeadline(body: string, chinese: boolean): boolean {
  if (body.length > COLUMN_TAG_LINE_MAX_CHARS || !chinese) return false;
  // COLUMN_TAG ends on a closing bracket: without one last, it would try every position for nothing.
  if (!endsOnRoundClose(body)) return false;
  const m = COLUMN_TAG.exec(body);
  if (!m || NOT_A_COLUMN.test(m[1] ?? '')) return false;
  const head = body.slice(0, m.index);
  return head.length >= COLUMN_TAG_HEAD_MIN_CHARS && !/[。！？!?；;]/u.test(head);
}
