/**
 * One day of the paper as a sequence of page furniture and articles, before any layout: what every
 * layout renders, and what the gold is written from. Builder-inserted text (page headers, editor lines,
 * photo captions) and the artifact cuts are decided here, from the file's own seed (day + layout).
 */
import { kindOf, type BlockKind } from './kinds';
import type { Rng } from './prng';
import type { Day, SourceArticle } from './readCorpus';

export type Para = {
  kind: BlockKind;
  text: string;
  /** code-point offsets of artifact breaks */ cuts: number[];
};
export type Article = { kicker: string | null; headline: string | null; decks: string[]; paras: Para[] };
export type Item = { type: 'furniture'; lines: string[] } | { type: 'article'; article: Article };

/** Names for builder-made editor and photographer lines (common names, no one in particular). */
const NAMES = [
  '王伟',
  '李静',
  '张敏',
  '刘洋',
  '陈杰',
  '杨帆',
  '赵磊',
  '黄丽',
  '周涛',
  '吴琼',
  '徐明',
  '孙颖',
];
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** Share of paragraphs (long enough) that a column or page break cuts in two. */
export const ARTIFACT_RATE = 0.18;
/** A paragraph is cut only if it has at least this many characters; each piece keeps at least MIN_PIECE. */
export const ARTIFACT_MIN_LEN = 40;
export const MIN_PIECE = 8;
/** Share of articles followed by a builder-made photo caption. */
export const CAPTION_RATE = 0.12;

const strip = (s: string) => s.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/gu, '');
const NO_CUT_AFTER = /[\s\u3000\u00a0。！？!?；;：:…，,、“”‘’（）()《》【】—]/u;

/** Where a column break may cut: mid-sentence, between two characters that are neither space nor punctuation. */
function cutPoint(text: string, rng: Rng): number | null {
  const cps = Array.from(text);
  if (cps.length < ARTIFACT_MIN_LEN) return null;
  for (let tries = 0; tries < 8; tries++) {
    const at = rng.int(MIN_PIECE, cps.length - MIN_PIECE);
    const [before, after] = [cps[at - 1]!, cps[at]!];
    if (NO_CUT_AFTER.test(before) || NO_CUT_AFTER.test(after)) continue;
    // a column break between two Latin letters or digits would also cut a word or a number
    if (/[A-Za-z0-9]/u.test(before) && /[A-Za-z0-9]/u.test(after)) continue;
    return cps.slice(0, at).join('').length;
  }
  return null;
}

function dateLine(date: string): { y: number; m: number; d: number; w: string } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d, w: WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]! };
}

/** Page-header styles seen in dumps: a bare 版次, the paper's full header, or a date line and a 版次. */
export type HeaderStyle = 'none' | 'page' | 'full' | 'date+page';

function pageHeader(style: HeaderStyle, date: string, page: number): string[] {
  const { y, m, d, w } = dateLine(date);
  const ymd = `${y}年${m}月${d}日`;
  switch (style) {
    case 'none':
      return [];
    case 'page':
      return [`第${page}版`];
    case 'full':
      return [`人民日报　${ymd}　星期${w}　第${page}版`];
    case 'date+page':
      return [`${ymd} 星期${w}`, `第${page}版`];
  }
}

/** The first clause of an article's lead, for a made-up caption (`图为…。`). */
function captionFor(a: SourceArticle, rng: Rng): string | null {
  const lead = a.paragraphs.map(strip).find((p) => Array.from(p).length > 30);
  if (!lead) return null;
  const body = lead
    .replace(/^.{0,40}?电[\s\u3000\u00a0]*([（(][^）)]*[）)])?/u, '')
    .replace(/^本报讯[（(][^）)]*[）)]/u, '');
  const clause = body.split(/[，。；：,]/u)[0] ?? '';
  // a plain clause only: no quote, bracket or list number that would make the caption read oddly
  if (
    !/^[\u4e00-\u9fff][^“”‘’「」【】《》（）()、]{5,39}$/u.test(clause) ||
    /^(为|一|二|三|四|五)/u.test(clause)
  )
    return null;
  const who = rng.pick(NAMES);
  const credit = rng.pick([`本报记者　${who}摄`, `新华社记者　${who}摄`, `${who}摄（人民视觉）`, '新华社发']);
  return `图为${clause}。　${credit}`;
}

function articleOf(a: SourceArticle, rng: Rng): Article | null {
  const paras: Para[] = a.paragraphs
    .map(strip)
    .filter(Boolean)
    .map((text) => {
      const kind = kindOf(text);
      const cut = kind === 'paragraph' && rng.chance(ARTIFACT_RATE) ? cutPoint(text, rng) : null;
      return { kind, text, cuts: cut === null ? [] : [cut] };
    });
  // An item without any paragraph is a photo or graphic whose text the crawl does not hold: a dump
  // shows nothing of it but a title, and no one can say where it ends, so it is left out.
  if (!paras.length) return null;
  if (rng.chance(CAPTION_RATE)) {
    const caption = captionFor(a, rng);
    if (caption) paras.push({ kind: 'caption', text: caption, cuts: [] });
  }
  const deck = strip(a.deck);
  return {
    kicker: strip(a.kicker) || null,
    headline: strip(a.headline) || null,
    decks: deck ? [deck] : [],
    paras,
  };
}

/** The day as the items of one issue file: per page, a header, the page's articles, an editor line. */
export function issueOf(day: Day, header: HeaderStyle, rng: Rng): Item[] {
  const items: Item[] = [];
  for (const { page, articles } of day.pages) {
    const head = pageHeader(header, day.date, page);
    if (head.length) items.push({ type: 'furniture', lines: head });
    for (const a of articles) {
      const article = articleOf(a, rng);
      if (article) items.push({ type: 'article', article });
    }
    if (rng.chance(0.7)) {
      const [a, b] = [rng.pick(NAMES), rng.pick(NAMES)];
      items.push({
        type: 'furniture',
        lines: [rng.chance(0.5) ? `责任编辑：${a}` : `本版责编：${a}　${b}`],
      });
    }
  }
  return items;
}
