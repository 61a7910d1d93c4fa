import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLibrary } from '../../main/store/openLibrary';
import type { Library } from '../../main/store/Library';
import { tempDir } from '../support/tempDir';
import { makeIssue } from '../support/makeIssue';

/** Item 1: tags named like Object.prototype members must be counted, saved and read back like any other. */
let dir: { path: string; cleanup: () => Promise<void> };
let library: Library;
let issueId: string;

beforeAll(async () => {
  dir = await tempDir();
  library = await openLibrary(dir.path);
  issueId = (await library.importIssue(makeIssue('tags', 2), [])).issueId!;
});
afterAll(async () => {
  await library.close().catch(() => undefined);
  await dir.cleanup();
});

async function tagAndReopen(tags: string[]): Promise<Record<string, number>> {
  const view = await library.getIssue(issueId);
  const articleIds = view.articles.map((a) => a.id);
  const current = [...new Set(view.articles.flatMap((a) => a.tags))].filter((t) => !tags.includes(t));
  await library.applyEdit(issueId, view.revision, {
    type: 'tagArticles',
    articleIds,
    add: tags,
    remove: current,
  });
  await library.close();
  library = await openLibrary(dir.path);
  expect(library.notices).toEqual([]);
  const [summary] = await library.listIssues();
  return summary!.tagCounts;
}

describe('item 1: tag names that are Object.prototype members', () => {
  it('counts __proto__, constructor and toString and keeps library.json readable', async () => {
    const counts = await tagAndReopen(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(Object.entries(counts).sort()).toEqual([
      ['__proto__', 2],
      ['constructor', 2],
      ['hasOwnProperty', 2],
      ['toString', 2],
    ]);
    const index = JSON.parse(await readFile(join(dir.path, 'library.json'), 'utf8'));
    expect(index.issues[0].tagCounts.constructor).toBe(2);
  });

  it('property: any set of tag strings is counted exactly and survives a reopen', async () => {
    const tag = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', '__defineGetter__', 'prototype'),
      // Tags are trimmed when added, so the generated ones are too.
      fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim() === t && t !== ''),
    );
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(tag, { minLength: 1, maxLength: 6 }), async (tags) => {
        const counts = await tagAndReopen(tags);
        expect(Object.keys(counts).sort()).toEqual([...tags].sort());
        for (const t of tags) expect(Object.getOwnPropertyDescriptor(counts, t)?.value).toBe(2);
      }),
      { numRuns: 25 },
    );
  });
});
