// Jest's default reporter, except that what a passing suite prints to the console (timings, notes) is
// dropped: `npm test` shows results, and the console output of the suites that failed, with nothing to
// read past. With `--verbose` it is jest's verbose reporter, unchanged (that mode prints every console
// call as it happens).
import { DefaultReporter, VerboseReporter } from '@jest/reporters';

class QuietDefaultReporter extends DefaultReporter {
  onTestResult(test, result, aggregated) {
    const failed = result.numFailingTests > 0 || result.testExecError != null;
    return super.onTestResult(test, failed ? result : { ...result, console: undefined }, aggregated);
  }
}

export default function QuietReporter(globalConfig, options, context) {
  // Called with `new`: returning an object makes it the instance.
  return globalConfig.verbose ? new VerboseReporter(globalConfig) : new QuietDefaultReporter(globalConfig, options, context);
}
