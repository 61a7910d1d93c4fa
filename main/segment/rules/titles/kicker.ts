/**
 * Rule title.kickerFirst (and its negation title.headlineDeck): of two title lines, is the first a
 * kicker above the headline, rather than a headline above its deck? A deck explains: it opens with a
 * dash, a date or a number summary, names an act (讲话, 出席 …), or runs clearly longer than the line
 * above. A kicker sets the scene in a few words, often as two parallel phrases
 * (`优化营商环境 聚力招商引资`); when the two lines are short and about the same length, the first is
 * the kicker, since a deck that does not start with a dash is the longer line. A line ending with a
 * reporting verb (`…时强调`) is a kicker; a plain line over a parallel pair is the pair's kicker; a
 * whole bracketed line (`（2019年1月3日）`) is a deck.
 * Signals: CJK share, visible lengths, parallel-pair shape, leading dash/digit, deck words, capitals.
 * Thresholds: ZH_KICKER_SHORT, ZH_KICKER_MAX, ZH_KICKER_PAIR_MAX, ZH_KICKER_PAIR_LONGER,
 * ZH_KICKER_PAIR_SHORTER, EN_KICKER_MAX_WORDS, CJK_TEXT_SHARE.
 */
import { cjkShare, isSpace } from '../../text';
import {
  CJK_TEXT_SHARE,
  EN_KICKER_MAX_WORDS,
  ZH_KICKER_MAX,
  ZH_KICKER_PAIR_LONGER,
  ZH_KICKER_PAIR_MAX,
  ZH_KICKER_PAIR_SHORTER,
  ZH_KICKER_SHORT,
} from '../../thresholds';

/** A line ending with a reporting verb (`…时强调`) sets the scene: the kicker. */
const SPEECH_VERB = /(?:强调|指出|表示|提出|要求)$/u;
/** A whole line in brackets (`（2019年1月3日）`) is a deck: a date or a note under the headline. */
const BRACKETED = /^[（(].*[)）]$/u;
const DECK_WORDS = /讲话|出席|参加|主持|会见|致辞|看望|慰问|陪同|调研$/u;
/** Two phrases of three or more characters separated by a space: a slogan-like pair. */
const PARALLEL = /^[^\s\u3000]{3,}[\s\u3000]+[^\s\u3000]{3,}$/u;

export function kickerFirst(a: string, b: string): boolean {
  if (/^[—–-]{1,2}/u.test(b) || DECK_WORDS.test(b)) return false;
  if (cjkShare(a) >= CJK_TEXT_SHARE) return chineseKickerFirst(a, b);
  return kickerLike(a, b);
}

/** 引题 / 主题 or 主题 / 副题, for Chinese lines. */
function chineseKickerFirst(a: string, b: string): boolean {
  if (/^[0-9０-９]/u.test(b) || BRACKETED.test(b)) return false;
  // `X在…时强调`: a line reporting who spoke sets the scene for what was said.
  if (SPEECH_VERB.test(a)) return true;
  const pairA = PARALLEL.test(a);
  const pairB = PARALLEL.test(b);
  const la = visibleLength(a);
  const lb = visibleLength(b);
  // A parallel pair under a plain line is the headline under its kicker (`最高检确定46项改革任务` /
  // `完善责任制 用好监督权`): 90 of 96 such pairs on the corpus's train days.
  if (pairB && !pairA) return true;
  if (pairA !== pairB) return pairA;
  if (la <= ZH_KICKER_SHORT) return true;
  if (la <= ZH_KICKER_MAX && lb > la) return true;
  return la <= ZH_KICKER_PAIR_MAX && lb <= la + ZH_KICKER_PAIR_LONGER && lb >= la - ZH_KICKER_PAIR_SHORTER;
}

/** A kicker is short: a place, a topic, a slogan (Chinese up to ZH_KICKER_MAX characters, English up to EN_KICKER_MAX_WORDS words). */
export function kickerLike(a: string, b: string): boolean {
  if (cjkShare(a) >= CJK_TEXT_SHARE) {
    const la = visibleLength(a);
    const lb = visibleLength(b);
    return la <= ZH_KICKER_SHORT || (la <= ZH_KICKER_MAX && lb > la);
  }
  // English kickers are rare section labels ("Science"); a capital line over a mixed-case one is a
  // headline over its deck, and a longer first line is a headline in sentence case.
  const wa = a.split(/\s+/u).length;
  if (isAllCaps(a) && !isAllCaps(b)) return false;
  return wa <= EN_KICKER_MAX_WORDS && b.split(/\s+/u).length > wa;
}

/** Characters other than whitespace (UTF-16 units: titles are BMP text). */
function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

function isAllCaps(text: string): boolean {
  return /[A-Z]{2}/u.test(text) && !/[a-z]/u.test(text);
}
