/**
 * Rules subhead.shortBlock, credit.blockText, caption.blockText, body.cutBelow and body.punctuatedLine: a body block's final kind read
 * off its whole text when it closes (after every join), so a line the pass kept as a paragraph for
 * want of a title shape — an indented crosshead, a signature, a photographer's line — still gets the
 * kind a copy editor would give it. The decisions of the pass (article starts, joins) never see
 * these kinds: they are settled as each block closes.
 * Signals: the block's text alone — its length, its last mark before any closing quote or bracket,
 * the credit and caption patterns of patterns.ts, its share of Chinese characters.
 *  - A Chinese block of at most SUBHEAD_BLOCK_MAX_CHARS characters ending without sentence or clause
 *    punctuation (`。！？；，、：…`) is a crosshead: body text always ends a sentence — unless the
 *    line after it continues it (unindented body where paragraphs are indented: a cut paragraph);
 *    such a block taken for a crosshead is then a paragraph again (body.cutBelow).
 *  - A block that is only a byline, a signature (`——张三`), a production credit (`制图：…`), a
 *    bracketed end note (`（本报记者 张三）`, `（作者为…）`) or a bracketed name (`（周飞亚）`, a
 *    letter-spaced pair `（狄 慧）` whatever its surname) is a credit.
 *  - A crosshead ending with a clause mark (`某某站长：`, a question) is text: body.punctuatedLine.
 *  - A block that is only a photographer's credit (`本报记者 张三摄`, `李四摄影报道`), a picture
 *    agency's name (`人民视觉`) or that opens like a caption (`图①：…`, `图为…`) is a caption.
 * Thresholds: SUBHEAD_BLOCK_MAX_CHARS, SIGNATURE_MAX_CHARS, END_NOTE_MAX_CHARS, CAPTION_MAX_CHARS.
 */
import type { BlockKind } from '../../../../preload/api';
import { CREDIT_ANY, matchesAny, mayBeCredit, mayBePhotographer, PHOTOGRAPHER_ANY } from '../../patterns';
import { charSet, cjkShare, isSpace } from '../../text';
import { isBareName } from '../credits/nameUnderTitle';
import { endsOnRoundClose } from '../titles/titleMarks';
import {
  CAPTION_MAX_CHARS,
  CJK_TEXT_SHARE,
  END_NOTE_MAX_CHARS,
  SIGNATURE_MAX_CHARS,
  SUBHEAD_BLOCK_MAX_CHARS,
} from '../../thresholds';
import type { RuleCode } from '../codes';

/** A block's settled kind and the rule that gave it. */
export interface SettledKind {
  kind: BlockKind;
  rule: RuleCode;
}

const SPACES = /[\s\u3000\u00a0]+/gu;
const NBSP = /\u00a0/gu;
/** Sentence or clause punctuation as a block's last mark (before any closing quote or bracket). */
const CLAUSE_END = /[。！？!?；;，,、：:…．.][”’"'」』）)】》〕\]]*$/u;
/** `——张三`, `——编 者`: a signature or attribution line under a text, with no sentence of its own. */
const SIGNATURE = /^[—–]{1,2}[^。！？；，,;!?]+$/u;
/** A bracketed end note: reporters, dateline, author's note, contributors. */
const END_NOTE =
  /^[（(][^（()）]*(?:记者|通讯员|电|作者|采写|执笔|整理|编译|综合|供稿|来源)[^（()）]*[)）]$/u;
/** A production credit of a page or a graphic: `稿件统筹：…`, `制图：…`. */
const PRODUCTION = /^(?:本版|稿件|图表)?(?:统筹|策划|制图|设计|执笔|摄影|插图|题图|漫画|绘图)\s*[:：]/u;
/** A text wholly in brackets, its inside captured. */
const BRACKETED = /^[（(]([^（()）]+)[)）]$/u;
/** Two Han characters letter-spaced in brackets: a name as a Chinese paper sets it (`（狄 慧）`). */
const SPACED_PAIR = /^[（(]\p{Script=Han}[\s\u3000\u00a0]{1,2}\p{Script=Han}[)）]$/u;
/** A caption opening with a picture number: `图①：…`, `图1：…`. */
const NUMBERED_PICTURE = /^图\s*[①-⑳0-9０-９一二三四五六七八九十]+\s*[:：]/u;
/** A picture agency's name alone under a photo caption (`人民视觉`): the picture's credit. */
const AGENCY_ALONE = /^(?:人民视觉|视觉中国|人民图片)$/u;
/** A photographer's credit standing alone, letter-spaced names included: `史自强 梁子栋摄影报道`. */
const PHOTO_REPORT = /^[\p{Script=Han}·、\s\u3000\u00a0]{2,40}摄影报道$/u;
const PHOTO_REPORT_END = '摄影报道';

/** The most characters a block the rules below can settle has: a caption (the longest of them). */
const LONGEST_SETTLED = Math.max(
  CAPTION_MAX_CHARS,
  END_NOTE_MAX_CHARS,
  SIGNATURE_MAX_CHARS,
  SUBHEAD_BLOCK_MAX_CHARS,
);

/**
 * The most characters a paragraph settled by a test other than those mayBeLongSettled names has:
 * a signature, a production credit, a byline, a crosshead, a photographer's credit, a picture
 * agency's name.
 */
const LONGEST_SHORT_SETTLED = Math.max(SIGNATURE_MAX_CHARS, SUBHEAD_BLOCK_MAX_CHARS);

/**
 * True when a paragraph of more than LONGEST_SHORT_SETTLED characters could still settle: as a
 * numbered caption (`图①：…`), a photographer's report (`…摄影报道`), a bracketed end note or a
 * bracketed name (`（周飞亚）`). A new settling test for long paragraphs must be named here too.
 */
function mayBeLongSettled(text: string): boolean {
  if (text.endsWith(PHOTO_REPORT_END)) return true;
  const first = firstNonSpace(text);
  return first === 0x56fe || isOpenBracket(first);
}

/**
 * What one pass over a block's text finds: its characters without spaces (code points of
 * `text.replace(SPACES, '')`), whether it has a space at all and a Latin letter. Filled by `scan`
 * for the block being settled (one object for all: nothing is allocated per block).
 */
const scanned = { chars: 0, spaced: false, latin: false };

/**
 * Scans the text into `scanned`, stopping (false) as soon as it holds more than `limit` characters:
 * a long paragraph is known too long for any settled kind after `limit` of them, never copied.
 */
function scan(text: string, limit = Infinity): boolean {
  let chars = 0;
  let spaced = false;
  let latin = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // isSpace is \s as SPACES sees it; a high surrogate and its low half count once.
    if (isSpace(c)) spaced = true;
    else if (c < 0xd800 || c > 0xdbff) {
      if (++chars > limit) return false;
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin = true;
    }
  }
  scanned.chars = chars;
  scanned.spaced = spaced;
  scanned.latin = latin;
  return true;
}

/** The scanned text without its spaces (no copy when it has none). */
function bareOf(text: string): string {
  return scanned.spaced ? text.replace(SPACES, '') : text;
}

/**
 * The kind a closing block takes from its whole text, or null to keep the kind it has. `cutBelow`:
 * the line after the block continues it (an unindented body line where paragraphs are indented), so
 * a short block without closing punctuation is the first piece of a cut paragraph, not a crosshead.
 */
export function settleBlockKind(kind: BlockKind, text: string, cutBelow = false): SettledKind | null {
  if (kind !== 'paragraph' && kind !== 'subhead' && kind !== 'credit') return null;
  // Most paragraphs end a sentence and open like no caption or credit: settled unscanned.
  if (kind === 'paragraph' && !maySettleParagraph(text)) return null;
  return settleScanned(kind, text, cutBelow);
}

/** settleBlockKind without its paragraph gate (exported for its property test). */
export function settleScanned(kind: BlockKind, text: string, cutBelow = false): SettledKind | null {
  if (kind !== 'paragraph' && kind !== 'subhead' && kind !== 'credit') return null;
  // Longer than any caption, credit or crosshead: an ordinary paragraph keeps its kind (most blocks).
  // Past LONGEST_SHORT_SETTLED characters only the tests mayBeLongSettled names can still settle
  // one, so most paragraphs are scanned that far, not LONGEST_SETTLED.
  if (kind !== 'paragraph') scan(text);
  else if (!scan(text, LONGEST_SHORT_SETTLED) && !(mayBeLongSettled(text) && scan(text, LONGEST_SETTLED)))
    return null;
  const bare = bareOf(text);
  const { chars, latin } = scanned;
  // Latin text keeps its kind (English crossheads are judged by the pass); a bare figure (`90%`) does not.
  if (chars === 0 || (latin && cjkShare(bare) < CJK_TEXT_SHARE)) return null;
  if (captionText(text, bare, chars)) return { kind: 'caption', rule: 'caption.blockText' };
  if (kind === 'credit') return null;
  if (kind === 'subhead' && cutBelow && !CLAUSE_END.test(bare))
    return { kind: 'paragraph', rule: 'body.cutBelow' };
  // A crosshead ends without punctuation; a line ending in a colon or a question (`记者问：`) is text.
  if (kind === 'subhead' && CLAUSE_END.test(bare)) return { kind: 'paragraph', rule: 'body.punctuatedLine' };
  if (creditText(text, bare, chars)) return { kind: 'credit', rule: 'credit.blockText' };
  if (kind === 'paragraph' && !cutBelow && chars <= SUBHEAD_BLOCK_MAX_CHARS && !CLAUSE_END.test(bare))
    return { kind: 'subhead', rule: 'subhead.shortBlock' };
  return null;
}

/**
 * False when no test below can settle a paragraph of this text (property-tested against the
 * ungated tests): it ends on clause punctuation (CLAUSE_END), so it is no crosshead, no agency's
 * name, no 摄影报道 line and none of the Chinese photographer lines (which end on a word or a
 * bracket; the English ones are Latin text, kept before any test: a text ending on a round bracket
 * is let through whatever the bracket holds, as a photographer's line `X摄（…）` may hold a clause
 * mark there), and it opens like no numbered
 * caption or credit (CREDIT_TEXT_FIRST holds 图) and fails the credit gate of patterns.ts. A test
 * added to settleBlockKind must be let through here.
 */
function maySettleParagraph(text: string): boolean {
  return (
    !endsOnClauseMark(text) ||
    endsOnRoundClose(text) ||
    CREDIT_TEXT_FIRST.has(firstNonSpace(text)) ||
    mayBeCredit(text)
  );
}

const CLAUSE_MARK = charSet('。！？!?；;，,、：:…．.');
const CLOSING_MARK = charSet('”’"\'」』）)】》〕]');

/** CLAUSE_END.test(text without its spaces), read from the end: closing marks and spaces, then a clause mark. */
function endsOnClauseMark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (isSpace(text.charCodeAt(i)) || CLOSING_MARK.has(text.charCodeAt(i)))) i--;
  return i >= 0 && CLAUSE_MARK.has(text.charCodeAt(i));
}

function captionText(text: string, bare: string, chars: number): boolean {
  if (chars > CAPTION_MAX_CHARS) return false;
  // Gated on the characters the two patterns need (图 first, 摄影报道 last): most blocks have neither.
  if (bare.charCodeAt(0) === 0x56fe && NUMBERED_PICTURE.test(bare)) return true;
  if (text.endsWith(PHOTO_REPORT_END) && PHOTO_REPORT.test(text)) return true;
  if (AGENCY_ALONE.test(bare)) return true;
  // Letter-spaced names may be spaced with NBSP, which the line patterns do not expect.
  if (chars > SIGNATURE_MAX_CHARS) return false;
  const spaced = text.replace(NBSP, ' ');
  return mayBePhotographer(spaced) && matchesAny(PHOTOGRAPHER_ANY, spaced);
}

/** True when the text is only a byline, a signature, a production credit or a bracketed end note. */
export function isCreditText(text: string): boolean {
  // Most lines under body text open with none of the characters creditText's first tests need and
  // fail mayBeCredit: settled by two characters, never scanned (property-tested against scannedCreditText).
  return (CREDIT_TEXT_FIRST.has(firstNonSpace(text)) || mayBeCredit(text)) && scannedCreditText(text);
}

/** isCreditText without its gate on the first and last characters (exported for its property test). */
export function scannedCreditText(text: string): boolean {
  // Longer than a signature, only an end note or a bracketed name can still be a credit (creditText),
  // both in brackets: most body lines stop here, never copied without their spaces.
  if (!scan(text, SIGNATURE_MAX_CHARS)) {
    if (!opensWithBracket(text)) return false;
    scan(text);
  }
  return creditText(text, bareOf(text), scanned.chars);
}

/**
 * The first characters (after spaces) a text must open with for a creditText test other than the
 * last (mayBeCredit's) to hold: a dash for SIGNATURE, the first of PRODUCTION's words (本版, 稿件,
 * 图表, 统筹 … 绘图), a bracket for END_NOTE, BRACKETED and SPACED_PAIR. A pattern added to
 * creditText must add its first characters here.
 */
const CREDIT_TEXT_FIRST = charSet('—–（(本稿图统策制设执摄插题漫绘');

/** The first character that is not a space is an opening bracket, as BRACKETED needs. */
function opensWithBracket(text: string): boolean {
  return isOpenBracket(firstNonSpace(text));
}

/** `（` or `(`. */
function isOpenBracket(c: number): boolean {
  return c === 0xff08 || c === 0x28;
}

/** The first UTF-16 unit of the text that is not a space, or -1. */
function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) return c;
  }
  return -1;
}

/**
 * Keep every test of a text not opening with a bracket within SIGNATURE_MAX_CHARS characters:
 * isCreditText and settleBlockKind (mayBeLongSettled) skip longer ones.
 */
function creditText(text: string, bare: string, chars: number): boolean {
  if (chars <= SIGNATURE_MAX_CHARS && (SIGNATURE.test(bare) || PRODUCTION.test(bare))) return true;
  if (chars <= END_NOTE_MAX_CHARS && END_NOTE.test(bare)) return true;
  // `（周飞亚）`: a commentary's author in brackets under its last paragraph.
  const inBrackets = opensWithBracket(bare) ? BRACKETED.exec(bare) : null;
  if (inBrackets && isBareName(inBrackets[1] ?? '')) return true;
  // `（狄 慧）`: a two-character name letter-spaced in brackets, as Chinese papers set names,
  // whatever the surname (pen names, rare surnames).
  if (inBrackets && SPACED_PAIR.test(text.trim())) return true;
  return chars <= SIGNATURE_MAX_CHARS && mayBeCredit(text) && matchesAny(CREDIT_ANY, text);
}
