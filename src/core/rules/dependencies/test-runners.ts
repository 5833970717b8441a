// Test runner configuration (jest, vitest, playwright, mocha and friends): code the runner executes
// before any test, so a test-only change can run anything.

import { quoteValue } from '../../text.js';
import { defineRule, type Finding } from '../rule.js';
import type { DependencyReviewer } from './reviewer.js';

export const testRunners = defineRule({
  id: 'dependencies/test-runners',
  codes: ['test_runner_setup', 'test_runner_config_changed'],
  summary: 'A changed test runner configuration is high, naming each new option that loads code (globalSetup, setupFiles, transform, reporters, ...).',
  fix: 'Have the change approved, or keep setup code out of the runner configuration.',
});

/** Test-runner options that load code (jest, vitest and friends). */
export const TEST_RUNNER_KEYS =
  /\b(globalSetup|globalTeardown|setupFiles|setupFilesAfterEnv|setupFilesAfterEach|testEnvironment|testRunner|runner|transform|reporters|watchPlugins|snapshotResolver|preset|resolver|moduleLoader|testSequencer|testResultsProcessor|dependencyExtractor|prettierPath|haste|plugins|globalSetupFile|webServer|require|loader|import|node-option|nodeArguments)\b/;

const TEST_RUNNER_CONFIG = /^(jest|vitest|vite|playwright|cypress|karma|ava|mocha)\.config\.(js|cjs|mjs|ts|cts|mts|json)$|^karma\.conf\.(js|cjs|ts)$|^\.mocharc\.(js|cjs|json|ya?ml)$/;

function reviewTestRunnerConfig(file: string, baseText: string | null, headText: string | null): Finding[] {
  if (headText === null) return [];
  const lines = (text: string | null) => new Set((text ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== ''));
  const before = lines(baseText);
  const out: Finding[] = [];
  for (const line of lines(headText)) {
    if (before.has(line)) continue;
    const m = TEST_RUNNER_KEYS.exec(line);
    if (m) out.push(testRunners.finding('test_runner_setup', 'high', `${file} sets ${quoteValue(m[1]!)} (${quoteValue(line)}); the test runner loads that code, so a test-only change executes it.`));
  }
  if (out.length === 0) {
    out.push(testRunners.finding('test_runner_config_changed', 'high', `${file} changed; test runner configuration is code the runner executes before any test.`));
  }
  return out;
}

export const TEST_RUNNER_REVIEWER: DependencyReviewer = {
  kind: 'test-runner-config',
  matches: (_p, base) => TEST_RUNNER_CONFIG.test(base),
  review: (base, head, { file }) => reviewTestRunnerConfig(file, base, head),
};
