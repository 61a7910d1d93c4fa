/**
 * Rule title.kickerFirst (and its negation title.headlineDeck): of two title lines, is the first a
 * kicker above the headline, rather than a headline above its deck? For Chinese lines the kicker is
 * the rule and the deck the exception: a deck opens with a dash or a time (2026年, 今年, 首批, 3月 …;
 * not when it reports an event as done: `2026年度评选揭晓` is news, the headline under a line reporting
 * none, however long short of a summary deck, ZH_DECK_SUMMARY), names who attended (出席, 讲话 …),
 * sits in brackets, runs clearly longer than the line above, carries on its subject
 * (`强调…`, `决定…`), ends on a figure the line above lacks, or explains an event the line above
 * reports as done (`…会议召开`). A line handing over to what was said (`…时强调`, `…印发`) is a
 * kicker, and so is any line over a quotation, any line of at most ZH_KICKER_SHORT characters, a
 * slogan of parallel phrases set apart by spaces over a line no longer than itself, and a plain line
 * over such a couplet of phrases (the headline, however long: 52 of 55 such pairs on the train days).
 * English kickers are short section labels.
 * Left as it is: the headline over its deck that this reads as kicker and headline (about 10 stories
 * a layout on the train days, the first line as long as the second or longer, no other rule firing)
 * shows no sign apart from the kickers it would cost: among such pairs of short stories opening with a
 * dateline, 37 are kicker and headline and 5 headline and deck; over all such pairs (156 kickers, 9
 * decks) the share of either line's character pairs the first two paragraphs repeat is alike (first
 * line 0.60 against 0.68, second 0.52 against 0.49). Counted again over the 156 distinct train pairs
 * read here as kicker first (bench/titleRoles/pairs.ts; 9 are headline and deck): the longest run of
 * either line that the lead's first 60 characters after its dateline repeat (first line 2-7 for the
 * decks' headlines, 0-25 for kickers; second line 0-4 against 0-23), a plain second line with no space,
 * quote or mark over a dateline lead (6 decks, 15 headlines), lengths and a first line reporting a done
 * deed with its own subject (`某机构查处…`, `某航空接收…`, as many kickers do) part neither.
 * In a stack of three lines or more, the signals that make a second line a deck here (who attended,
 * an event reported as done above it: 32 and 18 of 20 two-line stacks on train) were tried as a
 * headline with two decks instead of the full set: it fires on no train or dev stack (train has four
 * three-line stacks, all kicker, headline and deck), so it was left out.
 * Signals: CJK share, visible lengths, leading dash, deck words, closing verbs, figures, quotes, capitals.
 * Thresholds: ZH_DECK_SUMMARY, ZH_DECK_LONG, ZH_DECK_LONGER_BY, ZH_KICKER_SHORT, ZH_KICKER_MAX,
 * EN_KICKER_MAX_WORDS, CJK_TEXT_SHARE.
 */
import { cjkShare, visibleLength } from '../../text';
import {
  CJK_TEXT_SHARE,
  EN_KICKER_MAX_WORDS,
  ZH_DECK_LONG,
  ZH_DECK_LONGER_BY,
  ZH_DECK_SUMMARY,
  ZH_KICKER_MAX,
  ZH_KICKER_SHORT,
} from '../../thresholds';

/**
 * The first line hands over to the second: it reports who spoke or issued what (`…时强调`,
 * `国办印发意见`, `外交部发言人`), so the second line is what was said, the headline.
 */
const HANDS_OVER = /(?:强调|指出|表示|提出|要求|希望|印发|部署|批准|发表|签署命令|印发通知|负责人|发言人)$/u;
/**
 * A line wholly in brackets (`（2019年1月3日）`, `（…会议通过）`): a date or a note under a headline, so a
 * deck here, never a column's name after a headline (roles.ts), and the close of a document's titles
 * (stackEnd.ts).
 */
export const WHOLE_BRACKETED = /^[（(].*[)）]$/u;
/** A headline printed as a quotation (`“我要把这条路走完”`) under the scene it comes from. */
const QUOTED = /^“[^“”]*”$/u;
/** A deck naming who attended or spoke (`李明远出席并讲话`); `…时的讲话` is the title of a speech. */
const DECK_WORDS = /(?<!的)(?:讲话|出席|参加|主持|会见|致辞|看望|慰问|陪同)|调研$/u;
/** A deck that carries on the headline's subject with what it decided or said (`强调…`, `决定…`). */
export const DECK_VERB_START = /^(?:强调|指出|决定|听取|要求|部署|讨论|审议|确定|进一步|代表|围绕)/u;
/** A deck dating or ordering what the headline reports (`2026年勾勒…`, `今年将…`, `首批…`, `3月…`). */
const YEAR_START = /^(?:[0-9０-９]{4}年|今年|明年|首批|首次|未来|预计|[0-9０-９]{1,2}月)/u;
/**
 * A headline reporting an event as done (`…会议召开`, `…标准发布`, `…评选揭晓`): what follows explains
 * it. Under a line of its own such a line is the news itself, the headline, even when it opens with
 * its year (`2026年度优秀作品揭晓`): a dated deck explains (`2026年将再建…`) and reports no event.
 */
const EVENT_DONE = /(?:召开|举行|闭幕|开幕|揭牌|揭晓|成立|启用|启动|截止|会谈|发布|公布)$/u;
/**
 * Parallel phrases set apart by spaces (`筑牢根基 补齐短板 拓宽渠道`, `强化管理 封闭训练`): a slogan,
 * the kicker over a line no longer than itself (a longer line under it may be an advertiser's deck).
 */
const PARALLEL_PHRASES = /^\p{Script=Han}{2,8}(?:[\s\u3000]+\p{Script=Han}{2,8})+$/u;
/** A deck ending on a figure (`比去年同期增长7.3%`, `累计投入3亿元`). */
const FIGURE_END = /[0-9０-９][0-9０-９.．]*(?:[%％]|\p{Script=Han}{0,2})$/u;

export function kickerFirst(a: string, b: string): boolean {
  if (/^[—–-]{1,2}/u.test(b) || DECK_WORDS.test(b)) return false;
  if (chinesePair(a, b)) return chineseKickerFirst(a, b);
  return kickerLike(a, b);
}

/**
 * Two title lines are read as Chinese when either is: a Chinese line made mostly of a figure and an
 * abbreviation (`1月PMI为49.5%`, `5G手机`) is no English line in capitals over a deck.
 */
export function chinesePair(a: string, b: string): boolean {
  return cjkShare(a) >= CJK_TEXT_SHARE || cjkShare(b) >= CJK_TEXT_SHARE;
}

/**
 * 引题 / 主题 or 主题 / 副题, for Chinese lines. Two title lines with no dash, column tag or
 * lead-in mark are far more often a kicker over its headline (166 of 235 such pairs on the corpus's
 * train days, 131 of 147 on dev), so the first line is the kicker unless the second reads as a deck.
 */
function chineseKickerFirst(a: string, b: string): boolean {
  const la = visibleLength(a);
  const lb = visibleLength(b);
  if (WHOLE_BRACKETED.test(b) || lb >= ZH_DECK_SUMMARY) return false;
  // `X在…时强调`: a line reporting who spoke sets the scene for what was said.
  if (HANDS_OVER.test(a) || QUOTED.test(b) || la <= ZH_KICKER_SHORT) return true;
  // A slogan of parallel phrases (`筑牢根基 补齐短板 拓宽渠道`) over a line no longer than itself.
  if (PARALLEL_PHRASES.test(a) && lb <= la) return true;
  if ((YEAR_START.test(b) && !EVENT_DONE.test(b)) || DECK_VERB_START.test(b) || EVENT_DONE.test(a))
    return false;
  // A line reporting an event as done under a line reporting none is the news: the headline, however
  // long (short of ZH_DECK_SUMMARY, checked above).
  if (EVENT_DONE.test(b)) return true;
  if (FIGURE_END.test(b) && !FIGURE_END.test(a)) return false;
  // A couplet of paired phrases (`每轮抽签决定 单场决出胜负`) under a plain line is the headline, however
  // much longer: the paper sets its headlines as such couplets and tells the story in the kicker.
  if (PARALLEL_PHRASES.test(b) && !PARALLEL_PHRASES.test(a)) return true;
  return !(lb >= ZH_DECK_LONG && lb >= la + ZH_DECK_LONGER_BY);
}

/** A kicker is short: a place, a topic, a slogan (Chinese up to ZH_KICKER_MAX characters, English up to EN_KICKER_MAX_WORDS words). */
export function kickerLike(a: string, b: string): boolean {
  if (chinesePair(a, b)) {
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

function isAllCaps(text: string): boolean {
  return /[A-Z]{2}/u.test(text) && !/[a-z]/u.test(text);
}
