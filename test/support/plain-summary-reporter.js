/**
 * Prints the plain closing line "N passed, N failed" that CI reads, after Jest's own summary.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : "");
    process.stdout.write(`\n${line}\n`);
  }
}
module.exports = PlainSummaryReporter;
