import { describe, expect, it } from 'vitest';
import { buildReviewStops } from '../../../../renderer/src/editor/review/reviewStops';
import {
  cursorAfter,
  cursorBefore,
  firstCursor,
  stopAtCursor,
} from '../../../../renderer/src/editor/review/reviewCursor';
import { makeArticle } from './articleFixture';

const article = makeArticle(
  ['第一段有两处接续的断行中间', '没有句末的段落', ['subhead', '小标题'], '最后一段。'],
  [
    { id: 'r2', blockId: 'b0', offset: 9, reason: 'no sentence end before the break' },
    { id: 'r1', blockId: 'b0', offset: 3, reason: 'no sentence end before the break' },
    { id: 'gone', blockId: 'b9', offset: 1, reason: 'block no longer exists' },
  ],
);

describe('buildReviewStops', () => {
  it('lists repairs and suspicious breaks in reading order', () => {
    const stops = buildReviewStops(article);
    expect(stops.map((stop) => stop.key)).toEqual(['repair:r1', 'repair:r2', 'break:b0']);
  });

  it('puts a suspicious break at the end of the block before it', () => {
    const stop = buildReviewStops(article).find((candidate) => candidate.kind === 'break');
    expect(stop?.position).toEqual({ blockIndex: 0, offset: article.blocks[0]!.text.length, rank: 1 });
  });

  it('clamps a repair offset that runs past its block', () => {
    const long = makeArticle(['短'], [{ id: 'r', blockId: 'b0', offset: 40, reason: 'x' }]);
    expect(buildReviewStops(long)[0]?.position.offset).toBe(1);
  });
});

describe('review cursor', () => {
  const stops = buildReviewStops(article);

  it('starts at the first pending repair, skipping accepted ones', () => {
    const accepted = makeArticle(
      article.blocks.map((block) => block.text),
      [
        { id: 'r1', blockId: 'b0', offset: 3, reason: 'x' },
        { id: 'r2', blockId: 'b0', offset: 9, reason: 'x' },
      ],
    );
    accepted.repairs[0]!.state = 'accepted';
    const accStops = buildReviewStops(accepted);
    expect(stopAtCursor(accStops, firstCursor(accStops))?.key).toBe('repair:r2');
  });

  it('moves past a stop, then back to it', () => {
    const first = stopAtCursor(stops, firstCursor(stops))!;
    const afterFirst = cursorAfter(first);
    const second = stopAtCursor(stops, afterFirst)!;
    expect(second.key).toBe('repair:r2');
    expect(stopAtCursor(stops, cursorBefore(stops, second, afterFirst))?.key).toBe('repair:r1');
  });

  it('runs off the end, and ← returns to the last stop', () => {
    const last = stops[stops.length - 1]!;
    const end = cursorAfter(last);
    expect(stopAtCursor(stops, end)).toBeNull();
    expect(stopAtCursor(stops, cursorBefore(stops, null, end))?.key).toBe(last.key);
  });

  it('after a repair is split again, moves on to the next stop, not to the new break at the same spot', () => {
    const before = stopAtCursor(stops, firstCursor(stops))!;
    // undoRepair r1: block b0 splits at offset 3; r2 moves into the new block at offset 6.
    const split = makeArticle(
      ['第一段', '有两处接续的断行中间', '没有句末的段落', ['subhead', '小标题'], '最后一段。'],
      [{ id: 'r2', blockId: 'b1', offset: 6, reason: 'x' }],
    );
    const next = stopAtCursor(buildReviewStops(split), cursorAfter(before));
    expect(next?.key).toBe('repair:r2');
  });
});
