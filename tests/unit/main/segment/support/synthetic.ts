import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Helpers of the tests that segment short synthetic texts (families/*.test.ts): texts written for
 * the tests, one paragraph or title per line.
 */

/** The rows as a text file: one line each, ending with a newline. */
export const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;

/** The headline of each article the text is segmented into. */
export const headlines = (text: string): Array<string | null> =>
  segmentText(text).articles.map((a) => a.headline);

/** A finished first story (headline, a lead, a paragraph) for the line layout: what follows it is judged. */
export const FIRST: readonly string[] = [
  '春耕时节农机忙',
  '本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时。',
  '合作社提供全程服务，农户省心省力。',
];
