import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../../main/segment/classify';
import { splitLines } from '../../../../main/segment/lines';
import { segmentText } from '../../../../main/segment/segmentText';

const kindOf = (body: string) => {
  const [line] = splitLines(body);
  if (!line) throw new Error('no line');
  return classifyLine(line);
};

describe('running heads with a full date and a page marker', () => {
  it.each([
    '西江周刊　2024年3月2日　第12版',
    'THE RIVERTON COURIER | Monday, June 3, 2024 | B2',
    'THE LAKESIDE TIMES — April 7, 2024 — Page 9',
    'See TAXES, Page B4',
  ])('%s is furniture', (body) => {
    expect(kindOf(body)).toBe('furniture');
  });

  it('a headline that mentions a date is not furniture', () => {
    expect(kindOf('Council sets vote for June 3, 2024')).not.toBe('furniture');
  });
});

describe('bare capital datelines', () => {
  it('`RIVERTON — The…` opens a new headline-less item', () => {
    const text =
      'Parks Reopen After Storm\n\nThe parks reopened on Monday.\n\nRIVERTON — The library will close early on Friday.\n';
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
  });

  it('a capital phrase with a dash but no sentence after it is not a dateline', () => {
    expect(kindOf('WAR — AND PEACE')).not.toBe('lead');
  });
});

describe('credits and photographer lines', () => {
  it.each([
    ['本报记者　王　伟　通讯员　陈　静', 'credit'],
    ['(Reporting by Ann Lee and Bo Chan; Editing by Carl Dunn of the business desk)', 'credit'],
    ['— The Publisher', 'credit'],
    ['PHOTO BY ANNA BELL', 'photographer'],
  ])('%s is a %s', (body, kind) => {
    expect(kindOf(body)).toBe(kind);
  });

  it('an all-caps photographer line after a caption joins it', () => {
    const text =
      'Harbor Market Opens\n\nThe market opened on Friday.\n\nVendors set up stalls at dawn.\n\nPHOTO BY ANNA BELL\n\nThe market runs until May.\n';
    const blocks = segmentText(text).articles[0]?.blocks ?? [];
    expect(blocks.filter((b) => b.kind === 'caption')).toHaveLength(1);
  });
});
