// The API contract suite: run by contract/run.ts, never by the unit test run.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['*.contract.ts'],
    globalSetup: ['support/global-setup.ts'],
    // One server, shared created-object bookkeeping per file: run files one after another.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
