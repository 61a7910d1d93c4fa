/**
 * Renders one issue (model.ts items) in one layout (layouts.ts): the lines of the file and its gold,
 * written side by side so the gold holds exactly the characters printed.
 */
import type { Gold, GoldArticle, GoldJoin } from './goldFormat';
import type { Layout } from './layouts';
import type { Article, Item } from './model';
import type { Rng } from './prng';

const HALFWIDTH: Record<string, string> = {
  '，': ',',
  '（': '(',
  '）': ')',
  '：': ':',
  '；': ';',
  '！': '!',
  '？': '?',
};
/** Characters a printed line may not start with (kinsoku): they stay at the end of the line before. */
const NO_LINE_START = /[，。、；：！？）”’」』…,.;:!?)]/u;

const nonwsLength = (s: string) => Array.from(s.replace(/\s/gu, '')).length;

/** Lines of a hard wrap of `text` at `width` code points; the first line is shortened by `indent`. */
function wrapText(text: string, width: number, indent: string): string[] {
  const cps = Array.from(text);
  const lines: string[] = [];
  let i = 0;
  let room = width - Array.from(indent).length;
  while (i < cps.length) {
    let end = Math.min(cps.length, i + room);
    while (end < cps.length && NO_LINE_START.test(cps[end]!)) end++;
    let line = cps.slice(i, end).join('');
    // a line of spaces only would print as a blank line (a paragraph break): keep it with the next
    while (!line.trim() && end < cps.length) line += cps[end++]!;
    lines.push(line);
    i = end;
    room = width;
  }
  return lines;
}

export type Rendered = { lines: string[]; gold: Omit<Gold, 'encoding' | 'eol'> };

/**
 * `halfwidth`: the file's text was converted to halfwidth ,():;!? as a whole (drawn once per file by
 * the caller: a dump is converted by whatever tool wrote it, never article by article).
 */
export function render(items: Item[], layout: Layout, rng: Rng, halfwidth = false): Rendered {
  const fix = (s: string) => (halfwidth ? s.replace(/[，（）：；！？]/gu, (c) => HALFWIDTH[c]!) : s);
  const lines: string[] = [];
  const width = layout.wrap ? rng.int(layout.wrap.min, layout.wrap.max) : 0;
  const articles: GoldArticle[] = [];
  const preamble: string[] = [];
  const furniture: string[] = [];
  const joins: GoldJoin[] = [];

  let trailingBlanks = 0;
  const emit = (line: string) => {
    lines.push(line);
    trailingBlanks = 0;
  };
  const blanks = (n: number) => {
    while (lines.length && trailingBlanks < n) {
      lines.push('');
      trailingBlanks++;
    }
  };

  const emitArticle = (a: Article) => {
    const n = articles.length;
    // Builder version 2 drew halfwidth here, article by article; the draw stays so that every file
    // whose punctuation never changes (all layouts but tongzhou) renders byte for byte as before.
    rng.next();
    const kicker = a.kicker && fix(a.kicker);
    const headline = a.headline && fix(a.headline);
    const decks = a.decks.map(fix);
    const gold: GoldArticle = { kicker, headline, subheadlines: [...decks], paragraphs: [] };
    articles.push(gold);
    blanks(layout.blankBetweenArticles);
    const titleLines =
      layout.kickerWithHeadline && kicker && headline
        ? [kicker + headline, ...decks]
        : [kicker, headline, ...decks].filter((t): t is string => !!t);
    titleLines.forEach((t, k) => {
      if (k > 0 && layout.blankBetweenTitles) blanks(1);
      emit(t);
    });
    if (titleLines.length && layout.blankAfterTitles) blanks(1);
    a.paras.forEach((p, pi) => {
      const text = fix(p.text);
      gold.paragraphs.push({ kind: p.kind, text });
      if (pi > 0) blanks(layout.blankBetweenParas);
      // captions and credits are printed flush, as dumps print them
      const indent = p.kind === 'paragraph' || p.kind === 'subhead' ? layout.indent : '';
      const pieces: string[] = [];
      let from = 0;
      for (const cut of p.cuts) {
        pieces.push(text.slice(from, cut));
        from = cut;
      }
      pieces.push(text.slice(from));
      let done = 0; // non-whitespace characters of the paragraph printed so far
      pieces.forEach((piece, j) => {
        if (j > 0) {
          joins.push({ article: n, paragraph: pi, at: done, why: 'artifact' });
          if (layout.artifactBlank) blanks(1);
        }
        const first = j === 0 ? indent : '';
        const wrapped = width ? wrapText(piece, width, first) : [piece];
        wrapped.forEach((line, k) => {
          if (k > 0) joins.push({ article: n, paragraph: pi, at: done, why: 'wrap' });
          emit((k === 0 ? first : '') + line);
          done += nonwsLength(line);
        });
      });
    });
  };

  for (const item of items) {
    if (item.type === 'article') {
      emitArticle(item.article);
      continue;
    }
    blanks(layout.blankBetweenArticles);
    for (const raw of item.lines) {
      const line = fix(raw);
      (articles.length ? furniture : preamble).push(line);
      emit(line);
    }
  }
  return {
    lines,
    gold: { layout: layout.imitates, layoutKey: layout.name, articles, preamble, furniture, joins },
  };
}
