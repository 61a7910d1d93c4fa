import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDocx } from '../../../../main/export/format/formatDocx';
import { documentsOf } from './support/exportDocument';
import { fixtureText, issueFromText } from './support/issueFromText';

/** LibreOffice and poppler's pdftotext, or why the test cannot run here. */
function missingTools(): string | null {
  for (const tool of ['soffice', 'pdftotext']) {
    if (spawnSync(tool, ['--version'], { stdio: 'ignore' }).error)
      return `${tool} is not installed (apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils)`;
  }
  return null;
}
const missing = missingTools();
if (missing) console.log(`docx headline layout test skipped: ${missing}`);

interface LineBox {
  page: number;
  yMin: number;
  yMax: number;
  xMin: number;
  xMax: number;
  text: string;
}

/** The text lines of a PDF with their boxes, as `pdftotext -bbox-layout` lays them out. */
function lineBoxes(html: string): LineBox[] {
  const lines: LineBox[] = [];
  html
    .split(/<page\b/)
    .slice(1)
    .forEach((page, index) => {
      for (const [, attributes = '', inner = ''] of page.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
        const number = (name: string) => Number(attributes.match(new RegExp(`${name}="([\\d.]+)"`))?.[1]);
        const text = [...inner.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((word) => word[1]).join(' ');
        lines.push({
          page: index,
          yMin: number('yMin'),
          yMax: number('yMax'),
          xMin: number('xMin'),
          xMax: number('xMax'),
          text,
        });
      }
    });
  return lines;
}

const LONG_HEADLINE =
  '通州区召开2025年度街道、乡镇和系统党（工）委书记抓基层党建述职评议会，以党建实效赋能副中心高质量发展提质增效，推动城市副中心建设再上新台阶';

describe.skipIf(missing !== null)('a DOCX headline over several lines, laid out by LibreOffice', () => {
  let dir: string;
  let lines: LineBox[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'copydesk-docx-layout-'));
    const issue = issueFromText('tz', fixtureText(), {});
    const [first] = documentsOf(issue, 'article');
    const article = first!.articles[0]!;
    const document = {
      ...first!,
      articles: [{ ...article, article: { ...article.article, kicker: '本报讯', headline: LONG_HEADLINE } }],
    };
    await writeFile(join(dir, 'long.docx'), await formatDocx(document));
    // A private LibreOffice profile, so a running office or another test does not lock this one out.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'long.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    execFileSync('pdftotext', ['-bbox-layout', join(dir, 'long.pdf'), join(dir, 'long.html')]);
    lines = lineBoxes(await readFile(join(dir, 'long.html'), 'utf8'));
  }, 180_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('sets the headline on more than one line', () => {
    const headlineLines = lines.filter((line) => LONG_HEADLINE.includes(line.text.replace(/\s/g, '')));
    expect(headlineLines.length).toBeGreaterThan(1);
  });

  it('lets no two text lines overlap vertically', () => {
    expect(lines.length).toBeGreaterThan(3);
    const overlaps: string[] = [];
    for (const [i, a] of lines.entries()) {
      for (const b of lines.slice(i + 1)) {
        const sameRow = a.page === b.page && a.xMin < b.xMax && b.xMin < a.xMax;
        // Half a point of tolerance for rounding in the PDF's glyph boxes.
        if (sameRow && a.yMin < b.yMax - 0.5 && b.yMin < a.yMax - 0.5)
          overlaps.push(`“${a.text}” / “${b.text}”`);
      }
    }
    expect(overlaps).toEqual([]);
  });
});
