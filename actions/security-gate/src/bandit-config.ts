/**
 * Which configuration Bandit runs with when this action runs it: the `bandit-config` input, else the
 * project's `pyproject.toml` `[tool.bandit]` table, else its `.bandit` file, as Bandit itself would read them.
 * `[tool.bandit]` is handed to Bandit as the equivalent YAML config (`-c`): Bandit reads pyproject.toml only
 * from 1.7 on and only with its toml extra installed, while every Bandit reads YAML (and JSON is YAML).
 * `exclude_dirs` also goes as `-x`, which Bandit before 1.7 does not read from a config file.
 */
import { parse as parseToml } from 'smol-toml';
import { ConfigurationError } from '../../../shared/errors.js';

/** A configuration file the workspace holds. */
export interface ConfigFile {
  /** As the user names it (relative to the workspace), for messages. */
  name: string;
  /** Absolute path, for Bandit. */
  path: string;
  text: string;
}

export interface BanditConfig {
  /** Bandit's arguments for it. */
  args: string[];
  /** A generated YAML config Bandit must find at `path` (from a `[tool.bandit]` table). */
  generated: { path: string; content: string } | undefined;
  /** What the summary says was used. */
  description: string;
}

const CONFIG_FLAGS = new Set(['-c', '--configfile', '--ini']);

/** Whether `bandit-args` already name a configuration (then nothing is added). */
export function argsNameConfig(args: readonly string[]): boolean {
  return args.some((a) => CONFIG_FLAGS.has(a) || a.startsWith('--configfile=') || a.startsWith('--ini='));
}

function stringList(value: unknown, key: string, file: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string'))
    throw new ConfigurationError(`${file}: [tool.bandit] ${key} must be a list of strings, like ["B101"].`);
  return value;
}

/** The `[tool.bandit]` table of a pyproject.toml, or undefined when it has none. */
export function banditTable(file: ConfigFile): Record<string, unknown> | undefined {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(file.text);
  } catch (error) {
    // The parser's message quotes the file around the error; give only the position.
    const { line, column } = (error ?? {}) as { line?: unknown; column?: unknown };
    const at =
      typeof line === 'number' && typeof column === 'number' ? ` (line ${line}, column ${column})` : '';
    throw new ConfigurationError(
      `${file.name} is not valid TOML${at}: Bandit's configuration cannot be read.`,
    );
  }
  const tool = doc.tool;
  const table =
    tool !== null && typeof tool === 'object' && !Array.isArray(tool)
      ? (tool as Record<string, unknown>).bandit
      : undefined;
  if (table === undefined) return undefined;
  if (table === null || typeof table !== 'object' || Array.isArray(table))
    throw new ConfigurationError(`${file.name}: tool.bandit must be a table ([tool.bandit]).`);
  return table as Record<string, unknown>;
}

/** Bandit's arguments for a `[tool.bandit]` table, through a generated YAML config at `generatedPath`. */
export function fromTable(
  table: Record<string, unknown>,
  file: ConfigFile,
  generatedPath: string,
): BanditConfig {
  const skips = stringList(table.skips, 'skips', file.name);
  const tests = stringList(table.tests, 'tests', file.name);
  const excludeDirs = stringList(table.exclude_dirs, 'exclude_dirs', file.name);
  const said = [
    skips !== undefined && skips.length > 0 ? `skips ${skips.join(', ')}` : '',
    tests !== undefined && tests.length > 0 ? `tests ${tests.join(', ')}` : '',
    excludeDirs !== undefined && excludeDirs.length > 0 ? `excludes ${excludeDirs.join(', ')}` : '',
  ].filter(Boolean);
  return {
    args: [
      '-c',
      generatedPath,
      ...(excludeDirs !== undefined && excludeDirs.length > 0 ? ['-x', excludeDirs.join(',')] : []),
    ],
    generated: { path: generatedPath, content: `${JSON.stringify(table, null, 2)}\n` },
    description: `${file.name} [tool.bandit]${said.length > 0 ? ` (${said.join('; ')})` : ''}`,
  };
}

/**
 * The configuration for an explicit file (the `bandit-config` input): a `.toml` is read for its
 * `[tool.bandit]` table, a `.yaml`/`.yml`/`.json` is a Bandit config file (`-c`), anything else an INI file
 * like `.bandit` (`--ini`).
 */
export function fromFile(file: ConfigFile, generatedPath: string): BanditConfig {
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.toml')) {
    const table = banditTable(file);
    if (table === undefined)
      throw new ConfigurationError(
        `Input 'bandit-config' names ${file.name}, which has no [tool.bandit] table.`,
      );
    return fromTable(table, file, generatedPath);
  }
  if (/\.(ya?ml|json)$/.test(lower))
    return { args: ['-c', file.path], generated: undefined, description: file.name };
  return { args: ['--ini', file.path], generated: undefined, description: `${file.name} (INI)` };
}
