import { defineConfig } from 'vitest/config';

/** Projects mirror the processes: node for main and the domain, jsdom for the renderer; common/ runs in node. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'main',
          environment: 'node',
          include: ['tests/unit/main/**/*.test.ts', 'tests/faults/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // common/: pure helpers shared by main and the renderer (no DOM, no Node).
        test: {
          name: 'common',
          environment: 'node',
          include: ['tests/unit/common/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}', 'tests/faults/**/*.test.tsx'],
        },
      },
    ],
  },
});
