import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyOf, flatten, ownStrings } from '../../../../main/segment/ownStrings';
import { segmentText } from '../../../../main/segment/segmentText';

const FIXTURE = new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url);

describe('ownStrings (lets the decoded text go after segmentation)', () => {
  it('leaves every title, byline, author and block text as it was', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    for (const length of [text.length, 0]) {
      // `0`: copying is never worth it, so nothing changes; the fixture's length: strings are copied.
      const segmented = segmentText(text);
      const before = JSON.stringify(segmented);
      expect(segmented.articles.length).toBeGreaterThan(3);
      ownStrings(segmented, length);
      expect(JSON.stringify(segmented)).toBe(before);
    }
  });

  it('copies and flattens without changing the text', () => {
    const long = '城市建设稳步推进 第5期 本报记者 王明'.repeat(3);
    const slice = long.slice(2, 40);
    expect(copyOf(slice)).toBe(long.slice(2, 40));
    expect(copyOf('短')).toBe('短');
    const made = `${slice}, next starts ${long.slice(5, 6)}`;
    expect(flatten(made)).toBe(`${long.slice(2, 40)}, next starts 步`);
  });
});
