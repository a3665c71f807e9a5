export const id = 70;
export const ids = [70];
export const modules = {

/***/ 8070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runArtifactFiles: () => (/* binding */ runArtifactFiles)
});

// UNUSED EXPORTS: baseArtifactFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var lib_core = __webpack_require__(7094);
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

// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
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
function checkRuntime(input) {
    for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
        if ((process.env[name] ?? '') === '')
            throw new errors/* ConfigurationError */.j1(`Input '${input}' reads this run's artifacts through the runner, but ${name} is not set: it is set for JavaScript actions in a workflow job on GitHub Actions (this step may run elsewhere).`);
    }
}
/**
 * Downloads this run's artifacts whose names match `patterns` and returns their files that `wanted` accepts
 * (by path inside the artifact). Matching nothing is not an error here: the action decides, as it does for
 * report patterns that match nothing.
 */
async function runArtifactFiles(patterns, options) {
    checkRuntime(options.input);
    const client = await artifactClient();
    const work = lib_core.group(`Artifacts of this run: ${patterns.map((p) => p.text).join(', ')}`, async () => {
        const { artifacts } = await client.listArtifacts({ latest: true });
        const { matched, unmatched } = (0,artifact_names/* matchArtifacts */.FG)(artifacts, patterns);
        const into = await downloadFolder('artifacts');
        const files = [];
        const read = [];
        for (const artifact of matched) {
            const { folder, files: inside } = await download(client, artifact, into);
            const kept = inside.filter(options.wanted);
            lib_core.info(`artifact '${(0,workspace_file/* shownName */.HD)(artifact.name)}': ${inside.length} file${inside.length === 1 ? '' : 's'}, ${kept.length} read`);
            read.push({ name: artifact.name, wanted: kept.length });
            for (const file of kept)
                files.push({
                    absolute: external_node_path_default().join(folder, file),
                    display: shownAs(artifact.name, file),
                    relative: file,
                });
        }
        return {
            files,
            read,
            unmatched,
            available: artifacts.map((a) => a.name).sort(),
        };
    });
    try {
        return await withinDeadline(work, options.timeoutMs, "Reading this run's artifacts", options.timeoutInput);
    }
    catch (error) {
        throw artifactFailure(error, options.input);
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


/***/ })

};
