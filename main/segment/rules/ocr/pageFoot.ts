/**
 * Rule furniture.ocrPageFoot: a country front page often ends in a band of display advertisements
 * (the store, the bank, the druggist, the auction), which the OCR reads as a run of capitals lines,
 * prices and scraps; each capitals line would open an article of its own. The band is found from
 * the foot of the page up, piece by piece. A piece runs from a title line (the first of a run of
 * them), or from a line in capitals under a finished sentence (a display line the title rules left
 * in the text), down to the next piece. Reading up:
 * - a piece with a dateline or a byline is news and ends the walk;
 * - a piece with an advertising mark (a price `$1.25` / `25c` / `50 CTS`, a telephone, a firm's or
 *   trade's word: `Proprietor`, `& Co.`, `COMPANY`, `Store`, `Sale`, `FREE`, `Prices`, `Druggist`,
 *   the trade in a firm's signature: `PHARMACY`, `Jeweler`, `Hardware`, `Bank`, `THEATRE`; or the
 *   seller speaking to the buyer: the firm's `we`/`our` and the reader's `you`/`your` in one piece,
 *   an advertisement whatever the lines it stands on, and one mark where the piece has no other: it
 *   adds none to a piece's own marks in the lines-per-mark limit)
 *   is an advertisement when a mark stands on a display line (capitals, a short line of copy, or
 *   one set wider than running text), on a line that is a sentence whole by itself under a finished
 *   sentence or a display line (`J. Brown, Proprietor.`, `Rates $1.00 and up.`: a card's copy sets a
 *   sentence a line, news runs its sentences on through running text) when at least
 *   OCR_FOOT_ONE_LINE_COPY_MIN_MARKED of the piece's such lines carry a mark (a column of one-line
 *   local items marks few), or in text that finishes no
 *   sentence (marks only in mixed-case
 *   running text ending its sentences, `The cashier of the Farmers State Bank`, are a news item's
 *   everyday words: the piece is read as a plain one), when its longest run of running-text lines
 *   is shorter than OCR_FOOT_AD_MAX_PROSE, it has a marked line in every
 *   OCR_FOOT_AD_MAX_LINES_PER_MARK lines, and no run of OCR_FOOT_NEWS_OPENING_PROSE running-text
 *   lines stands above its first mark (else it is a news item, perhaps with an advertisement run
 *   into it, and ends the walk);
 * - a piece without a mark (or read as a plain one) is passed over only when it is mere display: a
 *   run of running text shorter than OCR_FOOT_PLAIN_MAX_PROSE and no finished sentence of
 *   OCR_FOOT_SENTENCE_MIN_WORDS words or more (a display line or two, a list of goods, a scrap). Any
 *   other piece ends the walk: a short item ending its sentences, under the advertisements, between
 *   two of them or over them, is news and stays an article.
 * The band starts at the topmost advertisement, or higher at the display pieces right above it. A
 * band of more than OCR_FOOT_MAX_PAGE_SHARE of the page's lines is no foot band (the marks were in
 * the news) and nothing is set apart. Every line of the band is ONE
 * furniture block (pass.ts), as the masthead at the top is. A running-text line is a mixed-case
 * body line between OCR_FOOT_PROSE_MIN_SHARE and OCR_FOOT_PROSE_MAX_SHARE of a full printed line
 * wide (advertising copy set across columns is wider). A reading notice set like news (`For a
 * Sore Throat` over a column of text) runs on and stays an article.
 * Thresholds: OCR_FOOT_PROSE_MIN_SHARE, OCR_FOOT_PROSE_MAX_SHARE, OCR_FOOT_AD_MAX_PROSE,
 * OCR_FOOT_AD_MAX_LINES_PER_MARK, OCR_FOOT_NEWS_OPENING_PROSE, OCR_FOOT_PLAIN_MAX_PROSE,
 * OCR_FOOT_SENTENCE_MIN_WORDS, OCR_FOOT_MAX_PAGE_SHARE.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import {
  OCR_FOOT_AD_MAX_LINES_PER_MARK,
  OCR_FOOT_ONE_LINE_COPY_MIN_MARKED,
  OCR_FOOT_AD_MAX_PROSE,
  OCR_FOOT_NEWS_OPENING_PROSE,
  OCR_FOOT_MAX_PAGE_SHARE,
  OCR_FOOT_PLAIN_MAX_PROSE,
  OCR_FOOT_SENTENCE_MIN_WORDS,
  OCR_FOOT_PROSE_MAX_SHARE,
  OCR_FOOT_PROSE_MIN_SHARE,
} from '../../thresholds';

/** A price as advertisements print it: `$1.25`, `25c`, `50 CTS`, `3 lbs. for`. */
const PRICE = /\$\s?\d|\b\d+\s?(?:c|cts|CTS|cents)\b|\blbs?\. for\b/u;
/** A telephone number's word. */
const PHONE = /\b(?:Phone|PHONE|Telephone|TELEPHONE)\b/u;
/** A firm's or a trade's word: the proprietor, the company, the store, the sale, the prices. */
const TRADE =
  /\b(?:Proprietor|PROPRIETOR|Prop\.|COMPANY|STORE|Store|SALE|Sale|FREE|PRICES?|[Pp]rices|Bargains?|BARGAINS?|Dealers?|Druggists?)\b|&\s?Co\b|\bCo\.?$|\bCO\.?$/u;

/** A trade's name in a firm's signature (`CITY PHARMACY`, `Brown's Hardware`, `Citizens State Bank`). */
const FIRM_TRADE =
  /\b(?:PHARMACY|Pharmacy|DRUGS?|Drugs?|JEWELERS?|Jewelers?|JEWELRY|Jewelry|HARDWARE|Hardware|LUMBER|Lumber|GROCER(?:Y|IES|S)?|Grocer(?:y|ies|s)?|MERCANTILE|Mercantile|BANK|Bank|THEATRE|Theatre|THEATER|Theater|CLOTHIERS?|Clothiers?|CLOTHING|Clothing|FURNITURE|Furniture|MERCHANDISE|Merchandise|MILLINERY|Millinery|GARAGE|Garage)\b/u;

/** A line carrying an advertising mark: a price, a telephone, a firm's or a trade's word. */
export function adMark(body: string): boolean {
  return PRICE.test(body) || PHONE.test(body) || TRADE.test(body) || FIRM_TRADE.test(body);
}

/**
 * The firm speaking (`we`, `our`), not at a line's end, where it may be a word the line cut (`the we`).
 * Whole words by any letter, not `\b`'s ASCII ones: `Señour` holds no `our`.
 */
const VOICE_WE = /(?<![\p{L}\p{N}])(?:we|our)(?![\p{L}\p{N}])(?!\s*$)/iu;
/** The reader addressed (`you`, `your`, `You'll`), as whole words (firmName.ts reads it too). */
export const VOICE_YOU = /(?<![\p{L}\p{N}])(?:you|your)(?![\p{L}\p{N}])/iu;

/**
 * The seller speaking to the buyer: a piece where the firm speaks (`we`, `our`) and the reader is
 * addressed (`you`, `your`): advertising copy set in running text (`When you need shoes … we handle`).
 * Either alone is a news item's or a notice's everyday word.
 */
function sellerVoice(piece: Line[]): boolean {
  return piece.some((x) => VOICE_WE.test(x.body)) && piece.some((x) => VOICE_YOU.test(x.body));
}

/** The longest run of running-text lines in lines[from, to). */
function longestProse(lines: Line[], from: number, to: number, layout: Layout): number {
  let run = 0;
  let best = 0;
  for (let i = from; i < to; i++) {
    const l = lines[i] as Line;
    run = proseLine(l, layout) ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** A piece starts here: a title line under a non-title line, or a display line in capitals under a finished sentence. */
function pieceStart(lines: Line[], i: number): boolean {
  const l = lines[i] as Line;
  const above = lines[i - 1];
  if (l.kind === 'title') return above?.kind !== 'title';
  return l.caps && above !== undefined && above.kind !== 'title' && above.ends;
}

/** A sentence of running text finished on the line: a mixed-case line of a few words ending a sentence. */
function finishedSentence(l: Line): boolean {
  return l.kind === 'body' && !l.caps && l.ends && l.body.split(/\s+/u).length >= OCR_FOOT_SENTENCE_MIN_WORDS;
}

/** A running-text line: a mixed-case body line as wide as a column's printed line, no wider. */
export function proseLine(l: Line, layout: Layout): boolean {
  return (
    l.kind === 'body' &&
    !l.caps &&
    l.width >= layout.lineWidth * OCR_FOOT_PROSE_MIN_SHARE &&
    l.width <= layout.lineWidth * OCR_FOOT_PROSE_MAX_SHARE
  );
}

/**
 * Do the marks of lines[from, to) read as an advertisement's? A mark on a display line (capitals, a
 * short line of copy, or one set wider than running text) does, and so does one on a line that is a
 * whole sentence by itself under a finished sentence or a display line. A mark in mixed-case running text
 * whose sentence finishes (`The cashier of the Farmers State Bank` / `resigned on Monday.`) is a
 * news item's everyday word: when all its marks are such, the piece is no advertisement.
 */
function advertising(lines: Line[], from: number, to: number, layout: Layout): boolean {
  // Are the piece's one-line sentences a card's copy (oneLineCopy)? Read at most once.
  let copy: boolean | undefined;
  for (let i = from; i < to; i++) {
    const l = lines[i] as Line;
    if (!adMark(l.body)) continue;
    // The last line of a sentence run on from running text above (`resigned at the Bank.`).
    const above = lines[i - 1];
    if (i > from && above && finishedSentence(l) && proseLine(above, layout) && !above.ends) continue;
    if (!proseLine(l, layout)) return true;
    // A sentence whole on its one line, under a finished one or a display line (`Rates $1.00 and up.`,
    // `J. Brown, Proprietor.`): a line of copy, not a news sentence run through running text.
    // Only where most such lines of the piece carry a mark: a column of one-line local items
    // (`John Smith was in town Saturday.`) marks one or two of its many.
    // The piece-wide test is asked once, at the first such line.
    if (oneLineSentence(lines, i, from, layout) && (copy ??= oneLineCopy(lines, from, to, layout)))
      return true;
    // The sentence runs on through running text to a finished end, or the mark is copy.
    let j = i + 1;
    while (j < to && proseLine(lines[j] as Line, layout) && !finishedSentence(lines[j] as Line)) j++;
    if (j >= to || !finishedSentence(lines[j] as Line)) return true;
  }
  return false;
}

/** lines[i] is a sentence whole on its one line, under a finished one or a display line. */
function oneLineSentence(lines: Line[], i: number, from: number, layout: Layout): boolean {
  const above = lines[i - 1];
  return !!(lines[i] as Line).ends && (i === from || !above || above.ends || !proseLine(above, layout));
}

/**
 * Are the one-line sentences of lines[from, to) a card's copy? At least OCR_FOOT_ONE_LINE_COPY_MIN_MARKED
 * of them carry a mark (`Sole Proprietor.`, `Rates $2.00 a day.`); news items a line each mark few.
 */
function oneLineCopy(lines: Line[], from: number, to: number, layout: Layout): boolean {
  let all = 0;
  let marked = 0;
  for (let k = from; k < to; k++) {
    if (!proseLine(lines[k] as Line, layout) || !oneLineSentence(lines, k, from, layout)) continue;
    all++;
    if (adMark((lines[k] as Line).body)) marked++;
  }
  return marked >= all * OCR_FOOT_ONE_LINE_COPY_MIN_MARKED;
}

type Piece = { from: number; kind: 'ad' | 'display' };

export function markOcrPageFoot(lines: Line[], layout: Layout): void {
  const pieces: Piece[] = [];
  let end = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    if ((lines[i] as Line).kind === 'furniture') break;
    if (!pieceStart(lines, i)) continue;
    // lines[i, end) is one piece: a title line or run of them and what stands under it.
    const piece = lines.slice(i, end);
    const prose = longestProse(lines, i, end, layout);
    // A dateline or a byline opens a news story: advertisements carry neither.
    if (piece.some((x) => x.kind === 'lead' || x.kind === 'byline')) break;
    const marks = piece.filter((x) => adMark(x.body)).length;
    // The seller speaking to the buyer (sellerVoice) is an advertisement, and one mark where the piece has none.
    const voiced = sellerVoice(piece);
    if ((marks > 0 && advertising(lines, i, end, layout)) || voiced) {
      // A `we` or `you` is a mark only where the piece speaks both (sellerVoice): alone it is news's word.
      const firstMark =
        i +
        piece.findIndex(
          (x) => adMark(x.body) || (voiced && (VOICE_WE.test(x.body) || VOICE_YOU.test(x.body))),
        );
      if (
        prose >= OCR_FOOT_AD_MAX_PROSE ||
        piece.length > Math.max(marks, voiced ? 1 : 0) * OCR_FOOT_AD_MAX_LINES_PER_MARK ||
        longestProse(lines, i, firstMark, layout) >= OCR_FOOT_NEWS_OPENING_PROSE
      )
        break;
      pieces.push({ from: i, kind: 'ad' });
    } else if (prose >= OCR_FOOT_PLAIN_MAX_PROSE || piece.some(finishedSentence)) {
      // Running text, or a short item ending its sentences: news, under the advertisements or between two of them.
      break;
    } else pieces.push({ from: i, kind: 'display' });
    end = i;
  }
  // The band starts at its topmost advertisement, or at the display pieces right above it.
  let top = pieces.map((p) => p.kind).lastIndexOf('ad');
  if (top < 0) return;
  while (pieces[top + 1]?.kind === 'display') top++;
  const band = (pieces[top] as Piece).from;
  if (lines.length - band > lines.length * OCR_FOOT_MAX_PAGE_SHARE) return;
  for (let i = band; i < lines.length; i++) {
    const l = lines[i] as Line;
    l.kind = 'furniture';
    l.rule = 'furniture.ocrPageFoot';
  }
}
