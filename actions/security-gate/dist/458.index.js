export const id = 458;
export const ids = [458];
export const modules = {

/***/ 458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateFindings: () => (/* binding */ gateFindings)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var lib_core = __webpack_require__(7094);
// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
;// CONCATENATED MODULE: ./shared/annotations.ts
/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (50 per job) and silently
 * drops the rest. Rather than let that happen, an action plans which annotations to emit within the budget
 * and says how many more there are, so nobody mistakes the shown ones for all of them.
 */

/** GitHub's per-step display limits. */
const STEP_ANNOTATION_LIMITS = { error: 10, warning: 10, notice: 10 };
/**
 * Keeps the first annotations of each level within `limits`. When the step will fail, pass
 * `reserveForFailure: true`: the failure message itself is one error annotation.
 */
function planAnnotations(annotations, options = {}) {
    return planBy(annotations, (a) => a.level, options);
}
/** planAnnotations over any items, given each one's level. */
function planBy(items, levelOf, options) {
    const limits = { ...(options.limits ?? STEP_ANNOTATION_LIMITS) };
    if (options.reserveForFailure === true)
        limits.error = Math.max(0, limits.error - 1);
    // One slot per level is kept for the "N more" note when that level overflows.
    const totals = { error: 0, warning: 0, notice: 0 };
    for (const item of items)
        totals[levelOf(item)]++;
    const room = { error: 0, warning: 0, notice: 0 };
    for (const level of ['error', 'warning', 'notice']) {
        room[level] = totals[level] > limits[level] ? Math.max(0, limits[level] - 1) : limits[level];
    }
    const shown = [];
    const omitted = { error: 0, warning: 0, notice: 0 };
    for (const item of items) {
        const level = levelOf(item);
        if (room[level] > 0) {
            shown.push(item);
            room[level]--;
        }
        else {
            omitted[level]++;
        }
    }
    return { shown, omitted };
}
/** The "N more" lines to emit after the shown annotations, one per level that overflowed. */
function omissionNotes(plan, where = 'the job summary') {
    return ['error', 'warning', 'notice']
        .filter((level) => plan.omitted[level] > 0)
        .map((level) => ({
        level,
        title: 'More annotations',
        message: `${plan.omitted[level]} more ${level}${plan.omitted[level] === 1 ? '' : 's'} not shown as annotations (GitHub shows 10 per step); see ${where}.`,
    }));
}
/** The plan for plain annotations, or for lazy ones with only the shown ones made. */
function planOf(annotations, options) {
    if (!('items' in annotations))
        return planAnnotations(annotations, options);
    const plan = planBy(annotations.items, (item) => annotations.level(item), options);
    return { shown: plan.shown.map((item) => annotations.annotation(item)), omitted: plan.omitted };
}
/** Emits the plan, then its omission notes. */
function emitAnnotations(sink, annotations, options = {}) {
    const plan = planOf(annotations, options);
    for (const a of [...plan.shown, ...omissionNotes(plan, options.where)]) {
        const { level, message, ...properties } = a;
        sink[level]((0,shared_text/* bounded */.Mm)(message), properties);
    }
    return plan;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
;// CONCATENATED MODULE: ./shared/artifact-files.ts
/**
 * Which files of downloaded artifacts a step reads: those its report patterns (`files`, `reports`) match
 * inside each artifact, as @actions/glob would match them in the workspace — minimatch with its options,
 * `!pattern` excluding, and a pattern that names a folder taking everything under it.
 */

/** @actions/glob's own minimatch options (on Linux and macOS runners). */
const OPTIONS = { dot: true, nobrace: true, nocomment: true, noext: true, nonegate: true };
/** A predicate over forward-slash paths relative to an artifact's root. */
function relativeGlobs(patterns) {
    const compiled = patterns.map((p) => {
        const negate = p.startsWith('!');
        const body = (negate ? p.slice(1) : p).replace(/^\.\//, '').replace(/\/+$/, '');
        return { negate, matcher: new esm/* Minimatch */.VR(body, OPTIONS) };
    });
    return (file) => {
        const segments = file.split('/');
        // The file itself, or a folder it is in (a pattern `reports` takes reports/**).
        const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
        let included = false;
        for (const { negate, matcher } of compiled) {
            if (candidates.some((c) => matcher.match(c)))
                included = !negate;
        }
        return included;
    };
}

// EXTERNAL MODULE: ./shared/artifact-names.ts
var artifact_names = __webpack_require__(9731);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/github.ts

class GitHubApiError extends Error {
    status;
    name = 'GitHubApiError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** What a failing status usually means for an action's token, said where it helps. */
function hint(status, message) {
    if (status === 401)
        return ' (the token is missing, expired or invalid)';
    if (status === 403 && /not accessible by integration/i.test(message)) {
        return ' (the token lacks a permission: grant it under `permissions:`; on pull requests from forks GITHUB_TOKEN is read-only)';
    }
    if (status === 404)
        return ' (not found, or the token cannot see it)';
    return '';
}
function sameOrigin(url, base) {
    try {
        return new URL(url, base).origin === new URL(base).origin;
    }
    catch {
        return false;
    }
}
/** One line: `METHOD url answered status: GitHub's message (what it means)`, or the network error. */
function describeFailure(error) {
    if (error instanceof GitHubApiError)
        return error;
    const failure = (typeof error === 'object' && error !== null ? error : {});
    const where = `${failure.request?.method ?? 'GET'} ${failure.request?.url ?? '?'}`;
    const data = failure.response?.data;
    if (failure.response === undefined || typeof failure.status !== 'number') {
        const cause = error instanceof Error ? error.message : String(error);
        return new GitHubApiError(`${where}: ${oneLine(cause, 300)}`, 0);
    }
    const said = typeof data === 'object' && data !== null && typeof data.message === 'string'
        ? data.message
        : typeof data === 'string' && data !== ''
            ? data
            : (failure.message ?? '');
    const message = oneLine(said, 300);
    return new GitHubApiError(`${where} answered ${failure.status}: ${message}${hint(failure.status, message)}`, failure.status);
}
/**
 * @actions/github, after the real undici it needs (for its proxy-aware fetch) is loaded from a chunk of its
 * own and handed to the bundles' stand-in (shared/vendor/undici-lazy.cjs).
 */
async function toolkitGitHub() {
    const key = Symbol.for('runway.undici');
    const global = globalThis;
    if (global[key] === undefined) {
        const undici = (await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19)));
        global[key] = undici.default ?? undici;
    }
    return __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 5555));
}
/** A client for `token` on GITHUB_API_URL. */
async function github_gitHubClient(token, options = {}) {
    const [{ GitHub, defaults, getOctokitOptions }, { retry }, { throttling }] = await Promise.all([
        toolkitGitHub(),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
    ]);
    const deadlineMs = options.deadlineMs ?? 90_000;
    const endsAt = Date.now() + deadlineMs;
    // A rate limit is waited out only when GitHub's wait ends before the deadline, at most twice.
    const waitOut = (retryAfterSeconds, _options, _octokit, retryCount) => retryCount < 2 && Date.now() + retryAfterSeconds * 1000 < endsAt;
    // The toolkit's request defaults (its proxy-aware fetch) are kept: Octokit merges `request` shallowly.
    const octokit = new (GitHub.plugin(retry, throttling))(getOctokitOptions(token, {
        request: { ...defaults.request, signal: AbortSignal.timeout(deadlineMs) },
        retry: { retries: options.retries ?? 3 },
        throttle: { onRateLimit: waitOut, onSecondaryRateLimit: waitOut },
    }));
    // Octokit hands over a body it could not read as JSON as text: a list or an object read from it would be
    // a guess, so it is JSON or an error saying what came.
    octokit.hook.after('request', (response, request) => {
        const data = response.data;
        if (typeof data !== 'string' || data === '')
            return;
        try {
            response.data = JSON.parse(data);
        }
        catch {
            throw new GitHubApiError(`${request.method} ${response.url} answered ${response.status} with a body that is not JSON (${data.length} characters; cut off?)`, response.status);
        }
    });
    // The host the token is for: the one Octokit was given (GITHUB_API_URL, read by the toolkit).
    const apiUrl = defaults.baseUrl ?? 'https://api.github.com';
    return {
        async list(route, parameters) {
            try {
                return await octokit.paginate(route, { per_page: 100, ...parameters }, (response) => {
                    // The token goes only to the API it was given for, whatever a Link header says.
                    const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.link ?? '')?.[1];
                    if (next !== undefined && !sameOrigin(next, apiUrl))
                        throw new GitHubApiError(`${route}: the next page is on another host; not followed`, 200);
                    return response.data;
                });
            }
            catch (error) {
                throw describeFailure(error);
            }
        },
        async call(route, parameters) {
            try {
                return (await octokit.request(route, parameters)).data;
            }
            catch (error) {
                throw describeFailure(error);
            }
        },
    };
}
/**
 * Edits the comment that carries `marker`, or creates one, so a PR holds one report, kept current.
 * With `create: false` an existing comment is still updated (a fixed build turns a red report green), but
 * none is created; then the result is undefined.
 */
async function upsertComment(api, repository, issueNumber, marker, body, options = {}) {
    const [owner = '', repo = ''] = repository.split('/');
    const where = { owner, repo };
    const comments = await api.list('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: issueNumber });
    const existing = comments.find((c) => c.body?.includes(marker) === true);
    if (existing !== undefined) {
        const updated = await api.call('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...where, comment_id: existing.id, body });
        return { action: 'updated', url: updated.html_url };
    }
    if (options.create === false)
        return undefined;
    const created = await api.call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...where, issue_number: issueNumber, body });
    return { action: 'created', url: created.html_url };
}

// EXTERNAL MODULE: ./shared/units.ts
var units = __webpack_require__(7801);
// EXTERNAL MODULE: ./shared/workspace-file.ts
var workspace_file = __webpack_require__(7938);
;// CONCATENATED MODULE: ./shared/artifacts.ts
/**
 * Reports read straight from workflow artifacts, through the toolkit's @actions/artifact: this run's
 * artifacts by name pattern (the runner's artifact service, ACTIONS_RUNTIME_TOKEN), and one artifact of the
 * base branch's latest successful run of this workflow (the REST API; the token needs `actions: read`).
 * Everything a download writes lands in a fresh folder under RUNNER_TEMP; nothing loads until a step asks.
 */











/**
 * How a file of an artifact is named in logs: its names come from whoever uploaded it (a pull request can),
 * so they are made one line and bounded before they reach a log line that could read as a workflow command.
 */
const shownAs = (artifact, file) => `artifact:${(0,workspace_file/* shownName */.HD)(artifact)}/${(0,workspace_file/* shownName */.HD)(file)}`;
/** The client, after the undici the toolkit's GitHub client needs (see shared/github.ts). */
async function artifactClient() {
    await toolkitGitHub();
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(555), __webpack_require__.e(379), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 1379));
    return new DefaultArtifactClient();
}
/**
 * `work`, or an ActionFailure naming `input` when it has not finished within `timeoutMs`. The package's own
 * retries cannot be cancelled: once the deadline has passed the step fails, and the process is ended shortly
 * after rather than left waiting on them.
 */
async function withinDeadline(work, timeoutMs, what, input) {
    let timer;
    const deadline = new Promise((_resolve, reject) => {
        timer = setTimeout(() => {
            setTimeout(() => process.exit(), 2000).unref();
            reject(new errors/* ActionFailure */.dR(`${what} did not finish within ${(0,units/* formatDuration */.a3)(timeoutMs)} ('${input}'): GitHub's artifact storage is slow or unreachable from this runner.`));
        }, timeoutMs);
    });
    work.catch(() => undefined);
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** Every regular file under `root`, as sorted forward-slash paths relative to it. */
async function filesUnder(root) {
    const names = await (0,promises_.readdir)(root, { recursive: true });
    const files = [];
    for (const name of names) {
        if ((await (0,promises_.lstat)(external_node_path_default().join(root, name))).isFile())
            files.push(name.split((external_node_path_default()).sep).join('/'));
    }
    return files.sort();
}
/** A fresh folder for downloads, under the runner's temp folder (readable by later checks as a runner root). */
async function downloadFolder(prefix) {
    return (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), `runway-${prefix}-`));
}
/** Downloads one artifact into `into/<id>` and checks its digest when the listing gave one. */
async function download(client, artifact, into, findBy) {
    const folder = external_node_path_default().join(into, String(artifact.id));
    const result = await client.downloadArtifact(artifact.id, {
        path: folder,
        ...(artifact.digest !== undefined && artifact.digest !== '' ? { expectedHash: artifact.digest } : {}),
        ...(findBy === undefined ? {} : { findBy }),
    });
    if (result.digestMismatch === true)
        throw new errors/* ActionFailure */.dR(`The artifact '${(0,workspace_file/* shownName */.HD)(artifact.name)}' (id ${artifact.id}) does not match the digest GitHub recorded when it was uploaded: not read.`);
    return { folder, files: await filesUnder(folder) };
}
/** Says why this run's artifacts cannot be read here, before anything loads. */
function checkRuntime() {
    for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
        if ((process.env[name] ?? '') === '')
            throw new errors/* ConfigurationError */.j1(`Input 'artifacts' reads this run's artifacts through the runner, but ${name} is not set: it is set for JavaScript actions in a workflow job on GitHub Actions (this step may run elsewhere).`);
    }
}
/**
 * The reports in this run's artifacts whose names match `artifacts` (the `artifacts` input): each matching
 * artifact is downloaded and the files `reportPatterns` match inside it (relative to its root) are returned.
 * Matching nothing is not an error here: the action decides, as it does for report patterns that match
 * nothing. With no `artifacts`, nothing is loaded or fetched.
 */
async function artifactReports(artifacts, reportPatterns, timeoutMs) {
    if (artifacts.length === 0)
        return { files: [], notes: [] };
    checkRuntime();
    const wanted = relativeGlobs(reportPatterns);
    const client = await artifactClient();
    const work = lib_core.group(`Artifacts of this run: ${artifacts.map((p) => p.text).join(', ')}`, async () => {
        const { artifacts: listed } = await client.listArtifacts({ latest: true });
        const { matched, unmatched } = (0,artifact_names/* matchArtifacts */.FG)(listed, artifacts);
        const into = await downloadFolder('artifacts');
        const files = [];
        const read = [];
        // By name, so reports and their summary come in the same order whatever order the service lists them in.
        const byName = [...matched].sort((a, b) => a.name.localeCompare(b.name, 'en'));
        for (const artifact of byName) {
            const { folder, files: inside } = await download(client, artifact, into);
            const kept = inside.filter(wanted);
            lib_core.info(`artifact '${(0,workspace_file/* shownName */.HD)(artifact.name)}': ${inside.length} file${inside.length === 1 ? '' : 's'}, ${kept.length} read`);
            read.push({ name: artifact.name, wanted: kept.length });
            for (const file of kept)
                files.push({
                    absolute: external_node_path_default().join(folder, file),
                    display: shownAs(artifact.name, file),
                    relative: file,
                });
        }
        const available = listed.map((a) => a.name).sort();
        const what = `file matching ${reportPatterns.join(', ')}`;
        return { files, notes: (0,artifact_names/* artifactsNotes */.FC)({ read, unmatched, available }, what) };
    });
    try {
        return await withinDeadline(work, timeoutMs, "Reading this run's artifacts", 'artifacts-timeout');
    }
    catch (error) {
        throw artifactFailure(error, 'artifacts');
    }
}
/** A failure of the artifact service as one line naming the input; our own failures pass through. */
function artifactFailure(error, input) {
    if (error instanceof errors/* ActionFailure */.dR || error instanceof errors/* ConfigurationError */.j1)
        return error;
    if (error instanceof GitHubApiError)
        return new errors/* ActionFailure */.dR(`Input '${input}': ${error.message}`);
    const status = error.status;
    const message = (0,shared_text/* oneLine */.TN)((0,errors/* errorMessage */.gJ)(error), 400);
    const permission = status === 401 || status === 403 || status === 404
        ? ' (the token needs `actions: read` under `permissions:`)'
        : '';
    return new errors/* ActionFailure */.dR(`Input '${input}': the artifacts could not be read: ${message}${permission}`);
}
/**
 * The file of `ref` in the latest successful run of this run's workflow on `branch`. No such run, no such
 * artifact (never uploaded, or expired) or no such file is `found: false` with the reason; an API that
 * refuses the token, or a deadline passed, is an error.
 */
async function baseArtifactFile(request) {
    const { ref, repository, runId, branch, token } = request;
    const [owner = '', repo = ''] = repository.split('/');
    const work = core.group(`Base from artifact '${shownName(ref.name)}' on ${branch}`, async () => {
        const api = await gitHubClient(token, { deadlineMs: request.timeoutMs });
        const current = await api.call('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId });
        const workflow = current.path ?? current.name ?? `workflow ${current.workflow_id}`;
        const { workflow_runs: runs } = await api.call('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner, repo, workflow_id: current.workflow_id, branch, status: 'success', per_page: 30 });
        const run = pickBaseRun(runs, branch, runId);
        if (run === undefined)
            return { found: false, reason: `${workflow} has no successful run on ${branch} yet` };
        const where = `the latest successful run of ${workflow} on ${branch} (${run.html_url ?? `run ${run.id}`})`;
        core.info(`Base run: ${where}`);
        const client = await artifactClient();
        const findBy = { token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo };
        const { artifacts } = await client.listArtifacts({ latest: true, findBy });
        const artifact = artifacts.find((a) => a.name === ref.name);
        if (artifact === undefined)
            return {
                found: false,
                reason: `${where} has no artifact '${shownName(ref.name)}' (not uploaded, or expired)`,
            };
        const { folder, files } = await download(client, artifact, await downloadFolder('base'), findBy);
        const chosen = chooseBaseFile(files, ref, request.input);
        if ('missing' in chosen)
            return { found: false, reason: `${where}: ${chosen.missing}` };
        return {
            found: true,
            run,
            file: {
                absolute: path.join(folder, chosen.file),
                display: shownAs(ref.name, chosen.file),
                relative: chosen.file,
            },
        };
    });
    try {
        return await withinDeadline(work, request.timeoutMs, 'Fetching the base artifact', request.timeoutInput);
    }
    catch (error) {
        throw artifactFailure(error, request.input);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./shared/cancel.ts
/**
 * When the runner cancels a step it signals the step's process (SIGINT, then SIGTERM), not what the step
 * started in groups or sessions of their own. `whileRunning` stops such work first, then lets the signal do
 * what it would have done: the step still ends, with nothing of its own left behind.
 */
function whileRunning(stop) {
    const onCancel = (signal) => {
        void Promise.resolve()
            .then(stop)
            .catch(() => undefined)
            .finally(() => {
            release();
            // The default action, unless someone else still listens (another child being stopped).
            if (process.listenerCount(signal) === 0)
                process.kill(process.pid, signal);
        });
    };
    const release = () => {
        process.off('SIGINT', onCancel);
        process.off('SIGTERM', onCancel);
    };
    process.on('SIGINT', onCancel);
    process.on('SIGTERM', onCancel);
    return { release };
}

;// CONCATENATED MODULE: ./shared/exec.ts
/**
 * Runs a program and captures its output, without throwing: the caller reads the exit code.
 *
 * Whatever it starts is stopped with it. The program runs in a process group of its own, so a timeout stops
 * the program and everything it started (a `bash` and its children, a hung driver call): SIGTERM to the
 * whole group, then SIGKILL after a grace period for what traps TERM. When the step itself is cancelled
 * (SIGINT or SIGTERM from the runner), the group is killed before the step exits, since a group of its own
 * no longer gets the signals meant for the step. Output is captured up to a limit; past it the program is
 * stopped, as a flood of output is never a report anyone can read.
 */


const DEFAULT_MAX_BUFFER = 256 * 1024 * 1024;
const DEFAULT_GRACE_MS = 3000;
function execCapture(file, args, options = {}) {
    return new Promise((resolve) => {
        const limit = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
        const child = (0,external_node_child_process_.spawn)(file, args, {
            stdio: ['ignore', 'pipe', 'pipe'],
            // A group of its own (POSIX): one kill reaches everything it starts.
            detached: process.platform !== 'win32',
            ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
            ...(options.env !== undefined ? { env: options.env } : {}),
        });
        const out = [];
        const err = [];
        const size = { out: 0, err: 0 };
        let timedOut = false;
        let overflowed = false;
        let missing = false;
        let hardKill;
        const signalGroup = (signal) => {
            if (child.pid === undefined)
                return;
            try {
                if (process.platform === 'win32')
                    child.kill(signal);
                else
                    process.kill(-child.pid, signal);
            }
            catch {
                // Already gone.
            }
        };
        const stop = () => {
            signalGroup('SIGTERM');
            hardKill ??= setTimeout(() => signalGroup('SIGKILL'), options.graceMs ?? DEFAULT_GRACE_MS);
        };
        const collect = (chunks, stream) => (chunk) => {
            if (size[stream] + chunk.byteLength > limit) {
                const room = limit - size[stream];
                if (room > 0)
                    chunks.push(chunk.subarray(0, room));
                size[stream] = limit;
                if (!overflowed) {
                    overflowed = true;
                    stop();
                }
                return;
            }
            size[stream] += chunk.byteLength;
            chunks.push(chunk);
        };
        child.stdout.on('data', collect(out, 'out'));
        child.stderr.on('data', collect(err, 'err'));
        const live = options.live === undefined ? undefined : showLive(child, options.live);
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                stop();
            }, options.timeoutMs);
        // The step is being cancelled: take the group down, then let the signal do what it would have done.
        const { release } = whileRunning(() => signalGroup('SIGKILL'));
        child.on('error', (error) => {
            if (error.code === 'ENOENT')
                missing = true;
        });
        // What it left running in its group (a background job, a daemon) is stopped with it.
        child.on('exit', () => signalGroup('SIGKILL'));
        child.on('close', (code) => {
            if (timer !== undefined)
                clearTimeout(timer);
            if (hardKill !== undefined)
                clearTimeout(hardKill);
            release();
            live?.finish();
            resolve({
                code: timedOut || overflowed || missing ? null : code,
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
                missing,
                timedOut,
                overflowed,
            });
        });
    });
}
/**
 * Lines of the chosen streams, written as each completes; a heartbeat whenever the program has printed
 * nothing shown for `heartbeatMs`, so a long pip install or scan never looks hung.
 */
function showLive(child, live) {
    const started = Date.now();
    let lastShown = started;
    const partial = { stdout: '', stderr: '' };
    const show = (line) => {
        lastShown = Date.now();
        live.write(line.replace(/\r$/, ''));
    };
    for (const name of live.streams) {
        child[name]?.on('data', (chunk) => {
            const lines = (partial[name] + chunk.toString('utf8')).split('\n');
            partial[name] = lines.pop() ?? '';
            // A line without an end is shown once it passes 64 KiB, not held without bound.
            if (partial[name].length > 65_536) {
                lines.push(partial[name]);
                partial[name] = '';
            }
            for (const line of lines)
                show(line);
        });
    }
    const heartbeat = setInterval(() => {
        const now = Date.now();
        if (now - lastShown < live.heartbeatMs)
            return;
        lastShown = now;
        live.write(`${live.label} is still running (${Math.round((now - started) / 1000)} s)`);
    }, Math.max(10, Math.min(live.heartbeatMs, 1000)));
    heartbeat.unref();
    return {
        finish: () => {
            clearInterval(heartbeat);
            for (const name of live.streams)
                if (partial[name] !== '')
                    show(partial[name]);
        },
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 9 modules
var glob = __webpack_require__(3860);
;// CONCATENATED MODULE: ./shared/find-files.ts
/** The files a step's glob patterns match in the workspace: never a folder, nothing outside it, sorted. */


/** Never reports: dependencies and git's own files. Rooted at the workspace, not wherever the step runs. */
const alwaysExcluded = (workspace) => ['node_modules', '.git'].map((folder) => `!${workspace}/**/${folder}/**`);
async function findWorkspaceFiles(patterns, workspace) {
    if (patterns.length === 0)
        return [];
    const globber = await glob/* create */.v([...patterns, ...alwaysExcluded(workspace)].join('\n'), {
        matchDirectories: false,
    });
    const found = await globber.glob();
    return found.filter((f) => f.startsWith(workspace + (external_node_path_default()).sep)).sort();
}

;// CONCATENATED MODULE: ./shared/live.ts
/** Live output for the log: a program's lines as they come, and a heartbeat while it is silent. */

/** A silent program gets a line at least this often: a step silent for minutes looks hung. */
const HEARTBEAT_MS = 60_000;
/** Shows `streams` of the program named `label` in the log, each line through `redact`. */
function liveLog(label, streams, redact = (text) => text) {
    return { label, streams, heartbeatMs: HEARTBEAT_MS, write: (line) => lib_core.info(redact(line)) };
}

;// CONCATENATED MODULE: ./shared/job-summary.ts

/** Appends the summary to the step's summary file; outside a runner (no GITHUB_STEP_SUMMARY) it logs why not. */
async function writeJobSummary(summary) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        lib_core.info('No job summary written: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).');
        return;
    }
    await lib_core.summary.addRaw(summary.render(), true).write();
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
;// CONCATENATED MODULE: ./actions/security-gate/src/bandit-config.ts
/**
 * Which configuration Bandit runs with when this action runs it: the `bandit-config` input, else the
 * project's `pyproject.toml` `[tool.bandit]` table, else its `.bandit` file, as Bandit itself would read them.
 * `[tool.bandit]` is handed to Bandit as the equivalent YAML config (`-c`): Bandit reads pyproject.toml only
 * from 1.7 on and only with its toml extra installed, while every Bandit reads YAML (and JSON is YAML).
 * `exclude_dirs` also goes as `-x`, which Bandit before 1.7 does not read from a config file.
 */


const CONFIG_FLAGS = new Set(['-c', '--configfile', '--ini']);
/** Whether `bandit-args` already name a configuration (then nothing is added). */
function argsNameConfig(args) {
    return args.some((a) => CONFIG_FLAGS.has(a) || a.startsWith('--configfile=') || a.startsWith('--ini='));
}
function stringList(value, key, file) {
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        throw new errors/* ConfigurationError */.j1(`${file}: [tool.bandit] ${key} must be a list of strings, like ["B101"].`);
    return value;
}
/** The `[tool.bandit]` table of a pyproject.toml, or undefined when it has none. */
function banditTable(file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(file.text);
    }
    catch (error) {
        // The parser's message quotes the file around the error; give only the position.
        const { line, column } = (error ?? {});
        const at = typeof line === 'number' && typeof column === 'number' ? ` (line ${line}, column ${column})` : '';
        throw new errors/* ConfigurationError */.j1(`${file.name} is not valid TOML${at}: Bandit's configuration cannot be read.`);
    }
    const tool = doc.tool;
    const table = tool !== null && typeof tool === 'object' && !Array.isArray(tool)
        ? tool.bandit
        : undefined;
    if (table === undefined)
        return undefined;
    if (table === null || typeof table !== 'object' || Array.isArray(table))
        throw new errors/* ConfigurationError */.j1(`${file.name}: tool.bandit must be a table ([tool.bandit]).`);
    return table;
}
/** Bandit's arguments for a `[tool.bandit]` table, through a generated YAML config at `generatedPath`. */
function fromTable(table, file, generatedPath) {
    const skips = stringList(table.skips, 'skips', file.name);
    const tests = stringList(table.tests, 'tests', file.name);
    const excludeDirs = stringList(table.exclude_dirs, 'exclude_dirs', file.name);
    const said = [
        skips !== undefined && skips.length > 0 ? `skips ${skips.join(', ')}` : '',
        tests !== undefined && tests.length > 0 ? `tests ${tests.join(', ')}` : '',
        excludeDirs !== undefined && excludeDirs.length > 0 ? `excludes ${excludeDirs.join(', ')}` : '',
    ].filter(Boolean);
    return {
        args: [
            '-c',
            generatedPath,
            ...(excludeDirs !== undefined && excludeDirs.length > 0 ? ['-x', excludeDirs.join(',')] : []),
        ],
        generated: { path: generatedPath, content: `${JSON.stringify(table, null, 2)}\n` },
        description: `${file.name} [tool.bandit]${said.length > 0 ? ` (${said.join('; ')})` : ''}`,
    };
}
/**
 * The configuration for an explicit file (the `bandit-config` input): a `.toml` is read for its
 * `[tool.bandit]` table, a `.yaml`/`.yml`/`.json` is a Bandit config file (`-c`), anything else an INI file
 * like `.bandit` (`--ini`).
 */
function fromFile(file, generatedPath) {
    const lower = file.name.toLowerCase();
    if (lower.endsWith('.toml')) {
        const table = banditTable(file);
        if (table === undefined)
            throw new errors/* ConfigurationError */.j1(`Input 'bandit-config' names ${file.name}, which has no [tool.bandit] table.`);
        return fromTable(table, file, generatedPath);
    }
    if (/\.(ya?ml|json)$/.test(lower))
        return { args: ['-c', file.path], generated: undefined, description: file.name };
    return { args: ['--ini', file.path], generated: undefined, description: `${file.name} (INI)` };
}

;// CONCATENATED MODULE: ./shared/json.ts
/** Parsed JSON (or YAML) of unknown shape. */
/** A JSON object: not a list, not null. */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

;// CONCATENATED MODULE: ./actions/security-gate/src/fields.ts
/** Reading fields out of parsed JSON of unknown shape, without a schema library and without throwing. */


/** What obj() gives for a missing object: one shared, frozen, rather than a fresh {} per absent field. */
const NO_OBJECT = Object.freeze({});

const obj = (v) => (isObject(v) ? v : NO_OBJECT);
const str = (v) => typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
const num = (v) => typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
        ? Number(v)
        : undefined;
const NO_ARRAY = Object.freeze([]);
const arr = (v) => (Array.isArray(v) ? v : NO_ARRAY);
/** A short, printable excerpt of a parsed value for an error message: never more than `max` characters. */
const excerpt = shared_text/* jsonExcerpt */.Yf;

;// CONCATENATED MODULE: ./actions/security-gate/src/baseline.ts
/**
 * Accepted findings, by fingerprint (never by line number, so moving code does not revive them), each with
 * a reason and an optional expiry: an expired entry stops suppressing and is listed.
 */


const STATUSES = new Set(['accepted', 'underReview', 'rejected']);
function parseBaseline(text, file) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Baseline ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    const findings = isObject(doc) ? doc.findings : undefined;
    if (!Array.isArray(findings))
        throw new errors/* ConfigurationError */.j1(`Baseline ${file} has no 'findings' list.`);
    for (const [i, entry] of findings.entries()) {
        if (!isObject(entry))
            throw new errors/* ConfigurationError */.j1(`Baseline ${file}: entry ${i + 1} is not an object with a fingerprint.`);
        const e = entry;
        if (typeof e.fingerprint !== 'string' || e.fingerprint === '')
            throw new errors/* ConfigurationError */.j1(`Baseline ${file}: entry ${i + 1} has no fingerprint.`);
        if (typeof e.reason !== 'string' || e.reason.trim() === '') {
            throw new errors/* ConfigurationError */.j1(`Baseline ${file}: entry ${i + 1} (${e.rule ?? e.fingerprint}) has no reason: say why it is accepted.`);
        }
        if (e.status !== undefined && (typeof e.status !== 'string' || !STATUSES.has(e.status))) {
            throw new errors/* ConfigurationError */.j1(`Baseline ${file}: entry ${i + 1} has a status that is not accepted, underReview or rejected: ${JSON.stringify(e.status).slice(0, 40)}.`);
        }
        if (e.expires !== undefined && (typeof e.expires !== 'string' || !isIsoDate(e.expires))) {
            throw new errors/* ConfigurationError */.j1(`Baseline ${file}: entry ${i + 1} has an expires that is not a date (YYYY-MM-DD): ${JSON.stringify(e.expires)}.`);
        }
    }
    return { version: 1, findings: findings };
}
/**
 * `YYYY-MM-DD` of a day that exists, optionally with a time after it (which is ignored: an entry lasts to the
 * end of its day). Anything `Date.parse` merely tolerates (`2026/11/26`, `Nov 26 2026`, `2026-02-30`) is
 * refused: such an expiry would be read as another day, or never pass at all.
 */
function isIsoDate(value) {
    const match = /^(\d{4})-(\d{2})-(\d{2})(T\S+)?$/.exec(value);
    if (match === null)
        return false;
    const [, y, m, d, time] = match;
    const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (day.toISOString().slice(0, 10) !== value.slice(0, 10))
        return false;
    return time === undefined || !Number.isNaN(Date.parse(value));
}
function applyBaseline(findings, baseline, now) {
    if (baseline === undefined)
        return { kept: [...findings], suppressed: [], expired: [], notAccepted: [] };
    const active = new Map();
    const expired = [];
    const notAccepted = [];
    for (const entry of baseline.findings) {
        const end = entry.expires === undefined ? undefined : Date.parse(`${entry.expires.slice(0, 10)}T23:59:59.999Z`);
        if (entry.status === 'underReview' || entry.status === 'rejected')
            notAccepted.push(entry);
        else if (end !== undefined && end < now.getTime())
            expired.push(entry);
        else
            active.set(entry.fingerprint, entry);
    }
    const kept = [];
    const suppressed = [];
    for (const f of findings)
        (active.has(f.fingerprint) ? suppressed : kept).push(f);
    return { kept, suppressed, expired, notAccepted };
}
function baselineFrom(findings) {
    const seen = new Set();
    const entries = [];
    for (const f of findings) {
        if (seen.has(f.fingerprint))
            continue;
        seen.add(f.fingerprint);
        entries.push({
            fingerprint: f.fingerprint,
            tool: f.tool,
            rule: f.rule,
            where: f.package !== undefined ? `${f.package}@${f.version ?? '?'}` : (f.file ?? ''),
            reason: 'TODO: say why this finding is accepted',
        });
    }
    return { version: 1, findings: entries };
}

;// CONCATENATED MODULE: ./shared/order.ts
/**
 * String order by UTF-16 code units: the same on every runner whatever its locale, and far cheaper than
 * localeCompare, which went through ICU for every comparison (sorting 100,000 findings by file spent half a
 * second in it).
 */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/model.ts
/** One model for every scanner's findings, and the severity scale they are normalised to. */
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const CONFIDENCES = ['high', 'medium', 'low'];
/** Higher is more severe: critical 3 … low 0. */
function severityRank(s) {
    return 3 - SEVERITIES.indexOf(s);
}
function confidenceRank(c) {
    return 2 - CONFIDENCES.indexOf(c);
}
/** CVSS base score to severity: ≥9 critical, ≥7 high, ≥4 medium, else low. */
function severityFromCvss(score) {
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    return 'low';
}
/** A report with nothing in it but its tool's name. */
function emptyReport(tool) {
    return {
        tool,
        findings: [],
        suppressed: [],
        ignoredByTool: 0,
        notFindings: 0,
        toolErrors: [],
        warnings: [],
    };
}
/** No fixed versions: one shared, frozen list rather than a fresh [] per finding. */
const NO_FIXES = Object.freeze([]);
/**
 * A finding as one literal with every field, in one order, so every parser's findings share one shape. A
 * spread of defaults followed by the fields that override them cost ~10 µs an object in V8 (each new field
 * type migrates the shape): a second of a 100,000-result SARIF log, and every later pass over the findings
 * was several times slower.
 */
function finding(f) {
    return {
        tool: f.tool,
        rule: f.rule,
        ruleName: f.ruleName,
        confidence: f.confidence,
        file: f.file,
        line: f.line,
        column: f.column,
        package: f.package,
        version: f.version,
        fixedVersions: f.fixedVersions ?? NO_FIXES,
        helpUri: f.helpUri,
        message: f.message,
        severity: f.severity,
        fingerprint: f.fingerprint,
        kind: f.kind ?? 'fail',
        baselineState: f.baselineState,
        suppression: f.suppression,
    };
}

;// CONCATENATED MODULE: ./actions/security-gate/src/gate.ts
/** The decision: what is shown (report-on), what fails (fail-on), and confidence filtering. */


const atLeast = (s, threshold) => severityRank(s) >= severityRank(threshold);
/**
 * Most severe first, then by file (or package) and line. The sort compares numbers only: each finding's
 * severity rank and its file's place among the distinct files, worked out once — comparing names in the
 * comparator cost most of a 100,000-finding run's sort.
 */
function mostSevereFirst(findings) {
    const names = [...new Set(findings.map((f) => f.file ?? f.package ?? ''))].sort(byCodeUnits);
    const place = new Map(names.map((name, i) => [name, i]));
    return findings
        .map((f) => ({
        f,
        rank: severityRank(f.severity),
        place: place.get(f.file ?? f.package ?? '') ?? 0,
        line: f.line ?? 0,
    }))
        .sort((a, b) => b.rank - a.rank || a.place - b.place || a.line - b.line)
        .map((k) => k.f);
}
function decide(findings, options) {
    const confident = findings.filter((f) => f.confidence === undefined || confidenceRank(f.confidence) >= confidenceRank(options.minConfidence));
    const shown = mostSevereFirst(confident.filter((f) => atLeast(f.severity, options.reportOn)));
    const failOn = options.failOn;
    const failing = failOn === 'none'
        ? []
        : confident.filter((f) => atLeast(f.severity, failOn) && (f.kind === 'fail' || options.failOnReview));
    const empty = () => ({ critical: 0, high: 0, medium: 0, low: 0 });
    const counts = empty();
    const byTool = new Map();
    for (const f of confident) {
        counts[f.severity]++;
        const t = byTool.get(f.tool) ?? empty();
        t[f.severity]++;
        byTool.set(f.tool, t);
    }
    return { shown, failing, counts, byTool, lowConfidence: findings.length - confident.length };
}


// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/security-gate/src/fingerprint.ts

/**
 * A short stable hash of the parts that identify a finding; never of a line number. One-shot `hash` (the
 * same SHA-256 of the same UTF-8 bytes as createHash) is four times faster: a SARIF log can hold 100,000.
 */
function fingerprint(...parts) {
    return (0,external_node_crypto_.hash)('sha256', parts.map((p) => p ?? '').join('\u0000'), 'hex').slice(0, 32);
}
/** Code with its whitespace folded, so re-indenting does not change the fingerprint. */
function normaliseCode(code) {
    return code.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./actions/security-gate/src/sarif-input.ts
/**
 * SARIF 2.1.0 logs read as the standard means them, from any tool:
 * - a result's rule is found by its `rule.index`/`ruleIndex` (in the tool component its `rule.toolComponent`
 *   names: `tool.extensions[i]`, as CodeQL writes), then by its id in the driver and every extension;
 * - severity: the rule's `security-severity` (a CVSS score, as CodeQL writes it and as GitHub code scanning
 *   ranks alerts), else the result's `level`, else the rule's `defaultConfiguration.level`, else `warning`;
 * - `kind`: `fail` (the default) is a finding; `open` and `review` are findings to review (never failing
 *   unless asked); `pass`, `notApplicable` and `informational` are not findings;
 * - `baselineState`: `absent` (fixed since the baseline) is not a finding; `new`, `updated` and `unchanged` are;
 * - `suppressions`: a result with any suppression whose `status` is absent or `accepted` is suppressed;
 *   `underReview` and `rejected` do not suppress;
 * - a run whose invocation says `executionSuccessful: false`, or that has an `error`-level tool execution or
 *   configuration notification, is a scanner error quoting the notification.
 * A value outside the standard is read at the worse level, with a warning; a record of the wrong type is an
 * error naming the file.
 */




const LEVELS = new Map([
    ['error', 'high'],
    ['warning', 'medium'],
    ['note', 'low'],
    ['none', 'low'],
]);
const KINDS = new Map([
    ['fail', 'fail'],
    ['open', 'review'],
    ['review', 'review'],
    ['pass', 'not a finding'],
    ['notApplicable', 'not a finding'],
    ['informational', 'not a finding'],
]);
const BASELINE_STATES = new Map([
    ['new', 'new'],
    ['unchanged', 'unchanged'],
    ['updated', 'updated'],
    ['absent', 'absent'],
]);
const SUPPRESSION_STATUSES = new Set(['accepted', 'underReview', 'rejected']);
/** A tool component (the driver or an extension) with its descriptors found by id in O(1). */
class Component {
    json;
    key;
    byId;
    constructor(json, key) {
        this.json = json;
        this.key = key;
    }
    at(index) {
        if (index === undefined)
            return undefined;
        const d = arr(this.json[this.key])[index];
        return isObject(d) ? d : undefined;
    }
    find(id) {
        if (this.byId === undefined) {
            this.byId = new Map();
            for (const d of arr(this.json[this.key])) {
                const did = str(obj(d).id);
                if (did !== undefined && !this.byId.has(did))
                    this.byId.set(did, obj(d));
            }
        }
        return this.byId.get(id);
    }
}
/** The driver and the extensions of one run, for finding rules and notification descriptors. */
class Components {
    driver;
    extensions;
    constructor(tool, key) {
        this.driver = new Component(obj(tool.driver), key);
        this.extensions = arr(tool.extensions).map((e) => new Component(obj(e), key));
    }
    /** A reportingDescriptorReference (`rule`, `descriptor`) with an optional plain index and id beside it. */
    resolve(reference, index, id) {
        const ref = obj(reference);
        const component = this.component(ref.toolComponent);
        const byIndex = component.at(num(ref.index) ?? index);
        if (byIndex !== undefined)
            return byIndex;
        const wanted = id ?? str(ref.id);
        if (wanted === undefined)
            return NO_OBJECT;
        for (const candidate of [wanted, wanted.split('/')[0] ?? wanted]) {
            const found = component.find(candidate) ??
                this.driver.find(candidate) ??
                this.extensions.map((e) => e.find(candidate)).find((d) => d !== undefined);
            if (found !== undefined)
                return found;
        }
        return NO_OBJECT;
    }
    component(reference) {
        const ref = obj(reference);
        const index = num(ref.index);
        if (index !== undefined)
            return this.extensions[index] ?? this.driver;
        const name = str(ref.name);
        if (name !== undefined)
            return this.extensions.find((e) => str(e.json.name) === name) ?? this.driver;
        return this.driver;
    }
}
/** A message object as text: its `text`, else its `id` looked up in the descriptor's messageStrings. */
function messageText(message, descriptor) {
    const m = obj(message);
    const text = str(m.text);
    if (text !== undefined)
        return text;
    const id = str(m.id);
    if (id === undefined)
        return undefined;
    const template = str(obj(obj(descriptor.messageStrings)[id]).text);
    if (template === undefined)
        return undefined;
    const args = arr(m.arguments);
    return template.replace(/\{(\d+)\}/g, (whole, n) => str(args[Number(n)]) ?? whole);
}
function suppressionOf(result, warn) {
    let found;
    for (const raw of arr(result.suppressions)) {
        const s = obj(raw);
        const status = str(s.status);
        if (status !== undefined && !SUPPRESSION_STATUSES.has(status)) {
            warn(`a suppression status ${excerpt(status)} is not a SARIF one; it does not suppress`);
            continue;
        }
        if (status === undefined || status === 'accepted') {
            const justification = str(s.justification);
            found ??= `${str(s.kind) ?? 'suppressed'}${status === 'accepted' ? ', accepted' : ''}${justification !== undefined ? `: ${justification}` : ''}`;
        }
    }
    return found;
}
/** Warnings of one run, each said once with a count. */
class Warnings {
    counts = new Map();
    add = (warning) => {
        this.counts.set(warning, (this.counts.get(warning) ?? 0) + 1);
    };
    list(tool) {
        return [...this.counts].map(([w, n]) => `${tool}: ${w}${n > 1 ? ` (${n} times)` : ''}`);
    }
}
function severityOf(result, rule, secrets, warn) {
    // A secret is always serious, whatever level the scanner gives it.
    if (secrets)
        return 'high';
    const raw = obj(rule.properties)['security-severity'] ?? obj(result.properties)['security-severity'];
    if (raw !== undefined) {
        const score = num(raw);
        if (score !== undefined && score >= 0 && score <= 10)
            return severityFromCvss(score);
        warn(`security-severity ${excerpt(raw)} is not a score from 0 to 10; the level decides`);
    }
    const level = str(result.level) ?? str(obj(rule.defaultConfiguration).level) ?? 'warning';
    const severity = LEVELS.get(level);
    if (severity !== undefined)
        return severity;
    warn(`level ${excerpt(level)} is not a SARIF level; counted as high (as 'error')`);
    return 'high';
}
function runErrors(run, tool, warn) {
    const descriptors = new Components(obj(run.tool), 'notifications');
    const errors = [];
    for (const rawInvocation of arr(run.invocations)) {
        const invocation = obj(rawInvocation);
        const notifications = [
            ...arr(invocation.toolExecutionNotifications),
            ...arr(invocation.toolConfigurationNotifications),
        ];
        let failedQuoted = false;
        for (const raw of notifications) {
            const n = obj(raw);
            const descriptor = descriptors.resolve(n.descriptor, undefined, undefined);
            const level = str(n.level) ?? str(obj(descriptor.defaultConfiguration).level) ?? 'warning';
            const where = str(obj(obj(obj(arr(n.locations)[0]).physicalLocation).artifactLocation).uri)?.replace(/^file:\/\//, '');
            const text = (messageText(n.message, descriptor) ?? str(descriptor.id) ?? 'no message').slice(0, 500);
            const quoted = `${text}${where !== undefined ? ` (${where})` : ''}`;
            if (level === 'error') {
                errors.push(`${tool} reports an error: ${quoted}`);
                failedQuoted = true;
            }
            else if (level === 'warning') {
                warn(`the tool warns: ${quoted}`);
            }
        }
        if (invocation.executionSuccessful === false && !failedQuoted) {
            errors.push(`${tool} says its run did not succeed (executionSuccessful: false)`);
        }
    }
    return errors;
}
function parseSarif(doc, file) {
    const o = obj(doc);
    if (str(o.version) !== '2.1.0')
        throw new errors/* ConfigurationError */.j1(`${file}: SARIF version ${excerpt(o.version)} is not 2.1.0`);
    return arr(o.runs).map((rawRun, r) => {
        if (!isObject(rawRun))
            throw new errors/* ConfigurationError */.j1(`${file}: runs[${r}] is not a run object`);
        const run = rawRun;
        const tool = (str(obj(obj(run.tool).driver).name) ?? 'sarif').toLowerCase();
        const secrets = /gitleaks|trufflehog|secret/i.test(tool);
        const rules = new Components(obj(run.tool), 'rules');
        const warnings = new Warnings();
        const warn = warnings.add;
        const findings = [];
        const suppressed = [];
        let notFindings = 0;
        if (run.results !== undefined && run.results !== null && !Array.isArray(run.results))
            throw new errors/* ConfigurationError */.j1(`${file}: runs[${r}].results is not a list`);
        arr(run.results).forEach((rawResult, index) => {
            if (!isObject(rawResult)) {
                throw new errors/* ConfigurationError */.j1(`${file}: runs[${r}].results[${index}] is ${rawResult === null ? 'null' : typeof rawResult}, not a result object`);
            }
            const result = rawResult;
            const kindName = str(result.kind) ?? 'fail';
            let kind = KINDS.get(kindName);
            if (kind === undefined) {
                warn(`kind ${excerpt(kindName)} is not a SARIF kind; counted as fail`);
                kind = 'fail';
            }
            const stateName = str(result.baselineState);
            let baselineState = stateName === undefined ? undefined : BASELINE_STATES.get(stateName);
            if (stateName !== undefined && baselineState === undefined) {
                warn(`baselineState ${excerpt(stateName)} is not a SARIF one; counted as new`);
                baselineState = 'new';
            }
            if (kind === 'not a finding' || baselineState === 'absent') {
                notFindings++;
                return;
            }
            const ruleIndex = num(result.ruleIndex);
            const rule = rules.resolve(result.rule, ruleIndex, str(result.ruleId));
            const ruleId = str(result.ruleId) ?? str(obj(result.rule).id) ?? str(rule.id) ?? 'unknown';
            const location = obj(obj(arr(result.locations)[0]).physicalLocation);
            const region = obj(location.region);
            const uri = str(obj(location.artifactLocation).uri);
            const snippet = str(obj(region.snippet).text);
            const description = str(obj(rule.shortDescription).text);
            const message = messageText(result.message, rule) ?? description ?? ruleId;
            const built = finding({
                tool,
                rule: ruleId,
                ruleName: description ?? str(rule.name),
                file: uri?.startsWith('file://') === true ? uri.slice('file://'.length) : uri,
                line: num(region.startLine),
                column: num(region.startColumn),
                helpUri: str(rule.helpUri),
                // A secret scanner's message may quote the secret: keep only the rule's description.
                message: secrets ? `${description ?? ruleId} detected` : message,
                severity: severityOf(result, rule, secrets, warn),
                fingerprint: fingerprint(tool, ruleId, uri, snippet !== undefined ? normaliseCode(snippet) : secrets ? String(index) : message),
                kind,
                baselineState,
                suppression: suppressionOf(result, warn),
            });
            (built.suppression !== undefined ? suppressed : findings).push(built);
        });
        const toolErrors = runErrors(run, tool, warn);
        return {
            tool,
            findings,
            suppressed,
            ignoredByTool: 0,
            notFindings,
            toolErrors,
            warnings: warnings.list(tool),
        };
    });
}

;// CONCATENATED MODULE: ./actions/security-gate/src/parsers.ts
/**
 * Every report format, recognised from its shape: Bandit JSON (old and new field sets), SARIF 2.1.0 from any
 * tool, pip-audit JSON (object and old array forms), gitleaks JSON (v8 and v7 names), Safety JSON (2.x and
 * 1.x). A secret's value never leaves its parser: only a hash of it goes into the fingerprint.
 */





/** Every record of a report must be an object: anything else is a broken report, never a made-up finding. */
function records(list, file, what) {
    return list.map((raw, i) => {
        if (!isObject(raw))
            throw new errors/* ConfigurationError */.j1(`${file}: ${what}[${i}] is ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw}, not an object`);
        return raw;
    });
}
function detectFormat(doc) {
    if (doc === null)
        return 'empty'; // gitleaks 7 writes null for no findings
    if (Array.isArray(doc)) {
        if (doc.length === 0)
            return 'empty';
        const first = doc[0];
        if (Array.isArray(first))
            return 'safety';
        const o = obj(first);
        if ('vulns' in o && 'name' in o)
            return 'pip-audit';
        if ('RuleID' in o || 'Match' in o || 'offender' in o || ('rule' in o && 'lineNumber' in o))
            return 'gitleaks';
        return undefined;
    }
    const o = obj(doc);
    if (Array.isArray(o.runs) && o.version !== undefined)
        return 'sarif';
    if (Array.isArray(o.results) && ('metrics' in o || 'errors' in o))
        return 'bandit';
    if (Array.isArray(o.dependencies))
        return 'pip-audit';
    if ('report_meta' in o && Array.isArray(o.vulnerabilities))
        return 'safety';
    return undefined;
}
const BANDIT_LEVEL = new Map([
    ['HIGH', 'high'],
    ['MEDIUM', 'medium'],
    ['LOW', 'low'],
    ['UNDEFINED', 'low'],
]);
const BANDIT_CONFIDENCE = new Map([
    ['HIGH', 'high'],
    ['MEDIUM', 'medium'],
    ['LOW', 'low'],
]);
/** The flagged line itself, out of Bandit's `code` (which adds a line of context on each side). */
function flaggedLine(code, line) {
    if (code === undefined)
        return '';
    const lines = code.split('\n');
    const exact = lines.find((l) => line !== undefined && l.startsWith(`${line} `));
    return normaliseCode((exact ?? code).replace(/^\d+\s/gm, ''));
}
function parseBandit(doc, file) {
    const o = obj(doc);
    const unknown = new Map();
    const findings = records(arr(o.results), file, 'results').map((r) => {
        const rule = str(r.test_id) ?? 'bandit';
        const path = str(r.filename);
        const line = num(r.line_number);
        const cwe = obj(r.issue_cwe);
        const level = (typeof r.issue_severity === 'string' ? r.issue_severity : '').trim().toUpperCase();
        let severity = BANDIT_LEVEL.get(level);
        if (severity === undefined) {
            // Fail closed: a severity Bandit never writes may be worse than any it does.
            unknown.set(level, (unknown.get(level) ?? 0) + 1);
            severity = 'critical';
        }
        return finding({
            tool: 'bandit',
            rule,
            ruleName: str(r.test_name),
            message: str(r.issue_text) ?? rule,
            severity,
            confidence: BANDIT_CONFIDENCE.get((str(r.issue_confidence) ?? '').trim().toUpperCase()),
            file: path,
            line,
            column: num(r.col_offset) === undefined ? undefined : (num(r.col_offset) ?? 0) + 1,
            helpUri: str(r.more_info) ?? (num(cwe.id) !== undefined ? str(cwe.link) : undefined),
            fingerprint: fingerprint('bandit', rule, path, flaggedLine(str(r.code), line)),
        });
    });
    const toolErrors = arr(o.errors).map((e) => {
        const err = obj(e);
        return `${str(err.filename) ?? '?'}: ${str(err.reason) ?? excerpt(e, 200)}`;
    });
    const warnings = [...unknown].map(([level, n]) => `bandit: issue_severity ${excerpt(level)} is not one Bandit writes (${n} finding${n === 1 ? '' : 's'}); counted as critical`);
    return { ...emptyReport('bandit'), findings, toolErrors, warnings };
}
function dependencyFinding(tool, id, pkg, version, description, fixed, cvss, helpUri, options) {
    return finding({
        tool,
        rule: id,
        message: description ?? `${pkg} ${version ?? ''} is affected by ${id}`,
        severity: cvss !== undefined ? severityFromCvss(cvss) : options.vulnerabilitySeverity,
        package: pkg,
        version,
        fixedVersions: fixed.filter(Boolean),
        helpUri,
        fingerprint: fingerprint(tool, id, pkg.toLowerCase()),
    });
}
function parsePipAudit(doc, file, options) {
    const deps = Array.isArray(doc) ? doc : arr(obj(doc).dependencies);
    const findings = [];
    for (const [i, d] of records(deps, file, 'dependencies').entries()) {
        const name = str(d.name) ?? '?';
        for (const vuln of records(arr(d.vulns), file, `dependencies[${i}].vulns`)) {
            const id = str(vuln.id) ?? 'unknown';
            findings.push(dependencyFinding('pip-audit', id, name, str(d.version), str(vuln.description), arr(vuln.fix_versions).map((x) => str(x) ?? ''), undefined, id.startsWith('GHSA-')
                ? `https://github.com/advisories/${id}`
                : `https://osv.dev/vulnerability/${id}`, options));
        }
    }
    return { ...emptyReport('pip-audit'), findings };
}
function parseGitleaks(doc, file) {
    const findings = records(arr(doc), file, 'findings').map((g) => {
        const rule = str(g.RuleID) ?? str(g.rule) ?? 'secret';
        const file = str(g.File) ?? str(g.file);
        const secret = str(g.Secret) ?? str(g.Match) ?? str(g.offender) ?? '';
        return finding({
            tool: 'gitleaks',
            rule,
            ruleName: str(g.Description) ?? str(g.rule),
            // Never the Secret, Match, offender or line: those hold the secret itself.
            message: `${str(g.Description) ?? str(g.rule) ?? rule} detected${(str(g.Commit) ?? str(g.commit)) ? ` in commit ${(str(g.Commit) ?? str(g.commit) ?? '').slice(0, 12)}` : ''}`,
            severity: 'high',
            file: file?.replace(/^\//, ''),
            line: num(g.StartLine) ?? num(g.lineNumber),
            column: num(g.StartColumn),
            fingerprint: fingerprint('gitleaks', rule, file, fingerprint(secret)),
        });
    });
    return { ...emptyReport('gitleaks'), findings };
}
function cvssOf(severity) {
    const s = obj(severity);
    return num(obj(s.cvssv3).base_score) ?? num(s.cvssv3_base_score) ?? num(obj(s.cvssv2).base_score);
}
function parseSafety(doc, file, options) {
    if (Array.isArray(doc)) {
        // Safety 1.x: [name, affected spec, installed version, advisory, id, (cvss v2?), (cvss v3?)]
        const findings = doc.map((raw, i) => {
            const row = arr(raw);
            if (row.length < 5 || typeof row[0] !== 'string' || str(row[4]) === undefined)
                throw new errors/* ConfigurationError */.j1(`${file}: row ${i + 1} is not a Safety 1.x vulnerability ([package, spec, version, advisory, id, …])`);
            const cvss = num(obj(row[6]).base_score) ?? num(obj(row[5]).base_score);
            const id = str(row[4]) ?? 'unknown';
            return dependencyFinding('safety', id, str(row[0]) ?? '?', str(row[2]), str(row[3]), [], cvss, `https://data.safetycli.com/v/${id}/`, options);
        });
        return { ...emptyReport('safety'), findings };
    }
    const o = obj(doc);
    let ignored = 0;
    const findings = [];
    for (const v of records(arr(o.vulnerabilities), file, 'vulnerabilities')) {
        if (v.ignored === true) {
            ignored++;
            continue;
        }
        const id = str(v.vulnerability_id) ?? 'unknown';
        findings.push(dependencyFinding('safety', id, str(v.package_name) ?? '?', str(v.analyzed_version), str(v.advisory), arr(v.fixed_versions).map((x) => str(x) ?? ''), cvssOf(v.severity), str(v.more_info_url), options));
    }
    ignored += arr(o.ignored_vulnerabilities).length;
    return { ...emptyReport('safety'), findings, ignoredByTool: ignored };
}
/** Parses one report's text; throws ConfigurationError naming the file and the problem. */
function parseReport(text, file, options) {
    if (text.trim() === '')
        throw new errors/* ConfigurationError */.j1(`${file} is empty: the scanner wrote nothing (did it crash?)`);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        // JSON.parse quotes the text around the error: never repeat it (the file may not be what it claims).
        const at = /\(line (\d+) column (\d+)\)/.exec(error instanceof Error ? error.message : '');
        throw new errors/* ConfigurationError */.j1(`${file} is not valid JSON${at ? ` (line ${at[1]}, column ${at[2]})` : ''}: the scanner may have crashed or printed something else`);
    }
    const format = detectFormat(doc);
    switch (format) {
        case 'bandit':
            return [parseBandit(doc, file)];
        case 'sarif':
            return parseSarif(doc, file);
        case 'pip-audit':
            return [parsePipAudit(doc, file, options)];
        case 'gitleaks':
            return [parseGitleaks(doc, file)];
        case 'safety':
            return [parseSafety(doc, file, options)];
        case 'empty': {
            // `[]` or `null` says nothing about its tool: name it from the file when the name says.
            const tool = /bandit|gitleaks|pip-audit|safety/i.exec(file)?.[0].toLowerCase() ?? 'empty report';
            return [emptyReport(tool)];
        }
        case undefined:
            throw new errors/* ConfigurationError */.j1(`${file} is JSON but not a Bandit, SARIF, pip-audit, gitleaks or Safety report`);
    }
}

;// CONCATENATED MODULE: ./shared/markdown.ts
/** Escaping for text that lands in GitHub-flavoured Markdown (job summaries, PR comments). */
const NEEDS_ESCAPING = /[&<>|\n]/;
/** Text inside a table cell: no HTML from the outside world, no stray pipes, no line breaks. */
function escapeCell(text) {
    // Most cells (numbers, names) need nothing: a job summary can have ten thousand rows of them.
    if (!NEEDS_ESCAPING.test(text))
        return text;
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
/** Inline code that survives backticks inside it. */
function inlineCode(text) {
    if (!text.includes('`') && !text.includes('\n'))
        return `\`${text}\``;
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}
/** A fenced block whose fence is longer than any backtick run inside. */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}

;// CONCATENATED MODULE: ./shared/summary.ts
/**
 * Builds a job summary in Markdown that never exceeds GitHub's 1 MiB step-summary limit (a larger one is
 * rejected and the step's summary is lost). Shrinkable tables (detail a reader can do without, such as
 * passing suites) give up rows first; then blocks are kept in order until the budget is spent, a table that
 * does not fit keeping as many rows as fit; the end says what was left out.
 */

/** GitHub's limit per step, in bytes. */
const STEP_SUMMARY_LIMIT = 1024 * 1024;
const bytes = (text) => Buffer.byteLength(text, 'utf8');
class SummaryBuilder {
    blocks = [];
    heading(text, level = 2) {
        return this.raw(`${'#'.repeat(level)} ${text}`);
    }
    /** Markdown written by us; escape any outside text in it first. */
    raw(markdown) {
        this.blocks.push({ kind: 'text', text: markdown });
        return this;
    }
    /** `shrinkable`: rows may be dropped to keep later blocks (failures, say) within the limit. */
    table(header, rows, align = [], options = {}) {
        this.blocks.push({ kind: 'table', header, rows, align, shrinkable: options.shrinkable === true });
        return this;
    }
    /** A collapsed section. */
    details(summary, markdown) {
        return this.raw(`<details><summary>${escapeCell(summary)}</summary>\n\n${markdown}\n\n</details>`);
    }
    render(limit = STEP_SUMMARY_LIMIT) {
        // Room for the note that says what was left out.
        const budget = limit - 256;
        const parts = [];
        let used = 0;
        let omittedBlocks = 0;
        let omittedRows = 0;
        // What the fixed blocks need decides how many rows the shrinkable tables may keep.
        const fixedSize = this.blocks.reduce((sum, b) => sum + (b.kind === 'table' && b.shrinkable ? 0 : blockSize(b)), 0);
        let shrinkableRoom = Math.max(0, budget - fixedSize);
        for (const block of this.blocks) {
            if (used >= budget) {
                omittedBlocks++;
                continue;
            }
            if (block.kind === 'text') {
                const size = bytes(block.text) + 2;
                if (used + size > budget) {
                    omittedBlocks++;
                    used = budget;
                    continue;
                }
                parts.push(block.text);
                used += size;
                continue;
            }
            const head = renderRow(block.header) + '\n' + alignmentRow(block.header.length, block.align);
            if (used + bytes(head) + 2 > budget) {
                omittedBlocks++;
                used = budget;
                continue;
            }
            const lines = [head];
            used += bytes(head) + 2;
            if (block.shrinkable)
                shrinkableRoom -= bytes(head) + 2;
            let i = 0;
            for (; i < block.rows.length; i++) {
                const line = renderRow(block.rows[i] ?? []);
                const size = bytes(line) + 1;
                if (used + size > budget || (block.shrinkable && size > shrinkableRoom))
                    break;
                lines.push(line);
                used += size;
                if (block.shrinkable)
                    shrinkableRoom -= size;
            }
            if (i < block.rows.length) {
                omittedRows += block.rows.length - i;
                if (!block.shrinkable)
                    used = budget;
                else
                    lines.push(renderRow([`… ${block.rows.length - i} more rows`]));
            }
            parts.push(lines.join('\n'));
        }
        if (omittedBlocks > 0 || omittedRows > 0) {
            const what = [
                omittedRows > 0 ? `${omittedRows} table row${omittedRows === 1 ? '' : 's'}` : '',
                omittedBlocks > 0 ? `${omittedBlocks} section${omittedBlocks === 1 ? '' : 's'}` : '',
            ]
                .filter(Boolean)
                .join(' and ');
            parts.push(`> [!NOTE]\n> ${what} left out to stay within GitHub's 1 MiB job-summary limit.`);
        }
        return parts.join('\n\n') + '\n';
    }
}
function blockSize(block) {
    if (block.kind === 'text')
        return bytes(block.text) + 2;
    const head = renderRow(block.header) + '\n' + alignmentRow(block.header.length, block.align);
    return block.rows.reduce((sum, row) => sum + bytes(renderRow(row)) + 1, bytes(head) + 2);
}
function renderRow(cells) {
    const text = cells.map((cell) => typeof cell === 'string'
        ? escapeCell(cell)
        : /[\n|]/.test(cell.markdown)
            ? cell.markdown.replace(/\r?\n/g, '<br>').replace(/(?<!\\)\|/g, '\\|')
            : cell.markdown);
    return `| ${text.join(' | ')} |`;
}
function alignmentRow(columns, align) {
    const cells = Array.from({ length: columns }, (_, i) => {
        switch (align[i]) {
            case 'right':
                return '---:';
            case 'center':
                return ':---:';
            default:
                return '---';
        }
    });
    return `| ${cells.join(' | ')} |`;
}

;// CONCATENATED MODULE: ./actions/security-gate/src/report.ts



const ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '⬜' };
const TOP = 200;
function where(f) {
    if (f.package !== undefined) {
        const fix = f.fixedVersions.length > 0 ? ` → ${f.fixedVersions.join(', ')}` : ' (no fixed version)';
        return `${f.package}@${f.version ?? '?'}${fix}`;
    }
    return f.file === undefined ? '–' : f.line === undefined ? f.file : `${f.file}:${f.line}`;
}
function buildSummary(input) {
    const { result } = input;
    const s = new SummaryBuilder();
    const total = SEVERITIES.reduce((n, sev) => n + result.counts[sev], 0);
    s.heading(`${input.passed ? '✅' : '❌'} Security: ${total} finding${total === 1 ? '' : 's'}, ${result.failing.length} at or above ${input.failOn}`, 2);
    const { suppressed } = input;
    const suppressedParts = [
        suppressed.baseline > 0 ? `${suppressed.baseline} by the baseline` : '',
        suppressed.reports.length > 0 ? `${suppressed.reports.length} by the reports` : '',
        suppressed.tools > 0 ? `${suppressed.tools} by the tools' ignore lists` : '',
    ].filter(Boolean);
    const suppressedCount = suppressed.baseline + suppressed.reports.length + suppressed.tools;
    s.raw(`From ${input.reports.length} report${input.reports.length === 1 ? '' : 's'}` +
        (suppressedCount > 0 ? `; ${suppressedCount} suppressed (${suppressedParts.join(', ')})` : '') +
        (result.lowConfidence > 0 ? `; ${result.lowConfidence} below min-confidence` : '') +
        (input.notFindings > 0
            ? `; ${input.notFindings} SARIF result${input.notFindings === 1 ? '' : 's'} that ${input.notFindings === 1 ? 'is' : 'are'} no problem (passed, not applicable, informational, or fixed since the tool's baseline)`
            : '') +
        '.');
    if (input.banditConfig !== undefined)
        s.raw(`Bandit ran with ${inlineCode(input.banditConfig)}.`);
    const counted = result.shown;
    const fresh = counted.filter((f) => f.baselineState === 'new').length;
    const compared = counted.filter((f) => f.baselineState !== undefined).length;
    const review = counted.filter((f) => f.kind === 'review').length;
    const notes = [
        compared > 0
            ? `${fresh} of ${compared} compared with the tool's own baseline ${fresh === 1 ? 'is' : 'are'} new`
            : '',
        review > 0
            ? `${review} ${review === 1 ? 'is' : 'are'} for review (the tool could not decide)${input.failOnReview ? '' : ' and never fail the gate'}`
            : '',
    ].filter(Boolean);
    if (notes.length > 0)
        s.raw(`Of the findings shown, ${notes.join('; ')}.`);
    s.table(['Tool', ...SEVERITIES.map((x) => `${ICON[x]} ${x}`)], [...result.byTool].map(([tool, c]) => [tool, ...SEVERITIES.map((x) => String(c[x]))]), ['left', 'right', 'right', 'right', 'right']);
    if (input.toolErrors.length > 0) {
        s.heading('Scanner errors', 3);
        s.raw(input.toolErrors.map((e) => `- ${inlineCode(e)}`).join('\n'));
    }
    if (input.expired.length > 0) {
        s.heading('Expired baseline entries (no longer suppressing)', 3);
        s.table(['Tool', 'Rule', 'Where', 'Expired', 'Reason'], input.expired.map((e) => [e.tool, e.rule, e.where, e.expires ?? '', e.reason]));
    }
    if (result.shown.length > 0) {
        const withState = compared > 0 || review > 0;
        s.heading(`Top findings${result.shown.length > TOP ? ` (${TOP} of ${result.shown.length})` : ''}`, 3);
        s.table(['Severity', 'Tool', 'Rule', 'Confidence', ...(withState ? ['State'] : []), 'Where', 'Message'], result.shown
            .slice(0, TOP)
            .map((f) => [
            `${ICON[f.severity]} ${f.severity}`,
            f.tool,
            f.helpUri !== undefined ? { markdown: `[${f.rule.replace(/[[\]]/g, '')}](${f.helpUri})` } : f.rule,
            f.confidence ?? '–',
            ...(withState ? [stateOf(f)] : []),
            where(f),
            f.message.split('\n')[0]?.slice(0, 200) ?? '',
        ]), [], { shrinkable: true });
    }
    if (suppressed.reports.length > 0) {
        s.heading(`Suppressed in the reports (${suppressed.reports.length})`, 3);
        s.table(['Severity', 'Tool', 'Rule', 'Where', 'Suppression'], suppressed.reports
            .slice(0, TOP)
            .map((f) => [`${ICON[f.severity]} ${f.severity}`, f.tool, f.rule, where(f), f.suppression ?? '']), [], { shrinkable: true });
    }
    for (const d of input.sarifDropped)
        s.raw(`> [!WARNING]\n> SARIF output: ${d.count} finding${d.count === 1 ? '' : 's'} left out: ${d.reason}.`);
    return s;
}
function stateOf(f) {
    return [f.baselineState ?? '', f.kind === 'review' ? 'to review' : ''].filter(Boolean).join(', ') || '–';
}
/** Findings as annotations, most severe first; dependency findings carry no line, so they go without a file. */
function annotationsFor(result) {
    return {
        items: result.shown,
        level: annotationLevel,
        annotation: (f) => ({
            level: annotationLevel(f),
            title: `${f.tool} ${f.rule}${f.ruleName !== undefined ? ` (${f.ruleName})` : ''}: ${f.severity}`,
            message: f.package !== undefined ? `${where(f)}: ${f.message.slice(0, 500)}` : f.message,
            ...(f.file !== undefined ? { file: f.file } : {}),
            ...(f.line !== undefined ? { startLine: f.line } : {}),
        }),
    };
}
function annotationLevel(f) {
    if (f.severity === 'critical' || f.severity === 'high')
        return 'error';
    return f.severity === 'medium' ? 'warning' : 'notice';
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./actions/security-gate/src/sarif.ts
/**
 * All findings as one SARIF 2.1.0 log for github/codeql-action/upload-sarif: one run per tool with its own
 * automationDetails category, inside GitHub's limits (20 runs, 25,000 results per run, 10 MB gzipped). What
 * does not fit is dropped least severe first, and the caller is told.
 */


const MAX_RUNS = 20;
const MAX_RESULTS_PER_RUN = 25_000;
const MAX_GZIPPED_BYTES = 10 * 1024 * 1024;
const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
/** GitHub reads `security-severity` to rank alerts: these sit inside each CVSS band. */
const SCORE = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
function runFor(tool, findings) {
    const rules = new Map();
    for (const f of findings)
        if (!rules.has(f.rule))
            rules.set(f.rule, f);
    const ruleIndex = new Map([...rules.keys()].map((id, i) => [id, i]));
    return {
        tool: {
            driver: {
                name: tool,
                informationUri: 'https://github.com/runway-ci/runway',
                rules: [...rules.values()].map((f) => ({
                    id: f.rule,
                    ...(f.ruleName !== undefined ? { name: f.ruleName.replace(/[^A-Za-z0-9_-]/g, '_') } : {}),
                    shortDescription: { text: f.ruleName ?? f.rule },
                    ...(f.helpUri !== undefined ? { helpUri: f.helpUri } : {}),
                    properties: { 'security-severity': SCORE[f.severity] },
                })),
            },
        },
        automationDetails: { id: `runway-security-gate/${tool}/` },
        results: findings.map((f) => ({
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule) ?? -1,
            level: LEVEL[f.severity],
            message: {
                text: f.package !== undefined
                    ? `${f.package} ${f.version ?? ''}: ${f.message}`.slice(0, 4000)
                    : f.message.slice(0, 4000),
            },
            locations: [
                {
                    physicalLocation: {
                        // A dependency finding has no line: point at the requirements file people can edit.
                        artifactLocation: { uri: f.file ?? 'requirements.txt' },
                        ...(f.line !== undefined && f.line > 0
                            ? {
                                region: {
                                    startLine: f.line,
                                    ...(f.column !== undefined && f.column > 0 ? { startColumn: f.column } : {}),
                                },
                            }
                            : {}),
                    },
                },
            ],
            partialFingerprints: { 'runway/v1': f.fingerprint },
            properties: {
                'security-severity': SCORE[f.severity],
                ...(f.confidence !== undefined ? { confidence: f.confidence } : {}),
            },
        })),
    };
}
function buildSarif(findings) {
    const dropped = [];
    const byTool = new Map();
    for (const f of findings) {
        const list = byTool.get(f.tool);
        if (list === undefined)
            byTool.set(f.tool, [f]);
        else
            list.push(f);
    }
    let tools = [...byTool.entries()];
    if (tools.length > MAX_RUNS) {
        const extra = tools.slice(MAX_RUNS);
        dropped.push({
            count: extra.reduce((n, [, fs]) => n + fs.length, 0),
            reason: `more than ${MAX_RUNS} tools (runs)`,
        });
        tools = tools.slice(0, MAX_RUNS);
    }
    let perRun = tools.map(([tool, fs]) => {
        // Most severe first, in their order otherwise: one pass per severity rather than a comparison sort.
        const sorted = SEVERITIES.flatMap((severity) => fs.filter((f) => f.severity === severity));
        if (sorted.length > MAX_RESULTS_PER_RUN) {
            dropped.push({
                count: sorted.length - MAX_RESULTS_PER_RUN,
                reason: `${tool}: more than ${MAX_RESULTS_PER_RUN} results in one run (least severe left out)`,
            });
        }
        return [tool, sorted.slice(0, MAX_RESULTS_PER_RUN)];
    });
    const render = () => JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: perRun.map(([tool, fs]) => runFor(tool, fs)),
    });
    let sarif = render();
    let trimmed = 0;
    // Over 10 MB gzipped: drop the least severe tenth, again, until it fits.
    while ((0,external_node_zlib_.gzipSync)(sarif).length > MAX_GZIPPED_BYTES) {
        perRun = perRun.map(([tool, fs]) => {
            const keep = Math.floor(fs.length * 0.9);
            trimmed += fs.length - keep;
            return [tool, fs.slice(0, keep)];
        });
        sarif = render();
    }
    if (trimmed > 0)
        dropped.push({ count: trimmed, reason: 'the log was over 10 MB gzipped (least severe left out)' });
    return { sarif, dropped };
}

;// CONCATENATED MODULE: ./actions/security-gate/src/main-gate.ts
/** The adapter's second half: run Bandit, read reports, apply the baseline, decide, and report. */



















async function gateFindings(settings) {
    const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    // Reports from artifacts are named `artifact:<name>/<path>`, not by where they were downloaded.
    const shown = new Map();
    const display = (f) => shown.get(f) ?? (external_node_path_default().relative(workspace, f) || f);
    const options = { vulnerabilitySeverity: settings.vulnerabilitySeverity };
    const findings = [];
    const suppressedByReports = [];
    const toolErrors = [];
    const reportNames = [];
    let ignoredByTools = 0;
    let notFindings = 0;
    let banditConfigUsed;
    const readWarnings = [];
    const roots = (0,workspace_file/* runnerRoots */.kF)(workspace);
    const take = (report) => {
        // Not push(...findings): a spread of 150,000 arguments overflows the stack.
        for (const f of report.findings)
            findings.push(f);
        for (const f of report.suppressed)
            suppressedByReports.push(f);
        ignoredByTools += report.ignoredByTool;
        notFindings += report.notFindings;
        for (const w of report.warnings)
            readWarnings.push(w);
    };
    if (settings.bandit.length > 0) {
        const config = await banditConfiguration(settings, workspace);
        banditConfigUsed = config?.description;
        if (config?.generated !== undefined)
            await (0,promises_.writeFile)(config.generated.path, config.generated.content);
        const args = ['-r', ...settings.bandit, '-f', 'json', ...(config?.args ?? []), ...settings.banditArgs];
        // Bandit's progress and warnings (stderr) as they come; its JSON (stdout) is read, not shown.
        const ran = await lib_core.group(`bandit ${args.join(' ')}`, async () => {
            if (config !== undefined)
                lib_core.info(`Bandit configuration: ${config.description}`);
            return execCapture('bandit', args, {
                cwd: workspace,
                timeoutMs: 30 * 60_000,
                live: liveLog('bandit', ['stderr']),
            });
        });
        if (config?.generated !== undefined)
            await (0,promises_.rm)(config.generated.path, { force: true });
        if (ran.missing) {
            throw new errors/* ConfigurationError */.j1("Input 'bandit' asks for a scan, but bandit is not installed on this runner: pip install bandit (or apt-get install bandit) first.");
        }
        // Bandit exits 1 when it found something; anything else non-zero is Bandit failing, never a clean result.
        if (ran.code !== 0 && ran.code !== 1) {
            toolErrors.push(`bandit exited with ${ran.code ?? 'a signal'}: ${ran.stderr.trim().split('\n').slice(-5).join(' ') || 'no error output'}`);
        }
        else {
            try {
                for (const report of parseReport(ran.stdout, 'bandit output', options)) {
                    take(report);
                    toolErrors.push(...report.toolErrors.map((e) => `bandit could not scan ${e}`));
                }
                reportNames.push('bandit (run by this step)');
            }
            catch (error) {
                toolErrors.push(`bandit printed no usable JSON (${(0,errors/* errorMessage */.gJ)(error)}): ${ran.stderr.trim().split('\n').slice(-3).join(' ')}`);
            }
        }
    }
    if (settings.reports.length > 0 || settings.artifacts.length > 0) {
        // Inside artifacts, `reports` as given, or every JSON and SARIF file when it is empty.
        const fromArtifacts = await artifactReports(settings.artifacts, settings.reports.length > 0 ? settings.reports : ['**/*.json', '**/*.sarif'], settings.artifactsTimeoutMs);
        for (const f of fromArtifacts.files)
            shown.set(f.absolute, f.display);
        // A scan whose artifact is missing or empty did not report: a scanner error, never a clean result.
        for (const note of fromArtifacts.notes)
            toolErrors.push(`artifact ${note}: no scanner report read`);
        // Only regular files inside the workspace or the runner's temp: a link to /etc/shadow is refused, not read.
        const checked = await (0,workspace_file/* regularFiles */.qp)([
            ...(await findWorkspaceFiles(settings.reports, workspace)),
            ...fromArtifacts.files.map((f) => f.absolute),
        ], (f) => `The report '${display(f)}'`, roots);
        const files = checked.files;
        toolErrors.push(...checked.problems);
        if (files.length === 0 && toolErrors.length === 0 && settings.bandit.length === 0) {
            throw new errors/* ActionFailure */.dR(`No security report matched ${settings.reports.join(', ')} under ${workspace}: a scan that wrote nothing is not a clean scan.`);
        }
        for (const file of files) {
            try {
                for (const report of parseReport(await (0,promises_.readFile)(file, 'utf8'), display(file), options)) {
                    take(report);
                    toolErrors.push(...report.toolErrors.map((e) => report.tool === 'bandit' ? `bandit could not scan ${e}` : `${display(file)}: ${e}`));
                    lib_core.info(`${display(file)}: ${report.tool}, ${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`);
                }
                reportNames.push(display(file));
            }
            catch (error) {
                toolErrors.push((0,errors/* errorMessage */.gJ)(error));
            }
        }
    }
    let baseline;
    if (settings.baseline !== undefined) {
        const file = await (0,workspace_file/* regularFile */.VI)(settings.baseline, "Input 'baseline'", roots);
        baseline = parseBaseline(await (0,promises_.readFile)(file, 'utf8'), settings.baseline);
    }
    const { kept, suppressed, expired, notAccepted } = applyBaseline(findings, baseline, new Date());
    for (const e of notAccepted)
        lib_core.notice(`Baseline entry for ${e.tool} ${e.rule} at ${e.where} is ${e.status ?? ''}: it does not suppress until accepted.`, { title: 'Baseline entry not accepted' });
    for (const e of expired)
        lib_core.warning(`Baseline entry for ${e.tool} ${e.rule} at ${e.where} expired on ${e.expires ?? ''}: it no longer suppresses (${e.reason}).`, { title: 'Expired baseline entry' });
    if (settings.writeBaseline !== undefined) {
        const out = await (0,workspace_file/* outputFile */.i9)(settings.writeBaseline, "Input 'write-baseline'", roots);
        await (0,promises_.writeFile)(out, `${JSON.stringify(baselineFrom(kept), null, 2)}\n`);
        lib_core.info(`Wrote a baseline of ${kept.length} finding${kept.length === 1 ? '' : 's'} to ${display(out)}: give each entry a reason.`);
    }
    const result = decide(kept, {
        failOn: settings.failOn,
        reportOn: settings.reportOn,
        minConfidence: settings.minConfidence,
        failOnReview: settings.failOnReview,
    });
    const sarifPath = await (0,workspace_file/* outputFile */.i9)(settings.sarifOutput ?? external_node_path_default().join(process.env.RUNNER_TEMP ?? workspace, 'security.sarif'), "Input 'sarif-output'", roots);
    const sarif = buildSarif(result.shown);
    await (0,promises_.writeFile)(sarifPath, sarif.sarif);
    for (const d of sarif.dropped)
        lib_core.warning(`SARIF output: ${d.count} findings left out: ${d.reason}.`, { title: 'SARIF limits' });
    const passed = result.failing.length === 0 && toolErrors.length === 0;
    const total = result.counts.critical + result.counts.high + result.counts.medium + result.counts.low;
    lib_core.setOutput('passed', String(passed));
    lib_core.setOutput('total', String(total));
    lib_core.setOutput('critical', String(result.counts.critical));
    lib_core.setOutput('high', String(result.counts.high));
    lib_core.setOutput('medium', String(result.counts.medium));
    lib_core.setOutput('low', String(result.counts.low));
    const suppressedCount = suppressed.length + suppressedByReports.length + ignoredByTools;
    lib_core.setOutput('suppressed', String(suppressedCount));
    lib_core.setOutput('sarif-file', sarifPath);
    lib_core.setOutput('tool-errors', String(toolErrors.length));
    await writeJobSummary(buildSummary({
        result,
        passed,
        failOn: settings.failOn,
        failOnReview: settings.failOnReview,
        suppressed: { baseline: suppressed.length, reports: suppressedByReports, tools: ignoredByTools },
        notFindings,
        banditConfig: banditConfigUsed,
        expired,
        toolErrors,
        reports: reportNames,
        sarifDropped: sarif.dropped,
    }));
    // Scanner errors are told in the log and the summary, and in the failure line: one error line.
    for (const e of toolErrors)
        lib_core.info((0,shared_text/* bounded */.Mm)(`Scanner error: ${e}`));
    emitAnnotations(lib_core, readWarnings.map((message) => ({
        level: 'warning',
        message,
        title: 'Report read at a worse level',
    })));
    if (settings.annotate)
        emitAnnotations(lib_core, annotationsFor(result), { reserveForFailure: !passed });
    const problems = [];
    if (toolErrors.length > 0)
        problems.push(`${toolErrors.length} scanner error${toolErrors.length === 1 ? '' : 's'} (a broken scan is never a clean one): ${toolErrors.join('; ')}`);
    if (result.failing.length > 0) {
        const top = result.failing[0];
        problems.push(`${result.failing.length} finding${result.failing.length === 1 ? '' : 's'} at or above ${settings.failOn}` +
            (top
                ? `, e.g. ${top.tool} ${top.rule} (${top.severity}) at ${top.package !== undefined ? `${top.package}@${top.version ?? '?'}` : `${top.file ?? '?'}${top.line !== undefined ? `:${top.line}` : ''}`}`
                : ''));
    }
    if (problems.length > 0)
        throw new errors/* ActionFailure */.dR(`Security gate failed: ${problems.join('; ')}.`);
    lib_core.info(`Security gate passed: ${total} finding${total === 1 ? '' : 's'}, none at or above ${settings.failOn}.`);
}
/** The configuration Bandit runs with: the input's file, else the project's own, else none. */
async function banditConfiguration(settings, workspace) {
    if (argsNameConfig(settings.banditArgs))
        return undefined;
    const generatedPath = external_node_path_default().join(process.env.RUNNER_TEMP ?? workspace, `bandit-config-${process.pid}.yaml`);
    const read = async (name, what) => {
        const file = await (0,workspace_file/* regularFile */.VI)(name, what, (0,workspace_file/* runnerRoots */.kF)(workspace));
        return { name, path: file, text: await (0,promises_.readFile)(file, 'utf8') };
    };
    if (settings.banditConfig !== undefined)
        return fromFile(await read(settings.banditConfig, "Input 'bandit-config'"), generatedPath);
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, 'pyproject.toml'))) {
        const file = await read('pyproject.toml', 'The project file');
        const table = banditTable(file);
        if (table !== undefined)
            return fromTable(table, file, generatedPath);
    }
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, '.bandit')))
        return fromFile(await read('.bandit', 'The Bandit settings file'), generatedPath);
    return undefined;
}


/***/ })

};
