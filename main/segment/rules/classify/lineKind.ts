/**
 * Rule family: a line's kind seen alone (furniture, lead, byline, photographer, credit, caption,
 * title candidate, body).
 * Signals: the line's text against the pattern lists of patterns.ts, its display width, first and
 * last character (cheap gates before any regular expression).
 * Thresholds: FURNITURE_MAX_WIDTH, LEAD_HEAD_CHARS, BYLINE_MAX_WIDTH, PHOTOGRAPHER_MAX_WIDTH,
 * CREDIT_MAX_WIDTH, BRACKET_CREDIT_MAX_CHARS, CAPTION_MAX_CHARS; title shape in titleShape.ts.
 * Codes: furniture.pattern, lead.chinese, byline.by, lead.dateline, photographer.pattern,
 * credit.pattern, caption.pattern, title.shape, body.default.
 */
import type { Line, LineKind } from '../../lines';
import {
  CAPTION_ANY,
  CREDIT_ANY,
  FURNITURE_ANY,
  LEAD_EN,
  LEAD_ZH_ANY,
  matchesAny,
  mayBeCredit,
  mayBePhotographer,
  PHOTOGRAPHER_ANY,
} from '../../patterns';
import {
  BRACKET_CREDIT_MAX_CHARS,
  BYLINE_MAX_WIDTH,
  CAPTION_MAX_CHARS,
  CREDIT_MAX_WIDTH,
  FURNITURE_MAX_WIDTH,
  LEAD_HEAD_CHARS,
  PHOTOGRAPHER_MAX_WIDTH,
} from '../../thresholds';
import type { RuleCode } from '../codes';
import { charSet, isSpace } from '../../text';
import { isTitleCandidate } from './titleShape';

/** The kind each classification code gives a line. */
const KIND_OF: Readonly<Record<string, LineKind>> = {
  'furniture.pattern': 'furniture',
  'lead.chinese': 'lead',
  'lead.dateline': 'lead',
  'byline.by': 'byline',
  'photographer.pattern': 'photographer',
  'credit.pattern': 'credit',
  'caption.pattern': 'caption',
  'title.shape': 'title',
  'body.default': 'body',
};

/** The line kind a classification code stands for. */
export function kindOf(code: RuleCode): LineKind {
  return KIND_OF[code] ?? 'body';
}

/**
 * Can a line starting with this character classify as a lead? Only the two lead checks below
 * return a lead code, and each is gated on the first character, so a caller may skip lineRule
 * when this is false (see the cut-lead check in pass.ts).
 */
export function mayOpenLead(first: number): boolean {
  return ZH_LEAD_FIRST.has(first) || (first >= 0x41 && first <= 0x5a);
}

/** The kind of a line seen alone. */
export function classifyLine(line: Omit<Line, 'kind' | 'opens' | 'rule' | 'no' | 'start'>): LineKind {
  return kindOf(lineRule(line));
}

/**
 * The rule that classifies a line seen alone. Patterns run only on short lines or on a line's head,
 * so classification stays linear in the text however long its paragraphs are.
 */
export function lineRule(line: Omit<Line, 'kind' | 'opens' | 'rule' | 'no' | 'start'>): RuleCode {
  const { body, width } = line;
  const first = body.charCodeAt(0);
  const last = body.charCodeAt(body.length - 1);
  if (
    width <= FURNITURE_MAX_WIDTH &&
    mayBeFurniture(body) &&
    mayMatchFurniture(body) &&
    matchesAny(FURNITURE_ANY, body)
  )
    return 'furniture.pattern';
  // Cheap gates before the regular expressions: leads start with one of a few characters.
  if (ZH_LEAD_FIRST.has(first) && matchesAny(LEAD_ZH_ANY, headOf(body))) return 'lead.chinese';
  const latinCapital = first >= 0x41 && first <= 0x5a;
  if (latinCapital && width <= BYLINE_MAX_WIDTH && LEAD_EN[0]?.test(body)) return 'byline.by';
  if (latinCapital && matchesAny(LEAD_EN_DATELINES, headOf(body))) return 'lead.dateline';
  // Photographer lines first: `本报记者 王晓东摄` would also read as a reporter credit.
  if (width <= PHOTOGRAPHER_MAX_WIDTH && mayBePhotographer(body) && matchesAny(PHOTOGRAPHER_ANY, body))
    return 'photographer.pattern';
  // A bracketed wire credit (`(Reporting by …; Editing by …)`) runs longer than other credits.
  const creditWidth =
    width <= CREDIT_MAX_WIDTH || (first === 0x28 && body.length <= BRACKET_CREDIT_MAX_CHARS);
  if (creditWidth && mayBeCredit(body) && matchesAny(CREDIT_ANY, body)) return 'credit.pattern';
  if (
    body.length <= CAPTION_MAX_CHARS &&
    (CAPTION_LAST.has(last) || CAPTION_FIRST.has(first)) &&
    matchesAny(CAPTION_ANY, body)
  )
    return 'caption.pattern';
  return isTitleCandidate(line) ? 'title.shape' : 'body.default';
}

/** Lead patterns run on a line's first LEAD_HEAD_CHARS characters only. */
function headOf(body: string): string {
  return body.length > LEAD_HEAD_CHARS ? body.slice(0, LEAD_HEAD_CHARS) : body;
}

/** The dateline patterns (LEAD_EN without its `By` line pattern), sliced once rather than per line. */
const LEAD_EN_DATELINES = LEAD_EN.slice(1);
const codes = charSet;
const ZH_LEAD_FIRST = codes('本新中人央光据據(（');
/** Every furniture pattern needs one of these (a digit, 版, a paper's 报, an editor line's 编, a jump or price word). */
export const MAYBE_FURNITURE = /[0-9０-９版报報编編]|cent|continued|concluded|see\s|page/iu;
/** The characters MAYBE_FURNITURE's class matches anywhere. */
const FURNITURE_SIGN = codes('0123456789０１２３４５６７８９版报報编編');
/** Letters its words can match case-insensitively: ASCII ones, ſ (folds to s) and the Kelvin sign (to k). */
const FOLDED_LETTER = codes('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u017f\u212a');

/**
 * MAYBE_FURNITURE.test(body), the expression run only on a line with a letter before any of its
 * signs: a Chinese line is answered by one loop over its characters (property-tested).
 */
export function mayBeFurniture(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (FURNITURE_SIGN.has(c)) return true;
    if (FOLDED_LETTER.has(c)) return MAYBE_FURNITURE.test(body);
  }
  return false;
}
/** The characters all FURNITURE patterns but three need one of (版, a paper's 报, an editor line's 编). */
const FURNITURE_WORD = codes('版报報编編');

/**
 * False only where no FURNITURE pattern can match (property-tested against FURNITURE_ANY), asked of
 * the lines mayBeFurniture lets through (Chinese lines with a figure, most of them text): every
 * pattern needs 版, 报/報, 编/編 or a Latin letter (FOLDED_LETTER: ſ and the Kelvin sign fold to
 * letters under /iu), but a bare date, a date with its weekday and a page number between dashes,
 * which open with a digit, a dash or a space. A pattern added to FURNITURE must be let through here.
 * Running the expressions on a line that fails them all cost about as much as the rest of
 * classifying it.
 */
export function mayMatchFurniture(body: string): boolean {
  const first = body.charCodeAt(0);
  if (
    (first >= 0x30 && first <= 0x39) ||
    first === 0x2d ||
    first === 0x2013 ||
    first === 0x2014 ||
    isSpace(first)
  )
    return true;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (FURNITURE_WORD.has(c) || FOLDED_LETTER.has(c)) return true;
  }
  return false;
}
const CAPTION_LAST = codes('摄攝发發图圖)）.');
const CAPTION_FIRST = codes('图圖上下左右P');
