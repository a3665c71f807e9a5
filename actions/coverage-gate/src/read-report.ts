/** One coverage report file, read in chunks into the reader its first bytes call for. */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { ConfigurationError, errorMessage } from '../../../shared/errors.js';
import { detectFormat, type ParsedCoverage, readerFor } from './parsers.js';
import { positionOf, XmlScanError } from './xml-scanner.js';

/** Bytes read at a time. */
const READ_SIZE = 1024 * 1024;

/**
 * Reads `file` (`display` names it in errors). Two buffers for the whole file take turns rather than a
 * stream's fresh buffer per chunk (200 fresh 1 MiB buffers for a 200 MB report kept the garbage collector
 * busy), and the next read is in flight while a chunk is parsed: a reader keeps nothing of a chunk.
 */
export async function readReport(file: string, display: string): Promise<ParsedCoverage> {
  const handle = await open(file, 'r');
  let filling = Buffer.allocUnsafe(READ_SIZE);
  let spare = Buffer.allocUnsafe(READ_SIZE);
  let next = handle.read(filling, 0, READ_SIZE, null);
  let reader: ReturnType<typeof readerFor> | undefined;
  try {
    for (;;) {
      const { bytesRead } = await next;
      if (bytesRead === 0) break;
      const chunk = filling.subarray(0, bytesRead);
      [filling, spare] = [spare, filling];
      next = handle.read(filling, 0, READ_SIZE, null);
      if (reader === undefined) {
        const format = detectFormat(chunk.toString('utf8', 0, 4096));
        if (format === undefined)
          throw new ConfigurationError('not a Cobertura XML, LCOV or coverage.py JSON report');
        reader = readerFor(format);
      }
      reader.write(chunk);
    }
    if (reader === undefined) throw new ConfigurationError('the file is empty');
    return reader.close();
  } catch (error) {
    if (error instanceof XmlScanError) {
      const { line, column } = await positionOf(createReadStream(file), error.offset);
      throw new ConfigurationError(`${display}:${line}:${column}: not well-formed XML: ${error.message}`);
    }
    throw new ConfigurationError(`${display}: ${errorMessage(error)}`);
  } finally {
    // A read still in flight (after an error) must end before the file is closed.
    await next.catch(() => undefined);
    await handle.close();
  }
}
