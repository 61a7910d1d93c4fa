/**
 * The arrows of docs/architecture.md, enforced: `npm run lint:deps`. Every import must match one of
 * the `allowed` rules below; anything else fails the check ("not-in-allowed"). Keep this file and
 * the table in docs/architecture.md saying the same thing.
 * @type {import('dependency-cruiser').IConfiguration}
 */

const CONTRACT = '^preload/api\\.ts$';
const BRIDGE = '^preload/index\\.ts$';
const COMMON = '^common/';
const RENDERER = '^renderer/';
const SEGMENT = '^main/segment/';
const DECODE = '^main/decode/';
const FS = '^main/fs/';
const ERRORS = '^main/errors\\.ts$';
const STORE = '^main/store/';
const STORE_DIR = '^main/store/storeDir\\.ts$';
const EXPORT = '^main/export/';
const API = '^main/(api\\.ts$|api/)';
const CLI = '^main/(cli\\.ts$|cli/)';
const SHELL = '^main/((index|window|menu|ipc)\\.ts$|glue/)';
const MAIN = '^main/';
const ELECTRON = '^node_modules/electron/';
const NPM = '^node_modules/';

const any = (...paths) => paths.join('|');
const may = (comment, from, to) => ({ comment, from: { path: from }, to: { path: to } });

module.exports = {
  allowed: [
    // Inside one part.
    { comment: 'within-a-main-folder', from: { path: '^main/([^/]+)/' }, to: { path: '^main/$1/' } },
    may('within-renderer', RENDERER, RENDERER),
    may('within-common', COMMON, COMMON),
    may('within-cli', CLI, CLI),
    may('within-api', API, API),
    may('within-shell', SHELL, SHELL),

    // The contract and the shared pure code.
    { comment: 'to-the-contract', from: { pathNot: any(COMMON, CONTRACT) }, to: { path: CONTRACT } },
    may('to-common', any(MAIN, RENDERER), COMMON),
    // The contract names a few types the shared code owns (the rule codes): types only, erased at build.
    {
      comment: 'contract-names-common-types',
      from: { path: CONTRACT },
      to: { path: COMMON, dependencyTypes: ['type-only'] },
    },

    // The domain.
    may('decode-uses-segment', DECODE, SEGMENT),
    may('store-uses-domain', STORE, any(DECODE, SEGMENT, FS, ERRORS)),
    may('export-uses-fs-and-errors', EXPORT, any(FS, ERRORS)),

    // The hosts.
    may('api-uses-domain', API, any(STORE, EXPORT, DECODE, SEGMENT, FS, ERRORS)),
    may('cli-uses-api', CLI, any(API, DECODE, SEGMENT, ERRORS, STORE_DIR)),
    may('shell-uses-api', SHELL, any(API, ERRORS, FS, STORE_DIR, ELECTRON)),
    may('bridge-uses-electron', BRIDGE, ELECTRON),

    // Packages: Node built-ins in main only; npm packages anywhere but the contract, never electron
    // outside the shell and the bridge.
    { comment: 'main-uses-node', from: { path: MAIN }, to: { dependencyTypes: ['core'] } },
    {
      comment: 'uses-npm-packages',
      from: { path: any(MAIN, RENDERER, COMMON) },
      to: { path: NPM, pathNot: ELECTRON, dependencyTypesNot: ['core'] },
    },
  ],
  allowedSeverity: 'error',
  forbidden: [
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    includeOnly: '^(main|preload|renderer|common|node_modules)/',
    exclude: { path: '^(main|preload|renderer|common)/.*\\.d\\.ts$' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    // Keep node_modules/… paths as written, so a symlinked node_modules (the rule test's fixture) is checked alike.
    preserveSymlinks: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
