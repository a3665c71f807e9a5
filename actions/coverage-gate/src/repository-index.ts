/**
 * The repository's files, listed once: report paths are checked against a set instead of the file system
 * (a 200 MB report names thousands of files, each with several candidate paths), and a path written
 * relative to some subfolder (`app/health.py` from a report made in `backend/`) is found by its unique
 * suffix, as Codecov's path fixing does.
 */
export class RepositoryIndex {
  private readonly files: ReadonlySet<string>;
  private readonly byName = new Map<string, string[]>();

  constructor(files: Iterable<string>) {
    this.files = new Set(files);
    for (const file of this.files) {
      const name = file.slice(file.lastIndexOf('/') + 1);
      const list = this.byName.get(name);
      if (list === undefined) this.byName.set(name, [file]);
      else list.push(file);
    }
  }

  get size(): number {
    return this.files.size;
  }

  has(file: string): boolean {
    return this.files.has(file);
  }

  hasName(name: string): boolean {
    return this.byName.has(name);
  }

  /** The one file that is `tail` or ends with `/tail`; undefined when none or several do. */
  bySuffix(tail: string): string | undefined {
    const name = tail.slice(tail.lastIndexOf('/') + 1);
    const matches = (this.byName.get(name) ?? []).filter((f) => f === tail || f.endsWith(`/${tail}`));
    return matches.length === 1 ? matches[0] : undefined;
  }
}

/** Folders a walk skips: dependencies, environments and caches hold no code under test. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  'site-packages',
]);
