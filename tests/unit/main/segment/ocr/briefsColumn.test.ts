import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 34 characters wide; the items' last lines run the column's full width.
const items = [
  'Frank Dorsey drove to the county seat',
  'on Monday to see about his new barn.',
  'Mrs. Ada Polk and her daughter spent',
  'the week with relatives at Cedarville.',
  'The Ladies Aid will meet on Thursday',
  'at the home of Mrs. R. J. Tolliver.',
];

describe('raw OCR briefs column (rules/ocr/briefsColumn.ts)', () => {
  const text = page([
    'BRIDGE IS OPENED',
    'The new bridge over the creek was',
    'opened on Saturday with a picnic in',
    'the grove below the mill, and the',
    'band from the county seat played',
    'for the crowd until the train left',
    'in the evening for the river towns',
    'and the people of the valley went',
    'home across the new bridge by the',
    'light of lanterns hung on the rail.',
    'LOCAL AND PERSONAL',
    ...items,
    'SCHOOL BOARD MEETS',
    'The school board met on Tuesday and',
    'voted to paint the north building in',
    'the spring when the roads are open.',
    'The teachers were hired for the term',
    'at the salaries paid the year before.',
  ]);
  const r = segmentText(text);
  const local = r.articles.find((a) => a.headline === 'LOCAL AND PERSONAL');
  it('each item under the label is a paragraph of its own', () => {
    expect(local?.blocks.map((b) => b.text.slice(0, 12))).toEqual([
      'Frank Dorsey',
      'Mrs. Ada Pol',
      'The Ladies A',
    ]);
    expect(local?.repairs.length).toBeGreaterThan(0);
  });
  it('an initial inside an item does not cut it', () => {
    expect(local?.blocks[2]?.text.endsWith('Mrs. R. J. Tolliver.')).toBe(true);
  });
  it('a story under another head keeps its full-width sentence ends joined', () => {
    const board = r.articles.find((a) => a.headline === 'SCHOOL BOARD MEETS');
    expect(board?.blocks).toHaveLength(1);
  });
  it('a label whose words the OCR ran together still opens the column', () => {
    const together = segmentText(text.replace('LOCAL AND PERSONAL', 'NEWS ABOUTTHE STATE'));
    const column = together.articles.find((a) => a.headline === 'NEWS ABOUTTHE STATE');
    expect(column?.blocks).toHaveLength(3);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
