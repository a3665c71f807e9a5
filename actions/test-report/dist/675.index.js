export const id = 675;
export const ids = [675,397];
export const modules = {

/***/ 2675:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publish: () => (/* binding */ publish)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
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

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./shared/artifact-names.ts
var artifact_names = __webpack_require__(9731);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/github.ts
var github = __webpack_require__(4319);
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
    await (0,github.toolkitGitHub)();
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
    const names = await (0,external_node_fs_promises_.readdir)(root, { recursive: true });
    const files = [];
    for (const name of names) {
        if ((await (0,external_node_fs_promises_.lstat)(external_node_path_default().join(root, name))).isFile())
            files.push(name.split((external_node_path_default()).sep).join('/'));
    }
    return files.sort();
}
/** A fresh folder for downloads, under the runner's temp folder (readable by later checks as a runner root). */
async function downloadFolder(prefix) {
    return (0,external_node_fs_promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), `runway-${prefix}-`));
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
    if (error instanceof github/* GitHubApiError */.OS)
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

// EXTERNAL MODULE: ./shared/find-files.ts
var find_files = __webpack_require__(9397);
;// CONCATENATED MODULE: ./shared/pr-comment.ts
/**
 * The PR comment as every action writes it: one comment per marker, updated in place; a fork's read-only
 * token or an API failure is told (notice or warning) and never fails the step, whose verdict stands.
 */



/** Writes or updates the comment; returns its URL, or '' when there is none. */
async function publishComment(request) {
    if (request.target.blocked !== undefined) {
        lib_core.notice(`No PR comment: ${request.target.blocked}.`);
        return '';
    }
    try {
        const outcome = await (0,github/* upsertComment */.lB)(await (0,github/* gitHubClient */.XB)(request.token), request.repository, request.target.number, request.marker, request.body, { create: request.create !== false });
        if (outcome === undefined) {
            lib_core.info(`No PR comment: ${request.notCreated ?? 'there was no earlier comment to update'}.`);
            return '';
        }
        lib_core.info(`PR comment ${outcome.action}: ${outcome.url}`);
        return outcome.url;
    }
    catch (error) {
        lib_core.warning(request.redact(`Could not write the PR comment: ${(0,errors/* errorMessage */.gJ)(error)}`), {
            title: 'PR comment',
        });
        return '';
    }
}

;// CONCATENATED MODULE: ./shared/event.ts
/**
 * The run's event payload and what several actions read from it: the pull request, and the run's URL. The
 * payload is the toolkit's (@actions/github's context), loaded when first asked for: after the inputs.
 */
/** The event's payload (GITHUB_EVENT_PATH's JSON), or `{}` outside a runner. */
async function readEvent() {
    const { toolkitGitHub } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4319));
    const { context } = await toolkitGitHub();
    return context.payload;
}
/** The PR to comment on: the event's own, or the one a workflow_run was triggered by. */
function pullRequestTarget(event, repository, eventName) {
    const pr = event.pull_request;
    if (pr?.number !== undefined) {
        const head = pr.head?.repo?.full_name;
        const fromFork = eventName === 'pull_request' && head !== undefined && head !== repository;
        return {
            number: pr.number,
            blocked: fromFork
                ? `the pull request comes from the fork ${head}, where GITHUB_TOKEN is read-only; publish from a workflow_run workflow instead`
                : undefined,
        };
    }
    const run = event.workflow_run;
    const number = run?.pull_requests?.[0]?.number;
    return number === undefined ? undefined : { number, blocked: undefined };
}
/** The link to this run, or undefined outside a runner. */
function runUrl(env = process.env) {
    if (env.GITHUB_RUN_ID === undefined || env.GITHUB_REPOSITORY === undefined)
        return undefined;
    return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
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

;// CONCATENATED MODULE: ./actions/test-report/src/aggregate.ts
const COUNT_KEYS = ['tests', 'failures', 'errors', 'skipped'];
const TEARDOWN = /^failed on teardown with /;
/** Shared by the (many) tests that passed at once, so 100,000 of them cost no 100,000 empty arrays. */
const NO_ATTEMPTS = Object.freeze([]);
function testId(record) {
    return record.classname === '' ? record.name : `${record.classname}::${record.name}`;
}
/**
 * Where a report's tests are found by identity (suite and file, then classname, then name), in maps of the
 * strings the records already hold: a 100,000-test report keeps no second key string per test.
 */
class IdentityIndex {
    bySuiteAndFile = new Map();
    /** The names of a record's suite, file and classname; undefined for an unnamed record (its own test). */
    names(record) {
        if (!record.named)
            return undefined;
        const where = `${record.suiteIndex}\u0000${record.file ?? ''}`;
        let byClass = this.bySuiteAndFile.get(where);
        if (byClass === undefined)
            this.bySuiteAndFile.set(where, (byClass = new Map()));
        let byName = byClass.get(record.classname);
        if (byName === undefined)
            byClass.set(record.classname, (byName = new Map()));
        return byName;
    }
}
function outcomeOf(record) {
    if (record.result !== 'passed')
        return record.result;
    return record.flakyAttempts.length > 0 ? 'flaky' : 'passed';
}
const failing = (o) => o === 'failed' || o === 'error';
const passing = (o) => o === 'passed' || o === 'flaky';
function toOutcome(record, report, phase) {
    return {
        id: testId(record),
        classname: record.classname,
        name: record.name,
        suite: record.suite,
        suiteIndex: record.suiteIndex,
        report,
        outcome: outcomeOf(record),
        time: record.time,
        file: record.file,
        line: record.line,
        message: record.message,
        details: record.details,
        skipKind: record.skipKind,
        attempts: record.flakyAttempts.length + record.rerunAttempts.length === 0
            ? NO_ATTEMPTS
            : [...record.flakyAttempts, ...record.rerunAttempts],
        phase,
    };
}
function asAttempt(test) {
    // A record with no failure text is a rerun that the reporter wrote empty (pytest-rerunfailures 16.6.1).
    return {
        kind: test.outcome === 'error' ? 'error' : 'failure',
        message: test.message ?? (test.outcome === 'passed' ? 'failed attempt (no details in the report)' : undefined),
        details: test.details,
    };
}
/** Later attempts of the same test: the last decides, the earlier become failed attempts. */
function supersede(earlier, later) {
    const attempts = [...earlier.attempts, asAttempt(earlier), ...later.attempts];
    const passedLast = passing(later.outcome);
    return {
        ...later,
        attempts,
        outcome: passedLast ? 'flaky' : later.outcome,
        time: earlier.time + later.time,
    };
}
/** The records of one identity in one suite, read by the rules at the top of this file. */
function resolve(records) {
    const last = records.at(-1);
    if (last === undefined || records.length === 1)
        return [...records];
    const time = records.reduce((sum, r) => sum + r.time, 0);
    // Explicit rerun markup already says what the attempts were: the records are separate tests.
    if (records.some((r) => r.attempts.length > 0))
        return [...records];
    if (!records.some((r) => failing(r.outcome))) {
        const kept = records.findLast((r) => passing(r.outcome)) ?? last;
        return [{ ...kept, time }];
    }
    if (failing(last.outcome)) {
        return [{ ...last, attempts: records.slice(0, -1).map(asAttempt), time }];
    }
    const earlier = records.slice(0, -1);
    if (earlier.every((r) => !passing(r.outcome))) {
        return [
            { ...last, outcome: 'flaky', attempts: earlier.filter((r) => failing(r.outcome)).map(asAttempt), time },
        ];
    }
    return [...records];
}
/** The logical tests of one report, in report order. */
function testsOf({ path, report }) {
    if (report.oneRecordPerTest !== undefined)
        return report.cases.map((r) => toOutcome(r, path, undefined));
    // A test seen once (nearly all of them) stays a plain entry; only repeats become a list.
    const entries = [];
    const index = new IdentityIndex();
    for (const record of report.cases) {
        const names = index.names(record);
        const at = names?.get(record.name);
        const teardown = at !== undefined && record.result === 'error' && TEARDOWN.test(record.message ?? '');
        const outcome = toOutcome(record, path, teardown ? 'teardown' : undefined);
        if (at === undefined || teardown) {
            if (names !== undefined && at === undefined)
                names.set(record.name, entries.length);
            entries.push(outcome);
            continue;
        }
        const entry = entries[at];
        if (Array.isArray(entry))
            entry.push(outcome);
        else
            entries[at] = [entry, outcome];
    }
    const tests = [];
    for (const entry of entries) {
        if (!Array.isArray(entry))
            tests.push(entry);
        else
            for (const t of resolve(entry))
                tests.push(t);
    }
    return tests;
}
function aggregate(reports, reruns = []) {
    const perReport = reports.map((report) => ({ report, tests: testsOf(report) }));
    const tests = perReport.flatMap((r) => r.tests);
    if (reruns.length > 0) {
        const index = new Map();
        tests.forEach((t, i) => {
            if (t.phase === undefined)
                index.set(t.id, [...(index.get(t.id) ?? []), i]);
        });
        for (const rerun of reruns.flatMap(testsOf)) {
            const failedBefore = (index.get(rerun.id) ?? []).filter((i) => {
                const o = tests[i]?.outcome;
                return o === 'failed' || o === 'error';
            });
            if (failedBefore.length === 0) {
                tests.push(rerun);
                continue;
            }
            for (const i of failedBefore)
                tests[i] = supersede(tests[i], rerun);
        }
    }
    const suites = new Map();
    const totals = { total: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, time: 0 };
    for (const t of tests) {
        const key = `${t.report}\u0000${t.suiteIndex}`;
        let suite = suites.get(key);
        if (suite === undefined) {
            suite = {
                report: t.report,
                name: t.suite,
                tests: 0,
                passed: 0,
                failed: 0,
                errors: 0,
                skipped: 0,
                flaky: 0,
                time: 0,
            };
            suites.set(key, suite);
        }
        for (const bucket of [suite, totals]) {
            // pytest counts a test whose call failed and whose teardown errored once in `tests`, and in both
            // `failures` and `errors`; so do we.
            if (t.phase !== 'teardown') {
                if ('total' in bucket)
                    bucket.total++;
                else
                    bucket.tests++;
            }
            bucket.time += t.time;
            if (t.outcome === 'passed')
                bucket.passed++;
            else if (t.outcome === 'failed')
                bucket.failed++;
            else if (t.outcome === 'error')
                bucket.errors++;
            else if (t.outcome === 'skipped')
                bucket.skipped++;
            else
                bucket.flaky++;
        }
    }
    return { tests, suites: [...suites.values()], totals, mismatches: declaredMismatches(perReport) };
}
/** Compares each report's declared totals with what we made of its records. */
function declaredMismatches(reports) {
    const out = [];
    for (const { report: named, tests } of reports) {
        const declared = reportDeclared(named.report);
        const held = { tests: 0, failures: 0, errors: 0, skipped: 0 };
        for (const t of tests) {
            if (t.phase !== 'teardown')
                held.tests++;
            if (t.outcome === 'failed')
                held.failures++;
            else if (t.outcome === 'error')
                held.errors++;
            else if (t.outcome === 'skipped')
                held.skipped++;
        }
        const counts = COUNT_KEYS.flatMap((key) => {
            const d = declared[key];
            return d !== undefined && d !== held[key] ? [{ key, declared: d, held: held[key] }] : [];
        });
        if (counts.length > 0)
            out.push({ report: named.path, counts });
    }
    return out;
}
/**
 * A report's declared totals: the root `<testsuites>` element's, count by count, else the sum over the
 * top-level `<testsuite>` elements (a nested suite's counts are already in its parent's). Disabled tests
 * count as skipped, as we count them.
 */
function reportDeclared(report) {
    const top = report.suites.filter((s) => s.depth === 0);
    const pick = (key) => {
        const own = report.declared[key];
        if (own !== undefined)
            return own;
        if (top.length === 0)
            return undefined;
        let sum = 0;
        for (const s of top) {
            const v = s.declared[key];
            if (v === undefined)
                return undefined;
            sum += v;
        }
        return sum;
    };
    const out = {};
    for (const key of ['tests', 'failures', 'errors']) {
        const v = pick(key);
        if (v !== undefined)
            out[key] = v;
    }
    const skipped = pick('skipped');
    const disabled = pick('disabled');
    if (skipped !== undefined || disabled !== undefined)
        out.skipped = (skipped ?? 0) + (disabled ?? 0);
    return out;
}

;// CONCATENATED MODULE: ./shared/paths.ts
/**
 * Paths from reports written elsewhere (another runner, a container, a shard) made repository-relative, so
 * the same file from two reports is one file, and annotations land on files that exist.
 */

/** A `.` or `..` segment, or an empty one: what path.posix.normalize would change. */
const NEEDS_NORMALIZING = /(?:^|\/)\.\.?(?:\/|$)|\/\//;
/** path.posix.join, without normalize's cost when there is nothing to normalise (the common case). */
function joinPath(root, relative) {
    const joined = root === '' ? relative : relative === '' ? root : `${root}/${relative}`;
    if (joined === '')
        return '.';
    return NEEDS_NORMALIZING.test(joined) ? path.posix.normalize(joined) : joined;
}
/** Backslashes as slashes: Windows paths in reports (most paths have none, and skip the regex). */
const slashes = (p) => (p.includes('\\') ? p.replace(/\\/g, '/') : p);
/** The workspace as findCandidate compares it: slashes, ending in one (empty for none). */
function workspacePrefix(workspace) {
    const ws = slashes(workspace).replace(/\/$/, '');
    return ws === '' ? '' : `${ws}/`;
}
const RUNNER_CHECKOUT = /^\/home\/runner\/work\/[^/]+\/[^/]+\/(.+)$/;
/**
 * Offers each candidate, most likely first, to `accept`; the first accepted one. Called for every file of
 * every report (12,307 in the bench's), so regexes run only where needed.
 */
function findCandidate(raw, workspace, accept) {
    const file = slashes(raw);
    // Candidates already offered: one to five of them, so a list rather than a Set.
    const seen = [];
    const offer = (p) => {
        // normalize only what needs it: most paths already are.
        const normal = NEEDS_NORMALIZING.test(p) ? external_node_path_default().posix.normalize(p) : p;
        if (normal === '' || normal === '.' || normal.startsWith('..') || normal.startsWith('/'))
            return undefined;
        if (seen.includes(normal))
            return undefined;
        seen.push(normal);
        return accept(normal) ? normal : undefined;
    };
    const prefix = workspacePrefix(workspace);
    const inWorkspace = prefix !== '' && file.startsWith(prefix) ? offer(file.slice(prefix.length)) : undefined;
    if (inWorkspace !== undefined)
        return inWorkspace;
    const runner = file.startsWith('/home/runner/work/') ? RUNNER_CHECKOUT.exec(file)?.[1] : undefined;
    const inCheckout = runner === undefined ? undefined : offer(runner);
    if (inCheckout !== undefined)
        return inCheckout;
    const stripped = file.replace(/^(?:\.\.?\/)+/, '').replace(/^\/+/, '');
    const relative = external_node_path_default().posix.isAbsolute(file) ? undefined : offer(stripped);
    if (relative !== undefined)
        return relative;
    for (let at = stripped.indexOf('/'); at !== -1; at = stripped.indexOf('/', at + 1)) {
        const tail = offer(stripped.slice(at + 1));
        if (tail !== undefined)
            return tail;
    }
    return undefined;
}
/**
 * Repository-relative candidates for a path from a report, most likely first: with the workspace stripped,
 * with any `/home/runner/work/<repo>/<repo>/` (a GitHub-hosted checkout) stripped, with leading `./` and
 * `../` stripped, then each shorter tail (for reports written from a subfolder).
 */
function relativeCandidates(raw, workspace) {
    const all = [];
    findCandidate(raw, workspace, (candidate) => {
        all.push(candidate);
        return false;
    });
    return all;
}
/** The most likely repository path, when none can exist (the repository has no file of that name). */
function likelyPath(raw, workspace) {
    return findCandidate(raw, workspace, () => true) ?? slashes(raw);
}
/** The first candidate that exists in the repository, else the most likely one (never an absolute path). */
function repositoryPath(raw, workspace, exists) {
    // Candidates are tried lazily: the first one usually exists, and a report names thousands of files.
    let likely;
    const found = findCandidate(raw, workspace, (candidate) => {
        likely ??= candidate;
        return exists(candidate);
    });
    return found ?? likely ?? slashes(raw);
}

;// CONCATENATED MODULE: ./actions/test-report/src/locate.ts
/**
 * Where a failure happened, as a repository-relative file and line, so its annotation lands on the code:
 * the deepest traceback frame inside the repository first (pytest's `path.py:13: AssertionError`, a JS
 * stack's `(src/a.test.ts:12:5)`), then the report's own `file`/`line`, then the module named by the
 * classname. Every candidate is checked against the repository, so an annotation never points at a file
 * that is not there (site-packages, node_modules, another machine's absolute path).
 */

const PY_FRAME = /^\s*(\S+?\.py):(\d+):/gm;
const JS_FRAME = /\(?((?:[A-Za-z]:)?[^\s()'"]+\.(?:[cm]?[jt]sx?)):(\d+):\d+\)?/g;
function framesIn(details) {
    const frames = [];
    for (const m of details.matchAll(PY_FRAME))
        frames.push({ file: m[1] ?? '', line: Number(m[2]) });
    for (const m of details.matchAll(JS_FRAME))
        frames.push({ file: m[1] ?? '', line: Number(m[2]) });
    return frames;
}
function locate(test, isRepoFile, workspace) {
    const frames = framesIn(test.details ?? '').reverse();
    for (const frame of frames) {
        const file = relativeCandidates(frame.file, workspace).find(isRepoFile);
        if (file !== undefined)
            return { file, line: frame.line };
    }
    if (test.file !== undefined) {
        const file = relativeCandidates(test.file, workspace).find(isRepoFile);
        if (file !== undefined) {
            // pytest writes the 0-based line of the test function.
            const line = test.line === undefined ? undefined : file.endsWith('.py') ? test.line + 1 : test.line;
            return { file, line };
        }
    }
    const parts = test.classname.split('.').filter(Boolean);
    for (let n = parts.length; n > 0; n--) {
        const candidate = `${parts.slice(0, n).join('/')}.py`;
        if (isRepoFile(candidate))
            return { file: candidate, line: undefined };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/test-report/src/conclusion.ts
function verdict(totals, failOn, requireTests, unreadable) {
    const failing = failOn === 'failures' ? totals.failed + totals.errors : failOn === 'errors' ? totals.errors : 0;
    const noTests = totals.total === 0 && requireTests;
    return { conclusion: failing > 0 || noTests || unreadable > 0 ? 'failure' : 'success', failing, noTests };
}

// EXTERNAL MODULE: ./actions/test-report/src/no-tests.ts
var no_tests = __webpack_require__(6222);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(9800);
;// CONCATENATED MODULE: ./shared/xml.ts
/**
 * Streaming XML on top of saxes, which never expands entities: an entity a document declares for itself
 * (the XXE and billion-laughs tricks) is an error, not a substitution. Callers get elements and text as
 * they stream by, so a report of any size is read in bounded memory.
 */

class XmlSyntaxError extends Error {
    line;
    column;
    name = 'XmlSyntaxError';
    constructor(message, line, column) {
        super(message);
        this.line = line;
        this.column = column;
    }
}
/** A push parser: feed chunks with write(), then close(); throws XmlSyntaxError with the position. */
class XmlStream {
    parser = new saxes/* SaxesParser */.wT({ position: true });
    failure;
    constructor(handlers) {
        this.parser.on('opentag', (tag) => {
            handlers.open(tag.name, tag.attributes);
        });
        this.parser.on('closetag', (tag) => {
            handlers.close(tag.name);
        });
        this.parser.on('text', (text) => {
            handlers.text(text);
        });
        this.parser.on('cdata', (text) => {
            handlers.text(text);
        });
        this.parser.on('error', (error) => {
            // saxes prefixes "line:column: "; keep the position apart so callers can format it their way.
            this.failure ??= new XmlSyntaxError(error.message.replace(/^\d+:\d+: /, ''), this.parser.line, this.parser.column);
        });
    }
    write(chunk) {
        this.throwIfFailed();
        this.parser.write(chunk);
        this.throwIfFailed();
    }
    close() {
        this.throwIfFailed();
        this.parser.close();
        this.throwIfFailed();
    }
    throwIfFailed() {
        if (this.failure)
            throw this.failure;
    }
}

;// CONCATENATED MODULE: ./actions/test-report/src/status.ts
const STATUSES = new Map(Object.entries({
    // The test ran; its children (or their absence) say how it went.
    run: 'passed',
    ran: 'passed',
    passed: 'passed',
    pass: 'passed',
    success: 'passed',
    successful: 'passed',
    succeeded: 'passed',
    ok: 'passed',
    completed: 'passed',
    complete: 'passed',
    executed: 'passed',
    finished: 'passed',
    // The test did not run.
    disabled: 'skipped',
    notrun: 'skipped',
    notexecuted: 'skipped',
    skipped: 'skipped',
    skip: 'skipped',
    ignored: 'skipped',
    pending: 'skipped',
    todo: 'skipped',
    suppressed: 'skipped',
    excluded: 'skipped',
    // It ran and failed.
    failed: 'failed',
    fail: 'failed',
    failure: 'failed',
    error: 'error',
    errored: 'error',
    broken: 'error',
    crashed: 'error',
    timeout: 'error',
    timedout: 'error',
    aborted: 'error',
}));
function outcomeOfStatus(value) {
    const key = value.toLowerCase().replace(/[\s_-]+/g, '');
    if (key === '')
        return 'passed';
    return STATUSES.get(key) ?? 'unknown';
}

;// CONCATENATED MODULE: ./actions/test-report/src/junit.ts
/**
 * Reads one JUnit XML report as it streams by, whatever wrote it (pytest, Jest, Vitest, Mocha, Surefire,
 * Gradle, TestNG, JUnit 5, gotestsum, PHPUnit, googletest, Catch2, CTest, Bazel, nextest …), with
 * `<testsuites>` or a bare `<testsuite>` root. Produces one record per `<testcase>` and per `<testsuite>`;
 * deciding what repeated records mean is aggregate.ts's job.
 */


/** Tracebacks can be huge (a recursion error, a dumped tensor); keep enough to read. */
const MAX_DETAILS = 16 * 1024;
/** Longer than any real test (115 days): a larger or negative `time` is not a duration in seconds. */
const MAX_TIME_SECONDS = 1e7;
// Maps, not object literals: an element named `constructor` must not find Object.prototype's.
const RESULT_ELEMENTS = new Map([
    ['failure', 'failed'],
    ['error', 'error'],
    ['skipped', 'skipped'],
]);
const FLAKY_ELEMENTS = new Map([
    ['flakyFailure', 'failure'],
    ['flakyError', 'error'],
    ['rerun', 'failure'],
]);
const RERUN_ELEMENTS = new Map([
    ['rerunFailure', 'failure'],
    ['rerunError', 'error'],
]);
const ONE_RECORD_PER_TEST = new Map([
    ['jest tests', 'Jest (jest-junit)'],
    ['vitest tests', 'Vitest'],
    ['Mocha Tests', 'Mocha'],
]);
function number(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    // Some producers write times with thousands separators ("1,234.5").
    const n = Number(value.replace(/,/g, ''));
    return Number.isFinite(n) ? n : undefined;
}
function count(value) {
    const n = number(value);
    return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}
function declaredOf(a) {
    const out = {};
    const tests = count(a.tests);
    const failures = count(a.failures);
    const errors = count(a.errors);
    const skipped = count(a.skipped ?? a.skips);
    const disabled = count(a.disabled);
    if (tests !== undefined)
        out.tests = tests;
    if (failures !== undefined)
        out.failures = failures;
    if (errors !== undefined)
        out.errors = errors;
    if (skipped !== undefined)
        out.skipped = skipped;
    if (disabled !== undefined)
        out.disabled = disabled;
    return out;
}
class JunitReader {
    xml;
    suites = [];
    cases = [];
    /** The open `<testsuite>` elements: their index into suites, and their path of names. */
    suiteStack = [];
    warnings = [];
    oddTimes = { count: 0, first: '' };
    unknownStatus = { count: 0, first: '' };
    root;
    declared = {};
    oneRecordPerTest;
    current;
    /** The element inside a testcase whose text is being collected, and where it goes. */
    capture;
    depth = 0;
    constructor() {
        this.xml = new XmlStream({
            open: (name, attributes) => {
                this.onOpen(name, attributes);
            },
            close: (name) => {
                this.onClose(name);
            },
            text: (text) => {
                this.onText(text);
            },
        });
    }
    write(chunk) {
        this.xml.write(chunk);
    }
    close() {
        this.xml.close();
        if (this.unknownStatus.count > 0) {
            this.warnings.push(`${this.unknownStatus.count} test case${this.unknownStatus.count === 1 ? ' has' : 's have'} a status Runway does not know (${this.unknownStatus.first}); counted as failed`);
        }
        if (this.oddTimes.count > 0) {
            this.warnings.push(`${this.oddTimes.count} test case${this.oddTimes.count === 1 ? ' has' : 's have'} a time that is not a duration in seconds (time="${this.oddTimes.first}"); counted as 0 s`);
        }
        return {
            root: this.root ?? '',
            declared: this.declared,
            suites: this.suites,
            cases: this.cases,
            oneRecordPerTest: this.oneRecordPerTest,
            warnings: this.warnings,
        };
    }
    onOpen(name, a) {
        this.depth++;
        if (this.root === undefined) {
            this.root = name;
            if (name === 'testsuites')
                this.declared = declaredOf(a);
            if (name === 'testsuites' || name === 'testsuite')
                this.oneRecordPerTest = ONE_RECORD_PER_TEST.get(a.name ?? '');
        }
        if (this.root !== 'testsuites' && this.root !== 'testsuite')
            return;
        if (name === 'testsuite') {
            const suiteName = a.name ?? '';
            this.suites.push({
                name: suiteName,
                depth: this.suiteStack.length,
                declared: declaredOf(a),
                time: this.time(a.time),
            });
            const parent = this.suiteStack.at(-1);
            this.suiteStack.push({
                index: this.suites.length - 1,
                path: parent === undefined ? suiteName : `${parent.path} › ${suiteName}`,
            });
            return;
        }
        if (name === 'testcase') {
            this.openCase(a);
            return;
        }
        const current = this.current;
        if (current === undefined || this.capture !== undefined)
            return;
        const testcase = current.record;
        const result = RESULT_ELEMENTS.get(name);
        if (result !== undefined) {
            if (result === 'skipped')
                current.children.skipped = true;
            else if (result === 'failed')
                current.children.failed = true;
            else
                current.children.errored = true;
            // A failure outranks an error, which outranks a skip, if a producer writes several.
            if (rank(result) >= rank(testcase.result)) {
                testcase.result = result;
                testcase.message = a.message;
                testcase.type = a.type;
                if (result === 'skipped')
                    testcase.skipKind = a.type === 'pytest.xfail' ? 'xfail' : 'skip';
                this.startCapture(name, (text) => {
                    if (testcase.result === result)
                        testcase.details = text;
                });
            }
            return;
        }
        const flaky = FLAKY_ELEMENTS.get(name);
        const rerun = RERUN_ELEMENTS.get(name);
        const kind = flaky ?? rerun;
        if (kind !== undefined) {
            const attempt = { kind, message: a.message, details: undefined };
            (flaky !== undefined ? testcase.flakyAttempts : testcase.rerunAttempts).push(attempt);
            this.startCapture(name, (text) => {
                attempt.details = text;
            });
        }
    }
    openCase(a) {
        const suite = this.suiteStack.at(-1);
        const record = {
            suiteIndex: suite?.index ?? -1,
            suite: suite?.path ?? '',
            classname: a.classname ?? a.class ?? '',
            name: a.name ?? '',
            named: a.name !== undefined && a.name !== '',
            file: a.file,
            line: number(a.line),
            time: this.time(a.time) ?? 0,
            result: 'passed',
            message: undefined,
            type: undefined,
            details: undefined,
            skipKind: undefined,
            flakyAttempts: [],
            rerunAttempts: [],
        };
        // googletest, CTest, Bazel, tst and others say in attributes what no child element says.
        for (const attribute of ['status', 'result']) {
            const value = a[attribute];
            if (value === undefined)
                continue;
            const said = outcomeOfStatus(value);
            if (said === 'unknown') {
                // Fail closed: a status we cannot read may be a failure.
                record.result = 'failed';
                record.message = `${attribute}="${value.slice(0, 40)}" (not a status Runway knows)`;
                if (this.unknownStatus.count++ === 0)
                    this.unknownStatus.first = `${attribute}="${value.slice(0, 40)}"`;
            }
            else if (rank(said) > rank(record.result)) {
                record.result = said;
                record.message = said === 'passed' ? undefined : `${attribute}="${value}"`;
                if (said === 'skipped')
                    record.skipKind = 'skip';
            }
        }
        this.current = { record, children: { skipped: false, failed: false, errored: false } };
    }
    time(value) {
        if (value === undefined || value.trim() === '')
            return undefined;
        const n = number(value);
        if (n !== undefined && n >= 0 && n <= MAX_TIME_SECONDS)
            return n;
        if (this.oddTimes.count++ === 0)
            this.oddTimes.first = value.slice(0, 40);
        return undefined;
    }
    startCapture(element, done) {
        this.capture = { element, depth: this.depth, sink: { parts: [], size: 0, cut: false }, done };
    }
    onText(text) {
        const sink = this.capture?.sink;
        if (sink === undefined || text === '')
            return;
        const room = MAX_DETAILS - sink.size;
        // Only text that would show counts as cut: a traceback of exactly the limit ends with a newline.
        if (text.length > room && text.slice(Math.max(room, 0)).trim() !== '')
            sink.cut = true;
        if (room <= 0)
            return;
        const part = text.length > room ? text.slice(0, room) : text;
        sink.parts.push(part);
        sink.size += part.length;
    }
    onClose(name) {
        if (this.capture !== undefined && this.capture.depth === this.depth && this.capture.element === name) {
            const text = this.capture.sink.parts.join('').trim();
            const truncated = this.capture.sink.cut ? '\n… (truncated)' : '';
            this.capture.done(text === '' ? '' : text + truncated);
            this.capture = undefined;
        }
        this.depth--;
        if (name === 'testsuite')
            this.suiteStack.pop();
        if (name === 'testcase' && this.current !== undefined) {
            const { record, children } = this.current;
            // Catch2 marks a [!mayfail] test that failed with <skipped> beside its <failure>: an expected failure,
            // which Catch2 does not count as failed (nor do we, as pytest's xfail).
            if (children.skipped && children.failed && !children.errored) {
                record.result = 'skipped';
                record.skipKind = 'xfail';
            }
            if (record.details === '')
                record.details = undefined;
            this.cases.push(record);
            this.current = undefined;
        }
    }
}
function rank(result) {
    return { passed: 0, skipped: 1, error: 2, failed: 3 }[result];
}

;// CONCATENATED MODULE: ./actions/test-report/src/read-reports.ts
/** Streams each report file through the JUnit reader; a file that is not JUnit is set aside, not an error. */



async function readReports(files) {
    const result = { reports: [], notJunit: [], problems: [] };
    for (const file of files) {
        const reader = new JunitReader();
        try {
            for await (const chunk of (0,external_node_fs_.createReadStream)(file.absolute, {
                encoding: 'utf8',
                highWaterMark: 256 * 1024,
            })) {
                reader.write(chunk);
            }
            const report = reader.close();
            if (report.root === 'testsuites' || report.root === 'testsuite')
                result.reports.push({ path: file.display, report });
            else
                result.notJunit.push({ path: file.display, root: report.root === '' ? '(empty)' : report.root });
        }
        catch (error) {
            if (error instanceof XmlSyntaxError) {
                result.problems.push(`${file.display}:${error.line}:${error.column}: not well-formed XML: ${error.message}`);
            }
            else {
                result.problems.push(`${file.display}: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    }
    return result;
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

;// CONCATENATED MODULE: ./actions/test-report/src/report.ts



/** GitHub's limit on an issue or PR comment body, in characters. */
const COMMENT_LIMIT = 65_536;
const TRACE_LINES_IN_ANNOTATION = 12;
const DETAILS_IN_SUMMARY = 4000;
const isProblem = (t) => t.outcome === 'failed' || t.outcome === 'error';
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** `120 tests: 115 passed, 2 failed, 1 error, 1 skipped, 1 flaky`, leaving out zero counts after passed. */
function totalsLine(t) {
    const parts = [`${t.passed} passed`];
    if (t.failed > 0)
        parts.push(`${t.failed} failed`);
    if (t.errors > 0)
        parts.push(plural(t.errors, 'error'));
    if (t.skipped > 0)
        parts.push(`${t.skipped} skipped`);
    if (t.flaky > 0)
        parts.push(`${t.flaky} flaky`);
    return `${plural(t.total, 'test')}: ${parts.join(', ')}`;
}
/** `reports/a.xml declares 10 tests and 2 skipped; its test cases hold 8 and 0` */
function mismatchText(m) {
    const words = { tests: 'tests', failures: 'failed', errors: 'errors', skipped: 'skipped' };
    const declared = m.counts.map((c) => `${c.declared} ${words[c.key]}`);
    const held = m.counts.map((c) => String(c.held));
    const list = (parts) => parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
    return `${m.report} declares ${list(declared)}; its test cases hold ${list(held)}`;
}
/** One line for the summary, however many reports disagree with their declared totals. */
function mismatchesLine(mismatches, shown = 3) {
    if (mismatches.length === 0)
        return undefined;
    const listed = mismatches.slice(0, shown).map(mismatchText).join('; ');
    const more = mismatches.length > shown ? `; and ${mismatches.length - shown} more reports (see the log)` : '';
    return `⚠️ Declared totals differ from the test cases (the counts above are the test cases'): ${listed}${more}.`;
}
function displayName(t) {
    return t.phase === 'teardown' ? `${t.id} (teardown)` : t.id;
}
function firstLine(text) {
    return ((text ?? '')
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim() ?? '');
}
function where(location) {
    if (location === undefined)
        return '';
    return location.line === undefined ? location.file : `${location.file}:${location.line}`;
}
function suiteRow(s) {
    return [
        s.report,
        s.name,
        String(s.tests),
        String(s.passed),
        String(s.failed),
        String(s.errors),
        String(s.skipped),
        String(s.flaky),
        (0,units/* formatDuration */.a3)(s.time * 1000),
    ];
}
function buildSummary(result, context) {
    const { totals } = result;
    const icon = context.conclusion === 'success' ? '✅' : '❌';
    const summary = new SummaryBuilder();
    summary.heading(`${icon} ${escapeCell(context.title)}`, 2);
    summary.raw(`**${totalsLine(totals)}** in ${(0,units/* formatDuration */.a3)(totals.time * 1000)}, from ${plural(context.reports, 'report')}.`);
    const mismatches = mismatchesLine(result.mismatches);
    if (mismatches !== undefined)
        summary.raw(escapeCell(mismatches));
    // Suites with problems first: when the summary must be trimmed, passing suites go first.
    const suites = [...result.suites].sort((a, b) => b.failed + b.errors + b.flaky - (a.failed + a.errors + a.flaky) || a.report.localeCompare(b.report));
    summary.table(['Report', 'Suite', 'Tests', 'Passed', 'Failed', 'Errors', 'Skipped', 'Flaky', 'Time'], suites.map(suiteRow), ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'], { shrinkable: true });
    const problems = result.tests.filter(isProblem);
    if (problems.length > 0) {
        summary.heading(`Failures (${problems.length})`, 3);
        for (const t of problems) {
            const loc = where(context.locations.get(t));
            const head = `${t.outcome === 'error' ? '💥' : '❌'} ${displayName(t)}${firstLine(t.message) ? ` — ${firstLine(t.message)}` : ''}`;
            const body = [
                loc ? `at ${inlineCode(loc)}` : '',
                t.attempts.length > 0 ? `failed all ${t.attempts.length + 1} attempts` : '',
                t.details
                    ? codeBlock(t.details.slice(0, DETAILS_IN_SUMMARY) + (t.details.length > DETAILS_IN_SUMMARY ? '\n…' : ''))
                    : '',
            ]
                .filter(Boolean)
                .join('\n\n');
            summary.details(head.slice(0, 300), body || '_no details in the report_');
        }
    }
    const flaky = result.tests.filter((t) => t.outcome === 'flaky');
    if (flaky.length > 0) {
        summary.heading(`Flaky (${flaky.length}): passed after failing`, 3);
        summary.table(['Test', 'Failed attempts', 'First failure'], flaky.map((t) => [
            displayName(t),
            String(t.attempts.length),
            firstLine(t.attempts[0]?.message ?? t.attempts[0]?.details),
        ]), ['left', 'right', 'left'], { shrinkable: true });
    }
    return summary;
}
/** One error per failure at its file and line, one warning per flaky test; the budget is applied later. */
function annotationsFor(result, locations) {
    const out = [];
    for (const t of result.tests) {
        if (!isProblem(t) && t.outcome !== 'flaky')
            continue;
        const loc = locations.get(t);
        const position = loc === undefined ? {} : { file: loc.file, ...(loc.line === undefined ? {} : { startLine: loc.line }) };
        if (t.outcome === 'flaky') {
            out.push({
                level: 'warning',
                title: `Flaky: ${displayName(t)}`,
                message: `Passed after ${plural(t.attempts.length, 'failed attempt')}: ${firstLine(t.attempts[0]?.message ?? t.attempts[0]?.details) || 'no details'}`,
                ...position,
            });
            continue;
        }
        const trace = (t.details ?? '').split('\n').slice(0, TRACE_LINES_IN_ANNOTATION).join('\n');
        const message = [t.message, trace]
            .filter((s) => s !== undefined && s.trim() !== '')
            .join('\n\n');
        out.push({
            level: 'error',
            title: `${t.outcome === 'error' ? 'Error' : 'Failed'}: ${displayName(t)}`,
            message: message === ''
                ? `${t.outcome === 'error' ? 'errored' : 'failed'} (no details in the report)`
                : message,
            ...position,
        });
    }
    return out;
}
function commentMarker(title) {
    return `<!-- runway:test-report:${title.replace(/--/g, '- -')} -->`;
}
/** The PR comment: totals, then failures and flaky tests as tables, always under GitHub's limit. */
function buildComment(result, context, runUrl) {
    const icon = context.conclusion === 'success' ? '✅' : '❌';
    const head = [
        commentMarker(context.title),
        `### ${icon} ${escapeCell(context.title)}`,
        '',
        `**${totalsLine(result.totals)}** in ${(0,units/* formatDuration */.a3)(result.totals.time * 1000)}.${runUrl ? ` [Details](${runUrl})` : ''}`,
    ];
    const rowsFor = (tests, detail) => tests.map((t) => {
        const loc = context.locations.get(t);
        const at = loc === undefined
            ? ''
            : context.fileUrl
                ? `[${escapeCell(where(loc))}](${context.fileUrl(loc)})`
                : inlineCode(where(loc));
        return `| ${escapeCell(displayName(t))} | ${at} | ${escapeCell(detail(t).slice(0, 300))} |`;
    });
    const sections = [];
    const problems = result.tests.filter(isProblem);
    if (problems.length > 0) {
        sections.push({
            heading: [
                '',
                `#### Failures (${problems.length})`,
                '',
                '| Test | Where | Message |',
                '| --- | --- | --- |',
            ],
            rows: rowsFor(problems, (t) => firstLine(t.message) || firstLine(t.details)),
        });
    }
    const flaky = result.tests.filter((t) => t.outcome === 'flaky');
    if (flaky.length > 0) {
        sections.push({
            heading: [
                '',
                `#### Flaky (${flaky.length})`,
                '',
                '| Test | Where | First failure |',
                '| --- | --- | --- |',
            ],
            rows: rowsFor(flaky, (t) => firstLine(t.attempts[0]?.message ?? t.attempts[0]?.details)),
        });
    }
    const lines = [...head];
    let size = lines.join('\n').length;
    const reserve = 200;
    for (const section of sections) {
        const headSize = section.heading.join('\n').length + 1;
        if (size + headSize + reserve > COMMENT_LIMIT)
            break;
        lines.push(...section.heading);
        size += headSize;
        let shown = 0;
        for (const row of section.rows) {
            if (size + row.length + 1 + reserve > COMMENT_LIMIT)
                break;
            lines.push(row);
            size += row.length + 1;
            shown++;
        }
        if (shown < section.rows.length)
            lines.push(`| … and ${section.rows.length - shown} more | | |`);
    }
    return lines.join('\n') + '\n';
}
/**
 * The `json` output file, in pieces for a streaming write: totals, suites and every test's outcome, one test
 * per line, so a run of 100,000 tests never holds the whole document as one string.
 */
function* resultsJson(result, locations) {
    yield `{"totals":${JSON.stringify(result.totals)},\n"suites":${JSON.stringify(result.suites)},\n"tests":[\n`;
    const batch = [];
    for (const [i, t] of result.tests.entries()) {
        const loc = locations.get(t);
        const line = JSON.stringify({
            id: t.id,
            classname: t.classname,
            name: t.name,
            suite: t.suite,
            report: t.report,
            outcome: t.outcome,
            time: t.time,
            file: loc?.file ?? null,
            line: loc?.line ?? null,
            message: t.message ?? null,
            attempts: t.attempts.length + 1,
            ...(t.phase ? { phase: t.phase } : {}),
        });
        batch.push(i === 0 ? line : `,\n${line}`);
        if (batch.length === 1000)
            yield batch.splice(0).join('');
    }
    yield `${batch.join('')}\n]}\n`;
}

;// CONCATENATED MODULE: ./actions/test-report/src/main-publish.ts
/** The adapter's second half: find and read reports → aggregate → outputs, summary, annotations, PR comment. */





















async function publish(settings, redactor) {
    const { patterns, rerunPatterns, title, failOn, requireTests, annotate, commentMode, token } = settings;
    const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    // Reports from artifacts are named `artifact:<name>/<path>`, not by where they were downloaded.
    const shown = new Map();
    const display = (file) => shown.get(file) ?? (external_node_path_default().relative(workspace, file) || file);
    // A report that is a link out of the workspace (a pull request can add one) is refused, never read.
    const usable = async (found) => (0,workspace_file/* regularFiles */.qp)(found, (f) => `The report '${display(f)}'`, (0,workspace_file/* runnerRoots */.kF)(workspace));
    // Inside artifacts too, a file `rerun-files` matches is a rerun's.
    const fromArtifacts = await artifactReports(settings.artifacts, [...patterns, ...rerunPatterns], settings.artifactsTimeoutMs);
    const isRerun = relativeGlobs(rerunPatterns);
    for (const f of fromArtifacts.files)
        shown.set(f.absolute, f.display);
    const rerunFiles = await usable([
        ...(await (0,find_files.findWorkspaceFiles)(rerunPatterns, workspace)),
        ...fromArtifacts.files.filter((f) => isRerun(f.relative)).map((f) => f.absolute),
    ]);
    const mainFiles = await usable([
        ...(await (0,find_files.findWorkspaceFiles)(patterns, workspace)).filter((f) => !rerunFiles.files.includes(f)),
        ...fromArtifacts.files.filter((f) => !isRerun(f.relative)).map((f) => f.absolute),
    ]);
    const read = await readReports(mainFiles.files.map((f) => ({ absolute: f, display: display(f) })));
    const reruns = await readReports(rerunFiles.files.map((f) => ({ absolute: f, display: display(f) })));
    for (const skipped of [...read.notJunit, ...reruns.notJunit]) {
        lib_core.info(`Skipped ${skipped.path}: its root element is <${(0,workspace_file/* shownName */.HD)(skipped.root)}>, not a JUnit report.`);
    }
    const problems = [...mainFiles.problems, ...rerunFiles.problems, ...read.problems, ...reruns.problems];
    // Each problem is told once, in the step's failure line (bounded), not again as an annotation of its own.
    for (const problem of problems)
        lib_core.info((0,shared_text/* bounded */.Mm)(`Unreadable test report: ${problem}`));
    const result = aggregate(read.reports, reruns.reports);
    for (const report of [...read.reports, ...reruns.reports]) {
        lib_core.info(`${report.path}: ${report.report.cases.length} test records`);
    }
    for (const mismatch of result.mismatches)
        lib_core.info(`Note: ${mismatchText(mismatch)}`);
    for (const report of [...read.reports, ...reruns.reports]) {
        for (const warning of report.report.warnings)
            lib_core.warning((0,shared_text/* bounded */.Mm)(`${report.path}: ${warning}`));
    }
    lib_core.info(totalsLine(result.totals));
    const isFile = new Map();
    const isRepoFile = (rel) => {
        let known = isFile.get(rel);
        if (known === undefined) {
            const absolute = external_node_path_default().join(workspace, rel);
            known = (0,external_node_fs_.existsSync)(absolute) && (0,external_node_fs_.statSync)(absolute).isFile();
            isFile.set(rel, known);
        }
        return known;
    };
    const locations = new Map();
    for (const t of result.tests) {
        if (isProblem(t))
            locations.set(t, locate(t, isRepoFile, workspace));
        // A flaky test passed in the end: where it failed is in its failed attempt.
        if (t.outcome === 'flaky')
            locations.set(t, locate({ ...t, details: t.attempts[0]?.details ?? t.details }, isRepoFile, workspace));
    }
    const { totals } = result;
    const { conclusion, failing, noTests } = verdict(totals, failOn, requireTests, problems.length);
    const jsonPath = external_node_path_default().join(process.env.RUNNER_TEMP ?? workspace, `test-report-${process.pid}-${Date.now()}.json`);
    await (0,promises_.pipeline)(external_node_stream_.Readable.from(resultsJson(result, locations)), (0,external_node_fs_.createWriteStream)(jsonPath));
    lib_core.setOutput('total', String(totals.total));
    lib_core.setOutput('passed', String(totals.passed));
    lib_core.setOutput('failed', String(totals.failed));
    lib_core.setOutput('errors', String(totals.errors));
    lib_core.setOutput('skipped', String(totals.skipped));
    lib_core.setOutput('flaky', String(totals.flaky));
    lib_core.setOutput('duration-seconds', String(Math.round(totals.time * 1000) / 1000));
    lib_core.setOutput('conclusion', conclusion);
    lib_core.setOutput('json', jsonPath);
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    const server = process.env.GITHUB_SERVER_URL ?? 'https://github.com';
    const sha = process.env.GITHUB_SHA;
    const context = {
        title,
        conclusion,
        reports: read.reports.length + reruns.reports.length,
        locations,
        ...(sha !== undefined && repository !== ''
            ? {
                fileUrl: (l) => `${server}/${repository}/blob/${sha}/${l.file}${l.line === undefined ? '' : `#L${l.line}`}`,
            }
            : {}),
    };
    await writeJobSummary(buildSummary(result, context));
    if (annotate)
        emitAnnotations(lib_core, annotationsFor(result, locations), { reserveForFailure: conclusion === 'failure' });
    let commentUrl = '';
    if (commentMode !== 'off' && token !== undefined) {
        commentUrl = await comment(result, context, commentMode, token, repository, redactor.redact.bind(redactor));
    }
    lib_core.setOutput('comment-url', commentUrl);
    if (problems.length > 0) {
        throw new errors/* ActionFailure */.dR(`${problems.length} test report${problems.length === 1 ? '' : 's'} could not be read: ${problems.join('; ')}`);
    }
    if (noTests) {
        const skippedNote = read.notJunit.length > 0
            ? `; ${read.notJunit.length} XML file(s) matched but were not JUnit (${read.notJunit.map((f) => f.path).join(', ')})`
            : '';
        const declaring = result.mismatches.filter((m) => m.counts.some((c) => c.key === 'tests'));
        const declaredNote = declaring.length > 0
            ? `; ${declaring.map((m) => `${m.report} declares ${m.counts.find((c) => c.key === 'tests')?.declared ?? 0} tests`).join(', ')} but holds no <testcase>`
            : '';
        const artifactsNote = settings.artifacts.length > 0
            ? `, nor in this run's artifacts ${settings.artifacts.map((p) => p.text).join(', ')}${fromArtifacts.notes.length > 0 ? ` (${fromArtifacts.notes.join('; ')})` : ''}`
            : '';
        throw new errors/* ActionFailure */.dR((0,no_tests/* noTestsMessage */.i)([...patterns, ...rerunPatterns], workspace, `${artifactsNote}${skippedNote}${declaredNote}`));
    }
    if (failing > 0) {
        const names = [...new Set(result.tests.filter(isProblem).map((t) => t.id))];
        const listed = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
        throw new errors/* ActionFailure */.dR(`${title}: ${totalsLine(totals)}. Failed: ${listed}`);
    }
}
async function comment(result, context, mode, token, repository, redact) {
    const target = pullRequestTarget(await readEvent(), repository, process.env.GITHUB_EVENT_NAME ?? '');
    if (target === undefined) {
        lib_core.notice(`No PR comment: this ${process.env.GITHUB_EVENT_NAME ?? 'run'} event has no pull request.`);
        return '';
    }
    // The verdict above stands either way; a missing comment is shown, never silent.
    return publishComment({
        token,
        repository,
        target,
        marker: commentMarker(context.title),
        body: buildComment(result, context, runUrl()),
        redact,
        create: mode === 'always' || context.conclusion === 'failure',
        notCreated: 'the tests passed and comment is on-failure (no earlier comment to update)',
    });
}


/***/ }),

/***/ 9397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findWorkspaceFiles: () => (/* binding */ findWorkspaceFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_glob__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3860);
/** The files a step's glob patterns match in the workspace: never a folder, nothing outside it, sorted. */


/** Never reports: dependencies and git's own files. Rooted at the workspace, not wherever the step runs. */
const alwaysExcluded = (workspace) => ['node_modules', '.git'].map((folder) => `!${workspace}/**/${folder}/**`);
async function findWorkspaceFiles(patterns, workspace) {
    if (patterns.length === 0)
        return [];
    const globber = await _actions_glob__WEBPACK_IMPORTED_MODULE_1__/* .create */ .v([...patterns, ...alwaysExcluded(workspace)].join('\n'), {
        matchDirectories: false,
    });
    const found = await globber.glob();
    return found.filter((f) => f.startsWith(workspace + (node_path__WEBPACK_IMPORTED_MODULE_0___default().sep))).sort();
}


/***/ }),

/***/ 4319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   XB: () => (/* binding */ gitHubClient),
/* harmony export */   lB: () => (/* binding */ upsertComment),
/* harmony export */   toolkitGitHub: () => (/* binding */ toolkitGitHub)
/* harmony export */ });
/* unused harmony export describeFailure */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2763);

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
        return new GitHubApiError(`${where}: ${(0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(cause, 300)}`, 0);
    }
    const said = typeof data === 'object' && data !== null && typeof data.message === 'string'
        ? data.message
        : typeof data === 'string' && data !== ''
            ? data
            : (failure.message ?? '');
    const message = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(said, 300);
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
async function gitHubClient(token, options = {}) {
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


/***/ })

};
