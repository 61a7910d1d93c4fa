import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, article starts in the Tongzhou dump's layout: every line apart by the same blank line,
 * so no gap sets articles apart and the title lines and what stands around them tell. Synthetic
 * texts written for these tests.
 */

/** The rows as a Tongzhou-style file: each line apart by one blank line. */
const spaced = (...rows: string[]): string => `${rows.join('\n\n')}\n`;

/** A file whose leads stand under their headlines (leadInside.ts reads that habit). */
const TITLED = ['春耕生产', '农资供应', '农机调度', '春灌保障', '种子检测'].flatMap((t) => [
  `${t}有序推进`,
  `本报讯（记者 王明）${t}有序推进，各项工作进展顺利。`,
]);

/** A feature opening on a crosshead (核心阅读) over its intro, without a dateline lead. */
const FEATURE = [
  '乡村快递跑出加速度（经济聚焦）',
  '核心阅读',
  '山区的快递网点越来越多，村民网购更方便了。',
  '在县城的分拣中心，快递员每天清早装车，沿着山路把包裹送到各村的服务站。',
  '村民说，过去取个快递要跑几十里路，如今在家门口就能取到。',
];

describe('a headline and its summary over a dateline lead (article.summaryAboveLead)', () => {
  it('open the next story under a feature that opened on a crosshead', () => {
    const text = spaced(
      ...TITLED,
      ...FEATURE,
      '某市出台措施支持小微企业',
      '降低融资成本，扩大信贷投放，帮助小微企业渡过难关，相关部门将加强督促检查确保政策落地见效',
      '本报南京3月1日电  （记者李华）某市日前出台措施，支持小微企业发展。',
      '措施提出，今年将新增小微企业贷款两百亿元。',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline).slice(-2)).toEqual([
      '乡村快递跑出加速度（经济聚焦）',
      '某市出台措施支持小微企业',
    ]);
  });

  it('but a figure call-out over the next section stays in the story', () => {
    const text = spaced(
      ...TITLED,
      ...FEATURE,
      '快递业务总量',
      '17万件',
      '全县日均快递业务量达到十七万件，比去年同期增长三成，相关部门还将继续完善农村寄递网络建设',
      '本报南京3月1日电  （记者李华）全县快递业务量持续增长。',
    );
    const { articles } = segmentText(text);
    expect(articles.at(-1)?.headline).toBe('乡村快递跑出加速度（经济聚焦）');
  });
});

describe('a line closing a bracket the line above left open (group.openBracket)', () => {
  it('is the rest of that line cut at a column break, not the next piece’s headline', () => {
    const text = spaced(
      ...TITLED,
      '让数字经济更好服务实体经济（新知新觉）',
      '数字技术正在深刻改变生产方式和生活方式，推动实体经济转型升级。',
      '各地应加快数字基础设施建设，培育新业态新模式，让数字红利惠及更多企业和群众。',
      '（作者为某省社会科学院研究员、某某大学（某地',
      '分校）兼职教授）',
      '以高水平开放促进高质量发展（新知新觉）',
      '开放是当代中国的鲜明标识，也是推动发展的重要动力。',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline).slice(-2)).toEqual([
      '让数字经济更好服务实体经济（新知新觉）',
      '以高水平开放促进高质量发展（新知新觉）',
    ]);
    expect(articles.at(-2)?.blocks.at(-1)?.text).toBe(
      '（作者为某省社会科学院研究员、某某大学（某地分校）兼职教授）',
    );
  });
});
