import type { Segmented } from './segmentText';

/**
 * Memory of large imports (`npm run bench -- memory`), in terms of how V8 stores strings:
 * a slice of 13 or more characters is a view into the string it was cut from (it keeps all of it
 * alive), and `a + b` of 13 or more characters is a node pointing at both parts until something
 * reads the whole.
 */
const SLICE_MIN_LENGTH = 13;

/**
 * Makes V8 store a concatenated string as one flat string, so its parts can be collected (a
 * string made by several `+` is a tree of nodes). Reading a character of such a tree flattens
 * it, since more reads are likely to follow (V8's Runtime_StringCharCodeAt).
 */
export function flatten(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** The same text in storage of its own (not a view into a larger string). */
export function copyOf(text: string): string {
  if (text.length < SLICE_MIN_LENGTH) return text;
  return flatten(text.slice(0, 1) + text.slice(1));
}

/**
 * Lets the decoded text of an issue go once it is segmented. The lines are slices of that text,
 * and every title, byline and block that is one line keeps it whole in memory (0.7–1× the file's
 * size), though joined paragraphs are strings of their own. When those one-line strings are at
 * most half the text, they are copied (in place, in `segmented`, which its caller owns) and the
 * text can be collected; otherwise sharing the text is the cheaper way to keep them. This lowers
 * what an imported issue holds while the library keeps it in memory; the import's own peak comes
 * before the collector runs, so it is not lowered by this (`npm run bench -- memory`).
 */
export function ownStrings(segmented: Segmented, textLength: number): void {
  let length = 0;
  visitLineStrings(segmented, (text) => {
    if (text.length >= SLICE_MIN_LENGTH) length += text.length;
    return text;
  });
  if (length * 2 <= textLength) visitLineStrings(segmented, copyOf);
}

/**
 * Replaces each string of `segmented` that may be one line of the text with `visit(string)`:
 * titles, bylines, authors and the blocks that were not joined from several lines (a block with a
 * repair was joined, so it is a string of its own already).
 */
function visitLineStrings(segmented: Segmented, visit: (text: string) => string): void {
  for (const block of segmented.preamble) block.text = visit(block.text);
  for (const article of segmented.articles) {
    if (article.kicker !== null) article.kicker = visit(article.kicker);
    if (article.headline !== null) article.headline = visit(article.headline);
    if (article.byline !== null) article.byline = visit(article.byline);
    const { subheadlines, authors, blocks, repairs } = article;
    for (let i = 0; i < subheadlines.length; i++) subheadlines[i] = visit(subheadlines[i] as string);
    // Authors lists are frozen and shared by articles (see builder.ts): replaced, not changed.
    const visited = authors.map(visit);
    if (visited.some((name, i) => name !== authors[i])) article.authors = Object.freeze(visited) as string[];
    // Looked up once per article, not once per block: an issue may have hundreds of thousands of repairs.
    const joined = new Set<number>();
    for (const repair of repairs) joined.add(repair.blockIndex);
    blocks.forEach((block, i) => {
      if (!joined.has(i)) block.text = visit(block.text);
    });
  }
}
