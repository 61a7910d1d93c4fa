import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Helpers of the raw-OCR rule tests. Their pages are synthetic raw OCR written for the tests: every
 * printed line a line, no blank lines, a column about 38 characters wide, most lines ending
 * mid-sentence.
 */
export const page = (lines: string[]) => lines.join('\n') + '\n';
export const nonWs = (s: string) => s.replace(/\s+/gu, '');

/** Every character the segmenter put anywhere (preamble, titles, blocks), whitespace aside. */
export const allText = (text: string) => {
  const r = segmentText(text);
  return nonWs(
    [
      ...r.preamble.map((b) => b.text),
      ...r.articles.flatMap((a) => [
        a.kicker ?? '',
        a.headline ?? '',
        ...a.subheadlines,
        ...a.blocks.map((b) => b.text),
      ]),
    ].join(''),
  );
};
