import { createHash } from 'node:crypto';
import type { SegmentedArticle, SegmentedIssue } from '../../preload/api';

/**
 * A hand-built segmented issue, as the segmenter would return it: `articles` articles of
 * `paragraphs` paragraphs each, the first paragraph of each carrying one repair. `seed` makes the
 * sha256 (and so the issue id) distinct.
 */
export function makeIssue(seed: string, articles = 3, paragraphs = 3, paragraphLength = 60): SegmentedIssue {
  const list: SegmentedArticle[] = Array.from({ length: articles }, (_, a) => ({
    kicker: a === 0 ? '本报讯' : null,
    headline: `第${a + 1}篇 标题 ${seed}`,
    subheadlines: a === 1 ? ['副题'] : [],
    byline: null,
    authors: [],
    blocks: Array.from({ length: paragraphs }, (_, p) => ({
      kind: 'paragraph' as const,
      text:
        `文章${a + 1}段落${p + 1}:` +
        '经济社会发展稳中有进。'.repeat(Math.ceil(paragraphLength / 11)).slice(0, paragraphLength),
    })),
    repairs: [{ blockIndex: 0, offset: 10, reason: 'join.midSentence' }],
  }));
  const text = JSON.stringify(list) + seed;
  return {
    schema: 'copydesk.issue/1',
    source: {
      path: `/issues/${seed}.txt`,
      sha256: createHash('sha256').update(text).digest('hex'),
      bytes: text.length,
      encoding: 'utf-8',
    },
    preamble: [{ kind: 'furniture', text: `北京日报 ${seed}` }],
    articles: list,
  };
}
