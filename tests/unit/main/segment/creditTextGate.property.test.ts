import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCreditText,
  scannedCreditText,
  settleBlockKind,
  settleScanned,
} from '../../../../main/segment/rules/blocks/blockKind';

/**
 * isCreditText settles most lines by their first and last characters before scanning them
 * (rules/blocks/blockKind.ts): it must answer as the scanned test does on any text.
 */
describe('isCreditText gate', () => {
  // Pieces of signatures, production credits, end notes, bracketed names and bylines, with spaces
  // before and inside, and plain text around them.
  const piece = fc.constantFrom(
    '——',
    '—',
    '–',
    '-',
    '（',
    '(',
    '）',
    ')',
    '本版',
    '稿件',
    '图表',
    '统筹',
    '策划',
    '制图',
    '设计',
    '执笔',
    '摄影',
    '插图',
    '题图',
    '漫画',
    '绘图',
    '：',
    ':',
    '本报记者',
    '记者',
    '通讯员',
    '作者',
    '来源',
    '责任编辑',
    '编辑',
    '张三',
    '周飞亚',
    '狄',
    '慧',
    '王',
    '摄',
    '报道',
    '员',
    '道',
    '、',
    '，',
    '。',
    ' ',
    '\u3000',
    '\u00a0',
    '\t',
    'By ',
    'Reuters',
    '的',
    '在',
  );
  const creditLike = fc.array(piece, { maxLength: 14 }).map((ps) => ps.join(''));

  it('answers as the scanned test on credit-like and arbitrary texts', () => {
    fc.assert(
      fc.property(fc.oneof(creditLike, fc.string({ maxLength: 30 })), (text) => {
        expect(isCreditText(text)).toBe(scannedCreditText(text));
      }),
      { numRuns: 30000 },
    );
  }, 30_000);

  it('answers as the scanned test for every first character before a credit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`${ch}张三`, `${ch}本报记者 张三）`, `${ch}筹：李四`, `${ch}版统筹：王五`])
        if (isCreditText(s) !== scannedCreditText(s))
          expect([s, isCreditText(s)]).toEqual([s, scannedCreditText(s)]);
    }
  }, 30_000);
});

/**
 * settleBlockKind settles most paragraphs by their first and last characters (maySettleParagraph):
 * it must give every paragraph the kind the ungated tests give.
 */
describe('settleBlockKind paragraph gate', () => {
  const piece = fc.constantFrom(
    ...['——', '（', '(', '）', ')', '”', '」', '图', '图①：', '图1:', '人民视觉', '视觉中国', '人民图片'],
    ...['摄影报道', '摄', '本报记者', '记者', '张三', '李四', '统筹：', '制图', '新华社', '发', '供图'],
    ...['员', '道', '。', '，', '、', '：', '…', '.', '!', '；', ' ', '\u3000', '\u00a0', 'P', 'Photo', 'a'],
    ...['的', '在', '这是一段正文', '世界'],
  );
  const text = fc.oneof(
    fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join('')),
    fc.string({ minLength: 1, maxLength: 40 }),
  );

  it('gives a paragraph the kind the ungated tests give', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, cutBelow) => {
        expect(settleBlockKind('paragraph', t, cutBelow)).toEqual(settleScanned('paragraph', t, cutBelow));
      }),
      // A photographer's line whose bracket holds a clause mark (a case a CI run once drew).
      { numRuns: 30000, examples: [['某某视觉摄（、）', false]] },
    );
  }, 30_000);

  it('gives a paragraph the kind the ungated tests give for every first and last character', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [
        `${ch}①：某地风光`,
        `${ch}民视觉`,
        `某某${ch}`,
        `${ch}张三摄`,
        `小标题${ch}`,
        `正文。${ch}`,
      ])
        if (JSON.stringify(settleBlockKind('paragraph', t)) !== JSON.stringify(settleScanned('paragraph', t)))
          expect([t, settleBlockKind('paragraph', t)]).toEqual([t, settleScanned('paragraph', t)]);
    }
  }, 30_000);
});
