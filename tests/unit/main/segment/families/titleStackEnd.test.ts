import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, title roles: lines collected with a Chinese title group that are no title (a figure
 * call-out, a label over the text, a line set apart where the file sets its stacks together) open
 * the article's text as crossheads; they are never decks. Synthetic texts.
 */
const view = (text: string) =>
  segmentText(text).articles.map((a) => ({
    titles: [a.kicker, a.headline, a.subheadlines],
    blocks: a.blocks.map((b) => `${b.kind}:${b.text.slice(0, 8)}`),
  }));

const LEAD = '本报讯（记者 王明）近日，全市绿道全线贯通。';

describe('lines under the titles that open the text', () => {
  it('a figure call-out under the titles is a crosshead, and the lead below stays in the article', () => {
    const text = `上一篇的标题\n上一篇的正文到此结束。\n城市绿道全线贯通\n市民休闲有了好去处\n1180公里\n${LEAD}\n`;
    expect(view(text).at(-1)).toEqual({
      titles: ['城市绿道全线贯通', '市民休闲有了好去处', []],
      blocks: ['subhead:1180公里', `paragraph:${LEAD.slice(0, 8)}`],
    });
    expect(view(text)).toHaveLength(2);
  });

  it('a figure with a label after it (`45.5亿笔　全年交易`) is a call-out too', () => {
    const text = `上一篇的标题\n上一篇的正文到此结束。\n移动支付更便捷\n45.5亿笔　全年交易笔数\n${LEAD}\n`;
    expect(view(text).at(-1)?.titles).toEqual([null, '移动支付更便捷', []]);
  });

  it('a label over the text (开栏的话) is a crosshead, not a deck', () => {
    const text = `上一篇的标题\n上一篇的正文到此结束。\n老街坊的新日子\n社区食堂开进小巷\n开栏的话\n本报今起推出系列报道。\n`;
    expect(view(text).at(-1)).toEqual({
      titles: ['老街坊的新日子', '社区食堂开进小巷', []],
      blocks: ['subhead:开栏的话', 'paragraph:本报今起推出系列'],
    });
  });

  it('a summary or editor’s label (核心阅读, 编者的话) or a label ending with a colon is a crosshead', () => {
    // Every line apart by a blank line, as in a dump that sets kicker and headline on one line.
    for (const label of ['核心阅读', '编者的话', '对话人：']) {
      const text = `上一篇的标题\n\n上一篇的正文到此结束。\n\n社区食堂开进小巷（民生视线）\n\n${label}\n\n本报今起推出系列报道，记录老街坊的新日子。\n`;
      const last = view(text).at(-1);
      expect(last?.titles).toEqual([null, '社区食堂开进小巷（民生视线）', []]);
      // The colon label is settled as text when its block closes (blocks/blockKind.ts).
      expect(last?.blocks).toEqual([
        `${label.endsWith('：') ? 'paragraph' : 'subhead'}:${label}`,
        'paragraph:本报今起推出系列',
      ]);
    }
  });

  it('an author’s name under the titles of a signed piece is no deck', () => {
    for (const name of ['（英国）约翰·史密斯', '玛丽亚·冈萨雷斯', '（新加坡）陈明']) {
      const text = `上一篇的标题\n\n上一篇的正文到此结束。\n\n丝路上的老朋友（国际论坛）\n\n${name}\n\n我第一次来到中国是在二十年前。\n`;
      expect(view(text).at(-1)).toEqual({
        titles: [null, '丝路上的老朋友（国际论坛）', []],
        blocks: [`subhead:${name.slice(0, 8)}`, 'paragraph:我第一次来到中国'],
      });
    }
  });

  it('a headline line that opens with a number is still a title', () => {
    const text = `上一篇的标题\n上一篇的正文到此结束。\n全市春耕备耕有序推进\n2026农机下乡启动\n${LEAD}\n`;
    expect(view(text).at(-1)?.titles).toEqual(['全市春耕备耕有序推进', '2026农机下乡启动', []]);
  });
});

describe('a line set apart from the titles', () => {
  const stack = (k: string, h: string, n: number) =>
    `${k}\n${h}\n\n本报讯（记者 李华）近日，第${n}个社区举办了邻里活动。\n\n活动持续了一整天。\n\n\n`;

  it('where the file sets its title stacks together, a line after a blank ends the titles', () => {
    const text =
      stack('老街坊的新日子', '社区食堂开进小巷', 1) +
      stack('一座桥连起两个镇', '河东河西走动更勤了', 2) +
      stack('志愿者队伍越来越壮大', '寒冬里的暖心早餐', 3) +
      `速览\n\n新区推出十条惠企政策\n\n本报讯（记者 王明）近日，新区推出十条惠企政策。\n`;
    expect(view(text).at(-1)).toEqual({
      titles: [null, '速览', []],
      blocks: ['subhead:新区推出十条惠企', 'paragraph:本报讯（记者 王'],
    });
  });

  it('where every line stands apart by a blank, the lines after a blank are still titles', () => {
    const one = (k: string, h: string, n: number) =>
      `${k}\n\n${h}\n\n本报讯（记者 李华）近日，第${n}个社区举办了邻里活动。\n\n活动持续了一整天。\n\n`;
    const text =
      one('老街坊的新日子', '社区食堂开进小巷', 1) +
      one('一座桥连起两个镇', '河东河西走动更勤了', 2) +
      one('志愿者队伍越来越壮大', '寒冬里的暖心早餐', 3);
    expect(view(text).map((a) => a.titles)).toEqual([
      ['老街坊的新日子', '社区食堂开进小巷', []],
      ['一座桥连起两个镇', '河东河西走动更勤了', []],
      ['志愿者队伍越来越壮大', '寒冬里的暖心早餐', []],
    ]);
  });
});

describe('a column label over a round-up', () => {
  it('a round-up label (速览) is the headline; the item title under it a crosshead', () => {
    const text = `上一篇的标题\n上一篇的正文到此结束。\n速览\n新区推出十条惠企政策\n${LEAD}\n`;
    expect(view(text).at(-1)).toEqual({
      titles: [null, '速览', []],
      blocks: ['subhead:新区推出十条惠企', `paragraph:${LEAD.slice(0, 8)}`],
    });
  });

  it('a round-up word (新闻速递) marks a label too; a short place name stays a kicker', () => {
    const label = `上一篇的标题\n上一篇的正文到此结束。\n新闻速递\n新区推出十条惠企政策\n${LEAD}\n`;
    expect(view(label).at(-1)?.titles).toEqual([null, '新闻速递', []]);
    const place = `上一篇的标题\n上一篇的正文到此结束。\n杨柳镇\n居民自编自演迎新春\n${LEAD}\n`;
    expect(view(place).at(-1)?.titles).toEqual(['杨柳镇', '居民自编自演迎新春', []]);
  });

  it("a readers' page head (建议, 身边事) over a letter's title is the headline, the title a crosshead", () => {
    const letter = (head: string) =>
      `上一篇的标题\n上一篇的正文到此结束。\n${head}\n小区路灯该修一修了\n${LEAD}\n`;
    for (const head of ['建议', '身边事', '读者寄语'])
      expect(view(letter(head)).at(-1)).toEqual({
        titles: [null, head, []],
        blocks: ['subhead:小区路灯该修一修', `paragraph:${LEAD.slice(0, 8)}`],
      });
    // Who suggests it makes a kicker of the word: only the bare head is a label.
    expect(view(letter('委员建议')).at(-1)?.titles).toEqual(['委员建议', '小区路灯该修一修了', []]);
  });
});

describe("a column's name the file prints in brackets", () => {
  const tagged =
    '城区新建三座口袋公园（民生观察）\n本报讯（记者 李华）近日，城区新建三座口袋公园。\n' +
    '老街坊的新日子（民生观察·新春特写）\n本报讯（记者 李华）春节前夕，老街换了新模样。\n';

  it('opening a title line over another, it is the round-up label: the line under it a crosshead', () => {
    for (const head of ['民生观察', '民生观察 小区里的年味', '民生观察·小区里的年味']) {
      const text = `${tagged}${head}\n社区食堂开进小巷\n${LEAD}\n`;
      expect(view(text).at(-1)).toEqual({
        titles: [null, head, []],
        blocks: ['subhead:社区食堂开进小巷', `paragraph:${LEAD.slice(0, 8)}`],
      });
    }
  });

  it('a headline merely starting with the same words keeps its roles', () => {
    const text = `${tagged}民生观察员走进社区\n社区食堂开进小巷\n${LEAD}\n`;
    expect(view(text).at(-1)?.titles).toEqual(['民生观察员走进社区', '社区食堂开进小巷', []]);
  });
});

describe('labels of parts of the text', () => {
  it('a section number alone, a boxed label or a summary label under the headline opens the text', () => {
    const numbered = `上一篇的标题\n上一篇的正文到此结束。\n山村的炊烟\n一\n清晨，山村升起了炊烟。\n`;
    expect(view(numbered).at(-1)).toEqual({
      titles: [null, '山村的炊烟', []],
      blocks: ['subhead:一', 'paragraph:清晨，山村升起了'],
    });
    const boxed = `上一篇的标题\n上一篇的正文到此结束。\n站台上的约定\n【人物】相约在零点的铁路职工\n${LEAD}\n`;
    expect(view(boxed).at(-1)?.titles).toEqual([null, '站台上的约定', []]);
  });
});

describe('the line under a column-tagged headline where stacks are not set apart', () => {
  const ABOVE = '上一篇的标题\n上一篇的正文到此结束。\n';
  const TEXT = '老街坊们说起这些年的变化，总有说不完的话。\n如今小巷里开起了社区食堂。\n';
  it('opens the text as a crosshead, not a deck', () => {
    const text = `${ABOVE}小巷里的烟火气（城市漫步）\n老街坊的新日子\n${TEXT}`;
    expect(view(text).at(-1)).toEqual({
      titles: [null, '小巷里的烟火气（城市漫步）', []],
      blocks: ['subhead:老街坊的新日子', 'paragraph:老街坊们说起这些', 'paragraph:如今小巷里开起了'],
    });
  });

  it('under a dashed series line the text begins', () => {
    const text = `${ABOVE}小巷里的烟火气（城市漫步）\n——老城新貌系列之三\n老街坊的新日子\n${TEXT}`;
    expect(view(text).at(-1)).toEqual({
      titles: [null, '小巷里的烟火气（城市漫步）', ['——老城新貌系列之三']],
      blocks: ['subhead:老街坊的新日子', 'paragraph:老街坊们说起这些', 'paragraph:如今小巷里开起了'],
    });
  });

  it('a dashed series line or a deck over the dateline lead stays a deck', () => {
    const dashed = view(`${ABOVE}小巷里的烟火气（城市漫步）\n——老城新貌系列之三\n${TEXT}`).at(-1);
    expect(dashed?.titles).toEqual([null, '小巷里的烟火气（城市漫步）', ['——老城新貌系列之三']]);
    const news = view(`${ABOVE}社区食堂开进小巷（民生视线）\n首批六家已开门迎客\n${LEAD}\n`).at(-1);
    expect(news?.titles).toEqual([null, '社区食堂开进小巷（民生视线）', ['首批六家已开门迎客']]);
  });
});

describe('a line repeating the title above it', () => {
  it('is the published document’s own title opening its text, not a deck', () => {
    const doc = '关于推进社区食堂建设的实施意见';
    const text = `上一篇的标题\n上一篇的正文到此结束。\n市政府办公厅印发\n${doc}\n${doc}\n${LEAD}\n`;
    expect(view(text).at(-1)).toEqual({
      titles: ['市政府办公厅印发', doc, []],
      blocks: [`subhead:${doc.slice(0, 8)}`, `paragraph:${LEAD.slice(0, 8)}`],
    });
  });
});
