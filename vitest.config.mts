import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/cleanup.ts'],
    // Each e2e file starts its own server and browser; two cores on CI.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    // Sign-ins hash passwords (~0.1 s each, more on a busy 2-core machine): a page may take seconds to answer.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
  },
});
