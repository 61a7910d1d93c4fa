/**
 * UI responsiveness on an issue of about 1,000 articles, in Chromium against the real api through the
 * e2e bridge (build first: npx electron-vite build). Printed, not asserted.
 * - open → list painted: from the click on the issue in the library to the first frame painted after
 *   the article list's rows are in the DOM (includes fetching the issue over the bridge);
 * - key → paint: from a key press in a body block (the keydown event's timestamp) to the next frame
 *   painted after it.
 * - accept all / undo (issue 12): from the click confirming "accept all" of one reason in the whole
 *   issue to the list painted with no pending flag, and from Ctrl+Z to the flags painted again.
 * Aims: open under 500 ms, key under 16 ms (median; p95 printed beside), accept all and undo under 1 s.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startBridge } from '../tests/e2e/bridge/startBridge';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/bridge/findChromium';

const OPEN_RUNS = 21;
const KEY_PRESSES = 80;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

const report = (name: string, values: number[], aim: number) =>
  console.log(
    `${name}: median ${quantile(values, 0.5).toFixed(1)} ms, p95 ${quantile(values, 0.95).toFixed(1)} ms ` +
      `(n=${values.length}; aim: median under ${aim} ms)`,
  );

/** The Tongzhou fixture (7 articles) repeated until the issue holds about `articles` articles. */
async function generateIssue(dir: string, articles: number): Promise<string> {
  const fixture = await readFile(
    new URL('../tests/fixtures/tongzhou-2026-issue.txt', import.meta.url),
    'utf8',
  );
  const path = join(dir, 'issue-1000.txt');
  await writeFile(path, Array.from({ length: Math.ceil(articles / 7) }, () => fixture).join('\n\n'));
  return path;
}

/*
 * The in-page probes are plain JavaScript strings: tsx (esbuild with keepNames) would wrap functions
 * passed to page.evaluate in a `__name` helper that does not exist in the page.
 */

/** Clicks the issue in the library and resolves with the ms until the list's first painted frame. */
const OPEN_PROBE = `new Promise((resolve) => {
  const start = performance.now();
  document.querySelector('[data-testid="issue-row"] .issue-open').click();
  // rAF runs before the frame is painted; the task queued from it runs once it has been.
  const check = () => document.querySelector('[data-testid="article-row"]')
    ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
    : requestAnimationFrame(check);
  check();
})`;

/** Records, for every keydown in the page, the time from the event to the next painted frame. */
const KEY_PROBE = `(() => {
  window.__keyPaint = [];
  window.addEventListener('keydown', (event) =>
    requestAnimationFrame(() => setTimeout(() => window.__keyPaint.push(performance.now() - event.timeStamp))),
    { capture: true });
})()`;

/** Runs `action` in the page and resolves with the ms until `done()` holds in a painted frame. */
const UNTIL_PAINTED = (action: string, done: string) => `new Promise((resolve) => {
  const start = performance.now();
  ${action};
  const check = () => (${done})
    ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)))
    : requestAnimationFrame(check);
  check();
})`;
const NO_FLAGS = `document.querySelectorAll('[data-testid="repair-flag"]').length === 0`;

/** Accept all repairs of the one reason in the whole issue (one edit), then undo it (Ctrl+Z). */
async function measureAcceptAll(page: Page): Promise<{ accept: number; undo: number; count: string }> {
  await page.keyboard.press('Escape');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.getByTestId('toolbar-review').click();
  await page.getByTestId('bulk-scope').selectOption('issue');
  await page.getByTestId('bulk-accept').click();
  const count = (await page.getByTestId('bulk-question').getAttribute('data-count')) ?? '?';
  const accept = await page.evaluate<number>(
    UNTIL_PAINTED(`document.querySelector('[data-testid="bulk-confirm-button"]').click()`, NO_FLAGS),
  );
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const undo = await page.evaluate<number>(
    UNTIL_PAINTED(
      `window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true }))`,
      `!(${NO_FLAGS})`,
    ),
  );
  return { accept, undo, count };
}

async function measureOpen(page: Page, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < OPEN_RUNS; run += 1) {
    await page.goto(`${url}#/`);
    await page.locator('[data-app-state="ready"]').waitFor();
    await page.locator('[data-testid="issue-row"]').waitFor();
    await page.evaluate(() => window.history.replaceState(null, '', '#/'));
    times.push(await page.evaluate<number>(OPEN_PROBE));
  }
  return times;
}

async function measureKeys(page: Page): Promise<number[]> {
  const block = page.locator('[data-testid="block-text"]').first();
  await block.click();
  await page.keyboard.press('End');
  await page.evaluate(KEY_PROBE);
  for (let i = 0; i < KEY_PRESSES; i += 1) await page.keyboard.press(i % 2 ? 'Backspace' : 'x');
  await page.waitForFunction(`window.__keyPaint.length >= ${KEY_PRESSES}`);
  return page.evaluate<number[]>('window.__keyPaint');
}

/** Seeds a 1,000-article issue through the bridge, then measures opening it and typing in it. */
export async function benchUi(): Promise<void> {
  if (!existsSync('out/renderer/index.html')) {
    console.log('ui: skipped, no built renderer (run npx electron-vite build first)');
    return;
  }
  const root = await mkdtemp(join(tmpdir(), 'copydesk-uibench-'));
  const bridge = await startBridge({ storeDir: join(root, 'library'), locale: 'zh-CN' });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const imported = await bridge.api.importPaths([await generateIssue(root, 1000)]);
    if (!imported.ok) throw new Error(imported.error.message);
    console.log(`issue: ${imported.value.results[0]?.articleCount ?? '?'} articles`);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const [cold, ...warm] = await measureOpen(page, bridge.url);
    // The first open also pays for compiling the app's code; later opens are what an editor feels all day.
    console.log(`open → list painted, first (cold): ${cold?.toFixed(1)} ms`);
    report('open → list painted, later opens', warm, 500);
    report('key in a block → paint', await measureKeys(page), 16);
    const bulk = await measureAcceptAll(page);
    console.log(
      `accept all ${bulk.count} repairs of one reason → list painted: ${bulk.accept.toFixed(0)} ms; ` +
        `its undo → painted: ${bulk.undo.toFixed(0)} ms (aim: each under 1,000 ms)`,
    );
  } finally {
    await browser.close();
    await bridge.close();
    await rm(root, { recursive: true, force: true });
  }
}
