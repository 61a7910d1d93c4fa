/**
 * The start scorer's "story above" (startScorer.ts: wordsAbove, belowSharesAbove): the current story's
 * last blocks other than furniture, latest first, until they hold START_ABOVE_WINDOW characters (the
 * block that reaches it included), and the open paragraph's tail. Read once per candidate, that
 * window (some 1,500 to 3,000 characters) was scanned pair by pair at every candidate, the scorer's
 * largest cost. Here each block's pairs are hashed once, as the story grows: a table keeps for each
 * pair key the latest block it stands in. Since the window is every block from some index on (furniture
 * aside), a key stands in the window's blocks exactly when its latest block is at or after that index.
 * Only the tail, which grows line by line, is still scanned per candidate.
 * The blocks of the builder's current article are only ever appended (IssueBuilder.place), and the
 * window's first block only moves forward as they are, so blocks before it are never hashed.
 * Held to the rescanned window by a property test (tests/unit/main/segment/storyPairs.property.test.ts).
 */
import type { SegmentedArticle } from '../../../../preload/api';
import type { IssueBuilder } from '../../builder';
import { HanPairRun } from '../../text';
import { START_ABOVE_WINDOW } from '../../thresholds';
import { PairKeySet } from './pairKeySet';

/**
 * Keys kept past which the table is rebuilt from the window's blocks alone: a story that runs on for
 * megabytes (a file the rules never cut) would otherwise keep every pair it ever met.
 */
const REBUILD_AT = 1 << 16;

/** One builder's current story, its blocks' pairs hashed (see the header). */
export class StoryPairs {
  private article: SegmentedArticle | null = null;
  /** Blocks of the article looked at so far (the later ones are hashed when a candidate asks). */
  private synced = 0;
  /** The first block hashed since the table was emptied (every block from it to `synced` is in it). */
  private from = 0;
  /** Pair key → the latest block (index in the article) it stands in. */
  private readonly latest = new PairKeySet();
  /** The pair keys of the block at hand (hanPairKeys without an array per text). */
  private readonly run = new HanPairRun();
  /**
   * The open tail's pair keys, and the tail they were read from: a candidate asks twice (the line's
   * words and the text below's) about the same tail, which may be a long paragraph's.
   */
  private readonly tailRun = new HanPairRun();
  private tailRead: string | null = null;

  /** `rebuildAt`: REBUILD_AT (a test sets a small one to reach the rebuild). */
  constructor(private readonly rebuildAt = REBUILD_AT) {}

  /**
   * How many of `words`' members stand in the story above (blocks and open tail as storyWindow reads
   * them), each once; their met marks are left set (resetMet first).
   */
  metAbove(b: IssueBuilder, words: PairKeySet): number {
    const start = this.sync(b);
    words.resetMet();
    let met = 0;
    const tail = b.openTail();
    if (tail) {
      if (tail !== this.tailRead) {
        this.tailRun.clear().append(tail);
        this.tailRead = tail;
      }
      const keys = this.tailRun.keys;
      for (let i = 0; i < this.tailRun.length; i++) if (words.meet(keys[i]!)) met++;
    }
    for (let i = 0; i < words.size; i++) {
      const key = words.member(i);
      if (this.latest.valueOf(key) >= start && words.meet(key)) met++;
    }
    return met;
  }

  /** Hashes the current article's blocks not hashed yet that the window holds; returns the window's first block. */
  private sync(b: IssueBuilder): number {
    const article = b.current;
    const blocks = article?.blocks ?? [];
    if (article !== this.article || blocks.length < this.synced) this.reset(article, 0);
    const start = windowStart(blocks);
    // Blocks below `from` may be missing from the table; rebuild when the window reaches them, or
    // when the table has grown far past what the window needs.
    if (start < this.from || (this.latest.size > this.rebuildAt && start > this.from))
      this.reset(article, start);
    for (let k = Math.max(this.synced, start); k < blocks.length; k++) {
      const block = blocks[k]!;
      if (block.kind === 'furniture') continue;
      const keys = this.run.clear().append(block.text).keys;
      for (let i = 0; i < this.run.length; i++) this.latest.put(keys[i]!, k);
    }
    if (this.synced < start) this.from = Math.max(this.from, start);
    this.synced = blocks.length;
    return start;
  }

  /** Empties the table for `article`, whose blocks from `from` on are to be hashed. */
  private reset(article: SegmentedArticle | null, from: number): void {
    this.article = article;
    this.latest.clear();
    this.synced = from;
    this.from = from;
  }
}

/**
 * The window's first block: going back from the last block, furniture skipped, the one at which the
 * blocks taken hold START_ABOVE_WINDOW characters (or the first block; `blocks.length` without any).
 */
export function windowStart(blocks: ReadonlyArray<{ kind: string; text: string }>): number {
  let kept = 0;
  let start = blocks.length;
  for (let k = blocks.length - 1; k >= 0 && kept < START_ABOVE_WINDOW; k--) {
    const block = blocks[k]!;
    if (block.kind === 'furniture') continue;
    kept += block.text.length;
    start = k;
  }
  return start;
}
