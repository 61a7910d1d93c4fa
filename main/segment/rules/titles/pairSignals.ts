/**
 * Rules title.deckListMark, title.kickerIssuer, title.kickerCompetition, title.deckCarriesOn,
 * title.deckParallel, title.deckNumber, title.deckFigures: signals
 * that settle the roles of
 * two Chinese title lines before the general kicker/deck reading (kicker.ts) weighs their lengths.
 * - A second line opening with a list mark (`●及早惠及… ●全力支持…`) lists points under the headline:
 *   a deck; so is a document's number under its title (`…人大常委会公告` / `［十六届］第三号`).
 * - A first line reporting that a body issued a document (`国办印发意见`, `三部门出台政策`,
 *   `水利部发文`, `中央军委印发《通知》`, `…杂志发表…重要文章`) names the source; the line under it is
 *   what the document says, the headline — however long.
 * - A first line naming a competition or a stage of one (`速度滑冰世界杯第三站`, `斯诺克城市大师赛`,
 *   `女排联赛半决赛首回合`) is the sports page's kicker over the result (`小将晋级16强`), even
 *   when the result ends on a figure or runs longer.
 * - A second line carrying on the first line's subject without one of its own, opening on a modal or
 *   a verb of result (`将每季度通报…`, `实现…`, `累计…`), is a deck — unless the first line hands over
 *   to what was said (`…表示`): then it is the headline (kicker.ts).
 * - Two lines ending on the same words (`习近平同…互致贺电` / `李克强同…互致贺电`) report parallel
 *   events: the second is a deck.
 * - Both lines report a figure (`某市接待游客120万人次` / `旅游收入增长15%`): two findings of one
 *   report, the headline and its deck; a kicker sets the scene for the figure under it and carries
 *   none of its own (10 such pairs on the corpus's train days, all headline and deck, besides two
 *   whose second line ends with a column name).
 * A bracketed note or a summary of at least ZH_DECK_SUMMARY characters stays a deck (kicker.ts).
 * Signals: the lines' first and last characters, issuing verbs with a generic document noun, names of
 * competitions without a verb of taking part, a second line's opening modal or verb, the
 * lines' shared ending, digits in both lines.
 * Thresholds: ZH_DECK_SUMMARY, PARALLEL_END_MIN_CHARS.
 */
import { visibleLength } from '../../text';
import { PARALLEL_END_MIN_CHARS, ZH_DECK_SUMMARY } from '../../thresholds';
import type { RuleCode } from '../codes';

/** A deck listing points: it opens with a list mark. */
const LIST_MARK = /^[●■◆▲◎•]/u;
/**
 * The source's line: an issuing verb at the end, or before a generic document noun (never a named
 * plan: `某省发布“领雁”培育方案` is the news itself), or `发文`, or `发表…文章`.
 */
const ISSUED =
  /(?:(?:印发|出台|发布|下发|转发|制定)\p{Script=Han}{0,2}(?:通知|意见|政策|文件|《通知》|《意见》)|发文|发表\p{Script=Han}{0,14}文章)$/u;
/** A competition or a stage of one, named at the end of the line (`…世界杯德国站`, `…预选赛`). */
const COMPETITION =
  /(?:(?<!比)赛|世界杯|(?:赛|世界杯)\p{Script=Han}{1,5}站|首回合|次回合|首局|第[一二三四五六七八九十\d]+(?:阶段|轮|局))$/u;
/** A line reporting what a team did in the competition (`…晋级决赛`) is news, not the competition's name. */
const TAKES_PART = /(?:进入|晋级|闯入|完成|参加|举办|举行|取消|迎来|备战|出战|战胜|夺得|获得)/u;
/**
 * A second line carrying on the first line's subject without one of its own: it opens on a modal
 * or a verb of result (`将每季度通报…`, `实现…`, `具有…`, `累计…`, `为2015年以来最高水平`).
 */
const CARRIES_ON = /^(?:将|实现|具有|累计|同比|达到|为[0-9０-９“])/u;
/** A first line handing over to what was said (`…表示`, `…强调`): the second line is the headline. */
const SAID = /(?:表示|强调|指出|要求|提出|称|说)$/u;
/** A document's number under its title (`第五号`, `［十六届］第三号`, `〔2026〕3号`). */
const DOCUMENT_NUMBER =
  /^(?:[［〔[（(][^］〕\]）)]{1,8}[］〕\]）)])?第?[一二三四五六七八九十百零〇0-9０-９]+号$/u;
/** A figure: a run of digits (`120万`, `15%`, `2019年`). */
const FIGURE = /[0-9０-９]/u;
/** A bracketed note under the headline (`（2019年1月3日）`). */
const BRACKETED = /^[（(［[].*[)）］\]]$/u;

export function pairRoles(a: string, b: string): { kicker: boolean; rule: RuleCode } | null {
  if (LIST_MARK.test(b)) return { kicker: false, rule: 'title.deckListMark' };
  if (DOCUMENT_NUMBER.test(b)) return { kicker: false, rule: 'title.deckNumber' };
  if (BRACKETED.test(b) || visibleLength(b) >= ZH_DECK_SUMMARY) return null;
  if (ISSUED.test(a)) return { kicker: true, rule: 'title.kickerIssuer' };
  if (COMPETITION.test(a) && !TAKES_PART.test(a)) return { kicker: true, rule: 'title.kickerCompetition' };
  if (CARRIES_ON.test(b) && !SAID.test(a)) return { kicker: false, rule: 'title.deckCarriesOn' };
  if (sameEnding(a, b)) return { kicker: false, rule: 'title.deckParallel' };
  if (FIGURE.test(a) && FIGURE.test(b)) return { kicker: false, rule: 'title.deckFigures' };
  return null;
}

/**
 * Both lines end on the same words (`习近平同…互致贺电` / `李克强同…互致贺电`): the second reports a
 * parallel event, a deck under the first.
 */
function sameEnding(a: string, b: string): boolean {
  const n = PARALLEL_END_MIN_CHARS;
  return a.length > n && b.length > n && a.slice(-n) === b.slice(-n);
}
