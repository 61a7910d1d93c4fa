import type { GoldArticle } from './gold';
import { rng } from './gold';

/** The layouts real dumps come in (see the issue): each renders gold articles as a text file. */
export const LAYOUTS = [
  'blank',
  'indent-blank',
  'consecutive',
  'dump',
  'dump-gap',
  'ocr-export',
  'ocr-raw',
] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface RenderOptions {
  seed: number;
  /** Chance that a paragraph gets an artifact break inside a sentence. */
  breaks: number;
  /** Page furniture between articles and inside paragraphs. */
  furniture: boolean;
}

const ZH_FURNITURE = ['人民日报\u30002020年1月14日\u3000星期二\u3000第4版', '第20版', '2026年1月20日 星期二'];
const EN_FURNITURE = ['THE EVENING STAR, WASHINGTON, D. C., THURSDAY, SEPTEMBER 21, 1916.', 'PAGE 2'];

const isZh = (s: string) => /[\u4e00-\u9fff]/u.test(s);
const SENTENCE_END = /[。！？!?….]["”’)）]*$/u;

/** Renders gold articles in one layout, with artifact breaks and furniture drawn from the seed. */
export function renderIssue(articles: GoldArticle[], layout: LayoutName, opts: RenderOptions): string {
  const rand = rng(opts.seed);
  const zh = articles.some((a) => a.blocks.some((b) => isZh(b.text)));
  const furniture = zh ? ZH_FURNITURE : EN_FURNITURE;
  const pick = () => furniture[Math.floor(rand() * furniture.length)] ?? '';
  const out: string[] = [];
  articles.forEach((a, n) => {
    if (n > 0) out.push(articleGap(layout, rand));
    if (n > 0 && opts.furniture && rand() < 0.3) out.push(pick(), lineGap(layout));
    out.push(renderTitles(a, layout));
    a.blocks.forEach((b, k) => {
      if (k > 0 || titled(a)) out.push(lineGap(layout));
      const indent =
        b.kind === 'paragraph' && (layout === 'indent-blank' || layout.startsWith('dump'))
          ? zh
            ? '\u3000\u3000'
            : '    '
          : '';
      const cut = b.kind === 'paragraph' && rand() < opts.breaks ? breakPoint(b.text, rand) : -1;
      const furn = cut > 0 && opts.furniture && rand() < 0.3 ? pick() : null;
      const parts = cut > 0 ? [b.text.slice(0, cut).trimEnd(), b.text.slice(cut).trimStart()] : [b.text];
      const sep = furn ? `${lineGap(layout)}${furn}${lineGap(layout)}` : artifactGap(layout);
      out.push(indent + parts.map((p) => wrap(p, layout, zh)).join(sep));
    });
  });
  return `${out.join('')}\n`;
}

const titled = (a: GoldArticle) => a.kicker !== null || a.headline !== null || a.subheadlines.length > 0;

function renderTitles(a: GoldArticle, layout: LayoutName): string {
  const lines = [a.kicker, a.headline, ...a.subheadlines].filter((t): t is string => t !== null);
  if (layout === 'ocr-raw') return lines.map((t) => wrapAt(t, 28)).join('\n');
  const sep = layout === 'consecutive' || layout.startsWith('dump') ? '\n' : '\n\n';
  return lines.join(sep);
}

function lineGap(layout: LayoutName): string {
  return layout.startsWith('dump') || layout === 'ocr-raw' ? '\n' : '\n\n';
}

function articleGap(layout: LayoutName, rand: () => number): string {
  if (layout === 'indent-blank') return rand() < 0.5 ? '\n\n\n' : '\n\n\n\n';
  if (layout === 'dump-gap') return '\n\n';
  return lineGap(layout);
}

/** An artifact break: a blank line in blank-separated layouts, a bare line break in dumps and raw OCR. */
function artifactGap(layout: LayoutName): string {
  return lineGap(layout);
}

/** A point inside a sentence (not after its end) away from the edges; at a space in English. */
function breakPoint(text: string, rand: () => number): number {
  const zh = isZh(text);
  for (let tries = 0; tries < 20; tries++) {
    const at = 4 + Math.floor(rand() * (text.length - 8));
    if (!zh && text[at] !== ' ') continue;
    if (SENTENCE_END.test(text.slice(0, at).trimEnd())) continue;
    return at;
  }
  return -1;
}

function wrap(text: string, layout: LayoutName, zh: boolean): string {
  if (layout !== 'ocr-export' && layout !== 'ocr-raw') return text;
  return zh ? wrapZh(text, 22) : wrapAt(text, 40);
}

function wrapZh(text: string, width: number): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.join('\n');
}

/** Wraps English at spaces to lines of about `width` characters. */
export function wrapAt(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
