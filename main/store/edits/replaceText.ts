import type { EditOp, StoredArticle, StoredRepair } from '../../../preload/api';
import { AppError } from '../../errors';
import { articleIndex, markEdited } from './articleHelpers';

type Op = Extract<EditOp, { type: 'replaceText' }>;

interface Replaced {
  text: string;
  /** Where an old offset lands in the new text; null when it was inside a replaced match. */
  map(offset: number): number | null;
}

/** Find and replace in titles, byline and paragraphs of the named articles (all when none are named). */
export function replaceText(articles: StoredArticle[], op: Op): StoredArticle[] {
  if (op.find === '') throw new AppError('invalid-argument', 'Type the text to find before replacing.');
  const pattern = new RegExp(op.find.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), op.matchCase ? 'gu' : 'giu');
  const ids = op.articleIds ? new Set(op.articleIds) : null;
  if (ids) for (const id of ids) articleIndex(articles, id);
  return articles.map((article) =>
    ids && !ids.has(article.id) ? article : replaceInArticle(article, pattern, op.replace),
  );
}

function replaceInArticle(article: StoredArticle, pattern: RegExp, replace: string): StoredArticle {
  let changed = false;
  const swap = (text: string): string => {
    const result = replaceAll(text, pattern, replace);
    if (result.text !== text) changed = true;
    return result.text;
  };
  const kicker = article.kicker === null ? null : swap(article.kicker);
  const headline = article.headline === null ? null : swap(article.headline);
  const subheadlines = article.subheadlines.map(swap);
  // The byline and authors read from the body's credit line: a name replaced there is replaced here.
  const byline = article.byline === null ? null : swap(article.byline);
  const authors = article.authors.map(swap);
  let repairs: StoredRepair[] = article.repairs;
  const blocks = article.blocks.map((block) => {
    const result = replaceAll(block.text, pattern, replace);
    if (result.text === block.text) return block;
    changed = true;
    repairs = repairs.flatMap((repair) => {
      if (repair.blockId !== block.id) return [repair];
      const offset = result.map(repair.offset);
      return offset === null || offset <= 0 || offset >= result.text.length ? [] : [{ ...repair, offset }];
    });
    return { ...block, text: result.text };
  });
  return changed
    ? markEdited({ ...article, kicker, headline, subheadlines, byline, authors, blocks, repairs })
    : article;
}

function replaceAll(text: string, pattern: RegExp, replace: string): Replaced {
  const matches: { start: number; end: number }[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0] !== replace) matches.push({ start: match.index, end: match.index + match[0].length });
  }
  if (matches.length === 0) return { text, map: (offset) => offset };
  let out = '';
  let last = 0;
  for (const { start, end } of matches) {
    out += text.slice(last, start) + replace;
    last = end;
  }
  out += text.slice(last);
  return {
    text: out,
    map(offset) {
      let delta = 0;
      for (const { start, end } of matches) {
        if (offset <= start) break;
        if (offset < end) return null;
        delta += replace.length - (end - start);
      }
      return offset + delta;
    },
  };
}
