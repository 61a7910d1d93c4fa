import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { ExportDialogPage } from './pages/ExportDialogPage';
import { seedIssue } from './pages/seedIssue';

test('Ctrl/Cmd+E exports the issue into the chosen folder, asking before overwriting', async ({
  page,
  bridge,
}) => {
  const issue = await seedIssue(bridge.api);
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-export-'));
  const desk = new DeskPage(page);
  const exporter = new ExportDialogPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}`);

  await desk.press('ControlOrMeta+e');
  await expect(exporter.dialog).toBeVisible();
  await expect(exporter.run).toBeDisabled(); // no folder yet
  await exporter.format().selectOption('md');
  // The cleanup rules show how many changes each would make, and one article before / after.
  await expect(exporter.rule('fullwidthPunctuation')).toContainText(/\d+ change/);
  await expect(exporter.sample).toBeVisible();

  await bridge.answerDialogs({ chooseExportFolder: folder });
  await exporter.chooseFolder.click();
  await expect(exporter.dialog).toContainText(folder);
  await expect(exporter.files).toContainText(`${issue.articles.length} files will be written`);
  await exporter.run.click();
  await expect(exporter.report).toContainText(`Wrote ${issue.articles.length} files`);
  const written = (await readdir(folder)).filter((name) => name.endsWith('.md'));
  expect(written).toHaveLength(issue.articles.length);

  // The same export again: every file exists, so the dialog asks first.
  await expect(exporter.files).toContainText(`${issue.articles.length} files exist already`);
  await exporter.run.click();
  await expect(exporter.confirm).toBeVisible();
  await exporter.overwrite.click();
  await expect(exporter.report).toContainText(`Wrote ${issue.articles.length} files`);
  expect((await readdir(folder)).filter((name) => name.endsWith('.md'))).toHaveLength(issue.articles.length);
});
