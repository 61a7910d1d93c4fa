import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * `npm run lint:deps` (scripts/lintDeps.mjs with .dependency-cruiser.cjs) run on a tiny project in a
 * temp folder laid out like this one: each case writes a few files and checks the verdict, so the
 * rules are shown to refuse the arrows docs/architecture.md forbids, not just to pass today's code.
 */
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
let project: string;

beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'copydesk-deps-'));
  await copyFile(join(repo, '.dependency-cruiser.cjs'), join(project, '.dependency-cruiser.cjs'));
  await copyFile(join(repo, 'tsconfig.base.json'), join(project, 'tsconfig.base.json'));
  await symlink(join(repo, 'node_modules'), join(project, 'node_modules'), 'junction');
  await write('preload/api.ts', 'export type Id = string;\n');
  await write('main/fs/writeFileAtomic.ts', "export const writeFileAtomic = 'atomic';\n");
  await write('main/store/storeDir.ts', "export const storeDir = 'dir';\n");
  await write('main/store/LibraryStore.ts', "export const store = 'store';\n");
});
afterEach(() => rm(project, { recursive: true, force: true }));

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(project, path)), { recursive: true });
  await writeFile(join(project, path), text);
}

function lintDeps(): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(repo, 'scripts/lintDeps.mjs')], {
    cwd: project,
    encoding: 'utf8',
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the dependency check (npm run lint:deps)', () => {
  it('passes the allowed arrows', async () => {
    await write(
      'main/store/IssueRepository.ts',
      "import { writeFileAtomic } from '../fs/writeFileAtomic';\nimport type { Id } from '../../preload/api';\nexport const x: Id = writeFileAtomic;\n",
    );
    await write(
      'main/cli/listCommand.ts',
      "import { storeDir } from '../store/storeDir';\nexport const y = storeDir;\n",
    );
    await write('main/glue/app.ts', "import { app } from 'electron';\nexport const z = app;\n");
    await write(
      'common/segment/codes.ts',
      "export type Code = 'a' | 'b';\nexport const CODES = ['a', 'b'];\n",
    );
    await write(
      'preload/api.ts',
      "export type Id = string;\nexport type { Code } from '../common/segment/codes';\n",
    );
    const run = lintDeps();
    expect(run.output).toContain('no dependency violations');
    expect(run.code).toBe(0);
  });

  it.each([
    [
      'a domain module importing electron',
      'main/store/bad.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    ],
    [
      'the CLI going round the api into the store',
      'main/cli/bad.ts',
      "import { store } from '../store/LibraryStore';\nexport const a = store;\n",
    ],
    [
      'the renderer importing main',
      'renderer/src/bad.ts',
      "import { store } from '../../main/store/LibraryStore';\nexport const a = store;\n",
    ],
    [
      'common importing main',
      'common/text/bad.ts',
      "import { writeFileAtomic } from '../../main/fs/writeFileAtomic';\nexport const a = writeFileAtomic;\n",
    ],
    [
      'the store importing the api',
      'main/store/bad.ts',
      "import { api } from '../api';\nexport const a = api;\n",
    ],
    [
      'the contract importing code (not just a type) from common',
      'preload/api.ts',
      "import { CODES } from '../common/segment/codes';\nexport const codes = CODES;\n",
    ],
  ])('fails on %s', async (_case, path, text) => {
    await write('main/api.ts', "export const api = 'api';\n");
    await write(
      'common/segment/codes.ts',
      "export type Code = 'a' | 'b';\nexport const CODES = ['a', 'b'];\n",
    );
    await write(path, text);
    const run = lintDeps();
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(path);
    expect(run.output).toContain('not-in-allowed');
  });
});
