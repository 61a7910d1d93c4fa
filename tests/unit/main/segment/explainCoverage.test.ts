import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../main/decode/decodeBytes';
import type { ExplainEntry } from '../../../../main/segment/explain/sink';
import { segmentText } from '../../../../main/segment/segmentText';

const ROOT = new URL('../../../fixtures/', import.meta.url).pathname;

function textFixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? textFixtures(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
  );
}

describe('--explain coverage', () => {
  it('every non-blank line of every project fixture gets a decision naming its rule', () => {
    const files = textFixtures(ROOT);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const { text } = decodeBytes(readFileSync(file), file);
      const entries: ExplainEntry[] = [];
      segmentText(text, { explain: (e) => entries.push(e) });
      const explained = new Set(entries.map((e) => e.line));
      const missing = text
        .split('\n')
        .map((line, i) => (line.trim() !== '' && !explained.has(i + 1) ? i + 1 : 0))
        .filter((n) => n > 0);
      expect(missing, file).toEqual([]);
    }
  });

  it('a segmentation with --explain gives the same articles as one without', () => {
    const text = readFileSync(join(ROOT, 'tongzhou-2026-issue.txt'), 'utf8');
    expect(segmentText(text, { explain: () => {} })).toEqual(segmentText(text));
  });
});
