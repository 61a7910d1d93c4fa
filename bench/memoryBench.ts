/**
 * `npm run bench -- memory`: peak memory of importing a 50, 100 and 200 MB issue file, each in a
 * child process of its own (maxRSS), printed against the aim of at most 5× the file's size. The
 * files are generated (Chinese newspaper-like articles in UTF-8, every paragraph numbered so no
 * two are alike) in a temporary folder and removed afterwards. Each size is measured twice: the
 * import api in a child run through tsx (bench/memoryChild.ts), and the shipped command line
 * (`out/main/cli.js import`, built by `npm run build`) with only bench/peakOnExit.mjs preloaded.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MB = 1024 * 1024;
const AIM = 5;

export async function benchMemory(sizes = [50, 100, 200]): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-memory-'));
  try {
    for (const size of sizes) {
      const file = join(dir, `issue-${size}mb.txt`);
      await writeIssue(file, size * MB);
      const bytes = (await stat(file)).size;
      const line = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'bench/memoryChild.ts', file, join(dir, `store-${size}`)],
        { encoding: 'utf8', maxBuffer: 1 << 20 },
      );
      const run = JSON.parse(line.trim().split('\n').pop() ?? '{}') as {
        outcome: string;
        error?: string;
        articles?: number;
        baselineBytes: number;
        peakBytes: number;
        ms: number;
      };
      const ratio = run.peakBytes / bytes;
      const overBaseline = (run.peakBytes - run.baselineBytes) / bytes;
      console.log(
        `import ${(bytes / MB).toFixed(0).padStart(4)} MB: ${run.outcome}${run.error ? ` (${run.error})` : ''}, ` +
          `${run.articles ?? 0} articles, ${(run.ms / 1000).toFixed(1)} s, peak RSS ${(run.peakBytes / MB).toFixed(0)} MB ` +
          `= ${ratio.toFixed(2)}× the file (${overBaseline.toFixed(2)}× above the process's start) ` +
          `[aim ≤ ${AIM}×: ${ratio <= AIM ? 'met' : 'missed'}]`,
      );
      await rm(join(dir, `store-${size}`), { recursive: true, force: true });
      const cli = shippedCliPeak(file, join(dir, `cli-store-${size}`));
      if (cli) {
        const cliRatio = cli.peakBytes / bytes;
        console.log(
          `  shipped CLI (out/main/cli.js import): peak RSS ${(cli.peakBytes / MB).toFixed(0)} MB = ${cliRatio.toFixed(2)}× the file ` +
            `(${((cli.peakBytes - cli.baselineBytes) / bytes).toFixed(2)}× above its start) [aim ≤ ${AIM}×: ${cliRatio <= AIM ? 'met' : 'missed'}]`,
        );
      } else console.log('  shipped CLI: not measured (out/main/cli.js missing: run `npm run build` first)');
      await rm(join(dir, `cli-store-${size}`), { recursive: true, force: true });
      await rm(file, { force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Peak and start RSS of the built command line importing the file, or null when it is not built. */
function shippedCliPeak(file: string, store: string): { baselineBytes: number; peakBytes: number } | null {
  if (!existsSync('out/main/cli.js')) return null;
  const result = spawnSync(
    process.execPath,
    ['--import', './bench/peakOnExit.mjs', 'out/main/cli.js', 'import', file, '--store', store],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const line = result.stderr.split('\n').find((l) => l.startsWith('COPYDESK_PEAK '));
  if (result.status !== 0 || !line)
    throw new Error(`the built CLI failed on ${file}: ${result.stderr.slice(-500)}`);
  return JSON.parse(line.slice('COPYDESK_PEAK '.length)) as { baselineBytes: number; peakBytes: number };
}

/** Writes about `target` bytes of articles: headline, byline, five paragraphs, blank lines between. */
async function writeIssue(path: string, target: number): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let written = 0;
    let n = 0;
    while (written < target) {
      let chunk = '';
      for (let k = 0; k < 200; k++, n++) chunk += article(n);
      const bytes = Buffer.from(chunk, 'utf8');
      const part = written + bytes.length > target ? bytes.subarray(0, target - written) : bytes;
      await handle.write(part);
      written += part.length;
    }
  } finally {
    await handle.close();
  }
}

const SENTENCES = [
  '市政府今天召开新闻发布会,介绍今年城市建设的主要任务和进展情况。',
  '据介绍,全市将新建和改造道路一百二十公里,新增公园绿地三百公顷。',
  '有关负责人表示,各项工程将按照计划有序推进,确保年底前全部完工。',
  '居民们对此表示欢迎,认为这些措施将进一步改善生活环境和出行条件。',
];

function article(n: number): string {
  const paragraphs = Array.from(
    { length: 5 },
    (_, p) => `${SENTENCES[(n + p) % 4]}${SENTENCES[(n + p + 1) % 4]}(第${n}篇第${p + 1}段)`,
  );
  return `城市建设稳步推进 第${n}期\n本报记者 王明\n${paragraphs.join('\n')}\n\n\n`;
}
