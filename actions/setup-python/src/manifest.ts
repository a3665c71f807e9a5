/**
 * The actions/python-versions manifest (`versions-manifest.json`): which prebuilt CPython archives exist, for
 * which platform, platform version and architecture. Pure: parsing and choosing; fetching and installing is
 * the adapter's (main-download.ts).
 */
import { ActionFailure } from '../../../shared/errors.js';
import { compare, formatVersion, parseVersion, type Version, type VersionSpec } from './version-spec.js';

export const DEFAULT_MANIFEST_URL =
  'https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json';

export interface ManifestFile {
  filename: string;
  arch: string;
  platform: string;
  platform_version?: string;
  download_url: string;
}

export interface ManifestRelease {
  version: string;
  stable: boolean;
  files: ManifestFile[];
}

export interface Platform {
  /** `linux`, `darwin` or `win32`, as the manifest spells them. */
  platform: string;
  /** Ubuntu's VERSION_ID (22.04), macOS's major version; undefined when the OS does not say. */
  version: string | undefined;
  arch: string;
}

export interface ManifestChoice {
  version: Version;
  file: ManifestFile;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** Parses and checks the shape; a mirror serving an HTML error page must not look like "no versions". */
export function parseManifest(text: string, source: string): ManifestRelease[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new ActionFailure(`The Python versions manifest at ${source} is not JSON.`);
  }
  if (!Array.isArray(doc))
    throw new ActionFailure(`The Python versions manifest at ${source} is not a list of releases.`);
  return doc.map((release: unknown, index) => {
    if (!isObject(release) || typeof release.version !== 'string' || !Array.isArray(release.files))
      throw new ActionFailure(
        `The Python versions manifest at ${source}: entry ${index + 1} has no version or files.`,
      );
    const files = release.files.filter(
      (f): f is ManifestFile =>
        isObject(f) &&
        typeof f.filename === 'string' &&
        typeof f.arch === 'string' &&
        typeof f.platform === 'string' &&
        typeof f.download_url === 'string',
    );
    return { version: release.version, stable: release.stable !== false, files };
  });
}

/** The platform version the manifest uses: Ubuntu's VERSION_ID from /etc/os-release. */
export function linuxPlatformVersion(osRelease: string): string | undefined {
  return /^VERSION_ID="?([^"\n]+)"?$/m.exec(osRelease)?.[1];
}

/**
 * The highest stable release satisfying the spec that has an archive for this platform, version and
 * architecture. Never a prerelease: a version request cannot name one.
 */
export function chooseFromManifest(
  releases: readonly ManifestRelease[],
  spec: VersionSpec,
  target: Platform,
): ManifestChoice | undefined {
  let best: ManifestChoice | undefined;
  for (const release of releases) {
    if (!release.stable) continue;
    const version = parseVersion(release.version);
    if (version === undefined || !spec.matches(version)) continue;
    const file = release.files.find(
      (f) =>
        f.platform === target.platform &&
        f.arch === target.arch &&
        (f.platform_version === undefined || f.platform_version === target.version),
    );
    if (file === undefined) continue;
    if (best === undefined || compare(version, best.version) > 0) best = { version, file };
  }
  return best;
}

/** Why nothing was chosen, for the error that lists where the action looked. */
export function describeMiss(
  releases: readonly ManifestRelease[],
  spec: VersionSpec,
  target: Platform,
): string {
  const matching = releases.filter((r) => {
    const v = parseVersion(r.version);
    return v !== undefined && spec.matches(v);
  });
  const where = `${target.platform}${target.version === undefined ? '' : ` ${target.version}`} ${target.arch}`;
  if (matching.length === 0) return `the manifest has no release matching ${spec.text}`;
  const newest = matching
    .map((r) => parseVersion(r.version))
    .filter((v): v is Version => v !== undefined)
    .reduce((a, b) => (compare(a, b) >= 0 ? a : b));
  return `the manifest has ${spec.text} (newest ${formatVersion(newest)}) but no archive for ${where}`;
}
