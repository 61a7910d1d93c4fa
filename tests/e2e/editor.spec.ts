import { test, expect, fixturePath } from './fixtures';
import { EditorPage } from './pages/EditorPage';

test.beforeEach(async ({ bridge }) => {
  const report = await bridge.api.importPaths([fixturePath('tongzhou-2026-issue.txt')]);
  expect(report.ok && report.value.results[0]?.outcome).toBe('imported');
});

test('review walks the repairs: Enter accepts, Backspace splits again and it stays split', async ({
  page,
  bridge,
}) => {
  const editor = new EditorPage(page);
  await editor.open(bridge.url);
  const repairs = await editor.markers.count();
  expect(repairs).toBeGreaterThan(1);
  const blocksBefore = await editor.blocks.count();

  await editor.pressCommand('r');
  await expect(editor.reviewBar).toBeVisible();
  await expect(editor.reviewCounter).toHaveText(/^1 \/ \d+$/);
  await expect(page.getByTestId('review-reason')).not.toBeEmpty();
  const first = editor.markers.first();
  await expect(first).toHaveAttribute('data-current', 'true');

  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('data-state', 'accepted');
  await expect(editor.reviewCounter).toHaveText(/^2 \/ \d+$/);

  const second = page.locator('[data-testid="repair-marker"][data-current="true"]');
  const undoneId = await second.getAttribute('data-repair-id');
  await page.keyboard.press('Backspace');
  await expect(editor.blocks).toHaveCount(blocksBefore + 1);
  await expect(page.locator(`[data-repair-id="${undoneId}"]`)).toHaveCount(0);

  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await editor.openArticle(1);
  await expect(editor.blocks).toHaveCount(blocksBefore + 1);
  await expect(editor.markers).toHaveCount(repairs - 1);
});

test('Enter in the middle of a paragraph splits it; Delete at its end joins it back', async ({
  page,
  bridge,
}) => {
  const editor = new EditorPage(page);
  await editor.open(bridge.url);
  const count = await editor.blocks.count();
  const original = await editor.textOf(0);
  const at = original.indexOf('。') + 1; // between two sentences, in the middle of the paragraph
  expect(at).toBeGreaterThan(0);
  expect(at).toBeLessThan(original.length);

  await editor.caretAt(0, at);
  await page.keyboard.press('Enter');
  await expect(editor.blocks).toHaveCount(count + 1);
  await expect(editor.blockText(0)).toHaveText(original.slice(0, at));
  await expect(editor.blockText(1)).toHaveText(original.slice(at));
  // The caret follows into the new paragraph, ready to type.
  await expect(editor.blockText(1)).toBeFocused();

  await editor.caretAt(0, at);
  await page.keyboard.press('Delete');
  await expect(editor.blocks).toHaveCount(count);
  await expect(editor.blockText(0)).toHaveText(original);
});

test('H promotes the focused line to headline; the old headline goes back into the body', async ({
  page,
  bridge,
}) => {
  const editor = new EditorPage(page);
  await editor.open(bridge.url);
  const count = await editor.blocks.count();
  const line = await editor.textOf(1);
  const oldHeadline = await editor.headline.inputValue();

  await editor.caretAt(1, 0);
  await page.keyboard.press('Escape'); // leave the text; the block stays selected
  await expect(editor.block(1)).toBeFocused();
  await editor.pressCommand('h');
  await expect(editor.headline).toHaveValue(line);
  await expect(editor.blocks).toHaveCount(count);
  await expect(editor.block(1)).toHaveAttribute('data-kind', 'subhead');
  await expect(editor.blockText(1)).toHaveText(oldHeadline);
});

test("a block's kind changes from its margin label", async ({ page, bridge }) => {
  const editor = new EditorPage(page);
  await editor.open(bridge.url);
  await editor.block(2).getByTestId('block-kind').selectOption('subhead');
  await expect(editor.block(2)).toHaveAttribute('data-kind', 'subhead');
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await editor.openArticle(1);
  await expect(editor.block(2)).toHaveAttribute('data-kind', 'subhead');
});

test('pasting two lines into a paragraph makes two paragraphs, undone in one step', async ({
  page,
  bridge,
}) => {
  const editor = new EditorPage(page);
  await editor.open(bridge.url);
  const count = await editor.blocks.count();
  const original = await editor.textOf(0);

  await editor.pasteInto(0, 5, '第一行粘贴\n第二行粘贴');
  await expect(editor.blocks).toHaveCount(count + 1);
  await expect(editor.blockText(0)).toHaveText(`${original.slice(0, 5)}第一行粘贴`);
  await expect(editor.blockText(1)).toHaveText(`第二行粘贴${original.slice(5)}`);

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(editor.blocks).toHaveCount(count);
  await expect(editor.blockText(0)).toHaveText(original);
});

test('find lists hits across the issue and replace all changes every article in one undo step', async ({
  page,
  bridge,
}) => {
  const editor = new EditorPage(page);
  await editor.open(bridge.url);
  const openId = await page.getByTestId('article-pane').getAttribute('data-article-id');
  await page.keyboard.press('Control+h');
  await expect(editor.find).toBeVisible();
  await editor.find.getByTestId('find-input').fill('副中心');
  await expect(editor.find.getByTestId('find-count')).toHaveText(/\d+ matches in [2-9] articles/);
  const hits = editor.find.getByTestId('find-hit');
  const total = await hits.count();

  // Jump to a hit in another article: the pane opens it.
  const elsewhere = hits.and(page.locator(`:not([data-article-id="${openId}"])`)).first();
  const otherId = await elsewhere.getAttribute('data-article-id');
  await elsewhere.getByRole('button').first().click();
  await expect(page.getByTestId('article-pane')).toHaveAttribute('data-article-id', otherId ?? '');

  await editor.find.getByTestId('replace-input').fill('城市副中心区');
  await editor.find.getByTestId('replace-all').click();
  await expect(editor.find.getByTestId('find-count')).toHaveText(`Replaced ${total} matches.`);
  await editor.find.getByTestId('find-input').fill('城市副中心区');
  await expect(hits).toHaveCount(total);

  // One undo step takes every replacement back.
  await page.keyboard.press('Escape');
  await expect(editor.find).toBeHidden();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+h');
  await editor.find.getByTestId('find-input').fill('城市副中心区');
  await expect(editor.find.getByTestId('find-count')).toHaveText('No matches in this issue.');
});

test('the diff shows an edit against the original, and revert restores it', async ({ page, bridge }) => {
  const editor = new EditorPage(page);
  await editor.open(bridge.url);
  const original = await editor.textOf(0);
  const repairs = await editor.markers.count();

  await editor.caretAt(0, 2);
  await page.keyboard.type('XYZ');
  await page.keyboard.press('Escape');
  await editor.pressCommand('d');
  await expect(editor.diff).toBeVisible();
  await expect(editor.diff.getByTestId('diff-ins').first()).toHaveText('XYZ');

  await editor.diff.getByTestId('revert-button').click();
  await editor.diff.getByTestId('revert-confirm-button').click();
  await expect(editor.diff).toBeHidden();
  await expect(editor.blockText(0)).toHaveText(original);
  await expect(editor.markers).toHaveCount(repairs);
});

test('Ctrl+Z while typing undoes the typing in the field; the issue-level undo never brings it back', async ({
  page,
  bridge,
}) => {
  const editor = new EditorPage(page);
  await editor.open(bridge.url);
  const first = await editor.textOf(0);
  const second = await editor.textOf(1);
  const stored = async (): Promise<string[]> => {
    const issues = await bridge.api.listIssues();
    if (!issues.ok) throw new Error(issues.error.message);
    const issue = await bridge.api.getIssue(issues.value[0]!.id);
    if (!issue.ok) throw new Error(issue.error.message);
    return issue.value.articles[0]!.blocks.slice(0, 2).map((block) => block.text);
  };

  // A saved edit in the second paragraph, the step an issue-level undo should take back.
  await editor.caretAt(1, second.length);
  await page.keyboard.type('甲乙');
  await page.keyboard.press('Escape');
  await expect.poll(stored).toEqual([first, `${second}甲乙`]);

  // Typing in the first paragraph, undone at once, before the idle save: the field's own undo.
  await editor.caretAt(0, first.length);
  await page.keyboard.type('abc'); // key by key: one typing step for the field's own undo
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.blockText(0)).toHaveText(first);
  await expect(editor.blockText(1)).toHaveText(`${second}甲乙`);
  // The field's text is back to what is saved: the next Ctrl+Z is the issue's.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(editor.blockText(1)).toHaveText(second);
  await expect(editor.blockText(0)).toHaveText(first);
  await page.keyboard.press('Escape');
  await expect.poll(stored).toEqual([first, second]);

  // Nothing typed comes back with a further undo, and a reload shows what the screen showed.
  await page.keyboard.press('ControlOrMeta+z');
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await editor.openArticle(1);
  await expect(editor.blockText(0)).toHaveText(first);
  await expect(editor.blockText(1)).toHaveText(second);
  expect(await stored()).toEqual([first, second]);

  // Redo brings back the saved edit only, never the typing undone in the field.
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(editor.blockText(1)).toHaveText(`${second}甲乙`);
  await expect(editor.blockText(0)).toHaveText(first);
});

test('review keeps the current stop in the middle of the text below the opaque toolbar and review bar', async ({
  page,
  bridge,
}) => {
  await page.setViewportSize({ width: 1200, height: 640 });
  const editor = new EditorPage(page);
  await editor.open(bridge.url);
  await editor.pressCommand('r');
  await expect(editor.reviewBar).toBeVisible();
  const total = Number((await editor.reviewCounter.textContent())?.split('/')[1]);
  for (let place = 1; place <= total; place += 1) {
    await expect(editor.reviewCounter).toHaveText(`${place} / ${total}`);
    const current = page.locator('[data-testid="repair-marker"][data-current="true"]');
    await expect(current).toBeVisible();
    const chrome = await editor.chrome.boundingBox();
    const body = await page.locator('.article-body').boundingBox();
    const stop = await current.boundingBox();
    if (!chrome || !body || !stop) throw new Error('no layout');
    // Below the toolbar and the review bar, and not at the very edge: lines on both sides show.
    expect(stop.y).toBeGreaterThan(chrome.y + chrome.height + 40);
    expect(stop.y + stop.height).toBeLessThan(body.y + body.height - 40);
    await page.keyboard.press('ArrowRight');
  }
  // The sticky top is opaque: no body text shows through behind the toolbar.
  const background = await editor.chrome.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toMatch(/^rgb\(/);
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('review names the rule behind a join in Chinese', async ({ page, bridge }) => {
    const editor = new EditorPage(page);
    await editor.open(bridge.url);
    await editor.pressCommand('r');
    await expect(editor.reviewBar).toBeVisible();
    const reason = page.getByTestId('review-reason');
    await expect(reason).not.toBeEmpty();
    await expect(reason).not.toHaveText(/[A-Za-z]/);
    await expect(editor.markers.first()).toHaveAttribute('title', /^[^A-Za-z]+$/);
  });
});
