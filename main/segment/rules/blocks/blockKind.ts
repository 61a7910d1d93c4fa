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
 *    bracketed end note (`（本报记者 张三）`, `（作者为…）`) or a bracketed name (`（周飞亚）`) is a credit.
 *  - A crosshead ending with a clause mark (`某某站长：`, a question) is text: body.punctuatedLine.
 *  - A block that is only a photographer's credit (`本报记者 张三摄`, `李四摄影报道`), a picture
 *    agency's name (`人民视觉`) or that opens like a caption (`图①：…`, `图为…`) is a caption.
 * Thresholds: SUBHEAD_BLOCK_MAX_CHARS, SIGNATURE_MAX_CHARS, END_NOTE_MAX_CHARS, CAPTION_MAX_CHARS.
 */
import type { BlockKind } from '../../../../preload/api';
import { CREDIT, PHOTOGRAPHER } from '../../patterns';
import { cjkShare } from '../../text';
import { isBareName } from '../credits/nameUnderTitle';
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
const LATIN = /[A-Za-z]/u;
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
/** A caption opening with a picture number: `图①：…`, `图1：…`. */
const NUMBERED_PICTURE = /^图\s*[①-⑳0-9０-９一二三四五六七八九十]+\s*[:：]/u;
/** A picture agency's name alone under a photo caption (`人民视觉`): the picture's credit. */
const AGENCY_ALONE = /^(?:人民视觉|视觉中国|人民图片)$/u;
/** A photographer's credit standing alone, letter-spaced names included: `史自强 梁子栋摄影报道`. */
const PHOTO_REPORT = /^[\p{Script=Han}·、\s\u3000\u00a0]{2,40}摄影报道$/u;

/** The most characters a block the rules below can settle has: a caption (the longest of them). */
const LONGEST_SETTLED = Math.max(
  CAPTION_MAX_CHARS,
  END_NOTE_MAX_CHARS,
  SIGNATURE_MAX_CHARS,
  SUBHEAD_BLOCK_MAX_CHARS,
);

/** Characters (code points) of a string, without building an array of them. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

function any(patterns: readonly RegExp[], s: string): boolean {
  for (const p of patterns) if (p.test(s)) return true;
  return false;
}

/**
 * The kind a closing block takes from its whole text, or null to keep the kind it has. `cutBelow`:
 * the line after the block continues it (an unindented body line where paragraphs are indented), so
 * a short block without closing punctuation is the first piece of a cut paragraph, not a crosshead.
 */
export function settleBlockKind(kind: BlockKind, text: string, cutBelow = false): SettledKind | null {
  if (kind !== 'paragraph' && kind !== 'subhead' && kind !== 'credit') return null;
  const bare = text.replace(SPACES, '');
  const chars = codePoints(bare);
  // Longer than any caption, credit or crosshead: an ordinary paragraph keeps its kind (most blocks).
  if (kind === 'paragraph' && chars > LONGEST_SETTLED) return null;
  // Latin text keeps its kind (English crossheads are judged by the pass); a bare figure (`90%`) does not.
  if (chars === 0 || (LATIN.test(bare) && cjkShare(bare) < CJK_TEXT_SHARE)) return null;
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

function captionText(text: string, bare: string, chars: number): boolean {
  if (chars > CAPTION_MAX_CHARS) return false;
  if (NUMBERED_PICTURE.test(bare) || PHOTO_REPORT.test(text) || AGENCY_ALONE.test(bare)) return true;
  // Letter-spaced names may be spaced with NBSP, which the line patterns do not expect.
  return chars <= SIGNATURE_MAX_CHARS && any(PHOTOGRAPHER, text.replace(NBSP, ' '));
}

/** True when the text is only a byline, a signature, a production credit or a bracketed end note. */
export function isCreditText(text: string): boolean {
  const bare = text.replace(SPACES, '');
  return creditText(text, bare, codePoints(bare));
}

function creditText(text: string, bare: string, chars: number): boolean {
  if (chars <= SIGNATURE_MAX_CHARS && (SIGNATURE.test(bare) || PRODUCTION.test(bare))) return true;
  if (chars <= END_NOTE_MAX_CHARS && END_NOTE.test(bare)) return true;
  // `（周飞亚）`: a commentary's author in brackets under its last paragraph.
  const inBrackets = BRACKETED.exec(bare);
  if (inBrackets && isBareName(inBrackets[1] ?? '')) return true;
  return chars <= SIGNATURE_MAX_CHARS && any(CREDIT, text);
}
