import type { Spans } from './protectedSpans';

const QUOTED = /["“]([^"“”\n]*)["”]/g;
const CJK = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u3040-\u30FF\uAC00-\uD7AF]/u;
const LATIN = /[A-Za-z]/;

/**
 * The insides of quotations that hold English and no Chinese (`他说"Hello, world!"`): English keeps
 * its own halfwidth punctuation there, even where Chinese text runs on right after the closing quote.
 * The quote marks themselves are outside the spans, so they still pair as Chinese quotes.
 */
export function latinQuoteSpans(text: string): Spans {
  const spans: Spans = [];
  if (!text.includes('"') && !text.includes('“')) return spans;
  for (const match of text.matchAll(QUOTED)) {
    const inside = match[1] ?? '';
    if (!LATIN.test(inside) || CJK.test(inside)) continue;
    spans.push([match.index + 1, match.index + 1 + inside.length]);
  }
  return spans;
}
