import { describe, expect, it } from 'vitest';
import {
  chooseFromManifest,
  describeMiss,
  linuxPlatformVersion,
  type ManifestRelease,
  parseManifest,
} from '../../../actions/setup-python/src/manifest.js';
import { parseSpec } from '../../../actions/setup-python/src/version-spec.js';

const file = (version: string, platformVersion: string | undefined, arch = 'x64', platform = 'linux') => ({
  filename: `python-${version}-${platform}-${platformVersion ?? 'any'}-${arch}.tar.gz`,
  arch,
  platform,
  ...(platformVersion === undefined ? {} : { platform_version: platformVersion }),
  download_url: `https://github.com/actions/python-versions/releases/download/${version}/python-${version}-${platform}-${platformVersion ?? 'any'}-${arch}.tar.gz`,
});

// The shape of actions/python-versions' versions-manifest.json (newest first, prereleases not stable).
const MANIFEST = JSON.stringify([
  { version: '3.13.0-rc.2', stable: false, files: [file('3.13.0-rc.2', '22.04')] },
  { version: '3.12.4', stable: true, files: [file('3.12.4', '24.04'), file('3.12.4', '24.04', 'arm64')] },
  { version: '3.12.3', stable: true, files: [file('3.12.3', '22.04'), file('3.12.3', '24.04')] },
  {
    version: '3.11.9',
    stable: true,
    files: [file('3.11.9', '22.04'), file('3.11.9', undefined, 'x64', 'darwin')],
  },
]);

const releases: ManifestRelease[] = parseManifest(MANIFEST, 'test');
const ubuntu = (version: string, arch = 'x64') => ({ platform: 'linux', version, arch });

describe('the python-versions manifest', () => {
  it('picks the highest stable release with an archive for this Ubuntu and architecture', () => {
    expect(chooseFromManifest(releases, parseSpec('3.12', 'v'), ubuntu('24.04'))?.file.filename).toBe(
      'python-3.12.4-linux-24.04-x64.tar.gz',
    );
    // 3.12.4 has no 22.04 build: the newest that has one wins.
    expect(chooseFromManifest(releases, parseSpec('3.x', 'v'), ubuntu('22.04'))?.version).toEqual([3, 12, 3]);
    expect(chooseFromManifest(releases, parseSpec('>=3.10,<3.12', 'v'), ubuntu('22.04'))?.version).toEqual([
      3, 11, 9,
    ]);
    expect(chooseFromManifest(releases, parseSpec('3.12', 'v'), ubuntu('24.04', 'arm64'))?.file.arch).toBe(
      'arm64',
    );
    // No platform_version (macOS builds): any version of the platform.
    expect(
      chooseFromManifest(releases, parseSpec('3.11', 'v'), { platform: 'darwin', version: '14', arch: 'x64' })
        ?.version,
    ).toEqual([3, 11, 9]);
  });

  it('never picks a prerelease for a range, and says why nothing fits', () => {
    expect(chooseFromManifest(releases, parseSpec('3.13', 'v'), ubuntu('22.04'))).toBeUndefined();
    expect(chooseFromManifest(releases, parseSpec('3.12', 'v'), ubuntu('12'))).toBeUndefined();
    expect(describeMiss(releases, parseSpec('3.12', 'v'), ubuntu('12'))).toBe(
      'the manifest has 3.12 (newest 3.12.4) but no archive for linux 12 x64',
    );
    expect(describeMiss(releases, parseSpec('3.2', 'v'), ubuntu('22.04'))).toBe(
      'the manifest has no release matching 3.2',
    );
  });

  it('rejects what is not a manifest, naming the source', () => {
    expect(() => parseManifest('<html>rate limited</html>', 'https://mirror/m.json')).toThrow(
      'The Python versions manifest at https://mirror/m.json is not JSON.',
    );
    expect(() => parseManifest('{"versions": []}', 'm')).toThrow('is not a list of releases');
    expect(() => parseManifest('[{"files": []}]', 'm')).toThrow('entry 1 has no version or files');
  });

  it('reads Ubuntu’s VERSION_ID from /etc/os-release', () => {
    expect(linuxPlatformVersion('NAME="Ubuntu"\nVERSION_ID="22.04"\nID=ubuntu\n')).toBe('22.04');
    expect(linuxPlatformVersion('ID=debian\nVERSION_ID=12\n')).toBe('12');
    expect(linuxPlatformVersion('ID=arch\n')).toBeUndefined();
  });
});
