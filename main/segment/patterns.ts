import { charSet } from './text';
import { bothScripts } from './variants';

/**
 * Line patterns for the classifier. Each is tested on one trimmed line, and only on short lines
 * (or a line's first characters), so no pattern ever scans a whole paragraph.
 */

const MONTHS =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const PAPER = '(?:日报|晚报|晨报|时报|周报|商报|青年报|法制报|经济报|新闻报)';

/** True when one of the patterns matches (a plain loop: no closure per call on the per-line path). */
export function matchesAny(patterns: readonly RegExp[], s: string): boolean {
  for (let i = 0; i < patterns.length; i++) if (patterns[i]?.test(s)) return true;
  return false;
}

/**
 * The same test as a list of patterns in one expression per set of flags: `matchesAny(oneOf(list), s)`
 * is `matchesAny(list, s)` (an alternation matches where one of its branches does), one call into
 * the expression engine instead of one per pattern (property-tested). No pattern here has a
 * backreference, whose number the alternation would change.
 */
export function oneOf(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) {
    const sources = byFlags.get(re.flags) ?? [];
    sources.push(`(?:${re.source})`);
    byFlags.set(re.flags, sources);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
}

/** Page headers / footers, page numbers, mastheads, date lines, jump lines. */
export const FURNITURE: RegExp[] = widen([
  /^第\s*[0-9０-９一二三四五六七八九十]+\s*版/u,
  /^\S{0,12}?第\s*[0-9０-９]+\s*版(?:[\s\u3000:：].{0,20})?$/u,
  new RegExp(`^\\S{1,8}${PAPER}[\\s\u3000]*(?:\\d{4}年\\d{1,2}月\\d{1,2}日|第\\s*\\d+\\s*版|$)`, 'u'),
  /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天](?:\s.{0,20})?$/u,
  /^(?:\d{4}年)?\d{1,2}月\d{1,2}日$/u,
  /^(?:PAGE|Page|P\.)\s*[0-9A-Z]{1,4}$/u,
  /^[-—–]?\s*\d{1,3}\s*[-—–]?$/u,
  /^\(?\s*(?:Continued|Concluded|See)\s+(?:on|from)\s+(?:Page|P\.)\s+[\w-]+\.?\s*\)?\.?,?$/iu,
  new RegExp(`^(?:(?:${WEEKDAYS}),?\\s+)?(?:${MONTHS})\\.?\\s+\\d{1,2},\\s+\\d{4}\\.?$`, 'iu'),
  new RegExp(
    // A running head, possibly after its page number: `2 THE DAILY HERALD, MONDAY, JUNE 3, 1916.`
    `^(?:\\d{1,3}\\s+)?THE\\s+[A-Z .'&-]{3,40},.*\\b(?:${MONTHS.toUpperCase()})\\.?\\s+\\d{1,2},?\\s+\\d{4}\\.?$`,
    'u',
  ),
  // Old mastheads: the date line in capitals, the price, the issue number.
  new RegExp(
    `^[A-Z][A-Z .,'-]{0,60}\\b(?:${MONTHS.toUpperCase()})\\.?\\s+\\d{1,2},\\s+\\d{4}\\b.{0,40}$`,
    'u',
  ),
  // A running head: a full date and a page marker on one line (`东南周末 2025年9月14日 第7版`,
  // `THE GAZETTE | Thursday, October 9, 2025 | A3`, `THE WEEKLY — March 20, 2025 — Page 4`,
  // `Friday, 3 July 2026 | Page 2`).
  /^.{0,24}\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,16}第\s*[0-9０-９一二三四五六七八九十]+\s*版.{0,12}$/u,
  new RegExp(
    `^.{0,60}\\b(?:(?:${MONTHS})\\.?\\s+\\d{1,2},|\\d{1,2}\\s+(?:${MONTHS})\\.?)\\s+\\d{4}\\s*[|—–-]\\s*(?:Page\\s+[0-9A-Z]{1,4}|[A-Z]?\\d{1,3}[A-Z]?)$`,
    'iu',
  ),
  // A jump line: `See BUDGET, Page A6`.
  /^\(?See\s+[A-Z][A-Z0-9 '&-]{1,30},?\s+(?:Page|P\.)\s+[0-9A-Z]{1,4}\.?\)?$/u,
  /^(?:PRICE\s+)?(?:ONE|TWO|THREE|FIVE)\s+CENTS?\.?$/u,
  /^NO\.\s*[\d,]+\.?$/u,
  /^(?:本版编辑|本版责编)[:：]/u,
  /^[（(]?\s*(?:下转|转|上接|接)第?\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[)）]?$/u,
  // A page's editor line standing alone (`责任编辑：王伟`, names only): a page footer like `本版责编：`,
  // printed once per page, not a credit of the article above it. A bracketed web end note
  // (`（责任编辑：王伟）`) or a line with more text stays a credit.
  /^(?:责任编辑|责编)\s*[:：]\s*[\p{Script=Han}·]{1,4}(?:[\s\u3000、，,]{1,3}[\p{Script=Han}·]{1,4}){0,3}$/u,
]);

/** Leads that open an article: Chinese news leads and English datelines. Tested on the line's head. */
export const LEAD_ZH: RegExp[] = widen([
  /^本报讯/u,
  /^本报[^\s，,。:：]{0,16}?电/u,
  // Not `…摄影报道`: that line credits a photo story's pictures (PHOTOGRAPHER), it opens no text.
  /^本报记者[^。，,]{1,30}?(?<!摄影)报道/u,
  /^(?:新华社|中新社|中新网|人民网|新华网|央视网|光明网|央广网|据新华社)[^\s，,。]{0,20}?电/u,
  /^[（(]\s*(?:记者|本报记者|通讯员|特约记者)[^）)]{1,40}[）)]\s*\S/u,
]);

export const LEAD_EN: RegExp[] = [
  /^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von))*(?:,\s*[\w .'-]{1,40})?$/u,
  new RegExp(
    `^[A-Z][A-Za-z.'’ -]{1,40}(?:,\\s*[A-Z][A-Za-z.'’ ]{1,30})?,\\s*(?:${MONTHS})\\.?\\s+\\d{1,2}\\b[^A-Za-z]{0,4}(?:\\((?:[A-Z][\\w ]{1,20})\\)\\s*)?(?:—|–|--|-|\\?|\\.—|\\.-|:)`,
    'u',
  ),
  // A bare capital place and a dash: `CEDAR FALLS — The council…` (no date, no agency).
  /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}\s+(?:—|–|--)\s+[A-Z“"'‘]?[a-z]/u,
  /^[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][A-Za-z.'’ ]{1,30})?\s*\((?:AP|Reuters|AFP|Xinhua|UPI|Bloomberg)\)\s*(?:—|–|--|-)/u,
];

/** End credits and notes: reporters, (完), editors, notes from the desk. */
export const CREDIT: RegExp[] = widen([
  // Names may be letter-spaced (`本报记者 窦 皓`): a space between the characters of one name.
  // A column label (`记者手记`, `记者观察`) is not a name.
  /^(?:本报记者|特约记者|记者|通讯员|本报通讯员|实习生|本报实习生|特约通讯员)(?!手记|札记|观察|随笔|笔记|述评|调查|来信|视点)\s*[\p{Script=Han}·](?:[\s\u3000]{0,2}[\p{Script=Han}·]){1,4}(?:[\s\u3000、，,]+(?:(?:本报记者|记者|通讯员|本报通讯员|实习生)\s*)?[\p{Script=Han}·](?:[\s\u3000]?[\p{Script=Han}·]){1,4}){0,5}$/u,
  /^\S{0,8}评论员$/u,
  /^[（(]\s*(?:完|全文完|待续|本文完)\s*[)）]$/u,
  /^(?:责任编辑|责编|编辑|版式设计|美编|美术编辑|校对|审核|监制|图片编辑|制图|统筹|策划|执笔|本版编辑)\s*[:：]/u,
  // Production and source credits of a page or a graphic: `本版制图：…`, `数据来源：…`, `（稿件来源：…）`.
  /^[（(]?(?:本版制图|本版摄影|本版统筹|图表制作|数据来源|资料来源|稿件来源|图片来源|信息来源)\s*[:：]/u,
  // Who put a package together and where its text comes from: `稿件统筹：…`, `来源：人民日报`.
  /^(?:稿件|栏目|专版|总)(?:统筹|策划)\s*[:：]|^来源\s*[:：]/u,
  // A photo report's credit (`李华摄影报道`) and a picture-and-text credit (`图/文 李华`).
  /^[^，,。：:]{2,20}摄影报道$/u,
  /^(?:图\s*[/／]\s*文|文\s*[/／]\s*图|图文)\s*[:：]?\s*[^，,。]{2,20}$/u,
  // A series or column end note: `（本系列评论到此结束）`, `（系列报道之三完）`.
  /^[（(][^（()）]{2,20}(?:结束|完|待续)[)）]$/u,
  /^[（(]\s*(?:本报|新华社|据)[^（()）]{0,30}[电讯稿)）]\s*[)）]?$/u,
  /^[（(]\s*作者(?:为|系|是|单位)[^（()）]{1,80}[)）]$/u,
  /^[（(][^（()）]{0,30}(?:记者|通讯员|实习生|采写|编译|综合|整理)[^（()）]{0,30}[)）]$/u,
  /^[—–-]{1,2}\s*编\s*者$/u,
  /^[（(]\s*(?:END|MORE)\s*[)）]$/u,
  /^(?:Reporting|Additional reporting|Editing|Writing|Compiled) by\b.{0,80}$/u,
  /^\((?:Reporting|Additional reporting|Editing|Writing|Compiled) by\b[^()]{0,120}\)$/u,
  // A signature under a letter or an editorial: `— The Editors`.
  /^[—–]\s*(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$/u,
]);

/**
 * First characters of the CREDIT patterns: each is anchored on one of them, except the 评论员 and
 * 摄影报道 lines, which end on 员/員 or 道 (mayBeCredit). Property-tested against the patterns.
 */
const CREDIT_FIRST = charSet(
  '本特记記通实實责責编編版美校审審监監图圖制统統策执執（(—–-RAEWC数數资資稿信文栏欄专專总總来來',
);

/**
 * Can a CREDIT pattern match the text? A gate on its first and last characters before the 17
 * expressions (asked of most short lines under body text): false only where none can match.
 */
export function mayBeCredit(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  return CREDIT_FIRST.has(s.charCodeAt(0)) || last === 0x5458 || last === 0x54e1 || last === 0x9053;
}

/** Photo captions and photographer lines. */
export const CAPTION: RegExp[] = widen([
  /(?:\/|／)?摄(?:\s*[（(][^（()）]{1,12}[)）])?$/u,
  /(?:新华社|人民图片|视觉中国|人民视觉|资料图片|本报资料图片)(?:记者[^，,。]{0,8})?(?:发|供图)$/u,
  /[（(](?:人民视觉|视觉中国|新华社发|资料图片|人民图片)[)）]$/u,
  /供图$/u,
  /^(?:图为|上图|下图|左图|右图|图[:：]|图一|图二|图片[:：])/u,
  /^(?:Photo|Photograph|Picture|PHOTO|Photos)(?:\s+by)?\s*[:：]/u,
  /[(（]\s*(?:Photo|Photograph|Picture)s?\b[^()（）]{0,60}[)）]\.?$/u,
]);

/** A photographer line on its own: short, names a photographer or agency (caption split from its text). */
export const PHOTOGRAPHER: RegExp[] = widen([
  /^(?:本报记者|记者|通讯员|新华社记者)?\s*[\p{Script=Han}·、 \u3000]{0,14}(?:\/|／)?摄(?:\s*[（(][^（()）]{1,12}[)）])?$/u,
  /^(?:新华社|人民图片|视觉中国|人民视觉)[^，,。]{0,12}(?:发|供图)$/u,
  /^[^，,。]{1,12}供图$/u,
  // The reporters who took a photo story's pictures (`本报记者 王明 李华摄影报道`).
  /^(?:本报记者|记者|通讯员|新华社记者)?\s*[\p{Script=Han}·、 \u3000]{1,20}摄影报道$/u,
  // A picture agency's name alone on the line under a photo (`人民视觉`): the picture's credit.
  /^(?:人民视觉|视觉中国|人民图片|东方IC|CFP)$/u,
  /^(?:Photo|Photograph|PHOTO|PHOTOGRAPH|Picture|PICTURE)[sS]?\s*(?:by\s+|BY\s+|[:：]\s*)[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:\s*\/\s*[A-Z][\w .-]{0,20})?$/u,
]);

/** Last characters of the PHOTOGRAPHER patterns not opening with P or an agency's name (摄, 发, 供图, ）, 摄影报道). */
const PHOTOGRAPHER_LAST = charSet('摄攝发發图圖)）.道');
/** First characters of a picture agency's bare name (`人民视觉`, `视觉中国`, `东方IC`, `CFP`). */
const AGENCY_FIRST = charSet('人视視东東C');

/**
 * Can a PHOTOGRAPHER pattern match the text? A gate on its first and last characters before the
 * expressions: false only where none can match (property-tested against the patterns).
 */
export function mayBePhotographer(s: string): boolean {
  const first = s.charCodeAt(0);
  return PHOTOGRAPHER_LAST.has(s.charCodeAt(s.length - 1)) || first === 0x50 || AGENCY_FIRST.has(first);
}

/** A label line set above a headline, e.g. `地点：云南普洱`. */
export const LABEL = bothScripts(/^(?:地点|时间|栏目|专栏|主题)[:：]/u);
/** The first characters of LABEL's words, both scripts. */
const LABEL_FIRST = charSet('地时時栏欄专專主');

/**
 * Can LABEL match the text? Its first character settles it for most lines (asked of every short
 * line by the title shape) before the expression (property-tested against LABEL).
 */
export function mayBeLabel(s: string): boolean {
  return LABEL_FIRST.has(s.charCodeAt(0));
}

function widen(patterns: RegExp[]): RegExp[] {
  return patterns.map(bothScripts);
}

/** The line classifier's lists as one expression each (per set of flags): see oneOf. */
export const FURNITURE_ANY = oneOf(FURNITURE);
export const LEAD_ZH_ANY = oneOf(LEAD_ZH);
export const CREDIT_ANY = oneOf(CREDIT);
export const CAPTION_ANY = oneOf(CAPTION);
export const PHOTOGRAPHER_ANY = oneOf(PHOTOGRAPHER);
