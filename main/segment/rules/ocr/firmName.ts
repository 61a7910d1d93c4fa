/**
 * Rules body.ocrFirmName and break.ocrFirmName: a 1916 page sets its advertisers' names in capitals
 * (`ROYAL BAKING POWDER CO.`, `FULLER LAND COMPANY`, `KEMP BROS.`, `D. HECHINGER & CO.`): the
 * signature of an advertisement, or of a reading notice set in body type. Raw OCR reads such a line
 * as a title line, and the segmenter then opens an article on it (a capitals headline, or the head of
 * a stack with the ad's address as its deck), though no story starts there. A firm's name is never a
 * story's headline: the line stays in the text, and the line under it, when it opens with a capital,
 * starts a new paragraph (the name closes its advertisement as a sentence end does).
 * Signals: the line is in capitals, of two to OCR_FIRM_NAME_MAX_WORDS words, and ends on a firm's
 * word (`CO.`, `COMPANY`, `BROS.`, `BROTHERS`, `CORPORATION`) past the noise at its end; no joining
 * or leading word of a headline stands in it (`IN`, `OF`, `TO`, `A`, `NEW`, `FOR`, `AGAINST` …:
 * `PRAIRIE FIRES IN DUNN CO.` names a county, `ORGANIZES A COMPANY` and `START NEW COMPANY.` are
 * headlines; an initial `A.` is no article, `A. B. CLARK & CO.`); an advertisement stands around it:
 * a line within OCR_FIRM_AD_CONTEXT_LINES above or below carries an advertising mark (a price, a
 * telephone, a trade's word: pageFoot.ts adMark; below the name, only on a line no running text,
 * pageFoot.ts proseLine: running text under it is the story a head opens, `suit for $5,000 damages`),
 * or addresses the reader (`you`, `your`; the firm's `we`/`our` is a story's word too, `our town`),
 * or a line
 * above names the goods as the name does (two of its words running: `Royal Baking Powder contains`),
 * for a head with a verb (`SUES TELEPHONE COMPANY`, `FARMERS ORGANIZE COMPANY`) stands over a news
 * story; and the
 * line under it (past column noise) is no capitals title line, the lower line of a two-line head
 * (`ELK HARDWARE COMPANY` / `MOVES TO THE NEW BLOCK`). A name of partners or with initials
 * (`LEON REED & CO.`, `F. C. LUCE CO.`) reads as no head's words: it needs neither
 * (over an advertisement's display line, `SPECIAL SALE`, it is still the firm's name).
 * Thresholds: OCR_FIRM_NAME_MAX_WORDS, OCR_FIRM_AD_CONTEXT_LINES.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { OCR_FIRM_AD_CONTEXT_LINES, OCR_FIRM_NAME_MAX_WORDS } from '../../thresholds';
import { lineFromPastNoise } from './noiseLine';
import { adMark, proseLine, VOICE_YOU } from './pageFoot';

/** A firm's word closing the line, past the marks OCR left after it (`CO.`, `COMPANY,`, `BROS. '`). */
const FIRM_END = /\b(?:CO|COMPANY|BROS|BROTHERS|CORPORATION)\.?[^\p{L}\p{N}]*$/u;
/**
 * Words a headline joins or opens with, never in a firm's name (`IN DUNN CO.`, `A COMPANY`); `A`
 * only as a word, not as an initial (`A. B. CLARK & CO.`).
 */
const HEADLINE_WORD =
  /\b(?:IN|OF|TO|AT|ON|BY|FOR|WITH|FROM|INTO|AGAINST|AN|NEW|FIRST|IS|ARE|WILL)\b|\bA\b(?!\.)/u;
/**
 * A name no headline reads as: partners (`& CO.`), initials (`F. C. LUCE CO.`). Not brothers: a
 * head may open on a firm of brothers (`RINGLING BROTHERS` / `CIRCUS IS COMING`).
 */
const PARTNERS = /&|^[^\p{L}]*\p{Lu}\.\s/u;

/** A capitals line shaped as a firm's name (`FULLER LAND COMPANY`, `A. B. CLARK & CO.`). */
export function firmNameLine(l: Line): boolean {
  if (!l.caps || !FIRM_END.test(l.body) || HEADLINE_WORD.test(l.body)) return false;
  const words = l.body.trim().split(/\s+/u).length;
  return words >= 2 && words <= OCR_FIRM_NAME_MAX_WORDS;
}

/**
 * An advertisement around lines[i]: a line near it, the line itself aside, carries an advertising
 * mark, or a line above names the firm's goods as the name does (`Royal Baking Powder contains` over
 * `ROYAL BAKING POWDER CO.`: two of its words before the firm's word running, in any case).
 */
function adAround(lines: Line[], i: number, layout: Layout): boolean {
  const from = Math.max(0, i - OCR_FIRM_AD_CONTEXT_LINES);
  const to = Math.min(lines.length - 1, i + OCR_FIRM_AD_CONTEXT_LINES);
  const pairs = wordPairs((lines[i] as Line).body.replace(FIRM_END, ''));
  for (let k = from; k <= to; k++) {
    const body = (lines[k] as Line).body;
    if (k === i) continue;
    // Running text under the name is the story a head opens (`… suit for $5,000`), not the ad's copy.
    if (k > i && proseLine(lines[k] as Line, layout)) continue;
    // The reader addressed (`you`, `You'll`) is an advertisement's copy; the firm speaking alone
    // (`we`, `our`) is no mark: a story's everyday word (`our town`, `"We will …"`).
    if (adMark(body) || VOICE_YOU.test(body)) return true;
    if (k < i && wordPairs(body).some((p) => pairs.includes(p))) return true;
  }
  return false;
}

/** Each two words running in a line, in lower case (`royal baking`, `baking powder`). */
function wordPairs(body: string): string[] {
  const words = body.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  return words.slice(1).map((w, j) => `${words[j]} ${w}`);
}

/** The line under lines[i], past column noise, is a capitals title line: lines[i] is a head's upper line. */
function capsTitleBelow(lines: Line[], i: number): boolean {
  const next = lineFromPastNoise(lines, i + 1);
  return !!next && next.kind === 'title' && next.caps;
}

export function demoteOcrFirmNames(lines: Line[], layout: Layout): void {
  lines.forEach((l, i) => {
    if (l.kind !== 'title' || !firmNameLine(l)) return;
    // Partners or initials name a firm on their own; other names need their advertisement.
    if (!PARTNERS.test(l.body) && (capsTitleBelow(lines, i) || !adAround(lines, i, layout))) return;
    l.kind = 'body';
    l.rule = 'body.ocrFirmName';
  });
}
