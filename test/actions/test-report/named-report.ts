/** A JUnit text read by the real reader, as the action's aggregation receives it. */
import type { NamedReport } from '../../../actions/test-report/src/aggregate.js';
import { JunitReader } from '../../../actions/test-report/src/junit.js';

export function namedReport(xml: string, file = 'reports/junit.xml'): NamedReport {
  const reader = new JunitReader();
  reader.write(xml);
  return { path: file, report: reader.close() };
}
