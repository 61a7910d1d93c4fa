import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../../main/segment/rules/classify/lineKind';
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

describe('section labels', () => {
  it('a capital label above a sentence-case headline is furniture', () => {
    const text =
      'The last story ends here.\n\nBUSINESS\n\nShop owners brace for a slow winter\n\nOAKDALE, Nov. 2 — Shop owners said sales fell.\n';
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toContain('Shop owners brace for a slow winter');
    expect(articles.map((a) => a.headline)).not.toContain('BUSINESS');
  });

  it('a capital label right above a run of datelined briefs is furniture', () => {
    const text =
      'Parks Reopen\n\nThe parks reopened.\n\nNEWS BRIEFS\nOAKDALE — The library closes early.\nPINE HILL — The pool opens.\n';
    expect(segmentText(text).articles.map((a) => a.headline)).not.toContain('NEWS BRIEFS');
  });

  it('a one-word capital line wrapped from a raw OCR headline stays in the headline', () => {
    const text =
      'THE STAR.\nCOUNCIL VOTES TO BUILD NEW\nBRIDGES\nMeasure Passes After Long Debate in Chamber.\nThe council voted last night.\n';
    const { preamble, articles } = segmentText(text);
    expect(preamble.map((b) => b.text)).not.toContain('BRIDGES');
    const a = articles[0];
    expect([a?.headline, ...(a?.subheadlines ?? [])].join(' ')).toContain('BRIDGES');
  });

  it('a four-character 新闻 label at a page top is furniture', () => {
    const text = '第5版\n城市新闻\n本报讯（记者 王明）市里新开一条公交线路。\n';
    const { articles } = segmentText(text);
    expect(articles[0]?.headline).toBeNull();
  });
});

describe('Chinese kickers', () => {
  it('a short topic phrase above a parallel pair is the kicker', () => {
    const text =
      '正文上一篇结束。\n\n关注秋收\n\n粮食颗粒归仓　农机调度有序\n\n本报讯（记者 张华）今年秋收进展顺利。\n';
    const a = segmentText(text).articles.at(-1);
    expect(a).toMatchObject({ kicker: '关注秋收', headline: '粮食颗粒归仓　农机调度有序' });
  });

  it('a column label such as 记者手记 is not a reporter credit', () => {
    expect(kindOf('记者手记')).not.toBe('credit');
    expect(kindOf('记者观察')).not.toBe('credit');
    expect(kindOf('记者 王明')).toBe('credit');
  });
});

describe('headline-less neighbours', () => {
  it('a one-line title over a caption and a photographer line is a photo item', () => {
    const text =
      '　　本报讯（记者 王明）公园今起开放夜场。\n\n湖畔樱花次第开放\n　　昨日，市民在湖畔赏花拍照。\n　　本报记者　李　华　摄\n';
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]?.headline).toBe('湖畔樱花次第开放');
  });

  it('in raw OCR a capital line with a full stop after a finished sentence opens a story', () => {
    const text = [
      'COUNCIL MEETS ON BUDGET',
      'Members Argue Over Cost of New',
      'Schools for the City.',
      'The council met last night to talk',
      'over the budget for the coming year',
      'and adjourned without a vote on it.',
      'RIVER STAGE RISING.',
      'The river rose two feet overnight',
      'and is expected to rise further.',
      '',
    ].join('\n');
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toContain('RIVER STAGE RISING.');
  });
});

describe('set-apart sentence-case headlines', () => {
  const para = (s: string) =>
    `${s} ${'The committee heard from residents for several hours before it voted.'.repeat(2)}`;

  it('a short unpunctuated line after a blank line, above a long paragraph, is a headline', () => {
    const text = `Town Budget Passes\n${para('The town passed its budget.')}\n\nPool to open earlier this summer\n${para('The town pool will open on May 20.')}\n`;
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]?.headline).toBe('Pool to open earlier this summer');
  });

  it('a line cut from an unfinished sentence is still joined', () => {
    const text = `Town Budget Passes\n${para('The town passed its budget and')}\n\nthe pool will open\n${para('later this year.')}\n`;
    expect(segmentText(text).articles).toHaveLength(1);
  });
});

describe('author notes', () => {
  it("a closing note that opens with the byline's author name is a credit", () => {
    const text =
      'Keep the library open late\n\nBy Nora Hale\n\nThe library is the only quiet place in town.\n\nNora Hale is a retired librarian who lives in Oakdale.\n';
    const blocks = segmentText(text).articles[0]?.blocks ?? [];
    expect(blocks.at(-1)).toMatchObject({ kind: 'credit' });
  });

  it('a paragraph that merely mentions the author is still a paragraph', () => {
    const text =
      'Keep the library open late\n\nBy Nora Hale\n\nThe library is the only quiet place in town.\n\nNora Hale said the board should listen.\n';
    const blocks = segmentText(text).articles[0]?.blocks ?? [];
    expect(blocks.at(-1)).toMatchObject({ kind: 'paragraph' });
  });
});
