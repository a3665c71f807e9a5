// The newest released entry of CHANGELOG.md (Keep a Changelog): its version and its notes. The release
// workflow makes `vX.Y.Z` from it. Usage: node .github/scripts/changelog.mjs [CHANGELOG.md]
//   prints `version=X.Y.Z` and writes the entry's notes to release-notes.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The newest `## [X.Y.Z] - YYYY-MM-DD` entry, or undefined when there is none yet. */
export function latestRelease(text) {
  const heading = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/m.exec(text);
  if (heading === null) return undefined;
  const rest = text.slice(heading.index + heading[0].length);
  const end = rest.search(/^## |^\[[^\]]+\]: /m);
  return {
    version: heading[1],
    date: heading[2],
    notes: (end === -1 ? rest : rest.slice(0, end)).trim(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const release = latestRelease(readFileSync(process.argv[2] ?? 'CHANGELOG.md', 'utf8'));
  if (release === undefined) {
    console.error('CHANGELOG.md has no released entry (## [X.Y.Z] - YYYY-MM-DD) yet.');
    process.exit(1);
  }
  if (release.notes === '') {
    console.error(`The entry for ${release.version} says nothing: write what changed.`);
    process.exit(1);
  }
  writeFileSync('release-notes.md', `${release.notes}\n`);
  console.log(`version=${release.version}`);
}
