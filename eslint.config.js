import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Layers are enforced here (docs/style.md, practice 1): only the Electron glue imports `electron`;
 * segment/ and the formatting half of export/ are pure (no fs, no electron); the renderer reaches main
 * only through the typed contract in preload/api.ts.
 */
const electronGlue = [
  'main/index.ts',
  'main/window.ts',
  'main/menu.ts',
  'main/ipc.ts',
  'main/glue/**',
  'preload/index.ts',
];
const noElectron = {
  name: 'electron',
  message: 'Only the Electron glue (main/index|window|menu|ipc.ts, preload/index.ts) imports electron.',
};
const noNodeIo = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
].map((name) => ({
  name,
  message: 'This layer is pure: no file or process I/O.',
}));

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [noElectron] }],
      // Chinese copy is full of ideographic spaces (U+3000); inside strings and templates they are text.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    files: electronGlue,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['main/segment/**/*.ts', 'main/export/format/**/*.ts', 'main/export/cleanup/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron, ...noNodeIo] }] },
  },
  {
    // common/ is shared by main, the renderer and the CLI: pure code that imports none of them.
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noNodeIo],
          patterns: [
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**', 'node:*', 'electron', 'electron/*'],
              message:
                'common/ is pure and shared: it imports nothing from main, renderer, preload, electron or Node.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: ['**/main/**', 'node:*'],
              message: 'The renderer talks to main only through preload/api.ts.',
            },
          ],
        },
      ],
    },
  },
);
