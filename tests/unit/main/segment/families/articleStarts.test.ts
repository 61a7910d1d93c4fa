import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { FIRST, headlines, lines } from '../support/synthetic';

/**
 * Issue 14, article starts where articles run together without separators: one paragraph per line
 * and no blank line anywhere, so only the title lines and what stands around them tell where an
 * article starts. Synthetic texts written for these tests.
 */

describe('a headline with its column name in brackets', () => {
  it('starts an article after a finished paragraph', () => {
    const text = lines(
      ...FIRST,
      '好政策要落到田间地头（今日谈）',
      '政策好不好，关键看落实。',
      '只有落实到位，农民才能真正受益。',
    );
    expect(headlines(text)).toEqual(['春耕时节农机忙', '好政策要落到田间地头（今日谈）']);
  });

  it('even under a line that does not end a sentence (a story cut short)', () => {
    const text = lines(
      ...FIRST,
      '合作社还将扩大服务范围，为周边乡镇的种植大户、家庭农场和普通农户提供耕、种、防、收全程托管服务，并在各村设立服务站点和农机维修点，让更多农户和',
      '好政策要落到田间地头（来信）',
      '政策好不好，关键看落实。',
    );
    expect(headlines(text)).toEqual(['春耕时节农机忙', '好政策要落到田间地头（来信）']);
  });

  it('but a sidebar the story keeps (记者手记) stays inside it', () => {
    const text = lines(...FIRST, '田埂上的新农人（记者手记）', '采访中，年轻人的干劲让人难忘。');
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.find((b) => b.kind === 'subhead')?.text).toBe('田埂上的新农人（记者手记）');
  });

  it('even when it reads like text, with a comma or a question mark (title.columnTagLine)', () => {
    const text = lines(
      ...FIRST,
      '种子选得好，收成才会好（今日谈）',
      '春耕先选种，这是老农的经验。',
      '农机能修吗？（说道）',
      '过年前后，不少农户的农机出了毛病。',
    );
    expect(headlines(text)).toEqual([
      '春耕时节农机忙',
      '种子选得好，收成才会好（今日谈）',
      '农机能修吗？（说道）',
    ]);
  });

  it('a count of years in the column name is no date (礼赞70年), a year in brackets is', () => {
    const text = lines(...FIRST, '乡村道路越修越宽（礼赞70年）', '如今村村通上了柏油路。');
    expect(headlines(text)).toEqual(['春耕时节农机忙', '乡村道路越修越宽（礼赞70年）']);
    const dated = lines(...FIRST, '乡村道路越修越宽（2019年）', '如今村村通上了柏油路。');
    expect(headlines(dated)).toEqual(['春耕时节农机忙']);
  });

  it('but a sentence ending with a bracketed note, or a line that goes on a cut sentence, stays text', () => {
    const text = lines(
      ...FIRST,
      '村里的老人说，今年的雨水来得早。（记者 王明）',
      '合作社还将为周边乡镇的种植大户和',
      '家庭农场提供服务，效果好不好（说道）',
    );
    expect(headlines(text)).toEqual(['春耕时节农机忙']);
  });
});

describe('a picture-story label', () => {
  it('图片报道 opens a new item', () => {
    const text = lines(...FIRST, '图片报道', '近日，市民在公园里观赏盛开的梅花。');
    expect(headlines(text)).toHaveLength(2);
  });
});

describe('after page furniture', () => {
  it('a single title line under a page header starts an article', () => {
    const text = lines(...FIRST, '第2版', '河道治理见成效', '今年以来，全市完成河道治理二十公里。');
    expect(headlines(text)).toEqual(['春耕时节农机忙', '河道治理见成效']);
  });

  it('so does a kicker that reads like text (a comma, a closing dash)', () => {
    const text = lines(
      ...FIRST,
      '本版责编：李 静',
      '第2版',
      '河道变清了，岸边也绿了——',
      '河道治理见成效',
      '今年以来，全市完成河道治理二十公里。',
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]?.provenance?.start.rule).toBe('article.afterPageBreak');
    expect(articles[0]?.blocks.map((b) => b.text)).not.toContain('河道变清了，岸边也绿了——');
  });

  it('so does a long kicker of two sentences leading in with a dash, over the headline', () => {
    // Longer than a title line may be (TITLE_MAX_WIDTH), with a sentence's full stop inside.
    const kicker =
      '全市河道治理开展一年多来，沿岸居民拍手称快。近日，市里对治理成效进行了全面评估，各区也陆续公布了各自的治理清单，记者深入河道沿线调查采访——';
    const text = lines(
      ...FIRST,
      '本版责编：李 静',
      '第2版',
      kicker,
      '河道治理见成效（一线调查）',
      '今年以来，全市完成河道治理二十公里。',
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]?.provenance?.start.rule).toBe('article.afterPageBreak');
    expect(articles[1]?.headline).toBe('河道治理见成效（一线调查）');
    expect(articles[0]?.blocks.map((b) => b.text)).not.toContain(kicker);
  });

  it('and a long kicker run on into its headline after the dash, over the text', () => {
    const line =
      '全市河道治理开展一年多来，沿岸居民纷纷点赞，各区也陆续公布了各自的治理清单和下一步的工作打算，记者日前深入河道沿线调查采访——河道治理见成效';
    const text = lines(...FIRST, '本版责编：李 静', '第2版', line, '今年以来，全市完成河道治理二十公里。');
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]?.provenance?.start.rule).toBe('article.afterPageBreak');
  });

  it('but a long line with a dash-led quotation’s source is no kicker', () => {
    const source =
      '——摘自全市河道治理工作会议上的讲话，会议总结了一年来的治理成效，各区也陆续公布了各自的治理清单、资金安排、考核办法和下一步的工作打算以及今后三年的治理目标';
    const text = lines(...FIRST, '本版责编：李 静', '第2版', source, '今年以来，全市完成河道治理二十公里。');
    expect(segmentText(text).articles.map((a) => a.provenance?.start.rule)).not.toContain(
      'article.afterPageBreak',
    );
  });

  it('but a sentence of the story above that merely holds a dash goes on after the page break', () => {
    const text = lines(
      ...FIRST,
      '本版责编：李 静',
      '第2版',
      '各地还将组织农机手培训——这是今年新增的一项服务，帮助农户掌握新机具的使用方法。',
      '培训将持续到四月底。',
    );
    expect(segmentText(text).articles.map((a) => a.provenance?.start.rule)).not.toContain(
      'article.afterPageBreak',
    );
  });

  it('but a story cut mid-sentence by the page break goes on', () => {
    const text = lines(...FIRST, '各地还将组织农机手培训，帮助', '第2版', '农户掌握新机具的使用方法。');
    expect(headlines(text)).toEqual(['春耕时节农机忙']);
  });
});

describe('after the closing credit of a story', () => {
  it('a short line without a full stop opens the next article even with a comma in it', () => {
    const text = lines(...FIRST, '（记者 王明）', '春雨贵如油，农时不等人', '各地抓住降雨时机抢种春播作物。');
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]?.provenance?.start.rule).toBe('article.afterCreditOrCaption');
  });
});

describe('credits that open text', () => {
  it('the signature closing an editor’s note does not end a story: the title under it is a crosshead', () => {
    const text = lines(
      '春节里的新变化（深度关注）',
      '编者按：春节期间，记者走进多地村庄，记录乡村的新变化。',
      '——编  者',
      '村里有了大管家',
      '网格员挨家挨户上门服务。',
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.find((b) => b.text === '村里有了大管家')?.kind).toBe('subhead');
  });
  it('a dash-led list item cut by a column break is no closing credit: the text under it goes on', () => {
    const text = lines(
      ...FIRST,
      '规划提出了几项主要目标：',
      '——推进农田水利建设，提高灌溉保障能力；',
      '——发挥合作社在农机',
      '服务中的带动作用，让小农户用上新机具；',
      '——完善农技推广体系，培养新型职业农民。',
    );
    expect(headlines(text)).toEqual(['春耕时节农机忙']);
  });

  it('nor is the source under a quotation: the story’s text opens under it', () => {
    const text = lines(
      '乡村振兴看新风',
      '“要把好的家风传承下去，让文明乡风吹遍田野。”',
      '——李 明',
      '窗花贴满窗，新房亮堂堂，走进山村新居，老两口正忙着准备年夜饭，一家人',
      '其乐融融。',
      '村里今年还办起了乡风文明讲堂。',
    );
    expect(headlines(text)).toEqual(['乡村振兴看新风']);
  });
});

describe('a story opening with a quotation and its dash-led source (articles/epigraph.ts)', () => {
  const epigraph = ['乡村振兴看新风', '“要把好的家风传承下去，让文明乡风吹遍田野。”', '——李 明'];

  it('the titles and author line under the source are its first section, not a new story', () => {
    const text = lines(
      ...epigraph,
      '一碗热汤',
      '暖人心',
      '本报记者 王 红',
      '“天这么冷，快进屋喝口汤。”',
      '村里的食堂今年办起来了。',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['乡村振兴看新风']);
    expect(articles[0]?.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '一碗热汤',
      '暖人心',
    ]);
  });

  it('but the same titles under a story with text of its own open a new one', () => {
    const text = lines(
      ...epigraph,
      '村里今年办起了乡风文明讲堂，村民们踊跃参加。',
      '——王 刚',
      '一碗热汤',
      '暖人心',
      '本报记者 王 红',
      '“天这么冷，快进屋喝口汤。”',
    );
    expect(headlines(text)).toContain('暖人心');
  });
});

describe('crossheads of a feature (family 4: they must not start articles)', () => {
  const feature = lines(
    '春节走访记',
    '本报记者 王明',
    '春节前夕，记者走进城乡社区，记录百姓身边的变化。',
    '落实责任到人',
    '服务贴近群众',
    '社区干部挨家挨户上门，把政策讲到群众心坎上。',
    '织密安全网络',
    '守护万家灯火',
    '消防员节前排查隐患，确保居民安心过年。',
  );

  it('short unmarked title pairs under a paragraph stay crossheads of one article', () => {
    const { articles } = segmentText(feature);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '落实责任到人',
      '服务贴近群众',
      '织密安全网络',
      '守护万家灯火',
    ]);
  });

  it('so do short place kickers ending with a dash, one per section of a roundup', () => {
    const text = lines(
      '海外春节活动丰富多彩',
      '本报记者 王明',
      '春节期间，多国举办活动庆祝中国农历新年。',
      '英国——',
      '博物馆举办春节之夜',
      '伦敦的博物馆挂起了红灯笼。',
      '法国——',
      '市民学写中国春联',
      '里尔的市民排队学写春联。',
    );
    expect(segmentText(text).articles).toHaveLength(1);
  });

  it('a title with a reporter’s byline under it inside a package is a signed section', () => {
    const text = lines(
      ...FIRST,
      '北京供应充足',
      '本报记者 李华',
      '记者走访多家超市，蔬菜肉蛋供应充足。',
      '上海价格平稳',
      '本报记者 赵亮',
      '上海各大农贸市场价格总体平稳。',
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '北京供应充足',
      '上海价格平稳',
    ]);
  });

  it('a title stack with a headline-long line still starts an article', () => {
    const text = lines(
      ...FIRST,
      '全市出台十条措施支持小微企业融资',
      '减费让利 稳岗扩岗',
      '政策将惠及全市数万家小微企业。',
    );
    expect(headlines(text)).toHaveLength(2);
  });

  it('a stack whose deck opens with a dash still starts an article', () => {
    const text = lines(...FIRST, '守好一方水土', '——记护林员李大山', '李大山在林场工作了三十年。');
    expect(segmentText(text).articles).toHaveLength(2);
  });
});

describe('a lead under a headline and its summary line', () => {
  const titled = (n: number) => [`第${n}条新闻标题`, `本报讯（记者 王明）第${n}条新闻的正文。`];
  it('stays in the headline’s story where leads stand under headlines', () => {
    const text = lines(
      ...titled(1),
      ...titled(2),
      ...titled(3),
      '第2版',
      '全市出台十条措施支持小微企业融资',
      '减免担保费用，扩大贷款规模',
      '本报讯（记者 赵亮）市政府日前出台十条措施支持小微企业。',
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(4);
    // The summary line and the lead both stay in the headline's story (the unpunctuated summary
    // alone over the lead is the headline's deck, titles/summaryDeck.ts; the lead is its text).
    expect(articles[3]?.subheadlines).toEqual(['减免担保费用，扩大贷款规模']);
    expect(articles[3]?.blocks.map((b) => b.text.slice(0, 6))).toEqual(['本报讯（记者']);
    expect(articles[3]?.blocks[0]?.kind).toBe('paragraph');
  });

  it('while a lead after a finished paragraph still opens a headline-less brief', () => {
    const text = lines(...titled(1), ...titled(2), ...titled(3), '本报讯（记者 赵亮）一则没有标题的简讯。');
    expect(segmentText(text).articles).toHaveLength(4);
  });
});

describe('a kicker that reads like text', () => {
  it.each(['临江关停落后码头，守护一江清水', '去年全市新增就业十二万人——'])(
    '%s above a column-tagged headline opens the article',
    (kicker) => {
      const text = lines(...FIRST, kicker, '青山变成聚宝盆（今日谈）', '绿色发展让老百姓得到实惠。');
      const { articles } = segmentText(text);
      expect(articles).toHaveLength(2);
      expect(articles[1]).toMatchObject({ headline: '青山变成聚宝盆（今日谈）' });
      expect(articles[0]?.blocks.map((b) => b.text)).not.toContain(kicker);
    },
  );

  it('a finished sentence above the headline stays the last paragraph of the story above', () => {
    const text = lines(
      ...FIRST,
      '我们为坚守一线的人们点赞！',
      '青山变成聚宝盆（今日谈）',
      '绿色发展让老百姓得到实惠。',
    );
    const { articles } = segmentText(text);
    expect(articles[0]?.blocks.at(-1)?.text).toBe('我们为坚守一线的人们点赞！');
    expect(articles[1]?.kicker).toBeNull();
  });
});

describe('section stacks of the same make as the stack that opened the article (subhead.parallelStack)', () => {
  const sections = (second: string[]) =>
    lines(
      ...FIRST,
      '山  区',
      '小型农机开上了层层梯田里的每一块地',
      '山里的地块小，合作社买来了轻便的微耕机，一天能耕好几亩地。',
      ...second,
      '平原上的连片农田里，大马力拖拉机来回穿梭，播种施肥一次完成。',
    );

  it('are the next section of that article, every line a crosshead', () => {
    const { articles } = segmentText(sections(['平  原', '大型农机开进了平原上连片的万亩农田']));
    expect(articles).toHaveLength(2);
    const subheads = articles[1]?.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text);
    expect(subheads).toEqual(['平  原', '大型农机开进了平原上连片的万亩农田']);
  });

  it('but a stack with a column name in brackets is a new article', () => {
    const { articles } = segmentText(sections(['平  原', '大型农机开进了平原上连片的万亩农田（今日谈）']));
    expect(articles).toHaveLength(3);
  });

  it('and a stack of another make is judged on its own', () => {
    const { articles } = segmentText(
      sections(['平原上的合作社忙着调度农机——', '大型农机开进了平原上连片的万亩农田']),
    );
    expect(articles).toHaveLength(3);
  });
});

describe('a story’s closing line run into the next titles (credit.closingAboveTitles)', () => {
  it.each([
    '张  三图  李  四文',
    '本期统筹：王  五  制图：赵  六',
    '（相关报道见第五版）',
    '河北沧州市  李  明',
    '周  七  吴  八摄影报道',
  ])('%s closes the story above; the next article starts under it', (closing) => {
    const text = lines(...FIRST, closing, '好政策要落到田间地头（今日谈）', '政策好不好，关键看落实。');
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '好政策要落到田间地头（今日谈）']);
    expect(articles[1]?.kicker).toBeNull();
    const last = articles[0]?.blocks.at(-1);
    expect(last?.text).toBe(closing);
    // A credit, or a caption where the line names photographers (blocks/blockKind.ts settles it).
    expect(['credit', 'caption']).toContain(last?.kind);
  });

  it.each(['河北沧州市  李  明', '（作者为某大学教授）', '周  七  吴  八摄影报道'])(
    'a one-line %s with only credits and page furniture under it closes the story above',
    (closing) => {
      const text = lines(
        ...FIRST,
        closing,
        '版式设计：赵  六',
        '责任编辑：王  五',
        '好政策要落到田间地头（今日谈）',
        '政策好不好，关键看落实。',
      );
      const { articles } = segmentText(text);
      expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '好政策要落到田间地头（今日谈）']);
      expect(articles[0]?.blocks.some((b) => b.text === closing && b.kind !== 'subhead')).toBe(true);
    },
  );

  it('but not when text goes on under the credits (the rule reads no further)', () => {
    const rules: string[] = [];
    const text = lines(
      ...FIRST,
      '河北沧州市  李  明',
      '责任编辑：王  五',
      '政策好不好，关键看落实。只有落实到位，农民才能真正受益。',
    );
    segmentText(text, { explain: (n) => rules.push(n.rule) });
    expect(rules).not.toContain('credit.closingAboveTitles');
  });

  it('a kicker above the headline stays the kicker', () => {
    const text = lines(...FIRST, '河北沧州市', '好政策要落到田间地头（今日谈）', '政策好不好，关键看落实。');
    expect(segmentText(text).articles[1]).toMatchObject({
      kicker: '河北沧州市',
      headline: '好政策要落到田间地头（今日谈）',
    });
  });
});

describe('a title line with no text under it (subhead.nothingBelow)', () => {
  // Tagged with a column name, the line would otherwise open an article (article.columnTag).
  const slogan = '春风送暖  万家团圆（公益广告）';
  const rulesAt = (below: string) => {
    const rules = new Map<number, string[]>();
    const text = lines(...FIRST, slogan, below, '好政策要落到田间地头（今日谈）', '政策好不好，关键看落实。');
    const { articles } = segmentText(text, {
      explain: (n) => rules.set(n.line, [...(rules.get(n.line) ?? []), n.rule]),
    });
    return { articles, rules: rules.get(FIRST.length + 1) ?? [] };
  };

  it('with only page furniture below it before the next titles, closes the story above', () => {
    const { articles, rules } = rulesAt('责任编辑：王  五');
    expect(rules).toContain('subhead.nothingBelow');
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '好政策要落到田间地头（今日谈）']);
    expect(articles[0]?.blocks.some((b) => b.text === slogan)).toBe(true);
  });

  it('but over a chart’s maker line (`制图：…`) it is an item of its own', () => {
    const { articles, rules } = rulesAt('制图：赵  六');
    expect(rules).not.toContain('subhead.nothingBelow');
    expect(articles.map((a) => a.headline)).toContain(slogan);
  });
});

describe('titles over a summary and a dateline lead (article.summaryAboveLead)', () => {
  it.each([
    ['a summary that does not end a sentence', '会议要求，各地要抓好农资供应和农机调度'],
    ['a summary that ends one', '会议要求，各地要抓好农资供应和农机调度。'],
  ])('open an article after a finished paragraph, with %s', (_what, summary) => {
    const text = lines(
      ...FIRST,
      '国务院部署春耕农资保供',
      summary,
      '新华社北京3月1日电  国务院近日召开会议，部署春耕农资保供。',
      '会议指出，要确保粮食生产稳定。',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '国务院部署春耕农资保供']);
    expect(articles[1]?.blocks.map((b) => b.text)).toContain(
      '新华社北京3月1日电  国务院近日召开会议，部署春耕农资保供。',
    );
  });

  it('but the items of a roundup stay crossheads of one article', () => {
    const item = (title: string, city: string) => [
      title,
      // A summary too long for a title line, not ending a sentence.
      `${title}，相关部门近日公布了具体措施和实施时间表，要求各地结合实际抓紧落实，确保各项政策尽快惠及广大群众和各类市场主体，推动经济持续健康发展`,
      `本报${city}3月1日电  （记者王明）${title}。`,
    ];
    // A file whose leads stand under their headlines (leadInside.ts keeps a roundup's leads in it).
    const titled = ['春耕生产', '农资供应', '农机调度', '春灌保障', '种子检测'].flatMap((t) => [
      `${t}有序推进`,
      `本报讯（记者 王明）${t}有序推进。`,
    ]);
    const text = lines(
      ...titled,
      '速览',
      ...item('外汇储备稳中有升', '北京'),
      ...item('春运客流平稳', '上海'),
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(6);
    expect(articles[5]?.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '外汇储备稳中有升',
      '春运客流平稳',
    ]);
  });
});

describe('a photo item: a short title, its picture text and the photographer’s credit (article.photoItemTitle)', () => {
  const item = (credit: string) =>
    lines(
      ...FIRST,
      '赏花时节',
      '游客在福建一处茶园观赏樱花。',
      '樱花盛开，吸引了众多游客前来拍照留念。',
      credit,
    );

  it.each(['王  明摄（影像中国）', '新华社记者  李  华摄', '周  七  吴  八摄影报道'])(
    'opens an article under a finished story, with the credit %s two lines below',
    (credit) => {
      expect(headlines(item(credit))).toEqual(['春耕时节农机忙', '赏花时节']);
    },
  );

  it('but a crosshead over a caption that tells the picture (图为…) stays in the story', () => {
    const { articles } = segmentText(item('图为游客在茶园拍照。  王  明摄'));
    expect(articles).toHaveLength(1);
  });

  it('opens an article where the picture’s caption (图为…) stands between the text and the photographer’s line', () => {
    const text = lines(
      ...FIRST,
      '赏花时节',
      '游客在福建一处茶园观赏樱花，樱花盛开，吸引了众多游客前来拍照留念，茶农们也忙着招呼远道而来的客人。',
      '图为游客在茶园拍照。',
      '王  明摄',
    );
    expect(headlines(text)).toEqual(['春耕时节农机忙', '赏花时节']);
  });

  it('opens an article at such an item’s title read as text (a comma in it), as its headline', () => {
    const text = lines(
      ...FIRST,
      '瞧，小城图书馆真热闹！',
      '走进海滨小城的图书馆，读者们安静地翻阅报刊，孩子们围坐在绘本区听志愿者讲故事。',
      '图为读者在图书馆阅读。',
      '王  明摄',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '瞧，小城图书馆真热闹！']);
    expect(articles[1]!.provenance?.start.rule).toBe('article.photoItemTitle');
  });
});

describe('parts of a package signed alike (subhead.signedSection)', () => {
  const letter = (title: string, place: string) => [
    title,
    `${title}，这是我们附近居民共同的心愿，希望有关部门尽快研究解决。`,
    place,
  ];

  it('a title under a reader’s signature, in a part opened under one, is the next part', () => {
    const text = lines(
      ...FIRST,
      '第5版',
      ...letter('村口路灯该修了', '河北沧州市  李  明'),
      ...letter('垃圾清运要及时', '山东潍坊市  王  刚'),
      ...letter('公交班次可加密', '江苏盐城市  赵  强'),
      '本版责编：王伟',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '村口路灯该修了', '垃圾清运要及时']);
    expect(articles[2]?.blocks.find((b) => b.kind === 'subhead')?.text).toBe('公交班次可加密');
  });

  it('while a title under a signature of another make opens an article', () => {
    const text = lines(
      ...FIRST,
      '第5版',
      ...letter('村口路灯该修了', '河北沧州市  李  明'),
      ...letter('垃圾清运要及时', '（作者为山东潍坊市居民）'),
      ...letter('公交班次可加密', '江苏盐城市  赵  强'),
      '本版责编：王伟',
    );
    expect(segmentText(text).articles).toHaveLength(4);
  });
});

describe('a list printed one item a line, longer than a title group (body.listRun)', () => {
  const places = [
    '北京',
    '天津',
    '河北',
    '山西',
    '辽宁',
    '吉林',
    '江苏',
    '浙江',
    '安徽',
    '福建',
    '江西',
    '山东',
  ];
  it('stays one article under its heading, each further item a paragraph', () => {
    const text = lines(
      ...FIRST,
      '第一批全民阅读示范单位名单',
      ...places.map((p) => `${p}省图书馆少儿阅读服务中心`),
      '第2版',
      // Prose enough for the file to read as one paragraph a line, not as hard-wrapped text.
      '秋收时节粮满仓',
      ...places.map((p) => `${p}的农民说，今年的收成比去年好，合作社的服务也更周到了。`),
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(3);
    expect(articles[1]?.blocks.map((b) => b.text)).toContain('山东省图书馆少儿阅读服务中心');
  });
});

describe('a single title over a paragraph that opens like a news story (article.newsOpeningBelow)', () => {
  const after = (title: string, opening: string, crosshead = false) =>
    lines(
      ...FIRST,
      ...(crosshead ? ['农机手忙起来', '合作社的农机手从早忙到晚，顾不上吃饭。'] : []),
      title,
      `${opening}在江西一处茶园，采茶工人开始采摘春茶，今年春茶的长势比往年都要好。`,
      '当地合作社说，今年的春茶产量预计增加两成。',
    );

  it.each(['2月12日，', '当地时间9日晚，', '近日，'])(
    'opens a story when the paragraph opens with %s',
    (opening) => {
      expect(headlines(after('春茶开采', opening))).toEqual(['春耕时节农机忙', '春茶开采']);
    },
  );

  it('but not in an article that already has crossheads', () => {
    expect(segmentText(after('春茶开采', '2月12日，', true)).articles).toHaveLength(1);
  });

  it('nor over a paragraph that goes on telling the story', () => {
    expect(segmentText(after('春茶开采', '走进茶园，')).articles).toHaveLength(1);
  });

  it('nor a sidebar’s label', () => {
    expect(segmentText(after('背景链接', '2月12日，')).articles).toHaveLength(1);
  });
});

describe('a kicker that reads like text over a headline and a lead-in label (title.textKicker)', () => {
  it('opens the article at the kicker', () => {
    const text = lines(
      ...FIRST,
      '临江关停落后码头，守护一江清水',
      '青山变成“聚宝盆”',
      '核心阅读',
      '临江关停了一批散乱码头，江边岸线重现绿色。',
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]).toMatchObject({
      kicker: '临江关停落后码头，守护一江清水',
      headline: '青山变成“聚宝盆”',
    });
  });
});

describe('dated crossheads of a feature are no news openings', () => {
  it.each([
    ['a chronology’s entries, dated with their year', '走好山区特色致富之路', '2015年11月24日，'],
    ['a crosshead labelling its section before a colon', '集结：紧急赴一线', '2月1日，'],
  ])('%s', (_what, title, opening) => {
    const text = lines(
      ...FIRST,
      title,
      `${opening}有关部门召开会议，部署相关工作。`,
      '会议要求各地抓好落实。',
    );
    expect(segmentText(text).articles).toHaveLength(1);
  });

  it('nor does a story opened so end at the next dated crosshead', () => {
    const text = lines(
      ...FIRST,
      '多措并举保春运',
      '2月1日，交通运输部召开视频会议，部署春运工作。',
      '加紧生产防护物资',
      '2月2日，各地企业加班加点生产口罩和防护服。',
    );
    expect(segmentText(text).articles).toHaveLength(2);
  });
});

describe('a stack opening with a figure inside an article (subhead.figureStack)', () => {
  it('is a call-out over the next section, not a new article', () => {
    const text = lines(
      ...FIRST,
      '1100多万台',
      '全省农机保有量再创新高 覆盖主要粮食产区',
      '农机多了，服务也跟上了，合作社还开办了农机手培训班。',
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '1100多万台',
      '全省农机保有量再创新高 覆盖主要粮食产区',
    ]);
  });
});

describe('a flush summary under a title, over a dateline lead, where paragraphs are indented', () => {
  it('is the summary of a new article, not the rest of a paragraph (article.summaryAboveLead)', () => {
    const P = '\u3000\u3000';
    const text = lines(
      '春耕时节农机忙',
      `${P}本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时。`,
      `${P}合作社提供全程服务，农户省心省力。`,
      `${P}合作社还开办了农机手培训班，今年已培训两百多人。`,
      '国务院部署春耕农资保供',
      '会议要求，各地要抓好农资供应和农机调度，确保春耕生产顺利进行。',
      `${P}新华社北京3月1日电  国务院近日召开会议，部署春耕农资保供。`,
      `${P}会议指出，要确保粮食生产稳定。`,
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '国务院部署春耕农资保供']);
  });
});

describe('the items of a round-up under a column label, each closed by a credit (subhead.roundUpItem)', () => {
  const item = (title: string, credit: string) => [
    title,
    `${title}，有关方面近日发布消息，相关工作已经全面展开，进展顺利，受到各方好评。`,
    credit,
  ];
  const roundUp = (...rest: string[]) =>
    lines(
      ...FIRST,
      '第5版',
      '微阅读',
      ...item('海上风电项目开工', '（据新华社柏林电　记者李明）'),
      ...item('新型材料研制成功', '（据新华社东京电　记者王刚）'),
      ...rest,
      '本版责编：王伟',
    );

  it('keeps an item closed by a credit of the same make in the round-up', () => {
    const text = roundUp(...item('城市公园免费开放', '（据新华社巴黎电　记者赵强）'));
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '微阅读']);
    expect(articles[1]?.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '海上风电项目开工',
      '新型材料研制成功',
      '城市公园免费开放',
    ]);
  });

  it('but a piece closed by a credit of another make opens an article', () => {
    const text = roundUp(...item('城市公园免费开放', '（本报巴黎电）'));
    expect(headlines(text)).toEqual(['春耕时节农机忙', '微阅读', '城市公园免费开放']);
  });

  it('reads notes naming each writer by title and name in brackets as one make, whoever writes', () => {
    const text = lines(
      ...FIRST,
      '第5版',
      '把脉',
      ...item('服务消费要开放创新', '（某商会原会长　李  明）'),
      ...item('服务也要讲究品质', '（某学院教授　王  刚）'),
      ...item('消费环境越来越好', '（某研究院研究员　赵  强）'),
      '本版责编：王伟',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '把脉']);
  });
});

describe('a picture column’s name alone under the picture story it labels (subhead.pictureColumnLabel)', () => {
  const photo = (label: string) =>
    lines(
      ...FIRST,
      '雪后晨光',
      '清晨，阳光洒在雪后的古城墙上，游客们纷纷驻足拍照。',
      '李  华摄（光影山河）',
      '渔港新春',
      '正月里，渔民们在港口修补渔网，准备出海。',
      label,
      '春运返程高峰到来',
      '各地铁路部门加开列车',
      '本报北京2月10日电  （记者王明）记者从铁路部门获悉，春运返程高峰到来，各地加开列车。',
    );

  it('closes the story above; the next story starts under it', () => {
    const { articles } = segmentText(photo('光影山河'));
    const last = articles.at(-1);
    expect([last?.kicker, last?.headline]).toEqual(['春运返程高峰到来', '各地铁路部门加开列车']);
    expect(articles.at(-2)?.blocks.at(-1)).toEqual({ kind: 'subhead', text: '光影山河' });
  });

  it('but a line the file credits no picture to stays the next story’s kicker', () => {
    const { articles } = segmentText(photo('春运一线'));
    expect(articles.at(-1)?.kicker).toBe('春运一线');
    expect(articles.at(-2)?.blocks.at(-1)?.kind).toBe('paragraph');
  });
});

describe('a column’s mailbox line closing its piece (article.afterContactLine)', () => {
  const column = (...mailbox: string[]) =>
    lines(
      ...FIRST,
      '基层减负见实效（干部新观察）',
      '今年以来，各地持续为基层减负，文件会议明显减少，干部有了更多时间走村入户。',
      ...mailbox,
      '乡镇干部下沉一线，群众办事更方便',
      '服务送到家门口',
      '记者近日走访多个乡镇，看到干部们走进田间地头，为群众解难题。',
    );

  it('opens the next story under it, though it ends no sentence', () => {
    for (const text of [
      column('栏目投稿邮箱：jcjf2020@example.com'),
      column('栏目投稿邮箱：', 'jcjf2020@example.com'),
    ]) {
      const { articles } = segmentText(text);
      expect(articles).toHaveLength(3);
      expect(articles[2]?.blocks.at(-1)?.text).toBe(
        '记者近日走访多个乡镇，看到干部们走进田间地头，为群众解难题。',
      );
      expect(articles[1]?.blocks.at(-1)?.text).toMatch(/example\.com$/u);
    }
  });
});

describe('the voices of a package of as-told-to items, each closed by a reporter’s credit (subhead.toldToItem)', () => {
  const voice = (speaker: string, title: string, credit: string) => [
    speaker,
    title,
    `今年以来，我们村围绕${title}想了不少办法，群众的日子越过越红火，大家干劲十足。`,
    '我们还将继续努力，把好事办好，把实事办实，让乡亲们得到更多实惠。',
    credit,
  ];
  const page = (credit: string) =>
    lines(
      ...FIRST,
      '春天里的心声',
      '——基层干部谈新春打算',
      '新春伊始，记者采访了几位基层干部，听听他们的打算。',
      ...voice('全国人大代表、某县某村党支部书记李明', '让乡亲们腰包鼓起来', '（本报记者 王刚采访整理）'),
      ...voice('全国政协委员、某大学教授张华', '把课堂搬到田间地头', credit),
      '版式设计：赵强',
    );
  const secondVoice = (text: string) =>
    segmentText(text).articles.some((a) =>
      ['全国政协委员、某大学教授张华', '把课堂搬到田间地头'].includes(a.headline ?? ''),
    );

  it('keeps the next voice, closed by another as-told-to credit, in the package', () => {
    expect(secondVoice(page('（本报记者 刘洋采访整理）'))).toBe(false);
  });

  it('but a piece closed by a credit of another make opens an article', () => {
    expect(secondVoice(page('（本报北京电）'))).toBe(true);
  });

  it('keeps a next voice whose speaker line reads as text (a comma in it) in the package', () => {
    const text = lines(
      ...FIRST,
      '春天里的心声',
      '——基层干部谈新春打算',
      '新春伊始，记者采访了几位基层干部，听听他们的打算。',
      ...voice('全国人大代表、某县某村党支部书记李明', '让乡亲们腰包鼓起来', '（本报记者 王刚采访整理）'),
      ...voice('全国政协委员，某大学原副校长、教授张华', '把课堂搬到田间地头', '（本报记者 刘洋采访整理）'),
      '版式设计：赵强',
    );
    const speaker = (a: { blocks: readonly { text: string }[] }) =>
      a.blocks.some((block) => block.text.startsWith('全国政协委员，'));
    const { articles } = segmentText(text);
    expect(articles.find(speaker)?.blocks.some((block) => block.text === '（本报记者 王刚采访整理）')).toBe(
      true,
    );
  });
});
