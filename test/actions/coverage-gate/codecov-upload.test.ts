/**
 * The Codecov upload as a unit, against a local server speaking Codecov's v4 upload protocol: what is asked
 * and sent, which answers are retried and how long it waits (a clock that records the waits instead of
 * sleeping), and the one-line error each failure becomes. The end-to-end tests run the same through the bundle.
 */
import type http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type UploadParams,
  uploadBody,
  uploadPolicy,
  uploadToCodecov,
} from '../../../actions/coverage-gate/src/codecov-upload.js';
import type { Clock } from '../../../shared/retry.js';
import { freePort, startServer, type TestServer } from '../../harness/servers.js';

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}
let server: TestServer;
const state: { answer: (seen: Seen, res: http.ServerResponse, n: number) => void; seen: Seen[] } = {
  answer: () => undefined,
  seen: [],
};

beforeAll(async () => {
  server = await startServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const seen = {
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
      };
      state.seen.push(seen);
      state.answer(seen, res, state.seen.length);
    });
  });
});
afterAll(async () => {
  await server.close();
});

/** Codecov's answer to the upload request, then the storage's to the PUT. */
function codecov(uploadStatus = 200, putStatus = 200): (seen: Seen, res: http.ServerResponse) => void {
  return (seen, res) => {
    if (seen.method === 'POST') {
      res.writeHead(uploadStatus, { 'content-type': 'text/plain' });
      res.end(
        uploadStatus === 200
          ? `https://codecov.example/report/1\n${server.url}/storage/v4/raw?sig=abc\n`
          : 'nope',
      );
    } else {
      res.writeHead(putStatus);
      res.end(putStatus === 200 ? '' : 'storage says no');
    }
  };
}

beforeEach(() => {
  state.seen = [];
  state.answer = codecov();
});

const params = (over: Partial<UploadParams> = {}): UploadParams => ({
  url: server.url,
  token: 'tok-123',
  commit: 'a'.repeat(40),
  branch: 'main',
  slug: 'runway-ci/example',
  build: '77',
  buildUrl: 'https://github.com/runway-ci/example/actions/runs/77',
  job: 'tests',
  pr: undefined,
  flags: [],
  name: undefined,
  ...over,
});

/** A clock whose waits are recorded and pass at once. */
function recordingClock(): Clock & { waits: number[] } {
  const waits: number[] = [];
  let now = 1_000_000;
  return {
    waits,
    now: () => now,
    sleep: (ms) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
    random: () => 1,
  };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the upload to fail');
}

describe('the upload body', () => {
  it("is the file list, the network marker, then each report between Codecov's markers", () => {
    expect(
      uploadBody(
        [
          { name: 'coverage.xml', content: '<coverage/>\n' },
          { name: 'lcov.info', content: 'SF:a\n\n' },
        ],
        ['src/a.py', 'src/b.py'],
      ),
    ).toBe(
      'src/a.py\nsrc/b.py\n<<<<<< network\n# path=coverage.xml\n<coverage/>\n<<<<<< EOF\n# path=lcov.info\nSF:a\n\n<<<<<< EOF\n',
    );
    expect(uploadBody([], [])).toBe('\n<<<<<< network\n');
    // Only the last line end goes: the report's own lines stay apart.
    expect(uploadBody([{ name: 'l.info', content: 'SF:a\nend_of_record\n' }], [])).toBe(
      '\n<<<<<< network\n# path=l.info\nSF:a\nend_of_record\n<<<<<< EOF\n',
    );
  });

  it('gives up after six attempts, waiting at most 30 s between them, within the deadline', () => {
    expect(uploadPolicy(60_000)).toEqual({
      maxAttempts: 6,
      initialDelayMs: 1000,
      factor: 2,
      maxDelayMs: 30_000,
      deadlineMs: 60_000,
      jitter: 'full',
    });
  });
});

describe('uploading', () => {
  it('asks for an upload URL with the run’s details, PUTs the body there, and returns the report URL', async () => {
    const result = await uploadToCodecov(
      params({ url: `${server.url}/`, pr: '12', flags: ['unit', 'py3.12'], name: 'shard 1' }),
      'BODY',
      10_000,
      recordingClock(),
    );
    expect(result).toEqual({ reportUrl: 'https://codecov.example/report/1' });
    const [ask, put] = state.seen;
    expect(ask?.method).toBe('POST');
    expect(ask?.path).toBe('/upload/v4');
    expect(Object.fromEntries(ask?.query ?? [])).toEqual({
      package: 'runway-coverage-gate',
      token: 'tok-123',
      commit: 'a'.repeat(40),
      slug: 'runway-ci/example',
      service: 'github-actions',
      branch: 'main',
      build: '77',
      build_url: 'https://github.com/runway-ci/example/actions/runs/77',
      job: 'tests',
      pr: '12',
      name: 'shard 1',
      flags: 'unit,py3.12',
    });
    expect(ask?.headers).toMatchObject({ accept: 'text/plain', 'x-upload-token': 'tok-123' });
    expect(put).toMatchObject({ method: 'PUT', path: '/storage/v4/raw', body: 'BODY' });
    expect(put?.query.get('sig')).toBe('abc');
    expect(put?.headers).toMatchObject({ 'content-type': 'text/plain', 'x-amz-acl': 'public-read' });
  });

  it('leaves out the details that are missing or empty', async () => {
    await uploadToCodecov(
      params({ branch: undefined, build: '', buildUrl: undefined, job: undefined, flags: [], name: '' }),
      'B',
      10_000,
      recordingClock(),
    );
    expect([...(state.seen[0]?.query.keys() ?? [])]).toEqual([
      'package',
      'token',
      'commit',
      'slug',
      'service',
    ]);
  });

  it.each([
    ['one line', 'https://codecov.example/report/1\n'],
    ['a second line that is no URL', 'https://codecov.example/report/1\nftp://x\n'],
    ['a second line that only holds a URL later', 'https://codecov.example/report/1\nsee https://x\n'],
    ['nothing', ''],
  ])('refuses an answer with %s, quoting it', async (_what, text) => {
    state.answer = (_seen, res) => res.end(text);
    const message = await failure(uploadToCodecov(params(), 'B', 10_000, recordingClock()));
    expect(message).toBe(`Codecov answered without an upload URL: '${text.replace(/\n/g, ' ')}'`);
    expect(state.seen).toHaveLength(1);
  });

  it.each([408, 425, 429, 500, 503])('retries a %i, then succeeds', async (status) => {
    const clock = recordingClock();
    state.answer = (seen, res, n) => (n === 1 ? codecov(status)(seen, res) : codecov()(seen, res));
    await uploadToCodecov(params(), 'B', 60_000, clock);
    expect(state.seen.map((s) => s.method)).toEqual(['POST', 'POST', 'PUT']);
    // Full jitter with random() = 1: the whole first delay.
    expect(clock.waits).toEqual([1000]);
  });

  it('waits as long as Retry-After says', async () => {
    const clock = recordingClock();
    state.answer = (seen, res, n) => {
      if (n === 1) {
        res.writeHead(429, { 'retry-after': '7' });
        res.end('slow down');
      } else codecov()(seen, res);
    };
    await uploadToCodecov(params(), 'B', 60_000, clock);
    expect(clock.waits).toEqual([7000]);
  });

  it('reads the two URLs of an answer that starts with a blank line', async () => {
    state.answer = (seen, res, n) => {
      if (n === 1) res.end('\nhttps://codecov.example/report/1\nhttp://127.0.0.1:1/nowhere\n');
      else codecov()(seen, res);
    };
    // The PUT goes to the second URL (here one nothing listens on), not to the report's.
    const message = await failure(uploadToCodecov(params(), 'B', 600_000, recordingClock()));
    expect(message).toMatch(/^Codecov storage upload: .*refused/i);
  });

  it('quotes an answer without the blank lines around it', async () => {
    state.answer = (_seen, res) => {
      res.writeHead(422);
      res.end('\nbad token\n');
    };
    const message = await failure(uploadToCodecov(params(), 'B', 60_000, recordingClock()));
    expect(message).toBe("Codecov upload request answered 422: 'bad token' (after 1 attempt)");
  });

  it.each([300, 400, 401, 403, 404, 422])('fails at once on a %i, quoting the answer', async (status) => {
    state.answer = codecov(status);
    const message = await failure(uploadToCodecov(params(), 'B', 60_000, recordingClock()));
    expect(message).toBe(`Codecov upload request answered ${status}: 'nope' (after 1 attempt)`);
    expect(state.seen).toHaveLength(1);
  });

  it('gives up after six attempts with the last answer', async () => {
    const clock = recordingClock();
    state.answer = codecov(502);
    const message = await failure(uploadToCodecov(params(), 'B', 600_000, clock));
    expect(message).toBe("Codecov upload request answered 502: 'nope' (after 6 attempts)");
    expect(clock.waits).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('retries the storage PUT on its own, and names it when it fails', async () => {
    const clock = recordingClock();
    state.answer = codecov(200, 500);
    const message = await failure(uploadToCodecov(params(), 'B', 600_000, clock));
    expect(message).toBe("Codecov storage upload answered 500: 'storage says no' (after 6 attempts)");
    expect(state.seen.map((s) => s.method)).toEqual(['POST', 'PUT', 'PUT', 'PUT', 'PUT', 'PUT', 'PUT']);
    state.seen = [];
    state.answer = codecov(200, 403);
    expect(await failure(uploadToCodecov(params(), 'B', 600_000, recordingClock()))).toBe(
      "Codecov storage upload answered 403: 'storage says no' (after 1 attempt)",
    );
  });

  it('gives the storage PUT only what the request left of the one deadline', async () => {
    const clock = recordingClock();
    state.answer = (seen, res, n) => (n <= 3 ? codecov(500)(seen, res) : codecov(200, 500)(seen, res));
    const message = await failure(uploadToCodecov(params(), 'B', 20_000, clock));
    // The request waited 1 + 2 + 4 s; of the 20 s, 13 s are left: the PUT waits 1 + 2 + 4 s, and 8 s more
    // would pass its share, so it gives up after four attempts.
    expect(clock.waits).toEqual([1000, 2000, 4000, 1000, 2000, 4000]);
    expect(message).toBe("Codecov storage upload answered 500: 'storage says no' (after 4 attempts)");
  });

  it('retries a refused connection, and never puts the token in the message', async () => {
    const port = await freePort();
    const clock = recordingClock();
    const message = await failure(
      uploadToCodecov(params({ url: `http://127.0.0.1:${port}` }), 'B', 600_000, clock),
    );
    expect(message).toMatch(/^Codecov upload request: .*refused.* \(after 6 attempts\)$/i);
    expect(message).not.toContain('tok-123');
    expect(clock.waits).toHaveLength(5);
  });

  it('fails at once on a URL that cannot be asked', async () => {
    const message = await failure(
      uploadToCodecov(params({ url: 'codecov.io' }), 'B', 600_000, recordingClock()),
    );
    expect(message).toBe('Codecov upload request: the URL is not a valid absolute URL (after 1 attempt)');
    expect(state.seen).toEqual([]);
  });
});
