/** Streams each report file through the JUnit reader; a file that is not JUnit is set aside, not an error. */
import { createReadStream } from 'node:fs';
import { XmlSyntaxError } from '../../../shared/xml.js';
import type { NamedReport } from './aggregate.js';
import { JunitReader } from './junit.js';

export interface ReadResult {
  reports: NamedReport[];
  /** Files whose root element is not a JUnit one (a coverage.xml under reports/, say). */
  notJunit: { path: string; root: string }[];
  /** Files that could not be read or parsed: `path:line:column: problem`. */
  problems: string[];
}

export async function readReports(
  files: readonly { absolute: string; display: string }[],
): Promise<ReadResult> {
  const result: ReadResult = { reports: [], notJunit: [], problems: [] };
  for (const file of files) {
    const reader = new JunitReader();
    try {
      for await (const chunk of createReadStream(file.absolute, {
        encoding: 'utf8',
        highWaterMark: 256 * 1024,
      })) {
        reader.write(chunk as string);
      }
      const report = reader.close();
      if (report.root === 'testsuites' || report.root === 'testsuite')
        result.reports.push({ path: file.display, report });
      else result.notJunit.push({ path: file.display, root: report.root === '' ? '(empty)' : report.root });
    } catch (error) {
      if (error instanceof XmlSyntaxError) {
        result.problems.push(
          `${file.display}:${error.line}:${error.column}: not well-formed XML: ${error.message}`,
        );
      } else {
        result.problems.push(`${file.display}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return result;
}
