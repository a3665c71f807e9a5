/**
 * A local stand-in for what @actions/artifact talks to, speaking the real protocols over HTTP:
 * - the runner's artifact service (Twirp JSON: ListArtifacts, GetSignedArtifactURL), authorised by the
 *   ACTIONS_RUNTIME_TOKEN JWT whose `scp` claim names this run's backend ids;
 * - the REST endpoints for other runs (a run, a workflow's runs, a run's artifacts, an artifact's zip as a
 *   302 to a signed URL), authorised by the GitHub token;
 * - blob storage, serving each artifact's zip at its signed URL.
 * Zips are made by Python's zipfile (`zipOf`), so entry names can be anything a hostile archive holds.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startServer, type TestServer } from './servers.js';

export interface FakeRun {
  id: number;
  workflowId: number;
  /** `.github/workflows/ci.yml`. */
  path: string;
  headBranch: string;
  event: string;
  conclusion: 'success' | 'failure' | 'cancelled' | null;
}

export interface FakeArtifact {
  id: number;
  name: string;
  runId: number;
  zip: Buffer;
  /** `sha256:<hex>` of the zip unless set; `''` for none (artifacts uploaded before digests existed). */
  digest?: string;
}

export type BlobBehaviour = 'ok' | 'hang' | 'error' | 'corrupt';

export interface FakeArtifacts {
  server: TestServer;
  /** Where steps reach it, in its signed URLs too: the server's own URL unless changed (to a proxied name). */
  url: string;
  runs: FakeRun[];
  artifacts: FakeArtifact[];
  /** `METHOD path` of every call, in order (query strings kept). */
  calls: string[];
  /** What blob storage does with downloads. */
  blob: BlobBehaviour;
  /** Make the next N REST calls (after the first `after` of them) answer with this status. */
  failRest(status: number, times?: number, after?: number): void;
  /** The environment a step needs to reach this stand-in, as the runner would set it. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
/** This run's backend ids, as the runner's JWT carries them. */
const RUN_BACKEND = 'c2a6bcae-0000-4000-8000-00000000a001';
const JOB_BACKEND = 'c2a6bcae-0000-4000-8000-00000000b001';
export const BLOB_SIGNATURE = 'sv=2026&sig=SECRET%2Fsignature';

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned JWT with the artifact scope (@actions/artifact only decodes it; the service checks it). */
export function runtimeToken(runBackend = RUN_BACKEND, jobBackend = JOB_BACKEND): string {
  return [
    b64url({ alg: 'none', typ: 'JWT' }),
    b64url({ scp: `Actions.GenericRead:1 Actions.Results:${runBackend}:${jobBackend}`, exp: 4102444800 }),
    'unsigned',
  ].join('.');
}

/** A zip holding `entries` (name → content), made by Python's zipfile with deflate. */
export function zipOf(entries: Record<string, string | Buffer>): Buffer {
  const script = [
    'import base64, io, json, sys, zipfile',
    'entries = json.load(sys.stdin)',
    'out = io.BytesIO()',
    'with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:',
    '    for name, data in entries.items():',
    '        z.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), base64.b64decode(data))',
    'sys.stdout.write(base64.b64encode(out.getvalue()).decode())',
  ].join('\n');
  const input = JSON.stringify(
    Object.fromEntries(
      Object.entries(entries).map(([name, data]) => [name, Buffer.from(data).toString('base64')]),
    ),
  );
  return Buffer.from(execFileSync('python3', ['-c', script], { input, encoding: 'utf8' }), 'base64');
}

const digestOf = (a: FakeArtifact): string =>
  a.digest ?? `sha256:${createHash('sha256').update(a.zip).digest('hex')}`;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => resolve(text));
  });
}

export async function startFakeArtifacts(options: {
  /** The GitHub token REST calls must carry. */
  token: string;
  /** This run (GITHUB_RUN_ID): its artifacts are what the Twirp service lists. */
  currentRunId: number;
}): Promise<FakeArtifacts> {
  const calls: string[] = [];
  let restFailures: { status: number; times: number; after: number } | undefined;
  const runtime = runtimeToken();
  const state: FakeArtifacts = {
    runs: [],
    artifacts: [],
    calls,
    blob: 'ok',
    failRest(status: number, times = 1, after = 0) {
      restFailures = { status, times, after };
    },
  } as unknown as FakeArtifacts;

  /** Answers; returns true so a handler can `return json(...)`. */
  const json = (res: ServerResponse, status: number, data: unknown): true => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
    return true;
  };
  const restArtifact = (a: FakeArtifact) => ({
    id: a.id,
    name: a.name,
    size_in_bytes: a.zip.length,
    created_at: '2026-11-30T12:00:00Z',
    expired: false,
    ...(digestOf(a) === '' ? {} : { digest: digestOf(a) }),
  });
  const restRun = (r: FakeRun) => ({
    id: r.id,
    run_number: r.id - 900,
    workflow_id: r.workflowId,
    path: r.path,
    name: 'CI',
    head_branch: r.headBranch,
    event: r.event,
    status: 'completed',
    conclusion: r.conclusion,
    html_url: `https://github.com/runway-ci/example/actions/runs/${r.id}`,
  });

  async function twirp(req: IncomingMessage, res: ServerResponse, method: string): Promise<true> {
    if (req.headers.authorization !== `Bearer ${runtime}`)
      return json(res, 401, { code: 'unauthenticated', msg: 'invalid runtime token' });
    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    if (body.workflow_run_backend_id !== RUN_BACKEND || body.workflow_job_run_backend_id !== JOB_BACKEND)
      return json(res, 400, { code: 'invalid_argument', msg: 'backend ids do not match the token' });
    const mine = state.artifacts.filter((a) => a.runId === options.currentRunId);
    if (method === 'ListArtifacts') {
      const byName = body.name_filter as string | undefined;
      const byId = body.id_filter as string | undefined;
      const listed = mine.filter(
        (a) => (byName === undefined || a.name === byName) && (byId === undefined || String(a.id) === byId),
      );
      return json(res, 200, {
        artifacts: listed.map((a) => ({
          workflow_run_backend_id: RUN_BACKEND,
          workflow_job_run_backend_id: JOB_BACKEND,
          database_id: String(a.id),
          name: a.name,
          size: String(a.zip.length),
          created_at: '2026-12-01T10:00:00Z',
          ...(digestOf(a) === '' ? {} : { digest: digestOf(a) }),
        })),
      });
    }
    if (method === 'GetSignedArtifactURL') {
      const artifact = mine.find((a) => a.name === body.name);
      if (artifact === undefined) return json(res, 404, { code: 'not_found', msg: 'artifact not found' });
      return json(res, 200, { signed_url: `${state.url}/blob/${artifact.id}.zip?${BLOB_SIGNATURE}` });
    }
    return json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
  }

  function rest(req: IncomingMessage, res: ServerResponse, url: URL): true {
    if (![`Bearer ${options.token}`, `token ${options.token}`].includes(req.headers.authorization ?? ''))
      return json(res, 401, { message: 'Bad credentials' });
    if (restFailures !== undefined && restFailures.after > 0) restFailures.after--;
    else if (restFailures !== undefined && restFailures.times > 0) {
      restFailures.times--;
      return json(res, restFailures.status, {
        message: restFailures.status === 403 ? 'Resource not accessible by integration' : 'Server Error',
      });
    }
    const p = url.pathname;
    let m = /^\/repos\/runway-ci\/example\/actions\/runs\/(\d+)$/.exec(p);
    if (m) {
      const id = Number(m[1]);
      const run = state.runs.find((r) => r.id === id);
      return run === undefined ? json(res, 404, { message: 'Not Found' }) : json(res, 200, restRun(run));
    }
    m = /^\/repos\/runway-ci\/example\/actions\/workflows\/(\d+)\/runs$/.exec(p);
    if (m) {
      const branch = url.searchParams.get('branch');
      const status = url.searchParams.get('status');
      const runs = state.runs
        .filter((r) => r.workflowId === Number(m?.[1]))
        .filter((r) => branch === null || r.headBranch === branch)
        .filter((r) => status === null || r.conclusion === status)
        .sort((a, b) => b.id - a.id);
      return json(res, 200, { total_count: runs.length, workflow_runs: runs.map(restRun) });
    }
    m = /^\/repos\/runway-ci\/example\/actions\/runs\/(\d+)\/artifacts$/.exec(p);
    if (m) {
      const name = url.searchParams.get('name');
      const listed = state.artifacts
        .filter((a) => a.runId === Number(m?.[1]))
        .filter((a) => name === null || a.name === name);
      return json(res, 200, { total_count: listed.length, artifacts: listed.map(restArtifact) });
    }
    m = /^\/repos\/runway-ci\/example\/actions\/artifacts\/(\d+)\/zip$/.exec(p);
    if (m) {
      const id = Number(m[1]);
      const artifact = state.artifacts.find((a) => a.id === id);
      if (artifact === undefined) return json(res, 404, { message: 'Not Found' });
      res.writeHead(302, { location: `${state.url}/blob/${artifact.id}.zip?${BLOB_SIGNATURE}` }).end();
      return true;
    }
    return json(res, 404, { message: 'Not Found' });
  }

  function blob(res: ServerResponse, url: URL): void {
    const artifact = state.artifacts.find((a) => `/blob/${a.id}.zip` === url.pathname);
    if (artifact === undefined || url.search !== `?${BLOB_SIGNATURE}`) {
      res.writeHead(403).end('AuthenticationFailed');
      return;
    }
    if (state.blob === 'hang') return; // never answers: the step's deadline must end it
    if (state.blob === 'error') {
      res.writeHead(500).end('InternalError');
      return;
    }
    const bytes = state.blob === 'corrupt' ? Buffer.from(artifact.zip).fill(7, 40, 60) : artifact.zip;
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': bytes.length }).end(bytes);
  }

  const server = await startServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    calls.push(`${req.method ?? ''} ${url.pathname}${url.search}`);
    if (url.pathname.startsWith(SERVICE) && req.method === 'POST') {
      void twirp(req, res, url.pathname.slice(SERVICE.length));
      return;
    }
    if (url.pathname.startsWith('/blob/')) blob(res, url);
    else rest(req, res, url);
  });
  state.server = server;
  state.url = server.url;
  state.env = () => ({
    ACTIONS_RUNTIME_TOKEN: runtime,
    ACTIONS_RESULTS_URL: `${state.url}/`,
    GITHUB_API_URL: state.url,
    GITHUB_RUN_ID: String(options.currentRunId),
  });
  state.close = () => server.close();
  return state;
}
