/** The failure when no test was found: what was looked for, where, and what to do. */
export function noTestsMessage(looked: readonly string[], workspace: string, notes = ''): string {
  return (
    `No tests found: no JUnit report with a test case matched ${looked.join(', ')} under ${workspace}${notes}. ` +
    "Check that the tests wrote their report (pytest --junitxml=...) before this step, or set 'require-tests: false'."
  );
}
