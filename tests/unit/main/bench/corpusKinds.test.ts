import { describe, expect, it } from 'vitest';
import { kindOf } from '../../../../bench/corpus/kinds';

// Short synthetic paragraphs written for this test, one per labelling rule of bench/corpus/README.md.
describe('corpus block-kind rules', () => {
  it.each([
    ['本报记者　张三', 'credit'],
    ['本报记者\u00a0\u00a0王\u00a0\u00a0五', 'credit'],
    ['版式设计：李四', 'credit'],
    ['——编　　者', 'credit'],
    ['（本报上海3月2日电）', 'credit'],
    ['（作者为某大学教授）', 'credit'],
    ['（赵六）', 'credit'],
    ['新华社记者　赵六摄', 'caption'],
    ['图为村民在大棚里采摘草莓。　本报记者　张三摄', 'caption'],
    ['图①：河边的新公园。', 'caption'],
    ['核心阅读', 'subhead'],
    ['记者手记', 'subhead'],
    ['记者　赵六', 'credit'],
    ['图片来源：某某网站', 'credit'],
    ['（二）基本原则', 'subhead'],
    ['科技助力春耕', 'subhead'],
    ['春耕时节，田间地头一派忙碌景象。', 'paragraph'],
    ['“今年的收成一定错不了。”', 'paragraph'],
    ['——这是一个完整的句子，不是署名。', 'paragraph'],
  ])('%s → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });
});
