import { describe, expect, it } from 'vitest';
import { Redactor, redactUrl } from '../../shared/secrets.js';

describe('redactUrl', () => {
  it('removes user-info and masks sensitive query values', () => {
    expect(redactUrl('https://user:pa55@example.com/health?token=abc&verbose=1')).toBe(
      'https://example.com/health?token=***&verbose=1',
    );
    expect(redactUrl('https://hooks.example.com/x?api_key=1&X-Amz-Signature=2&sig=3&page=4')).toBe(
      'https://hooks.example.com/x?api_key=***&X-Amz-Signature=***&sig=***&page=4',
    );
    expect(redactUrl('not a url')).toBe('not a url');
  });
});

describe('Redactor', () => {
  it('masks registered secrets, their URL-encoded form, and URL credentials in free text', () => {
    const registered: string[] = [];
    const redactor = new Redactor((s) => registered.push(s));
    redactor.add('p@ss word!');
    redactor.add('ab'); // too short to mask usefully
    expect(registered).toEqual(['p@ss word!', 'p%40ss%20word!']);
    expect(redactor.redact('login p@ss word! at https://u:p%40ss%20word!@h.example/?x=1')).toBe(
      'login *** at https://h.example/?x=1',
    );
  });

  it('masks the longer of two overlapping secrets whole', () => {
    const redactor = new Redactor();
    redactor.add('secret');
    redactor.add('secret-extended');
    expect(redactor.redact('a secret-extended b secret')).toBe('a *** b ***');
  });
});
