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

/** A story of a dozen running-text lines under a capitals head (pageFoot tests). */
export const schoolTermStory = [
  'SCHOOL TERM ENDS',
  'The spring term of the district school',
  'closed on Friday with a program in the',
  'afternoon, when the pupils spoke their',
  'pieces and sang for the parents, who',
  'filled the room and stood in the hall',
  'and at the windows to hear them, and',
  'after the program the teacher gave out',
  'the cards and the prizes for the best',
  'spelling and the best attendance, and',
  'the board thanked her for the good work',
  'she has done with the school this year.',
];

/** A short story under a capitals head ending its last sentence (title-case head tests). */
export const bridgeStory = [
  'BRIDGE WORK IS BEGUN',
  'The county crew began work on the new',
  'bridge over Willow Creek on Tuesday and',
  'will stay on the job until the stone',
  'piers are set in place before the fall.',
];
