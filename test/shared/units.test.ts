import { describe, expect, it } from 'vitest';
import { formatDuration, formatSize, parseDuration, parseSize } from '../../shared/units.js';

describe('durations', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['1.5s', 1500],
    ['0', 0],
    ['0s', 0],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'abc', '30', '5 m', '5min', '-1s', 's', '1m30', '1d'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it('formats for people', () => {
    expect(formatDuration(850)).toBe('850ms');
    expect(formatDuration(1234)).toBe('1.23s');
    expect(formatDuration(12_345)).toBe('12.3s');
    expect(formatDuration(245_000)).toBe('4m 05s');
    expect(formatDuration(3_720_000)).toBe('1h 02m');
  });
});

describe('sizes', () => {
  it.each([
    ['16GiB', 16 * 2 ** 30],
    ['24000MiB', 24_000 * 2 ** 20],
    ['1.5GB', 1.5e9],
    ['512 B', 512],
    ['2kib', 2048],
    ['0', 0],
  ])('%s is %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  it.each(['16', 'GiB', '16 GiBs', '-1GiB', '1.2.3MB'])('rejects %j', (text) =>
    expect(parseSize(text)).toBeUndefined(),
  );

  it('formats in binary units', () => {
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(1536)).toBe('1.5 KiB');
    expect(formatSize(80 * 2 ** 30)).toBe('80.0 GiB');
  });
});
