#!/usr/bin/env node
/**
 * `npm run lint:deps`: dependency-cruiser checks every import against the arrows of
 * docs/architecture.md (.dependency-cruiser.cjs). Cruises the parts that exist in the current folder
 * (common/ may be absent) and exits with dependency-cruiser's code: non-zero on any forbidden arrow.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(
  new URL('../node_modules/dependency-cruiser/bin/dependency-cruise.mjs', import.meta.url),
);
const roots = ['main', 'preload', 'renderer', 'common'].filter((root) => existsSync(root));
const run = spawnSync(
  process.execPath,
  [bin, ...roots, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
