/**
 * Rule furniture.ocrPageTop: a raw OCR front page opens with its masthead: the paper's name (often
 * garbled), a volume or number line, a date line with the weekday and year, the price. OCR drops
 * the commas the plain date-line pattern needs (`TUESDAY MAY 9 1916.`) and mangles the name, so
 * the masthead is found by its tokens instead: every line from the top of the page down to the last
 * masthead line within the first OCR_PAGE_TOP_MAX_LINES lines is furniture, and so are the paper's
 * or town's name printed again under it (a word or two, all in the masthead) and the short
 * scraps (`rnrn`, a rule read as letters) printed between it and the first headline. The run starts at the file's first
 * line and is set apart as ONE furniture block (pass.ts), as the gold marks a run: a dozen one-line
 * scraps (`M`, `1-`) would each be looked for at their first occurrence, elsewhere on the page.
 * Signals: a volume/number word before a numeral (`Vol. 12`, `VOLUME XXI`, `NO. 7S`) or alone on its
 * line before a short token OCR made of the figure (`NUMBER QQ`, `Number l`), a price
 * word (`PRICE`, `CENTS`, `ONE COPY`), the founding year (`Established in 1884.`, any case or length), a month or weekday in capitals with a figure on the same line,
 * on a line mostly in capitals or short; a dateline, a `By` line or a headline over a story's first
 * line above it ends the search (a story has begun, and a running head inside it is left to the
 * furniture patterns).
 * Thresholds: OCR_HEAD_BODY_MIN_SHARE, OCR_PAGE_TOP_MAX_LINES, OCR_PAGE_TOP_MAX_CHARS, OCR_PAGE_TOP_CAPS_SHARE,
 * OCR_PAGE_TOP_SHORT_CHARS, OCR_PAGE_TOP_SCRAP_MAX_CHARS (plus those of scrapRow.ts).
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import {
  OCR_HEAD_BODY_MIN_SHARE,
  OCR_PAGE_TOP_CAPS_SHARE,
  OCR_PAGE_TOP_MAX_CHARS,
  OCR_PAGE_TOP_MAX_LINES,
  OCR_PAGE_TOP_SCRAP_MAX_CHARS,
  OCR_PAGE_TOP_SHORT_CHARS,
} from '../../thresholds';
import { ocrTitleCaseLine } from './headUnderScrap';
import { scrapRow } from './scrapRow';

const VOLUME = /\b(?:VOL(?:UME)?|Vol(?:ume)?|NO|No|NUMBER)\b\.?\s*(?:\d|[IVXLC]+\b)/u;
/** A volume or number line alone, its figure garbled by OCR (`NUMBER QQ`, `Number l`, `Vol. XXl`). */
const NUMBER_LINE = /^(?:VOL(?:UME)?|Vol(?:ume)?|NO|No|NUMBER|Number)\.?\s*\S{1,4}\.?$/u;
const PRICE = /\b(?:PRICE|CENTS?|ONE COPY)\b/u;
/** The founding year a masthead prints (`Established in 1884.`, `ESTABLISHED 1852`). */
const ESTABLISHED = /\b(?:Established|ESTABLISHED|Estab\.|EST\.)\s*(?:in\s+)?1[789]\d\d\b/u;
const CAPS_DATE =
  /\b(?:JAN(?:UARY)?|FEB(?:RUARY)?|MARCH|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\b.*\d/u;

/** A masthead line: short, mostly capitals (or very short), with a volume, price or date token. */
export function mastheadLine(l: Line): boolean {
  if (l.body.length > OCR_PAGE_TOP_MAX_CHARS) return false;
  if (ESTABLISHED.test(l.body) || NUMBER_LINE.test(l.body)) return true;
  if (!VOLUME.test(l.body) && !PRICE.test(l.body) && !CAPS_DATE.test(l.body)) return false;
  return l.body.length <= OCR_PAGE_TOP_SHORT_CHARS || capsShare(l.body) >= OCR_PAGE_TOP_CAPS_SHARE;
}

function capsShare(s: string): number {
  const upper = s.replace(/[^A-Z]/gu, '').length;
  const letters = s.replace(/[^A-Za-z]/gu, '').length;
  return letters === 0 ? 0 : upper / letters;
}

/** The first line of a story: mixed-case body text starting with a capital, nearly a full printed line. */
function storyLine(l: Line | undefined, layout: Layout): boolean {
  return (
    l !== undefined &&
    l.kind === 'body' &&
    !l.caps &&
    /^["'“]?[A-Z]/u.test(l.body) &&
    l.width >= layout.lineWidth * OCR_HEAD_BODY_MIN_SHARE
  );
}

/** A scrap under the masthead: a few characters, not a capitals title line, or a row of letter scraps. */
function scrap(l: Line): boolean {
  if (l.body.replace(/\s+/gu, '').length <= OCR_PAGE_TOP_SCRAP_MAX_CHARS)
    return !(l.caps && l.kind === 'title');
  return scrapRow(l.body);
}

/**
 * The paper's or the town's name printed again under the date line (`MILLBROOK`): a capitals
 * line of a word or two, every word of it already in the masthead above.
 */
function nameAgain(l: Line, top: string): boolean {
  const words = l.body.split(/\s+/u);
  return l.caps && words.length <= 2 && words.every((w) => w.length >= 3 && top.includes(w.toUpperCase()));
}

export function markOcrPageTop(lines: Line[], layout: Layout): void {
  let last = -1;
  for (let i = 0; i < Math.min(lines.length, OCR_PAGE_TOP_MAX_LINES); i++) {
    const l = lines[i] as Line;
    // A number line over the first story's text is the masthead's last line, not its headline.
    if (NUMBER_LINE.test(l.body)) {
      last = i;
      continue;
    }
    // A story has begun: a dateline, a `By` line, a headline over a story's first line.
    if (l.kind === 'lead' || l.kind === 'byline' || ocrTitleCaseLine(l)) break;
    if (l.kind === 'title' && l.caps && storyLine(lines[i + 1], layout)) break;
    if (mastheadLine(l)) last = i;
  }
  if (last < 0) return;
  const top = lines
    .slice(0, last + 1)
    .map((l) => l.body.toUpperCase())
    .join(' ');
  while (
    last + 1 < lines.length &&
    (scrap(lines[last + 1] as Line) || nameAgain(lines[last + 1] as Line, top))
  )
    last++;
  for (let i = 0; i <= last; i++) {
    const l = lines[i] as Line;
    l.kind = 'furniture';
    l.rule = 'furniture.ocrPageTop';
  }
}

/**
 * Rule furniture.ocrFolio: the page's date line printed again below the top, where OCR read a
 * running head or a masthead cut into by a column (`ESDAY, MARCH 14, 191`, `TONOPAH, NEVADA,
 * WEDNESDAY EVENING, JUNE 28, 1916`). It is furniture wherever it stands, never a headline.
 * Signals: a masthead line (mastheadLine) with a capitals month or weekday and a year of the 1900s
 * (or its OCR'd start, `191`). Thresholds: those of mastheadLine.
 */
export function markOcrFolioLines(lines: Line[]): void {
  for (const l of lines) {
    if (l.kind !== 'title' && l.kind !== 'body') continue;
    if (!CAPS_DATE.test(l.body) || !FOLIO_YEAR.test(l.body) || !mastheadLine(l)) continue;
    l.kind = 'furniture';
    l.rule = 'furniture.ocrFolio';
  }
}

const FOLIO_YEAR = /\b19(?:\d\d?)?\b/u;
