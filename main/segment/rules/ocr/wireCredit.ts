/**
 * Rule credit.ocrWire: a 1916 wire story prints its source on a line of its own between the headline
 * and the dateline (`(By Associated Press.)`, `United Press Service`, `(Special to the Daily News.)`),
 * and a country weekly credits a clipped item the same way (`(From the County Clarion.)`). Raw OCR
 * reads that line as a short line of text: a paragraph of its own, and the dateline under it then
 * opens an invented article (a lead after body text). As a credit it stays in the story with its
 * headline (a credit is no body, builder.hasBody), and the dateline opens the story's text.
 * Signals: a short line either wholly in brackets or ending in a wire word (`Press`, `Service`,
 * `Correspondent`, what OCR left of the closing bracket allowed) or opening `Special to` (its brackets
 * lost), or any short bracketed line right
 * under a `By` line (its service line, however garbled); the line above is a title, a
 * credit, furniture or a finished sentence; the line below starts with a capital (a dateline or a
 * story's first line); a line ending in a wire word, or a clipped item's source in brackets ending on
 * a newspaper's name word after another word (`(Portland Eastern Argus)`, `(From the De Soto
 * Times.)`, in capitals too: the words of signature.ts PAPER_WORDS; a party label `(Republican)` is
 * none), needs no closed text above (the column above is often read across or
 * garbled). A bracketed jump line (`(Continued on Page 4)`) is furniture, not a credit.
 * A short bracketed line opening `(By` and a capital (`(By Associated Press.)`) is a credit wherever
 * it stands, past the noise OCR set at its edges (`I ' (By …`, `.(By …) '`, `… . - -`: tokens of at
 * most OCR_EDGE_NOISE_MAX_CHARS characters), and the line below may open on such noise too.
 * Thresholds: OCR_WIRE_CREDIT_MAX_CHARS, OCR_EDGE_NOISE_MAX_CHARS.
 */
import type { Line } from '../../lines';
import { OCR_EDGE_NOISE_MAX_CHARS, OCR_WIRE_CREDIT_MAX_CHARS } from '../../thresholds';
import { ocrEndsSentence } from './sentenceEnd';
import { PAPER_WORDS } from './signature';
import { bodyOrTitle } from './textLine';

const BRACKETED = /^[([].*[)\]][.,]?$/u;
const WIRE_WORD = /\b(?:Press|Service|Correspondent)\b[\s.,)\]|!I]*$/u;
const JUMP = /\b(?:continued|concluded|page)\b/iu;
/** A correspondent's credit without its brackets (`Special to The Daily News.`), past a scrap of noise. */
const SPECIAL_TO = /^[^A-Za-z]{0,3}Special\s+(?:to|from)\s+[A-Z]/u;

/**
 * A clipped item's source in brackets, ending on a newspaper's name word in title case or capitals
 * (`(Portland Eastern Argus)`, `(PORTLAND EASTERN ARGUS)`) with a word before it: a name word alone
 * (`(Republican)`, `(Democrat)`) is a candidate's party label.
 */
const BRACKETED_PAPER = new RegExp(
  `^[([].*\\S[\\s-]+(?:${PAPER_WORDS}|${PAPER_WORDS.toUpperCase()})[.,]?\\s*[)\\]][.,]?$`,
  'u',
);

/** A source credit opening `(By` and a capital (`(By Associated Press.)`, `(By Staff Correspondent)`). */
const BY_SOURCE = /^[([]\s*By\s+[A-Z][^()[\]]*[)\]][.,]?$/u;
/** A line's first letter past up to OCR_EDGE_NOISE_MAX_CHARS marks of noise (`; Washington`, `'?City`). */
const NOISY_CAPITAL = new RegExp(`^[^A-Za-z0-9]{0,${OCR_EDGE_NOISE_MAX_CHARS}}[A-Z]`, 'u');

/**
 * The line without the noise the OCR set at its edges: short tokens before the bracket (`I '`), marks
 * stuck to it (`.(By`), and tokens of marks after the closing bracket (`. - -`, `'`), each at most
 * OCR_EDGE_NOISE_MAX_CHARS characters. A token before the bracket with two letters running is a word
 * (`Our Day (By Mrs. Ames)`, a title with its author), not noise.
 */
function trimEdgeNoise(body: string): string {
  return body.trim().replace(NOISE_BEFORE, '').replace(MARKS_AT_BRACKET, '').replace(NOISE_AFTER, '');
}
/** Made once (trimEdgeNoise runs on every short line of a page). */
const NOISE_BEFORE = new RegExp(
  `^(?:(?![^\\s([]*[A-Za-z]{2})[^\\s([]{1,${OCR_EDGE_NOISE_MAX_CHARS}}\\s+)+`,
  'u',
);
const MARKS_AT_BRACKET = new RegExp(`^[^A-Za-z\\s([]{1,${OCR_EDGE_NOISE_MAX_CHARS}}(?=[([])`, 'u');
const NOISE_AFTER = new RegExp(`(?:\\s+[^A-Za-z\\s]{1,${OCR_EDGE_NOISE_MAX_CHARS}})+$`, 'u');

/** A `(By …)` source credit, past the noise at its edges. */
export function bySourceCredit(body: string): boolean {
  return shortLine(body) && BY_SOURCE.test(trimEdgeNoise(body));
}

/**
 * Names a news service (`(By Associated Press.)`, `United Press Service`, `Special to The Times.`), not
 * merely a bracketed line (`(Incorporated)`, `(Contributed)`): the line capsHead.ts reads a headline over.
 */
export function namesNewsService(body: string): boolean {
  return WIRE_WORD.test(body) || SPECIAL_TO.test(body) || bySourceCredit(body);
}

/** Reads like a wire or source credit on its own line. */
export function wireCreditShaped(body: string): boolean {
  return shortLine(body) && (BRACKETED.test(body) || WIRE_WORD.test(body) || SPECIAL_TO.test(body));
}

function shortLine(body: string): boolean {
  return body.length <= OCR_WIRE_CREDIT_MAX_CHARS && !JUMP.test(body) && /[A-Za-z]{3}/u.test(body);
}

export function markOcrWireCredits(lines: Line[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i] as Line;
    if (!bodyOrTitle(l)) continue;
    const above = lines[i - 1] as Line;
    // A bracketed line right under a `By` line is its service line, however garbled (`(Sp- ia.. ...)`).
    const serviceLine =
      (above.kind === 'byline' || above.kind === 'credit') &&
      BRACKETED.test(l.body) &&
      l.body.length <= OCR_WIRE_CREDIT_MAX_CHARS;
    const bySource = bySourceCredit(l.body);
    if (!serviceLine && !bySource && !wireCreditShaped(l.body)) continue;
    const below = lines[i + 1] as Line;
    // A `(By …)` credit is one wherever it stands, over a dateline the OCR may have set noise before.
    if (bySource && NOISY_CAPITAL.test(below.body)) {
      l.kind = 'credit';
      l.rule = 'credit.ocrWire';
      continue;
    }
    // A line ending in a wire word, or a newspaper's name in brackets, is a credit wherever it
    // stands (OCR often loses the bracket and garbles the deck or the column above it); a bracketed
    // aside needs the text above it closed.
    const closed =
      serviceLine ||
      WIRE_WORD.test(l.body) ||
      BRACKETED_PAPER.test(l.body) ||
      above.kind === 'title' ||
      above.kind === 'credit' ||
      above.kind === 'furniture' ||
      ocrEndsSentence(above.body);
    if (!closed || !/^["'“]?[A-Z]/u.test(below.body)) continue;
    l.kind = 'credit';
    l.rule = 'credit.ocrWire';
  }
}
