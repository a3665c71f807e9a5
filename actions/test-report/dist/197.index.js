export const id = 197;
export const ids = [197];
export const modules = {

/***/ 3197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runArtifactFiles: () => (/* binding */ runArtifactFiles)
/* harmony export */ });
/* unused harmony export baseArtifactFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7094);
/* harmony import */ var _artifact_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9731);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2635);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4319);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2763);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7801);
/* harmony import */ var _workspace_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7938);
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
const shownAs = (artifact, file) => `artifact:${(0,_workspace_file_js__WEBPACK_IMPORTED_MODULE_7__/* .shownName */ .HD)(artifact)}/${(0,_workspace_file_js__WEBPACK_IMPORTED_MODULE_7__/* .shownName */ .HD)(file)}`;
/** The client, after the undici the toolkit's GitHub client needs (see shared/github.ts). */
async function artifactClient() {
    await (0,_github_js__WEBPACK_IMPORTED_MODULE_5__.toolkitGitHub)();
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
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionFailure */ .dR(`${what} did not finish within ${(0,_units_js__WEBPACK_IMPORTED_MODULE_6__/* .formatDuration */ .a3)(timeoutMs)} ('${input}'): GitHub's artifact storage is slow or unreachable from this runner.`));
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
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(root, { recursive: true });
    const files = [];
    for (const name of names) {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, name))).isFile())
            files.push(name.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)).join('/'));
    }
    return files.sort();
}
/** A fresh folder for downloads, under the runner's temp folder (readable by later checks as a runner root). */
async function downloadFolder(prefix) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `runway-${prefix}-`));
}
/** Downloads one artifact into `into/<id>` and checks its digest when the listing gave one. */
async function download(client, artifact, into, findBy) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(into, String(artifact.id));
    const result = await client.downloadArtifact(artifact.id, {
        path: folder,
        ...(artifact.digest !== undefined && artifact.digest !== '' ? { expectedHash: artifact.digest } : {}),
        ...(findBy === undefined ? {} : { findBy }),
    });
    if (result.digestMismatch === true)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionFailure */ .dR(`The artifact '${(0,_workspace_file_js__WEBPACK_IMPORTED_MODULE_7__/* .shownName */ .HD)(artifact.name)}' (id ${artifact.id}) does not match the digest GitHub recorded when it was uploaded: not read.`);
    return { folder, files: await filesUnder(folder) };
}
/** Says why this run's artifacts cannot be read here, before anything loads. */
function checkRuntime(input) {
    for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
        if ((process.env[name] ?? '') === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1(`Input '${input}' reads this run's artifacts through the runner, but ${name} is not set: it is set for JavaScript actions in a workflow job on GitHub Actions (this step may run elsewhere).`);
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
    const work = _actions_core__WEBPACK_IMPORTED_MODULE_3__.group(`Artifacts of this run: ${patterns.map((p) => p.text).join(', ')}`, async () => {
        const { artifacts } = await client.listArtifacts({ latest: true });
        const { matched, unmatched } = (0,_artifact_names_js__WEBPACK_IMPORTED_MODULE_4__/* .matchArtifacts */ .FG)(artifacts, patterns);
        const into = await downloadFolder('artifacts');
        const files = [];
        const read = [];
        for (const artifact of matched) {
            const { folder, files: inside } = await download(client, artifact, into);
            const kept = inside.filter(options.wanted);
            _actions_core__WEBPACK_IMPORTED_MODULE_3__.info(`artifact '${(0,_workspace_file_js__WEBPACK_IMPORTED_MODULE_7__/* .shownName */ .HD)(artifact.name)}': ${inside.length} file${inside.length === 1 ? '' : 's'}, ${kept.length} read`);
            read.push({ name: artifact.name, wanted: kept.length });
            for (const file of kept)
                files.push({
                    absolute: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(folder, file),
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionFailure */ .dR || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigurationError */ .j1)
        return error;
    if (error instanceof _github_js__WEBPACK_IMPORTED_MODULE_5__/* .GitHubApiError */ .OS)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionFailure */ .dR(`Input '${input}': ${error.message}`);
    const status = error.status;
    const message = (0,_text_js__WEBPACK_IMPORTED_MODULE_9__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .errorMessage */ .gJ)(error), 400);
    const permission = status === 401 || status === 403 || status === 404
        ? ' (the token needs `actions: read` under `permissions:`)'
        : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .ActionFailure */ .dR(`Input '${input}': the artifacts could not be read: ${message}${permission}`);
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
