/** setup-python's choices at their edges: the manifest's shape, which release wins, and version requests. */
import { describe, expect, it } from 'vitest';
import {
  chooseFromManifest,
  describeMiss,
  linuxPlatformVersion,
  type ManifestRelease,
  parseManifest,
} from '../../../actions/setup-python/src/manifest.js';
import {
  compare,
  parseSpec,
  parseVersion,
  specFromFile,
} from '../../../actions/setup-python/src/version-spec.js';

const file = (platform: string, arch: string, platform_version?: string) => ({
  filename: `python-${platform}-${arch}.tar.gz`,
  arch,
  platform,
  ...(platform_version === undefined ? {} : { platform_version }),
  download_url: `https://example.test/${platform}-${arch}`,
});
const linux = { platform: 'linux', version: '22.04', arch: 'x64' };

describe('parseManifest', () => {
  it.each([
    ['not JSON', '<html>', 'The Python versions manifest at M is not JSON.'],
    ['an object', '{}', 'The Python versions manifest at M is not a list of releases.'],
    ['null', 'null', 'The Python versions manifest at M is not a list of releases.'],
    ['a null entry', '[null]', 'The Python versions manifest at M: entry 1 has no version or files.'],
    ['a list entry', '[[]]', 'The Python versions manifest at M: entry 1 has no version or files.'],
    [
      'a number version',
      '[{"version": 3, "files": []}]',
      'The Python versions manifest at M: entry 1 has no version or files.',
    ],
    [
      'files not a list',
      '[{"version": "3.12.0", "files": {}}]',
      'The Python versions manifest at M: entry 1 has no version or files.',
    ],
    [
      'the second entry',
      '[{"version": "3.12.0", "files": []}, {"files": []}]',
      'The Python versions manifest at M: entry 2 has no version or files.',
    ],
  ])('refuses %s', (_, text, message) => {
    expect(() => parseManifest(text, 'M')).toThrow(message);
  });

  it('keeps only whole file entries, and is stable unless it says false', () => {
    const good = file('linux', 'x64', '22.04');
    const text = JSON.stringify([
      {
        version: '3.12.1',
        files: [
          good,
          null,
          [],
          { ...good, arch: 1 },
          { ...good, filename: null },
          { ...good, platform: {} },
          { ...good, download_url: 2 },
        ],
      },
      { version: '3.13.0-rc.1', stable: false, files: [] },
      { version: '3.11.0', stable: 'yes', files: [] },
    ]);
    expect(parseManifest(text, 'M')).toEqual([
      { version: '3.12.1', stable: true, files: [good] },
      { version: '3.13.0-rc.1', stable: false, files: [] },
      { version: '3.11.0', stable: true, files: [] },
    ]);
  });
});

describe('linuxPlatformVersion', () => {
  it('reads VERSION_ID whole, quoted or not, only at a line start', () => {
    expect(linuxPlatformVersion('NAME="Ubuntu"\nVERSION_ID="22.04"\nID=ubuntu\n')).toBe('22.04');
    expect(linuxPlatformVersion('VERSION_ID=12\n')).toBe('12');
    expect(linuxPlatformVersion('X_VERSION_ID="1"\n')).toBeUndefined();
    expect(linuxPlatformVersion('VERSION_ID="24.04" trailing\n')).toBeUndefined();
  });
});

describe('chooseFromManifest', () => {
  const releases: ManifestRelease[] = [
    { version: '3.12.2', stable: true, files: [file('linux', 'x64', '22.04')] },
    { version: '3.12.3', stable: true, files: [file('linux', 'arm64', '22.04'), file('darwin', 'x64')] },
    { version: '3.12.1', stable: true, files: [file('linux', 'x64', '20.04')] },
    { version: '3.12.0', stable: true, files: [file('linux', 'x64')] },
    { version: '3.13.0-rc.1', stable: false, files: [file('linux', 'x64', '22.04')] },
    { version: 'not-a-version', stable: true, files: [file('linux', 'x64', '22.04')] },
  ];

  it('the highest matching release with an archive for this platform, version and architecture', () => {
    const chosen = chooseFromManifest(releases, parseSpec('3.12', 'v'), linux);
    expect(chosen?.version).toEqual([3, 12, 2]);
    expect(chosen?.file.download_url).toBe('https://example.test/linux-x64');
    // Whatever the manifest's order.
    expect(chooseFromManifest([...releases].reverse(), parseSpec('3.12', 'v'), linux)?.version).toEqual([
      3, 12, 2,
    ]);
  });

  it('an archive without a platform version fits any; the first one seen wins among equals', () => {
    const chosen = chooseFromManifest(releases, parseSpec('3.12.0', 'v'), linux);
    expect(chosen?.version).toEqual([3, 12, 0]);
    const twice: ManifestRelease[] = [
      { version: '3.12.2', stable: true, files: [{ ...file('linux', 'x64'), download_url: 'first' }] },
      { version: '3.12.2', stable: true, files: [{ ...file('linux', 'x64'), download_url: 'second' }] },
    ];
    expect(chooseFromManifest(twice, parseSpec('3.12', 'v'), linux)?.file.download_url).toBe('first');
  });

  it('never a prerelease: a version request cannot name one', () => {
    expect(chooseFromManifest(releases, parseSpec('>=3.13', 'v'), linux)).toBeUndefined();
    expect(chooseFromManifest(releases, parseSpec('3.13', 'v'), linux)).toBeUndefined();
    expect(() => parseSpec('3.13.0-rc.1', 'v')).toThrow("Input 'v' must be a Python version");
  });

  it('says what the manifest has when nothing fits this machine', () => {
    expect(
      describeMiss(releases, parseSpec('3.12', 'v'), { platform: 'win32', version: undefined, arch: 'x64' }),
    ).toBe('the manifest has 3.12 (newest 3.13.0) but no archive for win32 x64'.replace('3.13.0', '3.12.3'));
    expect(describeMiss(releases, parseSpec('3.9', 'v'), linux)).toBe(
      'the manifest has no release matching 3.9',
    );
    expect(describeMiss(releases, parseSpec('3.12', 'v'), linux)).toBe(
      'the manifest has 3.12 (newest 3.12.3) but no archive for linux 22.04 x64',
    );
  });
});

describe('version requests', () => {
  const matches = (spec: string, version: string): boolean => {
    const v = parseVersion(version);
    if (v === undefined) throw new Error(version);
    return parseSpec(spec, 'python-version').matches(v);
  };

  it.each([
    ['<=3.11', '3.11.9', true],
    ['<=3.11', '3.12.0', false],
    ['<=3.11.4', '3.11.4', true],
    ['<=3.11.4', '3.11.5', false],
    ['<3.11', '3.11.0', false],
    ['<3.11', '3.10.14', true],
    ['>3.11', '3.11.1', true],
    ['>3.11.*', '3.11.9', false],
    ['>3.11.*', '3.12.0', true],
    ['>=3.11', '3.11.0', true],
    ['>=3.11', '3.10.99', false],
    ['~=3.11', '3.12.0', true],
    ['~=3.11', '4.0.0', false],
    ['~=3.11.2', '3.11.2', true],
    ['~=3.11.2', '3.12.0', false],
    ['==3.11.*', '3.11.7', true],
    ['3.x', '3.13.0', true],
    ['!=3.12.0', '3.12.1', true],
    ['!=3.12.0', '3.12.0', false],
    ['>=3.10, <3.13', '3.12.9', true],
    ['>=3.10, <3.13', '3.13.0', false],
    ['3.11', '3.11.0', true],
    ['3.11.9', '3.11.8', false],
  ])('%s matches %s: %s', (spec, version, expected) => {
    expect(matches(spec, version)).toBe(expected);
  });

  it('versions: a third part defaults to 0; the whole text must start with major.minor', () => {
    expect(parseVersion(' 3.11 ')).toEqual([3, 11, 0]);
    expect(parseVersion('3.11.9rc1')).toEqual([3, 11, 9]);
    expect(parseVersion('v3.11')).toBeUndefined();
    expect(parseVersion('3')).toBeUndefined();
    expect(compare([3, 11, 0], [3, 11])).toBe(0);
    expect(compare([3, 11, 1], [3, 11])).toBe(1);
  });

  it('refuses what is not a version request, and Python 4', () => {
    for (const bad of ['x3.11', '3.11a', '>=', 'latest'])
      expect(() => parseSpec(bad, 'python-version')).toThrow(/must be a Python version/);
    expect(() => parseSpec('4.0', 'python-version')).toThrow(/which does not exist: Runway knows Python 3/);
    expect(() => parseSpec('<4.0', 'python-version')).not.toThrow();
    expect(() => parseSpec('>4.0', 'python-version')).not.toThrow();
  });

  it('reads requires-python from pyproject.toml at a line start, else the first line of .python-version', () => {
    expect(specFromFile('pyproject.toml', '[project]\n  requires-python = ">=3.10"\n')).toBe('>=3.10');
    expect(specFromFile('sub/pyproject.toml', "requires-python='~=3.11'\n")).toBe('~=3.11');
    expect(specFromFile('pyproject.toml', 'x-requires-python = ">=3.10"\n')).toBeUndefined();
    expect(specFromFile('.python-version', '\n# pinned\n  3.11.9  \n3.12\n')).toBe('3.11.9');
    expect(specFromFile('.python-version', '\n#only\n')).toBeUndefined();
  });
});

describe('parseSpec at its edges', () => {
  it('a wildcard only as the last part', () => {
    for (const text of ['3.*.1', '3.x.x', '==3.*.*', '3.x1']) {
      expect(() => parseSpec(text, 'v'), text).toThrow("Input 'v' must be a Python version");
    }
    expect(parseSpec('==3.11.*', 'v').matches([3, 11, 9])).toBe(true);
    expect(parseSpec('3.x', 'v').matches([3, 13, 0])).toBe(true);
  });

  it('a major version of two digits is read whole, and refused as a Python that does not exist', () => {
    expect(() => parseSpec('10.1', 'v')).toThrow("Input 'v' asks for Python '10.1', which does not exist");
    expect(() => parseSpec('4.0', 'v')).toThrow("Input 'v' asks for Python '4.0', which does not exist");
    // As a bound it is a range that Python 3 can meet.
    expect(parseSpec('<10.1', 'v').matches([3, 12, 0])).toBe(true);
  });
});
