/** Redaction and report-path edges: what reaches a log, and which file an annotation lands on. */
import { describe, expect, it } from 'vitest';
import { relativeCandidates } from '../../shared/paths.js';
import { Redactor, redactUrl } from '../../shared/secrets.js';

describe('redactUrl', () => {
  it('removes a user name alone, a password alone, and both', () => {
    expect(redactUrl('https://user@h.example/x')).toBe('https://h.example/x');
    expect(redactUrl('https://:pw@h.example/x')).toBe('https://h.example/x');
    expect(redactUrl('https://user:pw@h.example/x')).toBe('https://h.example/x');
  });

  it('leaves a URL without secrets exactly as it was, encoding and order included', () => {
    for (const url of ['https://h.example/p?q=a%20b&z=1&a=2', 'https://h.example/p?', 'https://h.example/p'])
      expect(redactUrl(url)).toBe(url === 'https://h.example/p?' ? 'https://h.example/p?' : url);
  });

  it.each([
    ['token', true],
    ['github_token', true],
    ['X-Access-Token', true],
    ['access_token', true],
    ['accesstoken', true],
    ['api_key', true],
    ['api-key', true],
    ['apikey', true],
    ['my-key', true],
    ['sig', true],
    ['X-Amz-Signature', true],
    ['x-amz-credential', true],
    ['X-Amz-Security-Token', true],
    ['credential', true],
    ['credentials', true],
    ['code', true],
    // The rest of a presigned S3 URL says nothing secret.
    ['X-Amz-SignedHeaders', false],
    ['X-Amz-Date', false],
    ['X-Amz-Expires', false],
    ['X-Amz-Algorithm', false],
    ['monkey', false],
    ['tokenizer', false],
    ['zipcode', false],
    ['passage', false],
    ['page', false],
  ])('query key %s is masked: %s', (key, masked) => {
    const out = redactUrl(`https://h.example/p?${key}=s3cr3tvalue&page=2`);
    expect(out.includes('s3cr3tvalue')).toBe(!masked);
    expect(out).toContain('page=2');
    if (masked) expect(out).toContain(`${key}=***`);
  });
});

describe('Redactor', () => {
  it('masks secrets of three characters or more, trimmed; shorter ones would shred every line', () => {
    const seen: string[] = [];
    const r = new Redactor((s) => seen.push(s));
    r.add('  abc  ');
    r.add('xy');
    r.add('abc');
    expect(seen).toEqual(['abc']);
    expect(r.redact('abc xy')).toBe('*** xy');
  });

  it('adds the URL-encoded form only when it differs, and only once', () => {
    const seen: string[] = [];
    const r = new Redactor((s) => seen.push(s));
    r.add('plainsecret');
    expect(seen).toEqual(['plainsecret']);
    r.add('a/b c');
    expect(seen).toEqual(['plainsecret', 'a/b c', 'a%2Fb%20c']);
    expect(r.redact('x=a%2Fb%20c y=a/b c')).toBe('x=*** y=***');
  });

  it('masks the longer of two overlapping secrets whole, and URL credentials in text', () => {
    const r = new Redactor();
    r.add('secret');
    r.add('secret-longer');
    expect(r.redact('secret-longer and secret')).toBe('*** and ***');
    expect(r.redact('see https://u:p@h.example/x?token=t1 now')).toBe(
      'see https://h.example/x?token=*** now',
    );
  });
});

describe('relativeCandidates', () => {
  it('strips the workspace, with or without a trailing slash, and backslashes', () => {
    expect(relativeCandidates('/ws/a/b.py', '/ws')[0]).toBe('a/b.py');
    expect(relativeCandidates('/ws/a/b.py', '/ws/')[0]).toBe('a/b.py');
    expect(relativeCandidates('C:\\ws\\a\\b.py', 'C:\\ws')[0]).toBe('a/b.py');
  });

  it('strips a hosted runner checkout from another machine', () => {
    // The checkout-relative path first; then, as for any absolute path, each shorter tail.
    expect(relativeCandidates('/home/runner/work/repo/repo/src/x.py', '/elsewhere')).toEqual([
      'src/x.py',
      'runner/work/repo/repo/src/x.py',
      'work/repo/repo/src/x.py',
      'repo/repo/src/x.py',
      'repo/src/x.py',
      'x.py',
    ]);
    // Not a hosted checkout (too few folders): tails only.
    expect(relativeCandidates('/home/runner/work/repo/x.py', '/elsewhere')[0]).toBe('runner/work/repo/x.py');
  });

  it('an absolute path elsewhere offers only its tails; a relative one itself first, ./ and ../ stripped', () => {
    expect(relativeCandidates('/abs/x/y.py', '/ws')).toEqual(['x/y.py', 'y.py']);
    expect(relativeCandidates('../../x/y.py', '/ws')).toEqual(['x/y.py', 'y.py']);
    expect(relativeCandidates('./x/./y.py', '/ws')).toEqual(['x/y.py', 'y.py']);
  });

  it('never offers the same path twice, nor one outside the repository', () => {
    expect(relativeCandidates('/ws/a.py', '/ws')).toEqual(['a.py']);
    expect(relativeCandidates('/ws/../etc/passwd', '/ws')).toEqual(['etc/passwd', 'passwd']);
    expect(relativeCandidates('.', '/ws')).toEqual([]);
    expect(relativeCandidates('', '/ws')).toEqual([]);
  });

  it('with no workspace, nothing is stripped as one', () => {
    expect(relativeCandidates('a/b.py', '')).toEqual(['a/b.py', 'b.py']);
  });
});
