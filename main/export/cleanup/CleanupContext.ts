/**
 * Where a text sits in an article, which decides what some rules may do:
 * - `title`: kicker, headline, decks and crossheads, where a space separates phrases;
 * - `body`: paragraphs, where a space between Chinese characters is an artifact;
 * - `note`: captions, credits and furniture, where a space separates names ("记者 唐建/摄").
 */
export type TextRole = 'title' | 'body' | 'note';

export interface CleanupContext {
  role: TextRole;
  /** Offsets (UTF-16) in this text where the segmenter joined two lines. */
  joins: number[];
  /** Text the rules must keep as printed (the byline), wherever it appears. */
  keep: string[];
}
