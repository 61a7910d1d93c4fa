/**
 * Snapshot of the segmenter's decisions over every text fixture, to prove a refactor changes none.
 *
 *   node --import tsx bench/segmentSnapshot.ts record [DIR]   writes one JSON per fixture into DIR
 *   node --import tsx bench/segmentSnapshot.ts check [DIR]    fails when any output differs from DIR
 *
 * DIR (default /tmp/copydesk-segment-snapshot) lies outside git: the outputs hold text from public
 * collections (../shared/fixtures/ocr-en), which is never committed. Fixtures are read in place.
 * The comparison leaves out what only says why (provenance fields) and reads a repair reason as its
 * rule code, so old English reasons and new codes compare equal when they name the same rule.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeBytes } from '../main/decode/decodeBytes';
import { segmentText } from '../main/segment/segmentText';
import { legacyReasonCode } from '../common/segment/legacyReasons';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared/fixtures');

/** Every text fixture: the project's own and the shared ones, as absolute paths. */
function fixtures(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(join(ROOT, 'tests/fixtures'));
  out.push(join(SHARED, 'tongzhou-2026-issue.txt'));
  if (existsSync(join(SHARED, 'ocr-en')))
    for (const f of readdirSync(join(SHARED, 'ocr-en')))
      if (f.endsWith('.txt')) out.push(join(SHARED, 'ocr-en', f));
  return out.sort();
}

/** A file name for the fixture's snapshot, unique across the two roots. */
function snapshotName(path: string): string {
  const rel = path.startsWith(ROOT) ? relative(ROOT, path) : `shared/${relative(SHARED, path)}`;
  return `${rel.replace(/[\\/]/gu, '__')}.json`;
}

/** Fields that say why a decision was made, not what it was: left out of the comparison. */
const WHY_FIELDS = new Set(['provenance', 'rule', 'evidence', 'decisions']);

/** The output with provenance dropped and repair reasons read as rule codes. */
function normalised(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => normalised(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!WHY_FIELDS.has(k)) out[k] = normalised(v, k);
    return out;
  }
  if (key === 'reason' && typeof value === 'string') return legacyReasonCode(value);
  return value;
}

function outputOf(path: string): string {
  const { text } = decodeBytes(readFileSync(path), path);
  return JSON.stringify(normalised(segmentText(text)), null, 1);
}

function main(): number {
  const [mode, dirArg] = process.argv.slice(2);
  const dir = resolve(dirArg ?? '/tmp/copydesk-segment-snapshot');
  const files = fixtures();
  if (mode === 'record') {
    mkdirSync(dir, { recursive: true });
    for (const f of files) writeFileSync(join(dir, snapshotName(f)), outputOf(f));
    console.log(`recorded ${files.length} fixtures into ${dir}`);
    return 0;
  }
  if (mode !== 'check') {
    console.error('usage: segmentSnapshot.ts record|check [DIR]');
    return 2;
  }
  let differ = 0;
  for (const f of files) {
    // The recorded side is normalised again: it may predate a legacy reason's code.
    const want = JSON.stringify(
      normalised(JSON.parse(readFileSync(join(dir, snapshotName(f)), 'utf8'))),
      null,
      1,
    );
    if (outputOf(f) !== want) {
      differ++;
      console.log(`differs: ${f}`);
    }
  }
  console.log(`${files.length - differ} of ${files.length} fixtures identical to ${dir}`);
  return differ === 0 ? 0 : 1;
}

process.exitCode = main();
