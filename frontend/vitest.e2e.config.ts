import { defineConfig } from 'vitest/config'

// End to end: a real `mission-control serve` (embedded PostgreSQL) driven through
// Debian's Chromium with playwright-core. One server for the run, files one after another.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    retry: 0,
  },
})
