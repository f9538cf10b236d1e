// Prints one closing line CI can read whatever the runner: "jest: N passed, N failed, N skipped".
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numRuntimeErrorTestSuites } = results
    const failed = numFailedTests + numRuntimeErrorTestSuites
    console.log(`\njest: ${numPassedTests} passed, ${failed} failed, ${numPendingTests} skipped`)
  }
}
module.exports = SummaryReporter
