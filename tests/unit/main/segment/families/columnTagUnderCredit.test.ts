import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { headlines } from '../support/synthetic';

/**
 * Issue 14, article starts: under a headline and its credit a single line opens the text as a
 * crosshead (核心阅读), but a line carrying a column's name in brackets (`…（快评）`) is the next
 * piece's headline. Synthetic texts.
 */
const P = '\u3000\u3000';

const ABOVE = `${P}全市各区持续开展背街小巷整治，一批老街区旧貌换新颜。\n${P}居民们纷纷点赞。\n`;
const BELOW = `${P}在守护家园的战斗中，一线工作者冲锋在前，令人感动。\n${P}我们要向他们致敬。\n`;

describe('a column-tagged line under a page banner and its credit', () => {
  it('is the next piece’s headline', () => {
    const text = `${ABOVE}同心协力守护家园（一线报道）\n版式设计：张林\n向最美逆行者致敬（快评）\n${BELOW}`;
    expect(headlines(text)).toEqual([null, '同心协力守护家园（一线报道）', '向最美逆行者致敬（快评）']);
  });

  it('a plain line there still opens the text as a crosshead', () => {
    const text = `${ABOVE}同心协力守护家园（一线报道）\n版式设计：张林\n核心阅读\n${BELOW}`;
    const last = segmentText(text).articles.at(-1);
    expect(last?.headline).toBe('同心协力守护家园（一线报道）');
    expect(last?.blocks.map((b) => b.kind)).toContain('subhead');
  });
});
