import { latinQuoteSpans } from './latinQuotes';

/**
 * URLs and e-mail addresses, which no clean-up rule may touch: their `:`, `,`, `?` and `--` are
 * part of the address. The span ends at whitespace, a CJK character or a fullwidth mark, since
 * Chinese text usually runs straight on after an address.
 */
const ADDRESS =
  /(?:(?:https?|ftp):\/\/|www\.)[^\s\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;

/** A sorted list of [start, end) ranges that rules leave alone. */
export type Spans = [number, number][];

/** Finds the addresses in a text. */
export function protectedSpans(text: string): Spans {
  const spans: Spans = [];
  // Most paragraphs hold no address; skipping the Unicode-class scan for them halves the rule's time.
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return spans;
  for (const match of text.matchAll(ADDRESS)) {
    // A sentence mark right after an address belongs to the sentence, not to the address.
    const trimmed = match[0].replace(/[.,;:!?)]+$/, '');
    spans.push([match.index, match.index + trimmed.length]);
  }
  return spans;
}

/**
 * What the punctuation rules leave alone: addresses, and English quoted inside Chinese (which keeps
 * its halfwidth marks).
 */
export function untouchableSpans(text: string): Spans {
  return [...protectedSpans(text), ...latinQuoteSpans(text)];
}

/** True when `index` lies inside one of the spans. */
export function inSpans(spans: Spans, index: number): boolean {
  return spans.some(([start, end]) => index >= start && index < end);
}
