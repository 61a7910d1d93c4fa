import { describe, expect, it } from 'vitest';
import type { ExplainEntry } from '../../../../../main/segment/explain/sink';
import { segmentText } from '../../../../../main/segment/segmentText';
import {
  STACK_FEATURES,
  START_FEATURES,
  startFeatures,
  stackFeatures,
} from '../../../../../main/segment/rules/articles/startScorer';
import {
  START_SCORER_WEIGHTS,
  START_STACK_WEIGHTS,
} from '../../../../../main/segment/rules/articles/startScorerWeights';
import { IssueBuilder } from '../../../../../main/segment/builder';
import { detectLayout } from '../../../../../main/segment/layout';
import { splitLines } from '../../../../../main/segment/lines';
import { lines } from '../support/synthetic';

/**
 * Issue 14, article starts without separators (article.startScored, subhead.startScored): where no
 * strong rule decides a single title line after a finished paragraph, the start scorer does.
 * Synthetic texts written for these tests, one paragraph a line with nothing between articles.
 */
const FIRST = [
  '春耕时节农机忙',
  '本报讯（记者 王明）眼下正值春耕时节，各地农户抢抓农时，田间地头一派繁忙景象。',
  ...Array.from(
    { length: 12 },
    (_, i) =>
      `第${i + 1}个合作社提供全程服务，农户省心省力，今年的春耕比往年顺利。合作社购置了新农机，培训了农机手，` +
      '还为农户提供种子化肥和技术指导。农户们说，有了合作社，种地不再发愁，收成也更有保障了。',
  ),
  '合作社提供全程服务，农户省心省力。',
];
const NEXT = [
  '走进这座海滨小城的图书馆，读者们安静地翻阅报刊，孩子们围坐在绘本区听志愿者讲故事，阅览室里座无虚席，不少市民一坐就是一整天。',
  '馆长介绍，图书馆延长了开放时间，还增设了自助借还设备。',
];

const LINES_FOR_SHAPE = lines(...FIRST.slice(0, 3), '海滨小城书香浓', ...NEXT);
/** Long paragraphs: a whole story's worth of text above a stack of title lines. */
const LONG =
  '合作社还为农户提供种子化肥和技术指导，农户们说，有了合作社，种地不再发愁，收成也更有保障了。'.repeat(5);

describe('the article-start scorer (startScorer.ts)', () => {
  it('has one weight per feature, and the extractors give one value per feature', () => {
    expect(START_SCORER_WEIGHTS).toHaveLength(START_FEATURES.length);
    expect(START_STACK_WEIGHTS).toHaveLength(STACK_FEATURES.length);
    const lines = splitLines(LINES_FOR_SHAPE);
    const c = { lines, at: 1, layout: detectLayout(lines), b: new IssueBuilder(), asText: false };
    expect(startFeatures(c)).toHaveLength(START_FEATURES.length);
    expect(stackFeatures({ ...c, group: 2, ruleStart: false })).toHaveLength(STACK_FEATURES.length);
  });

  it('opens a new story at a title line the story above shares no words with', () => {
    const entries: ExplainEntry[] = [];
    const { articles } = segmentText(lines(...FIRST, '海滨小城书香浓', ...NEXT), {
      explain: (e) => entries.push(e),
    });
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '海滨小城书香浓']);
    expect(articles[1]!.provenance?.start.rule).toBe('article.startScored');
    const scored = entries.find((e) => e.rule === 'article.startScored' && e.decision === 'scored-start');
    expect(scored?.evidence).toMatch(/^p\(start\) 0\.\d\d: \w+ [+-]\d/u);
  });

  it('keeps a crosshead that takes up the story’s own words', () => {
    const { articles } = segmentText(
      lines(...FIRST, '合作社农机忙春耕', '合作社的农机手从早忙到晚，农户省心省力，春耕比往年顺利。'),
    );
    expect(articles).toHaveLength(1);
  });

  it('reads the text below: the same title line over the story’s own subject is a crosshead, over a new one a start', () => {
    // A story of six long paragraphs: long enough that a title line with new words may open a new story.
    const story = [...FIRST.slice(0, 2), ...FIRST.slice(2, 8).map((p) => p.repeat(2))];
    const sameSubject = segmentText(
      lines(
        ...story,
        '海滨小城书香浓',
        '合作社购置了新农机，培训了农机手，农户省心省力，今年的春耕比往年顺利，种地不再发愁。',
        '合作社还为农户提供种子化肥和技术指导，收成也更有保障了。',
      ),
    );
    expect(sameSubject.articles).toHaveLength(1);
    const newSubject = segmentText(lines(...story, '海滨小城书香浓', ...NEXT));
    expect(newSubject.articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '海滨小城书香浓']);
  });

  it('weighs a new subject in both the title line and the text below more than each alone, under a short story', () => {
    // Two paragraphs under the headline: little story above to weigh against.
    const story = FIRST.slice(0, 4);
    expect(segmentText(lines(...story, '海滨小城书香浓', ...NEXT)).articles).toHaveLength(2);
    // The story's own words in the title line: a crosshead over a turn of the story.
    expect(segmentText(lines(...story, '春耕时节书香浓', ...NEXT)).articles).toHaveLength(1);
  });

  it('weighs a new subject by how long the section above ran: after a long section under a crosshead, a new story', () => {
    // A story with a crosshead, then eight long paragraphs of its section: the title line and the text
    // below turn to another subject.
    const story = [...FIRST.slice(0, 3), '农机手忙起来', ...FIRST.slice(3, 11)];
    const { articles } = segmentText(lines(...story, '海滨小城书香浓', ...NEXT));
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '海滨小城书香浓']);
  });

  it('reads the overlaps weighed by length as the plain overlap times the story’s or the section’s log length', () => {
    const text = splitLines(lines(...FIRST.slice(0, 6), '海滨小城书香浓', '近日，' + NEXT[0]!, NEXT[1]!));
    const b = new IssueBuilder();
    b.startArticle(
      { kicker: null, headline: '春耕时节农机忙', subheadlines: [] },
      { rule: 'article.leadBelow', evidence: '' },
    );
    for (const row of FIRST.slice(1, 6)) b.add('paragraph', row, 'body.default');
    const x = startFeatures({ lines: text, at: 6, layout: detectLayout(text), b, asText: false });
    const f = (name: (typeof START_FEATURES)[number]) => x[START_FEATURES.indexOf(name)]!;
    expect(f('storyCharsLog')).toBeGreaterThan(0);
    expect(f('nextNewsOpening')).toBe(1);
    expect(f('belowSharesAboveByStory')).toBeCloseTo(f('belowSharesAbove') * f('storyCharsLog'), 10);
    expect(f('newSubjectBySection')).toBeCloseTo(f('newSubject') * f('sinceCrossheadLog'), 10);
    expect(f('newsOpeningBySection')).toBeCloseTo(f('sinceCrossheadLog'), 10);
  });

  it('opens a new story at a stack of short title lines the rules took for crossheads, under a long story', () => {
    const entries: ExplainEntry[] = [];
    const text = lines(...FIRST, LONG, LONG, LONG, LONG, '海滨小城书香浓', '图书馆里座无虚席', ...NEXT);
    const { articles } = segmentText(text, { explain: (e) => entries.push(e) });
    expect(articles).toHaveLength(2);
    expect(articles[1]!.provenance?.start.rule).toBe('article.startScored');
    expect(entries.some((e) => e.rule === 'subhead.shortStack')).toBe(false);
  });

  it('opens no story at a scored line whose sentence runs on into the line below (startRunsOn.ts)', () => {
    // Without the veto the scorer reads the short line as a new story's headline (a new subject under
    // a long story); the join scorer reads the break after it as a column cut (a quotation the line
    // leaves open and the line below closes): a cut paragraph's first piece. The text is long enough
    // (CUT_MODEL_MIN_CHARS) for the join scorer to be asked.
    const entries: ExplainEntry[] = [];
    const { articles } = segmentText(
      lines(
        ...FIRST,
        ...Array<string>(8).fill(LONG),
        '“海滨小城图书馆',
        '延长了开放时间”，读者们安静地翻阅报刊，孩子们围坐在绘本区听志愿者讲故事。',
        '馆长介绍，图书馆还增设了自助借还设备。',
      ),
      { explain: (e) => entries.push(e) },
    );
    expect(articles).toHaveLength(1);
    expect(entries.some((e) => e.decision === 'scored-start')).toBe(true);
    expect(entries.some((e) => e.rule === 'body.cutBeforeBreak')).toBe(true);
    expect(articles[0]!.blocks.map((b) => b.text)).toContain(
      '“海滨小城图书馆延长了开放时间”，读者们安静地翻阅报刊，孩子们围坐在绘本区听志愿者讲故事。',
    );
  });
});
