import type { SerializedError } from 'vitest';
import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

/**
 * Ends the run with the plain `N passed, N failed` line that CI reads, whatever the default
 * reporter's own wording is. A test file that fails to load has no tests to count, so it is counted
 * as one failure, and so is every error raised outside a test: a run in which a suite could not even
 * start must never end with "0 failed".
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    _reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const broken: string[] = [];
    for (const mod of modules) {
      const tests = [...mod.children.allTests()];
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      const moduleFailed = mod.state() === 'failed' && !tests.some((t) => t.result().state === 'failed');
      if (moduleFailed || mod.errors().length > 0) {
        failed++;
        broken.push(mod.moduleId);
      }
    }
    for (const id of broken) process.stdout.write(`\nfailed to load or run: ${id}`);
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
