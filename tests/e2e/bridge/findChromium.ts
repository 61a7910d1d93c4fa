import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags Chromium needs on these machines: root (no sandbox), no GPU, and no calls home on a closed network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * The browser the end-to-end tests drive: Playwright's own Chromium where `npx playwright install`
 * put one, else Debian's /usr/bin/chromium, else one clear line saying how to get either.
 */
export function findChromium(): string {
  const candidates = [
    safely(() => chromium.executablePath()),
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
  ];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error(
      'No Chromium for the end-to-end tests: install one with `apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`.',
    );
  }
  return found;
}

function safely(get: () => string): string | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
