// The repository's root action is its Marketplace listing; the work is done by the actions under actions/.
// Used directly, it says so in one line and fails, rather than doing nothing and passing.
const actions = [
  'setup-python',
  'verify-gpu',
  'test-report',
  'coverage-gate',
  'security-gate',
  'ec2-deploy',
  'health-check',
  'slack-report',
  'benchmark-gate',
];
process.stdout.write(
  `::error::runway-ci/runway is a suite: use one of its actions, e.g. uses: runway-ci/runway/actions/test-report@v1 (${actions.join(', ')}); see https://github.com/runway-ci/runway#the-actions\n`,
);
process.exitCode = 1;
