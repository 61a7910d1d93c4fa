import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { ExportDialogPage } from './pages/ExportDialogPage';

/** A small issue written for this test: a dateline with a fullwidth space, times, an address, English. */
const ISSUE = [
  '示范日报 2026年1月5日',
  '',
  '全区部署新年植树计划',
  '',
  '新华社北京1月5日电\u3000记者王明报道：全区工作会议定于上午8：00开始.会议材料见http：//www．example．com网站，来信请寄news＠example．cn。',
  '',
  '主持人说"Hello, world!"然后宣布开会.会议指出\u3000要坚持稳中求进.',
  '',
].join('\n');

test('item 9: the export preview lists each clean-up rule with its count; one can be switched off for this export (item 8: content spaces kept)', async ({
  page,
  bridge,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-cleanup-'));
  const file = join(dir, 'sample-issue.txt');
  await writeFile(file, ISSUE);
  const report = await bridge.api.importPaths([file]);
  const issueId = report.ok ? report.value.results[0]?.issueId : undefined;
  expect(issueId).toBeTruthy();
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-cleanup-out-'));

  const desk = new DeskPage(page);
  const exporter = new ExportDialogPage(page);
  await desk.open(`${bridge.url}#/issue/${issueId}`);
  await desk.press('ControlOrMeta+e');
  await expect(exporter.dialog).toBeVisible();
  await exporter.dialog.locator('input[name="export-scope"]').nth(2).check(); // the whole issue
  await expect(exporter.rule('chineseFullStop')).toContainText(/[1-9]\d* change/);
  await expect(exporter.rule('halfwidthTechnical')).toContainText(/[1-9]\d* change/);

  await exporter.rule('halfwidthTechnical').getByRole('checkbox').uncheck();
  await exporter.format().selectOption('txt');
  await exporter.dialog.getByRole('radio', { name: /one file per issue/i }).check();
  await bridge.answerDialogs({ chooseExportFolder: folder });
  await exporter.chooseFolder.click();
  await exporter.run.click();
  await expect(exporter.report).toContainText('Wrote 1 file');
  const [name] = (await readdir(folder)).filter((n) => n.endsWith('.txt'));
  const text = await readFile(join(folder, name!), 'utf8');

  expect(text).toContain('新华社北京1月5日电\u3000记者王明报道'); // item 8: the dateline's space stays
  expect(text).toContain('会议指出\u3000要坚持'); // …and a fullwidth space inside a paragraph
  expect(text).toContain('“Hello, world!”'); // English quoted in Chinese keeps its marks
  expect(text).toContain('8：00开始。会议材料'); // halfwidthTechnical off for this export; 。 on
  expect(text).toContain('然后宣布开会。');
  expect(text).toContain('http：//www．example．com');
});
