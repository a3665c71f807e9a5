/**
 * Step outputs set by the remote script: it appends to the file named by RUNWAY_OUTPUT on the host, in
 * GITHUB_OUTPUT's format (`name=value`, or `name<<DELIMITER`, lines, `DELIMITER`), and the action reads it
 * back after the script, size-capped, and sets each as an output of the step.
 */
import { shellQuote } from './remote-script.js';

/** Read back at most this much: outputs are for tags, versions and ids, not logs. */
export const OUTPUT_LIMIT_BYTES = 64 * 1024;

/** The action's own outputs, which a script may not overwrite. */
export const RESERVED_OUTPUTS: readonly string[] = [
  'instance-id',
  'instance-state',
  'public-ip',
  'public-dns',
  'private-ip',
  'host',
  'host-fingerprint',
  'exit-code',
  'started',
  'duration-seconds',
  'outputs',
];

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

export type ParsedOutputs = { ok: true; outputs: [string, string][] } | { ok: false; error: string };

/** Parses the file's text; one error names the first bad line. A name set twice keeps its last value. */
export function parseScriptOutputs(text: string): ParsedOutputs {
  const values = new Map<string, string>();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const bad = (n: number, why: string): ParsedOutputs => ({ ok: false, error: `line ${n + 1} ${why}` });
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line.trim() === '') continue;
    // A heredoc moves i past its closing line; a bad name is on its opening line.
    const start = i;
    const heredoc = line.indexOf('<<');
    const eq = line.indexOf('=');
    let name: string;
    let value: string;
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (delimiter === '') return bad(i, `(${name}<<) has no delimiter`);
      const end = lines.findIndex((l, j) => j > i && l.replace(/\r$/, '') === delimiter);
      if (end < 0) return bad(i, `opens ${name}<<${delimiter}, which is never closed`);
      value = lines
        .slice(i + 1, end)
        .map((l) => l.replace(/\r$/, ''))
        .join('\n');
      i = end;
    } else if (eq > 0) {
      name = line.slice(0, eq);
      value = line.slice(eq + 1);
    } else {
      return bad(i, 'is neither name=value nor name<<DELIMITER');
    }
    if (!NAME.test(name)) return bad(start, `has the name '${name.slice(0, 40)}', not a valid output name`);
    if (RESERVED_OUTPUTS.includes(name))
      return bad(start, `sets '${name}', which is one of ec2-deploy's own outputs`);
    values.set(name, value);
  }
  return { ok: true, outputs: [...values] };
}

/** Lines put before the script: the empty output file, made only if it does not exist yet, private. */
export function createOutputFile(file: string): string[] {
  return [`export RUNWAY_OUTPUT=${shellQuote(file)}`, '(umask 077 && set -C && : > "$RUNWAY_OUTPUT")'];
}

/** The command that prints the first `limit + 1` bytes of the file and removes it. */
export function readBackCommand(file: string, limit = OUTPUT_LIMIT_BYTES): string {
  const quoted = shellQuote(file);
  return `if [ -f ${quoted} ]; then head -c ${limit + 1} -- ${quoted}; rm -f -- ${quoted}; fi`;
}
