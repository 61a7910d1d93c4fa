import { defineConfig } from 'vitest/config';

/** Two projects mirror the processes: node for main and the domain, jsdom for the renderer. */
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
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}', 'tests/faults/**/*.test.tsx'],
        },
      },
    ],
  },
});
