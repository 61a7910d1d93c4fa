import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { executableCli } from '../../../../electron.vite.config';

/** What writeBundle is called with: the output folder and the names of the files written. */
type WriteBundle = (options: { dir?: string }, bundle: Record<string, unknown>) => void;

describe('the build marks the copydesk command executable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-bin-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sets the execute bits on out/main/cli.js and leaves other builds alone', () => {
    const cli = join(dir, 'cli.js');
    writeFileSync(cli, '#!/usr/bin/env node\n', { mode: 0o644 });
    const writeBundle = executableCli().writeBundle as WriteBundle;
    writeBundle({ dir }, { 'index.js': {} });
    expect(statSync(cli).mode & 0o111).toBe(0);
    writeBundle({ dir }, { 'cli.js': {}, 'index.js': {} });
    expect(statSync(cli).mode & 0o111).toBe(0o111);
  });
});
