import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { joinPath, likelyPath, relativeCandidates, repositoryPath } from '../../shared/paths.js';

describe('report paths', () => {
  it('lists candidates most likely first, normalised and without repeats', () => {
    expect(relativeCandidates('/ws/./src//app/../app/a.py', '/ws')).toEqual([
      'src/app/a.py',
      'app/a.py',
      'a.py',
    ]);
    expect(relativeCandidates('/home/runner/work/r/r/backend/app/a.py', '/elsewhere')).toEqual([
      'backend/app/a.py',
      'runner/work/r/r/backend/app/a.py',
      'work/r/r/backend/app/a.py',
      'r/r/backend/app/a.py',
      'r/backend/app/a.py',
      'app/a.py',
      'a.py',
    ]);
    expect(relativeCandidates('..\\..\\lib\\b.py', '/ws')).toEqual(['lib/b.py', 'b.py']);
  });

  it('strips whichever workspace each call names, with slashes either way', () => {
    // Each call's own workspace, whatever the calls before it named.
    expect(relativeCandidates('/a/src/x.py', '/a')[0]).toBe('src/x.py');
    expect(relativeCandidates('/a/src/x.py', '/a/src/')[0]).toBe('x.py');
    expect(relativeCandidates('C:\\w\\src\\x.py', 'C:\\w')[0]).toBe('src/x.py');
    expect(relativeCandidates('/a/src/x.py', '')[0]).toBe('src/x.py');
    expect(relativeCandidates('/a/src/x.py', '/a')[0]).toBe('src/x.py');
  });

  it('takes the first candidate that exists, normalised, asking no further', () => {
    const asked: string[] = [];
    const exists = (p: string): boolean => {
      asked.push(p);
      return p === 'app/a.py';
    };
    expect(repositoryPath('./src/../app/a.py', '/ws', exists)).toBe('app/a.py');
    expect(asked).toEqual(['app/a.py']);
  });

  it('falls back to the most likely candidate, never an absolute path', () => {
    expect(repositoryPath('/ws/src/a.py', '/ws', () => false)).toBe('src/a.py');
    expect(repositoryPath('/', '/ws', () => false)).toBe('/');
  });

  it('the likely path is the first candidate: workspace, hosted checkout, then the path without ./ or ../', () => {
    expect(likelyPath('/ws/src/a.py', '/ws')).toBe('src/a.py');
    expect(likelyPath('/home/runner/work/r/r/backend/a.py', '/elsewhere')).toBe('backend/a.py');
    expect(likelyPath('./src/a.py', '/ws')).toBe('src/a.py');
    expect(likelyPath('../../src/a.py', '/ws')).toBe('src/a.py');
    expect(likelyPath('src\\win\\a.py', '/ws')).toBe('src/win/a.py');
    // An absolute path outside both: its longest tail, never the absolute path.
    expect(likelyPath('/opt/build/src/a.py', '/ws')).toBe('build/src/a.py');
    // Nothing relative can be made of it: the path as it came, slashes mended.
    expect(likelyPath('/', '/ws')).toBe('/');
  });

  it('only a leading run of ./ and ../ is stripped, and leading slashes all go', () => {
    expect(relativeCandidates('./.././src/a.py', '/ws')[0]).toBe('src/a.py');
    expect(relativeCandidates('src/./a.py', '/ws')).toEqual(['src/a.py', 'a.py']);
    expect(relativeCandidates('//srv/share/a.py', '/ws')).toEqual(['share/a.py', 'a.py']);
  });

  it('joins a root and a path exactly as path.posix.join does', () => {
    const roots = ['/a/b', '/a/b/', '/', 'rel', 'a//b', '/a/./b', ''];
    const relatives = ['', 'c.py', './c.py', '../c.py', 'd/../c.py', 'd//c.py', '.', '../../../x'];
    for (const root of roots)
      for (const relative of relatives)
        expect(joinPath(root, relative), `${root} + ${relative}`).toBe(path.posix.join(root, relative));
  });
});
