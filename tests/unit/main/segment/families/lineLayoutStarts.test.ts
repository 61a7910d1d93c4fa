import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { lineRule } from '../../../../../main/segment/rules/classify/lineKind';
import { splitLines } from '../../../../../main/segment/lines';
import { FIRST, headlines, lines } from '../support/synthetic';

/**
 * Issue 14, the `line` layout: one paragraph per line, no blank line and no indent anywhere, the
 * next story's title straight after the last paragraph of the one above. Synthetic texts written for
 * these tests.
 */

describe('a column name that numbers its part in brackets of its own', () => {
  it('still marks a headline (（观察·春耕一线（3）））', () => {
    const text = lines(
      ...FIRST,
      '种子选得好，收成才会好（观察·春耕一线（3））',
      '春耕先选种，这是老农的经验。',
      '今年的良种补贴也提前发到了农户手中。',
    );
    expect(headlines(text)).toEqual(['春耕时节农机忙', '种子选得好，收成才会好（观察·春耕一线（3））']);
  });

  it('and a series after a middle dot may name a month or hold 电 (（政策解读·电价新规施行一月（下））)', () => {
    const text = lines(
      ...FIRST,
      '农机补贴，别想着钻空子（政策解读·电价新规施行一月（下））',
      '新规施行以来，各地加强了补贴资金的监管。',
      '记者调查发现，个别经销商仍在打擦边球。',
    );
    expect(headlines(text)).toEqual([
      '春耕时节农机忙',
      '农机补贴，别想着钻空子（政策解读·电价新规施行一月（下））',
    ]);
  });

  it('but a picture credit naming a photographer with a middle dot stays in its story (（某某·某某 摄）)', () => {
    const text = lines(
      ...FIRST,
      '机手们在田间查看麦苗长势（阿依古丽·买买提 摄）',
      '合作社的机手们还要忙上好几天，才能把周边的地都种完。',
      '今年的良种补贴也提前发到了农户手中。',
    );
    expect(headlines(text)).toEqual(['春耕时节农机忙']);
  });

  it('but a bracketed author note with brackets inside stays a paragraph', () => {
    const text = lines(...FIRST, '（作者为某大学（研究院）教授）', '下一段接着讲合作社的事。');
    expect(headlines(text)).toEqual(['春耕时节农机忙']);
  });
});

describe("a picture agency's bare name under a photo", () => {
  const kind = (body: string) => lineRule(splitLines(body)[0]!);

  it('is a photographer line, not a title candidate', () => {
    expect(kind('人民视觉')).toBe('photographer.pattern');
    expect(kind('视觉中国')).toBe('photographer.pattern');
    expect(kind('人民幸福')).toBe('title.shape');
  });

  it('stays with the story above instead of heading the next one', () => {
    const text = lines(
      ...FIRST,
      '图为农民在田间查看秧苗长势。',
      '人民视觉',
      '气象部门发布春播气象服务',
      '本报北京3月2日电（记者 李华）中国气象局今天发布春播气象服务专报。',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '气象部门发布春播气象服务']);
    expect(articles[0]?.blocks.some((b) => b.text === '人民视觉')).toBe(true);
  });
});

describe('closing lines of a story that are no headline', () => {
  const kind = (body: string) => lineRule(splitLines(body)[0]!);

  it('a photo story credit (摄影报道) credits pictures and opens no text', () => {
    expect(kind('本报记者 张三 李四摄影报道')).toBe('photographer.pattern');
    expect(kind('本报记者 张三报道')).toBe('lead.chinese');
  });

  it('a package credit (稿件统筹：) and a source line (来源：) are credits', () => {
    expect(kind('稿件统筹：张三 李四')).toBe('credit.pattern');
    expect(kind('来源：本报综合')).toBe('credit.pattern');
    expect(kind('来源广泛的资金')).toBe('title.shape');
  });

  it('a contact line is never a title candidate nor a new story after a credit', () => {
    expect(kind('栏目投稿邮箱：column@example.com')).toBe('body.default');
    expect(kind('门户网站：http://www.example.com')).toBe('body.default');
    const text = lines(
      ...FIRST,
      '（作者为某县农机站站长）',
      '栏目投稿邮箱：column@example.com',
      '再说一件农机的事，也是今年春天的事。',
    );
    expect(segmentText(text).articles).toHaveLength(1);
  });

  it('a letter-spaced sidebar label (链  接) stays a crosshead of the story, even after its credit', () => {
    const text = lines(
      ...FIRST,
      '（作者为某县农机站站长）',
      '链  接',
      '农机购置补贴政策已实施多年，覆盖各类机具。',
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.find((b) => b.kind === 'subhead')?.text).toBe('链  接');
  });
});

describe('a title stack early in a sectioned story (subhead.earlyStack)', () => {
  const OPENING = [
    '春耕时节农机忙',
    '本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时。',
    '合作社唱主角',
    '合作社提供全程服务，农户省心省力。',
  ];
  const STACK = ['东坡村——', '合作社托管耕地三千亩带动全村农户增收致富'];
  const SECTION = '村里的合作社去年成立，今年托管的耕地翻了一番。';
  const more = (n: number) =>
    Array.from({ length: n }, (_, k) => `这是第${k + 1}段，讲的是合作社的又一件事。`);

  it('is the next crosshead stack of that story', () => {
    const { articles } = segmentText(lines(...OPENING, ...STACK, SECTION));
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '合作社唱主角',
      ...STACK,
    ]);
  });

  it('but after more paragraphs than a section holds it heads a new article', () => {
    expect(headlines(lines(...OPENING, ...more(5), ...STACK, SECTION))).toHaveLength(2);
  });

  it('and a headline marked by its column name opens one even early', () => {
    const text = lines(
      ...OPENING,
      '东坡村——',
      '合作社托管耕地三千亩带动全村农户增收致富（春耕一线）',
      SECTION,
    );
    expect(headlines(text)).toHaveLength(2);
  });
});

describe('a fact box of label lines inside a story (subhead.factLabels)', () => {
  it('is a stack of crossheads, not a new article', () => {
    const text = lines(
      ...FIRST,
      '时间：上午9点',
      '地点：村农机站',
      '场景：检修一台用了二十多年的老拖拉机发动机',
      '师傅们一早就来到农机站，拆开了发动机。',
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '时间：上午9点',
      '地点：村农机站',
      '场景：检修一台用了二十多年的老拖拉机发动机',
    ]);
  });

  it('while a single label line over a headline stays with the titles', () => {
    const text = lines(...FIRST, '地点：云南普洱', '茶山上的合作社', '本报讯（记者 李华）茶农们忙着采春茶。');
    expect(headlines(text)).toEqual(['春耕时节农机忙', '茶山上的合作社']);
  });
});

describe('a kicker ending with a question mark or an ellipsis (title.textKicker)', () => {
  it('joins the marked headline under it after a story ends', () => {
    const text = lines(
      ...FIRST,
      '农机坏了没人修，种粮大户如何应对？',
      '农机维修站开到了田间地头（春耕一线）',
      '今年春耕，县里的农机维修站第一次把服务点设到了村里。',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '春耕时节农机忙'],
      ['农机坏了没人修，种粮大户如何应对？', '农机维修站开到了田间地头（春耕一线）'],
    ]);
  });

  it('but a question after a finished sentence in the same line stays text', () => {
    const text = lines(
      ...FIRST,
      '农机坏了没人修。种粮大户如何应对？',
      '农机维修站开到了田间地头（春耕一线）',
      '今年春耕，县里的农机维修站第一次把服务点设到了村里。',
    );
    expect(segmentText(text).articles[1]?.kicker).toBeNull();
  });
});

describe('a new page or a column label over title lines', () => {
  it('a title across a page break from a headline-only item opens a new article', () => {
    const text = lines(
      '春播气象服务图表',
      '制图：李华',
      '第2版',
      '农机补贴资金提前下达',
      '今年的农机购置补贴资金已经提前下达到各县。',
    );
    expect(headlines(text)).toEqual(['春播气象服务图表', '农机补贴资金提前下达']);
  });

  it('a column label (速览) over a stack early in a sectioned story heads its own column', () => {
    const text = lines(
      '春耕时节农机忙',
      '本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时。',
      '合作社唱主角',
      '合作社提供全程服务，农户省心省力。',
      '速览',
      '农机补贴资金提前下达到各县',
      '今年的农机购置补贴资金已经提前下达到各县。',
    );
    expect(segmentText(text).articles).toHaveLength(2);
  });
});

describe('a second report from the same day under one headline (lead.insideArticle)', () => {
  const story = (secondLead: string) =>
    lines(
      '省长会见友城来宾',
      '本报北京3月1日电 （记者王明）省长1日会见了来访的外国客人。',
      '双方就加强合作交换了意见。',
      secondLead,
      '双方签署了合作备忘录。',
      '下一条新闻的标题在这里',
      '本报上海3月1日电 （记者李华）上海今天举行发布会。',
      '再下一条新闻的标题',
      '本报天津3月1日电 （记者孙强）天津今天举行招聘会。',
    );

  it('goes on with that story after a finished paragraph', () => {
    const text = story('本报北京3月1日电 （记者王明）副省长1日会见了同一代表团。');
    expect(headlines(text)).toEqual(['省长会见友城来宾', '下一条新闻的标题在这里', '再下一条新闻的标题']);
  });

  it('and so does a report filed the same day from another place (a round-up under the headline)', () => {
    const text = story('本报广州3月1日电 （记者赵亮）广州今天开通新地铁线。');
    expect(headlines(text)).toEqual(['省长会见友城来宾', '下一条新闻的标题在这里', '再下一条新闻的标题']);
  });

  it('while a bare lead from another day opens an article', () => {
    const text = story('本报广州2月28日电 （记者赵亮）广州昨天开通新地铁线。');
    expect(segmentText(text).articles).toHaveLength(4);
  });
});

describe('the first dateline under a headline whose text so far was a lead-in (lead.insideArticle)', () => {
  const story = (...leadIn: string[]) =>
    lines(
      '返程客流今明两天最多',
      ...leadIn,
      '本报北京3月1日电 （记者王明）记者从铁路部门获悉，返程客流持续增长，各地加开了列车。',
      '铁路部门还延长了售票窗口的服务时间。',
      '下一条新闻的标题在这里',
      '本报上海3月1日电 （记者李华）上海今天举行发布会。',
      '再下一条新闻的标题',
      '本报天津3月1日电 （记者孙强）天津今天举行招聘会。',
      '最后一条新闻的标题',
      '本报重庆3月1日电 （记者周平）重庆今天举行灯会。',
    );

  it('takes the bare lead as the story’s own after a finished lead-in paragraph', () => {
    // A lead-in of several paragraphs: more than the summary under a headline (summaryAboveLead.ts).
    const text = story(
      '“今年返程客流来得早、走得稳，各方都做好了准备。”一位站长这样说。',
      '节后返程的旅客带着家乡的年货，踏上了新一年的旅途。',
      '车站里，志愿者为旅客指路、搬行李，候车室里秩序井然。',
      '许多旅客说，今年的返程之路比往年更加顺畅。',
    );
    expect(headlines(text)).toEqual([
      '返程客流今明两天最多',
      '下一条新闻的标题在这里',
      '再下一条新闻的标题',
      '最后一条新闻的标题',
    ]);
  });

  it('while after a story whose own lead stood under its headline, a bare lead of another day opens one', () => {
    const text = story('本报广州2月28日电 （记者赵亮）广州昨天开通新地铁线，市民争相体验。');
    expect(segmentText(text).articles).toHaveLength(5);
  });
});

describe('a kicker that reads like text over a short headline, after a finished story (article.textStack)', () => {
  // A story long enough for the stack scorer to weigh the pair (START_STACK_MIN_STORY).
  const STORY = [
    '春耕时节农机忙',
    '本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时，田间地头一派繁忙景象，合作社的农机手们天不亮就下了地。',
    '在城郊的一家农机合作社，二十多台拖拉机、播种机整齐排开，机手们检修机器、加注油料，准备开赴周边村庄的田地。合作社负责人介绍，今年社里新添了六台北斗导航播种机，播得直、播得匀，一天能种好几百亩地，比往年快了一倍。',
    '不少农户把地托管给合作社，耕、种、防、收都由合作社负责，农户只需按季付费，省心又省力。',
    '“有了合作社，种地不再发愁。”一位老农笑着说，自己年纪大了，地交给合作社种，收成比自己种还好。',
    '据了解，当地今年将新建十个农机服务站，让更多农户用上新机具，目前全县春播进度已经过半，预计下月初全部完成。',
  ];

  it('opens the next story with the pair as its kicker and headline', () => {
    const text = lines(
      ...STORY,
      '返程高峰到来，车站加开夜间列车',
      '旅客出行平稳有序',
      '节后返程客流持续攀升，火车站加开多趟夜间列车，增派志愿者在进站口引导旅客，候车秩序井然。',
      '车站工作人员表示，预计客流高峰将持续到本周末。',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '旅客出行平稳有序']);
    expect(articles[1]?.kicker).toBe('返程高峰到来，车站加开夜间列车');
    expect(articles[1]?.provenance?.start.rule).toBe('article.textStack');
  });

  it('also over a short first paragraph (TEXT_STACK_BELOW_MIN_CHARS)', () => {
    const text = lines(
      ...STORY,
      '返程高峰到来，车站加开夜间列车',
      '旅客出行平稳有序',
      '节后返程客流持续攀升，火车站加开多趟夜间列车，候车秩序井然。',
      '车站工作人员表示，预计客流高峰将持续到本周末，车站将继续加开列车。',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '旅客出行平稳有序']);
    expect(articles[1]?.provenance?.start.rule).toBe('article.textStack');
  });

  it('but not over a line in English (a slogan and its translation inside the story)', () => {
    const text = lines(
      ...STORY,
      '夜间列车，伴你回家',
      'Night trains run on',
      '车站的宣传牌用中英两种文字写成，不少外国旅客在牌子前停下来拍照留念。',
      '车站工作人员说，这句话旅客们都记住了。',
    );
    expect(headlines(text)).toEqual(['春耕时节农机忙']);
  });

  it('but not over a line the text below takes up (a short paragraph and a cut one)', () => {
    const text = lines(
      ...STORY,
      '返程高峰到来，车站加开夜间列车',
      '旅客出行平稳有序，',
      '节后返程客流持续攀升，火车站加开多趟夜间列车，增派志愿者在进站口引导旅客，候车秩序井然。',
    );
    expect(headlines(text)).toEqual(['春耕时节农机忙']);
  });
});
