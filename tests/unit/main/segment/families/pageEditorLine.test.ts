import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, block kinds: a page's editor line (`责任编辑：王伟`) standing alone is the page's footer,
 * furniture like `本版责编：`, not a credit of the article printed above it. A bracketed web end note
 * or an editor line carrying a sentence is not a footer. Synthetic texts.
 */
const PAGE_END = '春耕时节农机忙\n\n　　本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时。\n\n';
const NEXT_PAGE =
  '\n\n第2版\n\n河道治理见成效\n\n　　本报讯（记者 赵亮）今年以来，全市完成河道治理二十公里。\n';

function blocksOfFirst(footer: string) {
  const { articles } = segmentText(`${PAGE_END}${footer}${NEXT_PAGE}`);
  expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '河道治理见成效']);
  return articles[0]?.blocks ?? [];
}

describe('page editor line', () => {
  it.each(['责任编辑：王伟', '责任编辑： 李静　张敏', '责编:周 飞', '責任編輯：陳傑'])(
    '%s at a page end is furniture, kept in place under the article',
    (footer) => {
      const blocks = blocksOfFirst(footer);
      // in the file's order: the article's paragraph, its footer, then the next page's header
      expect(blocks.map((b) => [b.kind, b.text]).slice(-2)).toEqual([
        ['furniture', footer],
        ['furniture', '第2版'],
      ]);
      expect(blocks.filter((b) => b.kind === 'credit')).toEqual([]);
    },
  );

  it.each(['（责任编辑：王伟）', '责任编辑：王伟对本文做了核实。'])('%s is not a page footer', (line) => {
    const { articles } = segmentText(`${PAGE_END}${line}${NEXT_PAGE}`);
    const all = articles.flatMap((a) => a.blocks);
    const block = all.find((b) => b.text === line);
    expect(block?.kind).toBeDefined();
    expect(block?.kind).not.toBe('furniture');
  });
});
