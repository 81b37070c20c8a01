import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql ships both ESM and CJS builds; without this, type-graphql and the tests can load two
    // copies and graphql-js refuses to mix them ("from another module or realm").
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The PostgreSQL suites share one database; run files one after another.
    fileParallelism: false,
  },
});
