import { test, expect } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { EditorPage } from './pages/EditorPage';
import { seedIssue } from './pages/seedIssue';

test('item 4: a block becomes the kicker and back, a crosshead and back, from the palette, undoable; a merge says where the second title went and undo restores both', async ({
  page,
  bridge,
}) => {
  const issue = await seedIssue(bridge.api);
  const desk = new DeskPage(page);
  const editor = new EditorPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}/article/${issue.articles[0]!.id}`);
  const kicker = page.getByTestId('kicker-input');
  const oldKicker = await kicker.inputValue();
  const count = await editor.blocks.count();
  const line = await editor.textOf(1);

  const run = async (command: string) => {
    await desk.openPalette();
    await desk.paletteOption(command).click();
    await expect(desk.palette).toBeHidden();
  };

  await editor.caretAt(1, 0);
  await run('editor.roleKicker');
  await expect(kicker).toHaveValue(line);
  await expect(editor.blocks).toHaveCount(count - (oldKicker ? 0 : 1));

  await kicker.click();
  await run('editor.roleBody');
  await expect(kicker).toHaveValue('');
  await expect(editor.blockText(0)).toHaveText(line);
  await expect(editor.block(0)).toHaveAttribute('data-kind', 'paragraph');

  await editor.caretAt(0, 0);
  await run('editor.roleCrosshead');
  await expect(editor.block(0)).toHaveAttribute('data-kind', 'subhead');
  await desk.press('ControlOrMeta+z');
  await expect(editor.block(0)).toHaveAttribute('data-kind', 'paragraph');
  await desk.press('ControlOrMeta+z');
  await expect(kicker).toHaveValue(line);
  await desk.press('ControlOrMeta+z');
  await expect(kicker).toHaveValue(oldKicker);
  await expect(editor.blockText(1)).toHaveText(line);

  // Merge the second article into the first: the editor says its headline became a crosshead.
  const second = issue.articles[1]!;
  await desk.issue.rowById(second.id).click();
  await expect(desk.issue.articlePane).toHaveAttribute('data-article-id', second.id);
  await page.getByTestId('toolbar-merge').click();
  await expect(desk.issue.articlePane).toHaveAttribute('data-article-id', issue.articles[0]!.id);
  await expect(editor.notice).toContainText(second.headline!);
  await expect(editor.notice).toContainText('crosshead');
  await expect(
    editor.blocks.filter({ hasText: second.headline! }).and(page.locator('[data-kind="subhead"]')),
  ).toHaveCount(1);
  await expect(desk.issue.rows).toHaveCount(issue.articles.length - 1);

  await desk.press('ControlOrMeta+z');
  await expect(desk.issue.rows).toHaveCount(issue.articles.length);
  await expect(desk.issue.rowById(second.id)).toContainText(second.headline!);
});
