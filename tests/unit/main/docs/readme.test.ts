import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(resolve('README.md'), 'utf8');
/** Markdown links and images: `[text](target)` and `![alt](target)`. */
const targets = [...readme.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
const local = targets.filter((target) => !/^[a-z]+:/i.test(target) && !target.startsWith('#'));

describe('item 13: the README links to files that exist and shows the desk', () => {
  it.each(local)('%s exists', (target) => {
    expect(existsSync(resolve(target.split('#')[0]!))).toBe(true);
  });

  it('shows screenshots of the list, review, the diff and the export preview, as small PNGs', () => {
    for (const name of ['list', 'review', 'diff', 'export-preview']) {
      const path = `docs/screenshots/${name}.png`;
      expect(local).toContain(path);
      const bytes = readFileSync(resolve(path));
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(statSync(resolve(path)).size).toBeLessThan(400 * 1024);
    }
  });

  it('names the files and folders it mentions in backticks as they are', () => {
    const paths = [
      ...readme.matchAll(/`((?:bench|build|docs|main|preload|renderer|scripts|tests)\/[^`\s]*)`/g),
    ];
    expect(paths.length).toBeGreaterThan(0);
    for (const [, path] of paths) expect(existsSync(resolve(path!)), path).toBe(true);
  });
});
