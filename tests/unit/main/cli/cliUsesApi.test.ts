import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type CopydeskBackend } from '../../../../main/api';
import { runCopydesk } from '../../../support/runCopydesk';

const fixture = fileURLToPath(new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url));
let root: string;
let store: string;
/** The app's api on the same library, holding its lock as the running app would. */
let app: CopydeskBackend;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-cli-api-'));
  store = join(root, 'store');
  const importer = await copydesk('import', '--store', store, fixture);
  expect(importer.code).toBe(0);
  app = createApi({
    storeDir: store,
    appInfo: { version: 'test', locale: 'en', platform: process.platform },
    dialogs: {
      openFiles: async () => null,
      openFolder: async () => null,
      chooseExportFolder: async () => root,
    },
    emit: () => undefined,
  });
});
afterAll(async () => {
  await app.dispose();
  await rm(root, { recursive: true, force: true });
});

const copydesk = (...args: string[]) => runCopydesk(root, ...args);

function failure<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): string {
  if (result.ok) throw new Error('expected the api to refuse');
  return result.error.message;
}

describe('the CLI runs every library operation through the app’s api', () => {
  it('list: the same issues as the app’s listIssues, read beside the app holding the lock', async () => {
    const listed = await app.methods.listIssues();
    if (!listed.ok) throw new Error(listed.error.message);
    const run = await copydesk('list', '--store', store, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(listed.value);
  });

  it('show: the app’s argument check and its message, word for word', async () => {
    const message = failure(await app.methods.getIssue('not-an-id'));
    const run = await copydesk('show', '--store', store, 'not-an-id');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`copydesk show: ${message}`);
  });

  it('export: the app’s limits on a request (a file-name pattern over 200 characters)', async () => {
    const pattern = 'x'.repeat(201);
    const folder = join(root, 'out');
    const granted = await app.methods.chooseExportFolder();
    expect(granted.ok).toBe(true);
    const message = failure(
      await app.methods.exportArticles({
        scope: { kind: 'library' },
        format: 'txt',
        per: 'issue',
        cleanup: [],
        pattern,
        folder: root,
        onExisting: 'suffix',
      }),
    );
    expect(message).toMatch(/pattern/);
    const run = await copydesk(
      'export',
      '--store',
      store,
      '--all',
      '--format',
      'txt',
      '--out',
      folder,
      '--pattern',
      pattern,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`copydesk export: ${message}`);
  });

  it('import: refused with the app’s lock error while the app holds the library', async () => {
    const run = await copydesk('import', '--store', store, fixture);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^copydesk import: The library at .* is open in another Copydesk window or command/,
    );
  });
});
