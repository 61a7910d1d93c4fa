import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../main/segment/segmentText';

const titles = (text: string) =>
  segmentText(text).articles.map((a) => [a.kicker, a.headline, a.subheadlines]);

describe('English title groups found from the lead below them', () => {
  it('a sentence-case headline and deck above a By line start the story', () => {
    const text =
      'Ferry service resumes after winter break\n\nBoats will run every hour until October\n\nBy Anna Grey\n\nPORTLAND, April 2 -- The island ferry returned on Monday.\n\nTickets sold out by noon.\n\n\nLibrary extends weekend hours\n\nDENVER, April 3 (Xinhua) -- The central library will stay open later.\n\nStaff welcomed the change.\n';
    expect(titles(text)).toEqual([
      [null, 'Ferry service resumes after winter break', ['Boats will run every hour until October']],
      [null, 'Library extends weekend hours', []],
    ]);
  });

  it('title lines on consecutive lines right above a dateline', () => {
    const text =
      'The first story ends here.\n\nBridge repairs finish early\nCrews worked through the holiday\n\nBOSTON, May 1 -- The bridge reopened.\n';
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]).toMatchObject({
      headline: 'Bridge repairs finish early',
      subheadlines: ['Crews worked through the holiday'],
    });
  });

  it('a title-case deck with a full stop under a capital headline stays in the title group', () => {
    const text =
      'MAYOR OPENS NEW MARKET HALL\n\nMerchants Welcome Larger Stalls and Longer Hours on Saturdays.\n\nThe new market hall opened this morning with a crowd at its doors.\n';
    expect(titles(text)).toEqual([
      [
        null,
        'MAYOR OPENS NEW MARKET HALL',
        ['Merchants Welcome Larger Stalls and Longer Hours on Saturdays.'],
      ],
    ]);
  });

  it('a paragraph fragment before an ordinary paragraph is not promoted', () => {
    const text =
      'Storm hits coast\n\nBy Lee Park\n\nThe storm arrived at dawn and\n\nflooded the harbour road.\n';
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
  });
});

describe('Chinese title groups: authors, crossheads, kickers', () => {
  it('a bare name or 本报评论员 under the headline is a credit, its name an author', () => {
    const text =
      '让乡村书屋亮起来\n\n张　明\n\n　　书屋不只是藏书的地方。\n\n\n\n城市更新要算长远账\n\n本报评论员\n\n　　城市更新是一项系统工程。\n';
    const { articles } = segmentText(text);
    expect(articles.map((a) => [a.headline, a.subheadlines, a.blocks[0]?.kind])).toEqual([
      ['让乡村书屋亮起来', [], 'credit'],
      ['城市更新要算长远账', [], 'credit'],
    ]);
    expect(articles[0]?.authors).toEqual(['张明']);
  });

  it('a letter-spaced reporter line is a credit; 核心阅读 below it is a crosshead', () => {
    const text =
      '让老街焕发新活力\n\n——江苏推进历史街区保护见闻\n\n本报记者　孔　蓉\n\n核心阅读\n\n　　老街改造坚持修旧如旧。\n';
    const [a] = segmentText(text).articles;
    expect(a).toMatchObject({ headline: '让老街焕发新活力', subheadlines: ['——江苏推进历史街区保护见闻'] });
    expect(a?.blocks.map((b) => b.kind)).toEqual(['credit', 'subhead', 'paragraph']);
    expect(a?.authors).toEqual(['孔蓉']);
  });

  it('a photographer line with a reporter title is a photographer line, not a credit', () => {
    const text =
      '标题一行\n\n本报讯(记者 甲乙)正文。\n\n市民在公园里赏花。\n\n本报记者 李小明摄\n\n正文又一段。\n';
    const [a] = segmentText(text).articles;
    expect(a?.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', '本报讯(记者 甲乙)正文。'],
      ['caption', '市民在公园里赏花。'],
      ['caption', '本报记者 李小明摄'],
      ['paragraph', '正文又一段。'],
    ]);
  });

  it.each([
    ['推进文旅融合　擦亮古镇名片', '古镇今年接待游客超百万人次', '推进文旅融合　擦亮古镇名片'],
    ['全市中学生田径运动会', '实验中学女队夺得团体冠军', '全市中学生田径运动会'],
    ['持续推进社区居家养老服务', '全区新增养老驿站十二家并投入运营', null],
    ['春季植树造林全面展开', '2026年计划新增绿地三百公顷', null],
    ['乡村振兴看变化', '种植大户搭上电商快车', '乡村振兴看变化'],
    ['美丽乡村建设稳步推进', '多地整治人居环境　提升村容村貌', '美丽乡村建设稳步推进'],
  ])('two title lines %s / %s: kicker %s', (a, b, kicker) => {
    const [art] = segmentText(`${a}\n${b}\n\n　　本报讯（记者 甲乙）正文。\n`).articles;
    expect(art?.kicker).toBe(kicker);
  });
});

describe('items without a lead, fragments and crossheads', () => {
  it('a dated picture text with its photographer line is an item of its own', () => {
    const text =
      '标题一行\n\n　　本报讯（记者 甲乙）正文第一段。\n\n5月3日，市民在湿地公园观鸟。近日，园内迎来候鸟迁徙高峰。\n\n本报记者 钱小峰摄\n\n下一条新闻\n\n　　本报讯（记者 丙丁）正文。\n';
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(3);
    expect(articles[1]?.blocks).toEqual([
      { kind: 'caption', text: '5月3日，市民在湿地公园观鸟。近日，园内迎来候鸟迁徙高峰。' },
      { kind: 'caption', text: '本报记者 钱小峰摄' },
    ]);
  });

  it('a column title above an editor’s note starts an article', () => {
    const text =
      '标题一行\n\n　　本报讯（记者 甲乙）正文第一段。\n\n身边的好邻居\n\n　　编者按：本版今起推出系列报道。\n\n　　社区里的故事很多。\n';
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['标题一行', '身边的好邻居']);
  });

  it('a long crosshead inside a Chinese story without a lead below it stays a crosshead', () => {
    const text =
      '标题一行\n\n　　本报讯（记者 甲乙）正文第一段。\n\n志愿服务队“周周见”活动常态开展\n\n　　活动已经举办二十多期。\n';
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'subhead', 'paragraph']);
  });

  it('a fragment with an open quote is joined to the line that completes it', () => {
    const text =
      '标题一行\n\n本报讯（记者 甲乙）正文第一段。\n\n“过去办事要跑三\n\n趟，现在一次就办好了。”居民说。\n';
    const { articles } = segmentText(text);
    expect(articles[0]?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(articles[0]?.blocks[1]?.text).toBe('“过去办事要跑三趟，现在一次就办好了。”居民说。');
  });
});

describe('raw OCR of old English papers', () => {
  const page = [
    'THE MORNING POST.',
    'WITH SUNDAY EDITION.',
    'BALTIMORE, MD., MONDAY, MAY 7, 1917.',
    'TWO CENTS.',
    'HARBOR BOARD',
    'VOTES NEW PIER',
    'Contract to Be Let Before',
    'the Summer Season Opens.',
    'The harbor board voted yesterday to',
    'build a new pier at the foot of Light',
    'street, at a cost of $240,000.',
    'The vote was unanimous.',
    'Work will begin in June, the chairman',
    'said, and end by fall.',
    'Shippers have asked for the pier for',
    'several years, pointing to the crowded',
    'wharves along the eastern side of the',
    'basin during the grain season.',
  ].join('\n');

  it('the masthead is furniture, capitals are the headline and the mixed-case lines its deck', () => {
    const { preamble, articles } = segmentText(page);
    // The masthead's four lines are one furniture block (rules/ocr/pageTop.ts), as printed.
    expect(preamble).toEqual([
      {
        kind: 'furniture',
        text: 'THE MORNING POST.\nWITH SUNDAY EDITION.\nBALTIMORE, MD., MONDAY, MAY 7, 1917.\nTWO CENTS.',
      },
    ]);
    expect(articles[0]).toMatchObject({
      kicker: null,
      headline: 'HARBOR BOARD VOTES NEW PIER',
      subheadlines: ['Contract to Be Let Before the Summer Season Opens.'],
    });
  });

  it('a sentence end on a short printed line ends the paragraph', () => {
    const blocks = segmentText(page).articles[0]?.blocks.map((b) => b.text.slice(0, 12));
    expect(blocks).toEqual(['The harbor b', 'The vote was', 'Work will be', 'Shippers hav']);
  });
});
