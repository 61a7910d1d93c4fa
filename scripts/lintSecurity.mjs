#!/usr/bin/env node
/**
 * `npm run lint:security`: Electronegativity (https://github.com/doyensec/electronegativity) over the
 * app's own code — main/, preload/ and renderer/ plus package.json (for the Electron version) — and a
 * failure for every finding that is not justified in scripts/electronegativity-justifications.json
 * (check id + file + reason; the same reason is written in a comment beside the code). Prints one line.
 *
 * The sources are copied to a temporary folder first: Electronegativity walks every folder under its
 * input, including node_modules, before filtering, and tests/ (which fakes Electron's API) would only
 * add noise. A file it cannot parse is a file it did not check, so parse errors fail the run too.
 *
 * Electronegativity misses things (nodeIntegration: true is only informational for recent Electron),
 * which is why tests/unit/main/glue/window.test.ts pins every webPreferences value as well.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const require = createRequire(import.meta.url);
const root = process.cwd();
const SOURCES = ['main', 'preload', 'renderer'];
const JUSTIFICATIONS = 'scripts/electronegativity-justifications.json';

/** Copies the app's sources (not node_modules) into a fresh folder and returns it with the file count. */
async function stage() {
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-electronegativity-'));
  let files = 0;
  const filter = (source) => {
    if (source.split(sep).includes('node_modules')) return false;
    if (/\.(ts|tsx|js|jsx|html|htm)$/.test(source)) files += 1;
    return true;
  };
  for (const name of SOURCES) await cp(join(root, name), join(folder, name), { recursive: true, filter });
  await cp(join(root, 'package.json'), join(folder, 'package.json'));
  return { folder, files };
}

/** Runs Electronegativity with its console chatter (translation and release look-ups) held back. */
async function scan(folder) {
  const run = require('@doyensec/electronegativity');
  const held = [];
  const saved = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  for (const name of Object.keys(saved)) console[name] = (...args) => held.push(args.join(' '));
  try {
    const electronVersion = require('electron/package.json').version;
    return {
      result: await run({ input: folder, isRelative: true, electronVersionOverride: electronVersion }),
      held,
    };
  } finally {
    Object.assign(console, saved);
  }
}

function normalise(file, folder) {
  const path = file.startsWith(folder) ? relative(folder, file) : file;
  return path.split(sep).join('/');
}

async function main() {
  const table = JSON.parse(await readFile(join(root, JUSTIFICATIONS), 'utf8'));
  const { folder, files } = await stage();
  let scanned;
  try {
    scanned = await scan(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const { result, held } = scanned;
  const findings = result.issues.map((issue) => ({ ...issue, file: normalise(issue.file, folder) }));
  const isJustified = (finding) =>
    table.some((entry) => entry.id === finding.id && entry.file === finding.file && entry.reason?.trim());
  const unjustified = findings.filter((finding) => !isJustified(finding));
  const unparsed = result.errors.filter((error) => !error.tolerable);
  const stale = table.filter((entry) => !findings.some((f) => f.id === entry.id && f.file === entry.file));

  for (const finding of unjustified) {
    const where = `${finding.file}:${finding.location?.line ?? '?'}`;
    console.error(`  ${finding.id} ${where} ${finding.description} — ${String(finding.sample).trim()}`);
  }
  for (const error of unparsed)
    console.error(`  could not parse ${normalise(error.file, folder)}: ${error.message}`);
  if (unparsed.length > 0 || unjustified.length > 0)
    for (const line of held) console.error(`  (electronegativity) ${line}`);

  const staleNote = stale.length
    ? `; ${stale.length} justification(s) no longer needed: ${stale.map((s) => `${s.id} ${s.file}`).join(', ')}`
    : '';
  const ok = unjustified.length === 0 && unparsed.length === 0;
  console.log(
    `Electronegativity ${ok ? 'passed' : 'FAILED'}: ${files} files, ${findings.length} findings, ` +
      `${findings.length - unjustified.length} justified in ${JUSTIFICATIONS}, ${unjustified.length} unjustified, ` +
      `${unparsed.length} unparsed${staleNote}.`,
  );
  process.exitCode = ok ? 0 : 1;
}

main().catch((error) => {
  console.error(`Electronegativity could not run: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
