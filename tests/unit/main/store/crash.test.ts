import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openLibrary } from '../../../../main/store/openLibrary';
import { issueIdFor } from '../../../../main/store/buildIssueDoc';
import { tempDir } from '../../../support/tempDir';
import { makeIssue } from '../../../support/makeIssue';
import { bundleScript } from '../../../support/bundleScript';

const KILLS = 50;
let writer = '';
beforeAll(async () => {
  writer = await bundleScript(join(import.meta.dirname, '../../../support/crashWriter.ts'));
});

/** Runs the writer until it has reported `saves` changes, SIGKILLs it, returns what it reported. */
function runAndKill(dir: string, start: number, saves: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, String(start)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      lines.push(line);
      if (lines.length === saves) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(lines) : reject(new Error(`writer exited on its own: ${stderr}`)),
    );
  });
}

describe('crash safety', () => {
  it(
    `keeps every reported save through ${KILLS} SIGKILLs at random moments`,
    { timeout: 300_000 },
    async () => {
      const dir = await tempDir();
      const crashId = issueIdFor(makeIssue('crash', 30, 4).source.sha256);
      const imported = new Set<string>();
      const tags = new Map<string, Set<string>>();
      const headlines = new Map<string, number>();
      try {
        for (let run = 0; run < KILLS; run += 1) {
          const lines = await runAndKill(dir.path, run * 10_000 + 1, 1 + Math.floor(Math.random() * 12));
          for (const line of lines) {
            const [kind, a, b] = line.split(' ') as [string, string, string];
            if (kind === 'imported') imported.add(a);
            if (kind === 'tag') tags.set(a, (tags.get(a) ?? new Set()).add(b));
            if (kind === 'headline') headlines.set(a, Number(b));
          }
          const library = await openLibrary(dir.path);
          const listed = new Set((await library.listIssues()).map((issue) => issue.id));
          for (const id of imported)
            expect(listed.has(id), `imported issue ${id} after run ${run}`).toBe(true);
          const view = await library.getIssue(crashId);
          for (const article of view.articles) {
            for (const tag of tags.get(article.id) ?? []) expect(article.tags, `run ${run}`).toContain(tag);
            const reported = headlines.get(article.id);
            if (reported !== undefined)
              expect(Number(article.headline?.slice(2))).toBeGreaterThanOrEqual(reported);
          }
          await library.close();
        }
        const leftovers = (await readdir(join(dir.path, 'issues'))).filter((name) => name.endsWith('.tmp'));
        expect(leftovers).toEqual([]);
      } finally {
        await dir.cleanup();
      }
    },
  );
});
