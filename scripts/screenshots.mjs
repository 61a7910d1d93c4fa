// `npm run screenshots`: runs the e2e screenshot test with COPYDESK_SCREENSHOTS_DIR set, so the
// README's pictures (docs/screenshots/*.png) are taken from the real UI, then reports their sizes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const folder = resolve('docs/screenshots');
mkdirSync(folder, { recursive: true });
const run = spawnSync(
  'npx',
  [
    'playwright',
    'test',
    '--config',
    'tests/e2e/playwright.config.ts',
    'tests/e2e/screenshots.spec.ts',
    '-g',
    'README screenshots',
  ],
  { stdio: 'inherit', env: { ...process.env, COPYDESK_SCREENSHOTS_DIR: folder } },
);
if (run.status !== 0) process.exit(run.status ?? 1);
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.png'))
  .sort()) {
  console.log(
    `${join('docs/screenshots', name)}  ${Math.round(statSync(join(folder, name)).size / 1024)} KB`,
  );
}
