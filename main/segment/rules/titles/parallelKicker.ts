/**
 * Rule title.kickerInLineParallel: where a file prints the kicker on the headline's line with
 * nothing between (kickerInLine.ts decides the file does), the cut is found by the paired phrases
 * Chinese titles are made of. A kicker or a headline is often two (or three) phrases of the same
 * length set apart by a space (`植树植出绿山岗 养蜂养来甜日子`, `一户带头 全村跟进`); printed run
 * on, one phrase of the pair is glued to the other title:
 * - `…推行河长巡查制度让浊水变清 把清水留住`: the first piece is longer than the equal-length
 *   phrase after it by a kicker: the headline's first phrase is the first piece's last characters,
 *   as many as the phrase after it has;
 * - `讲究勤俭  珍惜粮食从老家账本里看懂家风`: the last piece is longer than the equal-length phrase
 *   before it by a headline: the kicker's last phrase is that piece's first characters.
 * Phrases are counted in characters without their quotes, book-title marks and brackets
 * (`工地“缩水钢” 牵出违规案`: five and five), a closing mark going with the kicker before the cut.
 * A headline's column name in brackets at the end (`（人民论坛）`) is left out of the measure. The
 * cut is made only when exactly one piece is so lengthened and no space stands inside quotes or
 * brackets; never inside quotes or brackets, never
 * before a closing mark or a digit, and never when the part cut off holds a colon (a speaker's
 * label, `国台办：…`, leads into what follows in one title).
 * Signals: the spaces of the line and the lengths (characters) of the pieces between them.
 * Thresholds: PARALLEL_PHRASE_MIN, PARALLEL_PHRASE_MAX, PARALLEL_EXTRA_MIN, PARALLEL_HEADLINE_MIN.
 */
import {
  PARALLEL_EXTRA_MIN,
  PARALLEL_HEADLINE_MIN,
  PARALLEL_PHRASE_MAX,
  PARALLEL_PHRASE_MIN,
} from '../../thresholds';
import { COLUMN_TAG, MARK, OPENERS, openMarksBefore } from './titleMarks';
import { endsOnComma } from './kickerModel';

const PIECE = /[^\s\u3000]+/gu;
/** A title never starts with these: a closing mark, a clause mark, a digit or letter going on. */
const NO_START = /^[0-9A-Za-z０-９.．%％”’）)》」』，、。！？：:]/u;
/**
 * A headline may open with a figure and its unit (`2018年…`, `83.25万人次…`) after a phrase of Han
 * characters: the digit does not go on from the phrase. A figure ending on a mark (`12.5%以上`) or
 * going on into letters (`5G`) still belongs to the phrase before it.
 */
const FIGURE_START = /^[0-9０-９]+(?:[.．][0-9０-９]+)?\p{Script=Han}/u;
const HAN_END = /\p{Script=Han}$/u;

interface Piece {
  start: number;
  end: number;
  /** Characters (code points, marks left out: phraseChars): a title's phrases are counted in characters. */
  length: number;
}

/** The offset where the kicker run on before the headline ends, or null when no phrase pair shows it. */
export function parallelCut(text: string): number | null {
  // A column's name in brackets at the end (`（…（上））` too) is not part of the phrases.
  const tag = COLUMN_TAG.exec(text);
  const body = tag ? text.slice(0, tag.index) : text;
  const pieces = piecesOf(body);
  if (pieces.length < 2) return null;
  // Quotes and brackets open before each offset (`body` is the start of `text`). A space inside
  // quotes or brackets (`“老街坊 新生活”`) parts no phrases of the title.
  const open = openMarksBefore(text);
  if (pieces.some((p, k) => k > 0 && open[p.start]! > 0)) return null;
  const found: Array<{ at: number; from: number; to: number }> = [];
  for (let i = 0; i + 1 < pieces.length; i++) {
    // The first phrase of a paired headline glued to the kicker: [kicker+A, B(, B…)] with |A| = |B|.
    const long = pieces[i]!;
    const phrase = pieces[i + 1]!.length;
    if (
      phraseLength(phrase) &&
      long.length >= phrase + PARALLEL_EXTRA_MIN &&
      pieces.slice(i + 1).every((p) => p.length === phrase) &&
      pieces.slice(0, i).every((p) => p.length === pieces[0]!.length)
    ) {
      const at = unitsAfter(body, long.start, long.length - phrase);
      found.push({ at, from: long.start, to: at });
    }
  }
  for (let i = 1; i < pieces.length; i++) {
    // The last phrase of a paired kicker glued to the headline: [A(, A…), A+headline].
    const long = pieces[i]!;
    const phrase = pieces[i - 1]!.length;
    if (
      phraseLength(phrase) &&
      long.length >= phrase + PARALLEL_EXTRA_MIN &&
      long.length - phrase >= PARALLEL_HEADLINE_MIN &&
      pieces.slice(0, i).every((p) => p.length === phrase)
    ) {
      const at = unitsAfter(body, long.start, phrase);
      found.push({ at, from: at, to: long.end });
    }
  }
  if (found.length !== 1) return null;
  const { at, from, to } = found[0]!;
  if (/[：:]/u.test(body.slice(from, to))) return null;
  const rest = text.slice(at);
  const figure = FIGURE_START.test(rest) && HAN_END.test(text.slice(0, at));
  if ((NO_START.test(rest) && !figure) || OPENERS.includes(text[at - 1] ?? '')) return null;
  // A kicker never ends on a comma (`瞄准汽车、|家电…`): the phrases counted were a list's items.
  if (endsOnComma(text, at)) return null;
  return open[at]! > 0 ? null : at;
}

function phraseLength(n: number): boolean {
  return n >= PARALLEL_PHRASE_MIN && n <= PARALLEL_PHRASE_MAX;
}

function piecesOf(body: string): Piece[] {
  const out: Piece[] = [];
  for (const m of body.matchAll(PIECE))
    out.push({ start: m.index, end: m.index + m[0].length, length: phraseChars(m[0]) });
  return out;
}

/**
 * The characters a phrase is counted in: quotes, book-title marks and brackets left out
 * (`食堂“缩水肉”` pairs with `牵出违纪案`, five and five).
 */
function phraseChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    else if (MARK[c] !== 0) continue;
    n++;
  }
  return n;
}

/**
 * The UTF-16 offset `chars` counted characters (phraseChars) after `start`, past any closing marks
 * right after them: a kicker keeps its closing quote.
 */
function unitsAfter(text: string, start: number, chars: number): number {
  let at = start;
  for (let n = 0; n < chars && at < text.length;) {
    const c = text.codePointAt(at)!;
    if (c > 0xffff || MARK[c] === 0) n++;
    at += c > 0xffff ? 2 : 1;
  }
  while (at < text.length && MARK[text.charCodeAt(at)] === 2) at++;
  return at;
}
