import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { FIRST, lines } from '../support/synthetic';

/**
 * Issue 14, article starts without separators (subhead.signedPiece, articles/signedPiece.ts): a
 * package of signed commentaries under one headline prints each piece under its own title with its
 * author's name below. Synthetic texts written for these tests, one paragraph a line.
 */
const PIECE_TEXT =
  '读书让人开阔眼界，也让人沉静下来。城市里的书店多了，社区里的阅览室也多了，市民们读书的劲头越来越足，这是好事。';
const OTHER_TEXT =
  '阅读不只是个人的事，也是一座城市的气质。图书馆延长开放时间，书店开到深夜，为读者提供了更多便利，值得点赞。';

describe('the next signed piece of a package (signedPiece.ts)', () => {
  it('keeps a title over an author’s name in the story once it holds a signed crosshead', () => {
    // The forum's headline (a column's name in brackets), its first piece's title set as a crosshead
    // under it with the author's name, then the second piece: the same forum, not a new story.
    const { articles } = segmentText(
      lines(
        ...FIRST,
        '让阅读成为生活方式（大家谈）',
        '读书的乐趣在于坚持',
        '王  明',
        PIECE_TEXT,
        PIECE_TEXT,
        '书香让城市更温暖',
        '李  华',
        OTHER_TEXT,
        OTHER_TEXT,
      ),
    );
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '让阅读成为生活方式（大家谈）']);
    const package_ = articles[1]!;
    expect(package_.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '读书的乐趣在于坚持',
      '书香让城市更温暖',
    ]);
    expect(package_.provenance?.blocks).toContain('subhead.signedPiece');
  });

  it('opens a new story at a title over an author’s name after a story signed under its own headline', () => {
    const { articles } = segmentText(
      lines(
        ...FIRST,
        '读书的乐趣在于坚持',
        '王  明',
        PIECE_TEXT,
        PIECE_TEXT,
        '书香让城市更温暖',
        '李  华',
        OTHER_TEXT,
      ),
    );
    expect(articles.map((a) => a.headline)).toEqual([
      '春耕时节农机忙',
      '读书的乐趣在于坚持',
      '书香让城市更温暖',
    ]);
  });

  it('keeps a title over an author’s name after the piece above closed with a note on its writer', () => {
    // The first piece is signed under the package's own headline; its note on the writer (作者为…)
    // closes it, and the next title signed the same way is the package's next piece.
    const { articles } = segmentText(
      lines(
        ...FIRST,
        '读书的乐趣在于坚持',
        '王  明',
        PIECE_TEXT,
        PIECE_TEXT,
        '（作者为某大学文学院教授）',
        '书香让城市更温暖',
        '李  华',
        OTHER_TEXT,
      ),
    );
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '读书的乐趣在于坚持']);
    expect(articles[1]?.provenance?.blocks).toContain('subhead.signedPiece');
  });
});
