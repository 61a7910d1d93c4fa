/**
 * The gold format (documented in bench/corpus/README.md): the format of tests/fixtures/eval/*.gold.json,
 * extended compatibly — every new field is optional, so hand-made golds keep working unchanged.
 */
export type GoldPara = { kind: string; text: string };
export type GoldArticle = {
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
  paragraphs: GoldPara[];
};
/**
 * A line break inside a gold paragraph: `at` counts the paragraph's non-whitespace characters (code
 * points) before the break. `why`: "artifact" — a column/page break that cut the paragraph (the engine
 * should join it and list the join in `repairs`); "wrap" — a printed line wrap (joining it is right, but
 * listing it or not is not scored).
 */
export type GoldJoin = { article: number; paragraph: number; at: number; why: 'artifact' | 'wrap' };
export type Gold = {
  layout: string;
  layoutKey?: string;
  encoding: string;
  eol?: string;
  articles: GoldArticle[];
  preamble: string[];
  furniture: string[];
  /** corpus files: the split (train/dev/test) and the day rendered */
  split?: string;
  date?: string;
  /** every break inside a gold paragraph the file shows; absent in hand golds (join F1 not scored) */
  joins?: GoldJoin[];
};
