/** Jest 30 + ts-jest in ESM mode. Type checking is a separate `tsc --noEmit` step (ts-jest does not type-check here). */
import { availableParallelism } from 'node:os';

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 30000,
  // Most suites spend their time waiting on child processes (git, node running the bundle), so one
  // worker per core keeps the cores busy; jest's default (cores - 1) leaves one of two cores idle.
  // `--maxWorkers=N` on the command line still wins.
  maxWorkers: Math.max(2, availableParallelism()),
  // The bundle is built once per run and shared by every end-to-end suite.
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  reporters: ['<rootDir>/test/support/quiet-reporter.mjs', 'summary'],
};
