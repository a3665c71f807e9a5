export const id = 47;
export const ids = [47];
export const modules = {

/***/ 3047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateBenchmarks: () => (/* binding */ gateBenchmarks)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(2275);
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

// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(2377);
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

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
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
        core.info('No job summary written: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).');
        return;
    }
    await core.summary.addRaw(summary.render(), true).write();
}

;// CONCATENATED MODULE: ./shared/phases.ts
/** Each phase's time, in the debug log (ACTIONS_STEP_DEBUG), for a run that takes longer than it should. */

function phaseTimer() {
    let started = performance.now();
    return (phase) => {
        const now = performance.now();
        core.debug(`${phase}: ${Math.round(now - started)} ms`);
        started = now;
    };
}

// EXTERNAL MODULE: ./shared/github.ts
var github = __webpack_require__(4319);
;// CONCATENATED MODULE: ./shared/pr-comment.ts
/**
 * The PR comment as every action writes it: one comment per marker, updated in place; a fork's read-only
 * token or an API failure is told (notice or warning) and never fails the step, whose verdict stands.
 */



/** Writes or updates the comment; returns its URL, or '' when there is none. */
async function publishComment(request) {
    if (request.target.blocked !== undefined) {
        core.notice(`No PR comment: ${request.target.blocked}.`);
        return '';
    }
    try {
        const outcome = await (0,github/* upsertComment */.lB)(await (0,github/* gitHubClient */.XB)(request.token), request.repository, request.target.number, request.marker, request.body, { create: request.create !== false });
        if (outcome === undefined) {
            core.info(`No PR comment: ${request.notCreated ?? 'there was no earlier comment to update'}.`);
            return '';
        }
        core.info(`PR comment ${outcome.action}: ${outcome.url}`);
        return outcome.url;
    }
    catch (error) {
        core.warning(request.redact(`Could not write the PR comment: ${(0,errors/* errorMessage */.gJ)(error)}`), {
            title: 'PR comment',
        });
        return '';
    }
}

;// CONCATENATED MODULE: ./shared/workspace-file.ts
/**
 * Files a workflow points an action at (a config, a report, a version file, an output path) are used only
 * when they are what they claim: a regular file inside the workspace or the runner's temp and tool folders,
 * links included once resolved. A link a pull request adds (`.python-version` → `/proc/self/environ`), a
 * directory, a device or a file outside is refused with a one-line error that names the input and never
 * quotes the file: an error message must not become a way to read the runner's files.
 */




/** The roots of a step run by the runner: its workspace, temp and tool-cache folders. */
function runnerRoots(workspace) {
    return { workspace, others: [process.env.RUNNER_TEMP, process.env.RUNNER_TOOL_CACHE] };
}
async function realRoots(roots) {
    const out = [];
    for (const root of [roots.workspace, ...(roots.others ?? [])]) {
        if (root === undefined || root === '')
            continue;
        try {
            out.push(await (0,promises_.realpath)(root));
        }
        catch {
            out.push(external_node_path_default().resolve(root));
        }
    }
    return out;
}
const within = (file, root) => file === root || file.startsWith(root + (external_node_path_default()).sep);
/** `name` as the user wrote it, made safe to print: one line, at most 200 characters. */
const shownName = (name) => (0,shared_text/* oneLine */.TN)(name, 200);
/**
 * The real path of the file `name` (relative to the workspace, or absolute) when it is a regular file inside
 * the roots; else a ConfigurationError: `${what} names '<name>', which <why>.`
 */
async function regularFile(name, what, roots) {
    const absolute = external_node_path_default().resolve(roots.workspace, name);
    const refuse = (why) => {
        throw new errors/* ConfigurationError */.j1(`${what} names '${shownName(name)}', which ${why}.`);
    };
    try {
        await (0,promises_.lstat)(absolute);
    }
    catch {
        return refuse('does not exist');
    }
    let real;
    try {
        real = await (0,promises_.realpath)(absolute);
    }
    catch {
        return refuse('is a link to nothing');
    }
    const info = await (0,promises_.stat)(real);
    if (info.isDirectory())
        refuse('is a folder, not a file');
    if (!info.isFile())
        refuse('is not a regular file (a device, a pipe or a socket)');
    if (!(await realRoots(roots)).some((root) => within(real, root)))
        refuse('is outside the workspace (or a link to a file outside it)');
    return real;
}
/**
 * Where to write `name`: inside the roots, not an existing folder, with a parent that is (or can be made) a
 * folder. Makes the parent folders; returns the absolute path.
 */
async function outputFile(name, what, roots) {
    const absolute = external_node_path_default().resolve(roots.workspace, name);
    const refuse = (why) => {
        throw new errors/* ConfigurationError */.j1(`${what} names '${shownName(name)}', which ${why}.`);
    };
    const real = await realRoots(roots);
    // The nearest existing ancestor decides where the file really lands (a link in the path included).
    let existing = external_node_path_default().dirname(absolute);
    for (;;) {
        try {
            await (0,promises_.lstat)(existing);
            break;
        }
        catch {
            const up = external_node_path_default().dirname(existing);
            if (up === existing)
                break;
            existing = up;
        }
    }
    let resolved;
    try {
        resolved = await (0,promises_.realpath)(existing);
    }
    catch {
        return refuse('cannot be written');
    }
    if (!real.some((root) => within(resolved, root)))
        refuse('is outside the workspace and the runner’s temp folder');
    const ancestor = await (0,promises_.stat)(resolved);
    if (!ancestor.isDirectory())
        refuse(`cannot be written: ${external_node_path_default().relative(roots.workspace, existing) || existing} is a file`);
    try {
        const target = await (0,promises_.stat)(absolute);
        if (target.isDirectory())
            refuse('is a folder');
        if (!target.isFile())
            refuse('is not a regular file (a device, a pipe or a socket)');
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
    }
    await (0,promises_.mkdir)(external_node_path_default().dirname(absolute), { recursive: true });
    return absolute;
}
/** Of files a glob found, those that are regular files inside the roots, and a one-line problem for each other. */
async function regularFiles(files, what, roots) {
    const ok = [];
    const problems = [];
    for (const file of files) {
        try {
            await regularFile(file, what(file), roots);
            ok.push(file);
        }
        catch (error) {
            problems.push(error instanceof Error ? error.message : String(error));
        }
    }
    return { files: ok, problems };
}

;// CONCATENATED MODULE: ./shared/json.ts
/** Parsed JSON (or YAML) of unknown shape. */
/** A JSON object: not a list, not null. */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

// EXTERNAL MODULE: ./actions/benchmark-gate/src/model.ts
var model = __webpack_require__(4550);
;// CONCATENATED MODULE: ./actions/benchmark-gate/src/history.ts
/**
 * The stored history: one JSON document in the data branch, holding every saved run (commit, date, branch)
 * and, per metric and benchmark, one point per run: [run index, value, spread]. Columnar and index-based so
 * that a thousand benchmarks over a thousand runs stay a few tens of megabytes.
 */


const HISTORY_FORMAT = 'runway-benchmark-history';
/** A damaged history is the user's to look at, not a bug here: it fails the step in one line. */
class HistoryError extends errors/* ActionFailure */.dR {
}
function emptyHistory() {
    return { runs: [], series: { median: new Map(), mean: new Map(), min: new Map() } };
}
/** Parses and checks a stored document; anything unexpected is an error, so a damaged branch is never overwritten. */
function parseHistory(content, where) {
    let doc;
    try {
        doc = JSON.parse(content);
    }
    catch (error) {
        throw new HistoryError(`${where} is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isObject(doc) || doc.format !== HISTORY_FORMAT || doc.version !== 1)
        throw new HistoryError(`${where} is not a benchmark-gate history (format ${HISTORY_FORMAT}, version 1)`);
    if (!Array.isArray(doc.runs) || !isObject(doc.series))
        throw new HistoryError(`${where} lacks 'runs' or 'series'`);
    const runs = doc.runs.map((r, i) => {
        if (!isObject(r) ||
            typeof r.commit !== 'string' ||
            typeof r.date !== 'string' ||
            typeof r.branch !== 'string' ||
            (r.url !== undefined && typeof r.url !== 'string'))
            throw new HistoryError(`${where}: runs[${i}] needs commit, date and branch strings`);
        return {
            commit: r.commit,
            date: r.date,
            branch: r.branch,
            ...(r.url === undefined ? {} : { url: r.url }),
        };
    });
    const history = emptyHistory();
    for (const metric of model/* METRICS */.Cb) {
        const stored = doc.series[metric];
        if (stored === undefined)
            continue;
        if (!isObject(stored))
            throw new HistoryError(`${where}: series.${metric} is not an object`);
        const target = history.series[metric];
        for (const [name, s] of Object.entries(stored)) {
            const at = `${where}: series.${metric}[${JSON.stringify(name)}]`;
            if (!isObject(s) ||
                typeof s.unit !== 'string' ||
                (s.direction !== 'smaller-is-better' && s.direction !== 'bigger-is-better') ||
                !Array.isArray(s.points))
                throw new HistoryError(`${at} needs unit, direction and points`);
            let last = -1;
            const points = s.points.map((p, k) => {
                if (!Array.isArray(p) ||
                    p.length !== 3 ||
                    !p.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0) ||
                    !Number.isInteger(p[0]) ||
                    p[0] >= runs.length ||
                    p[0] <= last)
                    throw new HistoryError(`${at}.points[${k}] must be [run index, value, spread], in run order`);
                last = p[0];
                return [p[0], p[1], p[2]];
            });
            target.set(name, { unit: s.unit, direction: s.direction, points });
        }
    }
    return { runs, series: history.series };
}
function serializeHistory(history) {
    const series = {};
    for (const metric of model/* METRICS */.Cb) {
        const map = history.series[metric];
        if (map.size > 0)
            series[metric] = Object.fromEntries(map);
    }
    // One line per series keeps the data branch's diffs readable without growing the file much.
    const body = Object.entries(series)
        .map(([metric, named]) => `${JSON.stringify(metric)}:{\n${Object.entries(named)
        .map(([name, s]) => `${JSON.stringify(name)}:${JSON.stringify(s)}`)
        .join(',\n')}\n}`)
        .join(',\n');
    return `{"format":${JSON.stringify(HISTORY_FORMAT)},"version":1,\n"runs":${JSON.stringify(history.runs)},\n"series":{\n${body}\n}}\n`;
}
/**
 * A value as stored: a few significant digits, which is all a benchmark measures, so the history holds
 * `0.00123457` rather than `0.0012345678901234567` and stays a third of the size.
 */
function stored(value, digits) {
    return value === 0 ? 0 : Number(value.toPrecision(digits));
}
/**
 * Adds this run's values of `metric` and keeps at most `maxRuns` runs. A run of the same commit on the same
 * branch (a re-run) replaces the earlier one. A benchmark whose unit or direction changed starts its series
 * again: values in two units are never in one series.
 */
function appendRun(history, run, measurements, metric, maxRuns) {
    const notes = [];
    const replaced = history.runs.findIndex((r) => r.commit === run.commit && r.branch === run.branch);
    const kept = history.runs.filter((_, i) => i !== replaced);
    const drop = Math.max(0, kept.length + 1 - maxRuns);
    // Old index → new index, or -1 when the run is gone.
    const remap = new Int32Array(history.runs.length).fill(-1);
    let next = 0;
    history.runs.forEach((_, i) => {
        if (i === replaced)
            return;
        remap[i] = next >= drop ? next - drop : -1;
        next++;
    });
    const runs = [...kept.slice(drop), run];
    const newIndex = runs.length - 1;
    const series = emptyHistory().series;
    for (const m of model/* METRICS */.Cb) {
        for (const [name, s] of history.series[m]) {
            const points = [];
            for (const p of s.points) {
                const at = remap[p[0]];
                if (at >= 0)
                    points.push([at, p[1], p[2]]);
            }
            if (points.length > 0)
                series[m].set(name, { ...s, points });
        }
    }
    for (const measurement of measurements) {
        const existing = series[metric].get(measurement.name);
        const point = [
            newIndex,
            stored(measurement.values[metric], 6),
            stored((0,model/* standardError */.gU)(measurement, metric), 3),
        ];
        if (existing !== undefined &&
            existing.unit === measurement.unit &&
            existing.direction === measurement.direction) {
            existing.points.push(point);
            continue;
        }
        if (existing !== undefined)
            notes.push(`${measurement.name}: stored in ${existing.unit} (${existing.direction}), now ${measurement.unit} (${measurement.direction}); its history starts again`);
        series[metric].set(measurement.name, {
            unit: measurement.unit,
            direction: measurement.direction,
            points: [point],
        });
    }
    return { history: { runs, series }, notes };
}

;// CONCATENATED MODULE: ./actions/benchmark-gate/src/stats.ts
/** The few order statistics the formats and the significance rule need. */
/** The q-quantile of sorted values, by linear interpolation (numpy's default, which pytest-benchmark uses). */
function quantile(sorted, q) {
    if (sorted.length === 0)
        return Number.NaN;
    const at = (sorted.length - 1) * q;
    const low = Math.floor(at);
    const high = Math.ceil(at);
    const a = sorted[low];
    const b = sorted[high];
    return a + (b - a) * (at - low);
}
function median(values) {
    return quantile([...values].sort((a, b) => a - b), 0.5);
}
function mean(values) {
    let sum = 0;
    for (const v of values)
        sum += v;
    return values.length === 0 ? Number.NaN : sum / values.length;
}
/** The sample standard deviation (n − 1); 0 for fewer than two values. */
function stddev(values) {
    if (values.length < 2)
        return 0;
    const m = mean(values);
    let sum = 0;
    for (const v of values)
        sum += (v - m) ** 2;
    return Math.sqrt(sum / (values.length - 1));
}
/** A normal distribution's standard deviation is its interquartile range / 1.349. */
const IQR_PER_SIGMA = 1.349;
/** Summary statistics of raw samples (rounds, hyperfine's times). */
function describe(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    return {
        median: quantile(sorted, 0.5),
        mean: mean(sorted),
        min: sorted[0] ?? Number.NaN,
        stddev: stddev(sorted),
        iqr: quantile(sorted, 0.75) - quantile(sorted, 0.25),
    };
}

;// CONCATENATED MODULE: ./actions/benchmark-gate/src/units.ts
/** Time units to seconds, so a run in µs compares with one in ns; every other unit is kept as written. */
const SECONDS_PER = {
    ns: 1e-9,
    us: 1e-6,
    µs: 1e-6,
    μs: 1e-6,
    ms: 1e-3,
    s: 1,
    sec: 1,
};
/** The factor that turns a value in `unit` into seconds, or undefined when it is not a time (`req/s`, `MB`). */
function secondsPer(unit) {
    // The anchor's Google Benchmark and cargo units are per iteration: `ns/iter`.
    const bare = unit.trim().replace(/\/iter$/, '');
    return SECONDS_PER[bare];
}
/** A time in seconds as a person reads it: 12.3 µs, 4.56 ms, 1.23 s. */
function formatSeconds(seconds) {
    const abs = Math.abs(seconds);
    const [factor, suffix] = abs >= 1 || abs === 0 ? [1, 's'] : abs >= 1e-3 ? [1e3, 'ms'] : abs >= 1e-6 ? [1e6, 'µs'] : [1e9, 'ns'];
    return `${significant(seconds * factor)} ${suffix}`;
}
/** Three significant digits, without exponent notation for ordinary magnitudes. */
function significant(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (value === 0)
        return '0';
    const abs = Math.abs(value);
    if (abs >= 1000)
        return String(Math.round(value));
    return String(Number(value.toPrecision(3)));
}
/** A value in its unit, as shown in tables: times scaled, other units as given. */
function formatValue(value, unit) {
    return unit === 's' ? formatSeconds(value) : `${significant(value)} ${unit}`;
}

;// CONCATENATED MODULE: ./actions/benchmark-gate/src/formats.ts
/**
 * Reads the benchmark files of pytest-benchmark, Google Benchmark, hyperfine and the custom JSON of
 * github-action-benchmark into one model. Every number is checked: a malformed record is an error naming the
 * file and the record, never a benchmark silently left out.
 */



class FormatError extends Error {
    name = 'FormatError';
}
/** Which tool wrote this document, or why it cannot be read. */
function detectFormat(doc) {
    if (Array.isArray(doc))
        throw new FormatError("is a list of {name, unit, value}: the custom format, whose direction cannot be guessed; set 'format' to customSmallerIsBetter or customBiggerIsBetter");
    if (isObject(doc)) {
        if (Array.isArray(doc.results) && doc.results.every((r) => isObject(r) && 'command' in r))
            return 'hyperfine';
        if (Array.isArray(doc.benchmarks)) {
            const first = doc.benchmarks[0];
            if ('machine_info' in doc || (isObject(first) && isObject(first.stats)))
                return 'pytest';
            if ('context' in doc || (isObject(first) && 'real_time' in first))
                return 'googlecpp';
        }
    }
    throw new FormatError("is not a benchmark file this action reads (pytest-benchmark's --benchmark-json, Google Benchmark's --benchmark_format=json, hyperfine's --export-json, or the custom JSON); set 'format' if it is one");
}
const shownValue = (value) => (value === undefined ? 'nothing' : JSON.stringify(value));
function finite(value, where, options = {}) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        throw new FormatError(`${where} must be a number of at least 0; got ${shownValue(value)}`);
    if (options.positive === true && value === 0)
        throw new FormatError(`${where} must be above 0; got 0`);
    return value;
}
function optionalFinite(value, where) {
    return value === undefined || value === null ? undefined : finite(value, where);
}
function formats_text(value, where) {
    if (typeof value !== 'string' || value.trim() === '')
        throw new FormatError(`${where} must be a non-empty string; got ${shownValue(value)}`);
    return value;
}
const perMetric = (median, mean, min) => ({
    median,
    mean,
    min,
});
const same = (v) => perMetric(v, v, v);
/** Times become seconds; other units stay. */
function normalised(unit, values, spread) {
    const factor = secondsPer(unit);
    if (factor === undefined)
        return { unit: unit.trim(), values, spread };
    const scale = (r) => perMetric(r.median * factor, r.mean * factor, r.min * factor);
    return { unit: 's', values: scale(values), spread: scale(spread) };
}
function readPytest(doc) {
    if (!isObject(doc) || !Array.isArray(doc.benchmarks))
        throw new FormatError("has no 'benchmarks' list (pytest-benchmark writes one with --benchmark-json)");
    return doc.benchmarks.map((b, i) => {
        const where = `benchmarks[${i}]`;
        if (!isObject(b) || !isObject(b.stats))
            throw new FormatError(`${where} has no 'stats'`);
        const name = formats_text(b.fullname ?? b.name, `${where}.fullname`);
        const s = b.stats;
        const at = (k) => `${where} (${name}).stats.${k}`;
        const rounds = finite(s.rounds, at('rounds'), { positive: true });
        let data;
        if (s.data !== undefined) {
            if (!Array.isArray(s.data))
                throw new FormatError(`${at('data')} must be a list of numbers`);
            data = s.data.map((v, k) => finite(v, `${at('data')}[${k}]`));
        }
        const raw = data !== undefined && data.length > 0 ? describe(data) : undefined;
        const median = optionalFinite(s.median, at('median')) ?? raw?.median;
        const mean = optionalFinite(s.mean, at('mean')) ?? raw?.mean;
        const min = optionalFinite(s.min, at('min')) ?? raw?.min;
        if (median === undefined || mean === undefined || min === undefined)
            throw new FormatError(`${where} (${name}) lacks median, mean or min`);
        const iqr = optionalFinite(s.iqr, at('iqr')) ?? raw?.iqr ?? 0;
        const sd = optionalFinite(s.stddev, at('stddev')) ?? raw?.stddev ?? 0;
        const fileOf = name.includes('::') ? name.slice(0, name.indexOf('::')) : undefined;
        return {
            name,
            unit: 's',
            direction: 'smaller-is-better',
            values: perMetric(median, mean, min),
            spread: perMetric(iqr / IQR_PER_SIGMA, sd, iqr / IQR_PER_SIGMA),
            rounds,
            ...(fileOf === undefined ? {} : { file: fileOf }),
        };
    });
}
const AGGREGATE_SUFFIX = /_(mean|median|stddev|cv)$/;
function readGoogle(doc) {
    if (!isObject(doc) || !Array.isArray(doc.benchmarks))
        throw new FormatError("has no 'benchmarks' list (Google Benchmark writes one with --benchmark_format=json)");
    const runs = new Map();
    doc.benchmarks.forEach((b, i) => {
        const where = `benchmarks[${i}]`;
        if (!isObject(b))
            throw new FormatError(`${where} is not an object`);
        const name = formats_text(b.name, `${where}.name`);
        if (b.error_occurred === true)
            throw new FormatError(`${where} (${name}) failed: ${typeof b.error_message === 'string' ? b.error_message : 'error_occurred'}`);
        // Older versions have no run_type and mark aggregates by a name suffix only.
        const suffix = AGGREGATE_SUFFIX.exec(name);
        const aggregate = b.run_type === 'aggregate'
            ? typeof b.aggregate_name === 'string'
                ? b.aggregate_name
                : ''
            : b.run_type === undefined && suffix !== null
                ? suffix[1]
                : undefined;
        const runName = typeof b.run_name === 'string' && b.run_name !== ''
            ? b.run_name
            : aggregate !== undefined && suffix !== null
                ? name.slice(0, suffix.index)
                : name;
        // cv is a percentage; BigO and RMS are fits over sizes, not times of this benchmark.
        if (aggregate !== undefined && aggregate !== 'mean' && aggregate !== 'median' && aggregate !== 'stddev')
            return;
        const unit = formats_text(b.time_unit ?? 'ns', `${where} (${name}).time_unit`);
        if (secondsPer(unit) === undefined)
            throw new FormatError(`${where} (${name}).time_unit must be ns, us, ms or s; got ${JSON.stringify(unit)}`);
        const value = finite(b.real_time, `${where} (${name}).real_time`);
        let run = runs.get(runName);
        if (run === undefined) {
            run = { unit, samples: [], aggregates: {}, first: i };
            runs.set(runName, run);
        }
        // Records of one benchmark in different units (unusual, but allowed) meet in the first one's unit.
        const inRunUnit = (value * secondsPer(unit)) / secondsPer(run.unit);
        if (aggregate === undefined)
            run.samples.push(inRunUnit);
        else
            run.aggregates[aggregate] = inRunUnit;
    });
    return [...runs.entries()].map(([name, run]) => {
        const raw = run.samples.length > 0 ? describe(run.samples) : undefined;
        const median = run.aggregates.median ?? raw?.median ?? run.aggregates.mean;
        const mean = run.aggregates.mean ?? raw?.mean ?? median;
        if (median === undefined || mean === undefined)
            throw new FormatError(`benchmark ${name} has a stddev aggregate but no times`);
        const sd = run.aggregates.stddev ?? raw?.stddev ?? 0;
        const iqrSigma = raw !== undefined && run.samples.length >= 4 ? raw.iqr / IQR_PER_SIGMA : sd;
        const n = normalised(run.unit, perMetric(median, mean, raw?.min ?? median), perMetric(iqrSigma, sd, iqrSigma));
        return { name, direction: 'smaller-is-better', rounds: Math.max(1, run.samples.length), ...n };
    });
}
function readHyperfine(doc) {
    if (!isObject(doc) || !Array.isArray(doc.results))
        throw new FormatError("has no 'results' list (hyperfine writes one with --export-json)");
    return doc.results.map((r, i) => {
        const where = `results[${i}]`;
        if (!isObject(r))
            throw new FormatError(`${where} is not an object`);
        const name = formats_text(r.command, `${where}.command`);
        const at = (k) => `${where} (${name}).${k}`;
        if (Array.isArray(r.exit_codes)) {
            const failed = r.exit_codes.filter((c) => c !== 0);
            if (failed.length > 0)
                throw new FormatError(`${where} (${name}) exited with ${JSON.stringify(failed[0])} in ${failed.length} of ${r.exit_codes.length} runs: the times of a failing command are not a benchmark`);
        }
        let times = [];
        if (r.times !== undefined) {
            if (!Array.isArray(r.times))
                throw new FormatError(`${at('times')} must be a list of numbers`);
            times = r.times.map((v, k) => finite(v, `${at('times')}[${k}]`));
        }
        const raw = times.length > 0 ? describe(times) : undefined;
        const mean = optionalFinite(r.mean, at('mean')) ?? raw?.mean;
        const median = optionalFinite(r.median, at('median')) ?? raw?.median ?? mean;
        const min = optionalFinite(r.min, at('min')) ?? raw?.min ?? median;
        if (mean === undefined || median === undefined || min === undefined)
            throw new FormatError(`${where} (${name}) has no mean and no times`);
        // hyperfine writes a null stddev for a single run.
        const sd = optionalFinite(r.stddev, at('stddev')) ?? raw?.stddev ?? 0;
        const iqrSigma = raw !== undefined && times.length >= 4 ? raw.iqr / IQR_PER_SIGMA : sd;
        return {
            name,
            unit: 's',
            direction: 'smaller-is-better',
            values: perMetric(median, mean, min),
            spread: perMetric(iqrSigma, sd, iqrSigma),
            rounds: Math.max(1, times.length),
        };
    });
}
/** The custom format's `range`: `3`, `± 20`, `5%`, `stddev: 6.1e-06`; a spread in the value's unit. */
function parseRange(range, value) {
    if (typeof range === 'number')
        return Number.isFinite(range) && range >= 0 ? range : undefined;
    if (typeof range !== 'string')
        return undefined;
    const match = /([0-9]*\.?[0-9]+(?:e[-+]?\d+)?)\s*(%?)\s*$/i.exec(range.trim());
    if (match === null)
        return undefined;
    const n = Number(match[1]);
    return match[2] === '%' ? (value * n) / 100 : n;
}
/** A benchmark known by one value and its spread (the custom format, github-action-benchmark's history). */
function singleValue(name, unit, value, spread, direction) {
    return { name, direction, rounds: 1, ...normalised(unit, same(value), same(spread)) };
}
function readCustom(doc, direction, warnings) {
    if (!Array.isArray(doc))
        throw new FormatError('must be a list of {name, unit, value} objects (the custom format)');
    return doc.map((b, i) => {
        const where = `[${i}]`;
        if (!isObject(b))
            throw new FormatError(`${where} is not an object`);
        const name = formats_text(b.name, `${where}.name`);
        const unit = formats_text(b.unit, `${where} (${name}).unit`);
        const value = finite(b.value, `${where} (${name}).value`);
        let spread = 0;
        if (b.range !== undefined && b.range !== null && b.range !== '') {
            const parsed = parseRange(b.range, value);
            if (parsed === undefined)
                warnings.push(`${where} (${name}).range ${JSON.stringify(b.range)} is not a number: its spread counts as 0`);
            else
                spread = parsed;
        }
        return singleValue(name, unit, value, spread, direction);
    });
}
/** One file's text → its measurements; `format` undefined means detect it. */
function readBenchmarkFile(content, format) {
    let doc;
    try {
        doc = JSON.parse(content);
    }
    catch (error) {
        throw new FormatError(`is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const chosen = format ?? detectFormat(doc);
    const warnings = [];
    const measurements = chosen === 'pytest'
        ? readPytest(doc)
        : chosen === 'googlecpp'
            ? readGoogle(doc)
            : chosen === 'hyperfine'
                ? readHyperfine(doc)
                : readCustom(doc, chosen === 'customBiggerIsBetter' ? 'bigger-is-better' : 'smaller-is-better', warnings);
    const seen = new Set();
    for (const m of measurements) {
        if (seen.has(m.name))
            throw new FormatError(`names the benchmark ${JSON.stringify(m.name)} twice`);
        seen.add(m.name);
    }
    return { format: chosen, measurements, warnings };
}

;// CONCATENATED MODULE: ./actions/benchmark-gate/src/anchor-import.ts
/**
 * Reads github-action-benchmark's `data.js` (window.BENCHMARK_DATA = {...}) into a history, once, so a team
 * that switches keeps its charts and baselines. That action stores one value per benchmark: for pytest it is
 * operations per second, turned here into seconds per operation (1 / ops, the mean) so it lines up with what
 * this action reads from the same pytest-benchmark files.
 */



class ImportError extends Error {
    name = 'ImportError';
}
/** The tools whose stored values grow as they improve, as github-action-benchmark counts them. */
const BIGGER_IS_BETTER = new Set(['pytest', 'benchmarkjs', 'customBiggerIsBetter']);
function measurementOf(bench, tool) {
    const range = parseRange(bench.range, bench.value) ?? 0;
    // The range github-action-benchmark keeps for pytest is the time's own standard deviation, in seconds.
    if (tool === 'pytest' && bench.unit === 'iter/sec')
        return singleValue(bench.name, 's', 1 / bench.value, range, 'smaller-is-better');
    const direction = BIGGER_IS_BETTER.has(tool) ? 'bigger-is-better' : 'smaller-is-better';
    return singleValue(bench.name, bench.unit, bench.value, range, direction);
}
/** data.js → a history of the default branch, the values filed under `metric`. */
function importAnchorData(content, branch, metric, maxRuns) {
    const start = content.indexOf('{');
    const end = content.lastIndexOf('}');
    let doc;
    try {
        doc = start < 0 ? undefined : JSON.parse(content.slice(start, end + 1));
    }
    catch (error) {
        throw new ImportError(`is not github-action-benchmark's data.js (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isObject(doc) || !isObject(doc.entries))
        throw new ImportError("is not github-action-benchmark's data.js (no window.BENCHMARK_DATA.entries)");
    // Several suites may hold the same commit: one run per commit, in time order.
    const byCommit = new Map();
    for (const [suite, list] of Object.entries(doc.entries)) {
        if (!Array.isArray(list))
            throw new ImportError(`entries[${JSON.stringify(suite)}] is not a list`);
        list.forEach((entry, i) => {
            const at = `entries[${JSON.stringify(suite)}][${i}]`;
            if (!isObject(entry) ||
                !isObject(entry.commit) ||
                typeof entry.commit.id !== 'string' ||
                !Array.isArray(entry.benches))
                throw new ImportError(`${at} needs commit.id and benches`);
            const date = typeof entry.date === 'number' ? entry.date : Date.parse(String(entry.commit.timestamp));
            // A date past what Date can hold (±8.64e15 ms) would throw when written out: no date either.
            if (!Number.isFinite(date) || Math.abs(date) > 8.64e15)
                throw new ImportError(`${at} has no date`);
            const tool = typeof entry.tool === 'string' ? entry.tool : '';
            let slot = byCommit.get(entry.commit.id);
            if (slot === undefined) {
                const url = typeof entry.commit.url === 'string' ? entry.commit.url : undefined;
                slot = {
                    run: {
                        commit: entry.commit.id,
                        date: new Date(date).toISOString(),
                        branch,
                        ...(url === undefined ? {} : { url }),
                    },
                    at: date,
                    measurements: new Map(),
                };
                byCommit.set(entry.commit.id, slot);
            }
            entry.benches.forEach((b, k) => {
                if (!isObject(b) ||
                    typeof b.name !== 'string' ||
                    typeof b.unit !== 'string' ||
                    typeof b.value !== 'number' ||
                    !Number.isFinite(b.value) ||
                    b.value <= 0)
                    throw new ImportError(`${at}.benches[${k}] needs a name, a unit and a value above 0`);
                const bench = { name: b.name, unit: b.unit, value: b.value, range: b.range };
                slot.measurements.set(b.name, measurementOf(bench, tool));
            });
        });
    }
    let history = emptyHistory();
    const names = new Set();
    for (const slot of [...byCommit.values()].sort((a, b) => a.at - b.at)) {
        history = appendRun(history, slot.run, [...slot.measurements.values()], metric, maxRuns).history;
        for (const name of slot.measurements.keys())
            names.add(name);
    }
    return { history, runs: history.runs.length, benchmarks: names.size };
}

;// CONCATENATED MODULE: ./actions/benchmark-gate/src/dashboard.ts


/** Charts thin out to this many points: a page per thousand benchmarks stays a few megabytes. */
const CHART_POINTS = 200;
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
function chart(name, series, history) {
    const points = series.points.slice(-CHART_POINTS);
    const values = points.map((p) => p[1]);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const width = 600;
    const height = 160;
    const pad = 8;
    const x = (i) => pad + (points.length === 1 ? 0 : (i * (width - 2 * pad)) / (points.length - 1));
    const y = (v) => height - pad - (high === low ? 0.5 : (v - low) / (high - low)) * (height - 2 * pad);
    const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p[1]).toFixed(1)}`).join(' ');
    const last = points[points.length - 1];
    const lastRun = last === undefined ? undefined : history.runs[last[0]];
    const better = series.direction === 'smaller-is-better' ? 'lower is better' : 'higher is better';
    return [
        `<section><h2>${escapeHtml(name)}</h2>`,
        `<p>Latest ${escapeHtml(formatValue(last?.[1] ?? 0, series.unit))} at <code>${escapeHtml(lastRun?.commit.slice(0, 7) ?? '')}</code> · range ${escapeHtml(formatValue(low, series.unit))} – ${escapeHtml(formatValue(high, series.unit))} · ${better} · ${series.points.length} runs</p>`,
        `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(name)}">`,
        `<rect width="${width}" height="${height}" fill="#f6f8fa"/>`,
        `<polyline fill="none" stroke="#0969da" stroke-width="2" points="${line}"/>`,
        '</svg></section>',
    ].join('\n');
}
function dashboardHtml(history, title) {
    const sections = [];
    for (const metric of model/* METRICS */.Cb) {
        const named = [...history.series[metric]].sort(([a], [b]) => a.localeCompare(b));
        if (named.length === 0)
            continue;
        sections.push(`<h1>${escapeHtml(metric)}</h1>`);
        for (const [name, series] of named)
            sections.push(chart(name, series, history));
    }
    const updated = history.runs[history.runs.length - 1]?.date ?? '';
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem auto;max-width:640px;color:#1f2328}h2{font-size:15px;margin:1.5rem 0 .25rem;word-break:break-all}p{margin:.25rem 0;color:#59636e}svg{max-width:100%;height:auto}</style>
</head><body>
<header><strong>${escapeHtml(title)}</strong> · ${history.runs.length} runs stored · updated ${escapeHtml(updated)}</header>
${sections.join('\n')}
</body></html>
`;
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

;// CONCATENATED MODULE: ./actions/benchmark-gate/src/data-branch.ts
/**
 * The history's home: a branch of the repository, read and written with git's plumbing in a scratch
 * repository, so the workspace's checkout is never touched. A save that loses a race (another run pushed
 * first) fetches the new tip, applies its change to what is there now, and pushes again.
 */



class DataBranchError extends Error {
    name = 'DataBranchError';
}
const IDENTITY = [
    '-c',
    'user.name=github-actions[bot]',
    '-c',
    'user.email=41898282+github-actions[bot]@users.noreply.github.com',
];
const REJECTED = /\[rejected\]|\(fetch first\)|non-fast-forward|failed to update ref|cannot lock ref|stale info|incorrect old value/i;
const HISTORY_FILE = 'data.json';
const MAX_ATTEMPTS = 8;
class DataBranch {
    settings;
    sleep;
    initialised = false;
    /** The last snapshot read: a save right after a read does not fetch the same commit again. */
    last;
    constructor(settings, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
        this.settings = settings;
        this.sleep = sleep;
    }
    filePath(name) {
        return this.settings.dir === '' ? name : `${this.settings.dir}/${name}`;
    }
    async git(args, what, options = {}) {
        const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true' };
        if (options.index !== undefined)
            env.GIT_INDEX_FILE = options.index;
        // The token travels in git's environment, never on a command line another process could list.
        if (this.settings.token !== undefined) {
            env.GIT_CONFIG_COUNT = '1';
            env.GIT_CONFIG_KEY_0 = 'http.extraheader';
            env.GIT_CONFIG_VALUE_0 = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${this.settings.token}`).toString('base64')}`;
        }
        const ran = await execCapture('git', ['-c', 'commit.gpgsign=false', ...IDENTITY, ...args], {
            cwd: this.settings.scratch,
            env,
            timeoutMs: this.settings.timeoutMs,
            maxBuffer: 512 * 1024 * 1024,
        });
        if (ran.missing)
            throw new DataBranchError('git is not installed on this runner; the history needs it');
        if (ran.timedOut)
            throw new DataBranchError(`git ${what} took longer than the timeout (${this.settings.timeoutMs} ms)`);
        if (ran.code !== 0 && options.allowFailure !== true)
            throw new DataBranchError(`git ${what} failed: ${ran.stderr.trim() || `exit ${String(ran.code)}`}`);
        return ran;
    }
    async init() {
        if (this.initialised)
            return;
        await this.git(['init', '-q'], 'init');
        await this.git(['remote', 'add', 'origin', this.settings.url], 'remote add');
        this.initialised = true;
    }
    /** The branch's tip and history file as they are now. */
    async read() {
        await this.init();
        const ref = `refs/heads/${this.settings.branch}`;
        const listed = await this.git(['ls-remote', '--heads', 'origin', ref], `ls-remote (reading ${this.settings.branch})`);
        const tip = listed.stdout
            .split('\n')
            .find((l) => l.endsWith(`\t${ref}`))
            ?.split('\t')[0];
        if (tip === undefined)
            return { tip: undefined, content: undefined };
        if (this.last?.tip === tip)
            return this.last;
        const tracking = `refs/remotes/origin/${this.settings.branch}`;
        await this.git(['fetch', '-q', '--no-tags', '--depth=1', 'origin', `+${ref}:${tracking}`], `fetch of ${this.settings.branch}`);
        // A push may have landed since ls-remote: the fetched commit is the one to build on.
        const fetched = (await this.git(['rev-parse', tracking], 'rev-parse')).stdout.trim();
        this.last = await this.readAt(fetched);
        return this.last;
    }
    async readAt(tip) {
        const file = this.filePath(HISTORY_FILE);
        const listedFile = await this.git(['ls-tree', '--name-only', tip, '--', file], 'ls-tree');
        if (listedFile.stdout.trim() === '')
            return { tip, content: undefined };
        const shown = await this.git(['cat-file', 'blob', `${tip}:${file}`], `cat-file ${file}`);
        return { tip, content: shown.stdout };
    }
    /**
     * Applies `change` to the branch as it is and pushes it; on a lost race, again on the new tip.
     * `change` gets the current snapshot and returns the files to write (name → content), relative to `dir`.
     */
    async save(change, message) {
        for (let attempt = 1;; attempt++) {
            const snapshot = await this.read();
            const files = change(snapshot);
            const index = external_node_path_default().join(this.settings.scratch, '.git', 'runway-index');
            const withIndex = (args, what) => this.git(args, what, { index });
            await withIndex(snapshot.tip === undefined ? ['read-tree', '--empty'] : ['read-tree', snapshot.tip], 'read-tree');
            for (const [name, content] of Object.entries(files)) {
                const scratchFile = external_node_path_default().join(this.settings.scratch, '.git', 'runway-blob');
                await (0,promises_.writeFile)(scratchFile, content);
                const blob = (await this.git(['hash-object', '-w', scratchFile], 'hash-object')).stdout.trim();
                await withIndex(['update-index', '--add', '--cacheinfo', `100644,${blob},${this.filePath(name)}`], 'update-index');
            }
            const tree = (await withIndex(['write-tree'], 'write-tree')).stdout.trim();
            const parents = snapshot.tip === undefined ? [] : ['-p', snapshot.tip];
            const commit = (await this.git(['commit-tree', tree, ...parents, '-m', message], 'commit-tree')).stdout.trim();
            const pushed = await this.git(['push', '-q', 'origin', `${commit}:refs/heads/${this.settings.branch}`], `push to ${this.settings.branch}`, { allowFailure: true });
            if (pushed.code === 0)
                return { commit, attempts: attempt };
            if (!REJECTED.test(pushed.stderr) || attempt >= MAX_ATTEMPTS)
                throw new DataBranchError(`git push to ${this.settings.branch} failed${attempt > 1 ? ` after ${attempt} attempts` : ''}: ${pushed.stderr.trim() || `exit ${String(pushed.code)}`}`);
            // Another run pushed first: wait a moment (jittered, so two losers do not collide again) and redo.
            await this.sleep(200 + Math.random() * 300 * attempt);
        }
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

;// CONCATENATED MODULE: ./actions/benchmark-gate/src/report.ts




const ORDER = {
    regression: 0,
    improvement: 1,
    noise: 2,
    'not-compared': 3,
    new: 4,
    unchanged: 5,
};
const VERDICT_WORDS = {
    regression: '🔴 regression',
    improvement: '🟢 improvement',
    noise: '⚪ within noise',
    unchanged: 'unchanged',
    new: '🆕 new',
    'not-compared': '⚠️ not compared',
};
function sorted(comparisons) {
    return [...comparisons].sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] ||
        Math.abs(Math.log(b.ratio ?? 1)) - Math.abs(Math.log(a.ratio ?? 1)) ||
        a.name.localeCompare(b.name));
}
function countsOf(set) {
    const c = set.comparisons;
    const count = (v) => c.filter((x) => x.verdict === v).length;
    return {
        regressions: count('regression'),
        failing: c.filter((x) => x.failing).length,
        improvements: count('improvement'),
        compared: c.filter((x) => x.ratio !== undefined).length,
        new: count('new'),
        noise: count('noise'),
        notCompared: count('not-compared'),
    };
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function headline(counts, missing) {
    const parts = [
        plural(counts.regressions, 'regression'),
        plural(counts.improvements, 'improvement'),
        `${counts.compared} compared`,
    ];
    if (counts.new > 0)
        parts.push(`${counts.new} new`);
    if (missing > 0)
        parts.push(`${missing} missing`);
    if (counts.notCompared > 0)
        parts.push(`${counts.notCompared} not compared`);
    return parts.join(', ');
}
function ratioText(c) {
    return c.ratio === undefined ? '' : `${significant(c.ratio)}×`;
}
function verdictText(c, failOnAlert) {
    if (c.verdict === 'regression')
        return `${VERDICT_WORDS.regression}${c.failing && failOnAlert ? ' (fails)' : ''}`;
    if (c.verdict === 'not-compared')
        return `${VERDICT_WORDS['not-compared']}: ${c.reason ?? ''}`;
    return VERDICT_WORDS[c.verdict];
}
function row(c, failOnAlert) {
    return [
        inlineCode(c.name),
        c.baseline === undefined ? '' : formatValue(c.baseline, c.unit),
        formatValue(c.current, c.unit),
        ratioText(c),
        c.noise === undefined ? '' : `±${c.unit === 's' ? formatSeconds(c.noise) : significant(c.noise)}`,
        verdictText(c, failOnAlert),
    ];
}
const HEADER = ['Benchmark', 'Baseline', 'Current', 'Ratio', 'Noise (σ)', 'Verdict'];
function ruleLine(ctx, set) {
    const base = set.baselineCommit === undefined
        ? `Nothing stored for ${inlineCode(ctx.branch)} yet: this run's values are the first.`
        : `Baseline: the median of the last ${ctx.window} stored ${ctx.metric} values of ${inlineCode(ctx.branch)} (up to ${inlineCode(set.baselineCommit.slice(0, 7))}).`;
    return `${base} A change counts when it passes the threshold and is more than ${ctx.noiseMultiple}× the noise.`;
}
/** A Mermaid chart GitHub draws: the stored values of the base branch, then this run. */
function trendChart(name, unit, stored, current, labels) {
    const values = [...stored, current];
    const scaleUnit = unit === 's' ? (formatSeconds(Math.max(...values)).split(' ')[1] ?? 's') : unit;
    const factor = unit === 's' ? ({ s: 1, ms: 1e3, µs: 1e6, ns: 1e9 }[scaleUnit] ?? 1) : 1;
    // Mermaid labels are text GitHub draws, and may be read as markup: only plain characters go in.
    const clean = (t) => t.replace(/[^\p{L}\p{N} _.,:/()[\]=+#@-]/gu, ' ').slice(0, 80);
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${clean(name)}"`,
        `  x-axis [${[...labels, 'this run'].map((l) => `"${clean(l)}"`).join(', ')}]`,
        `  y-axis "${clean(scaleUnit)}"`,
        `  line [${values.map((v) => significant(v * factor)).join(', ')}]`,
        '```',
    ].join('\n');
}
function buildSummary(ctx, set, charts, saved) {
    const counts = countsOf(set);
    const summary = new SummaryBuilder()
        .heading(`${escapeCell(ctx.title)}: ${headline(counts, set.missing.length)}`)
        .raw(ruleLine(ctx, set))
        .table(HEADER, sorted(set.comparisons).map((c) => row(c, ctx.failOnAlert)), ['left', 'right', 'right', 'right', 'right', 'left'], { shrinkable: true });
    if (set.missing.length > 0)
        summary.raw(`Stored for ${inlineCode(ctx.branch)} but not in this run: ${set.missing.slice(0, 50).map(inlineCode).join(', ')}${set.missing.length > 50 ? `, and ${set.missing.length - 50} more` : ''}.`);
    for (const chart of charts)
        summary.raw(trendChart(chart.name, chart.unit, chart.stored, chart.current, chart.labels));
    summary.raw(saved);
    return summary;
}
function commentMarker(id) {
    return `<!-- runway:benchmark-gate:${id.replace(/--/g, '- -')} -->`;
}
/** The PR comment: the alerts first, the rest folded, within GitHub's 65,536 characters. */
function buildComment(ctx, set, id, runUrl) {
    const counts = countsOf(set);
    const icon = counts.regressions > 0 ? '🔴' : counts.improvements > 0 ? '🟢' : '✅';
    const lines = [
        commentMarker(id),
        `### ${icon} ${escapeCell(ctx.title)}: ${headline(counts, set.missing.length)}`,
        '',
        ruleLine(ctx, set),
        '',
    ];
    const table = (items) => [
        `| ${HEADER.join(' | ')} |`,
        '| --- | ---: | ---: | ---: | ---: | --- |',
        ...items.map((c) => `| ${row(c, ctx.failOnAlert)
            // The name is a code span, where an entity would show as typed; a pipe still ends the cell there.
            .map((cell, i) => (i === 0 ? cell.replace(/\|/g, '\\|') : escapeCell(cell)))
            .join(' | ')} |`),
    ];
    const all = sorted(set.comparisons);
    const alerts = all.filter((c) => c.verdict === 'regression' || c.verdict === 'improvement');
    const rest = all.filter((c) => c.verdict !== 'regression' && c.verdict !== 'improvement');
    if (alerts.length > 0)
        lines.push(...table(alerts), '');
    const footer = runUrl === undefined ? '' : `[Details and trend charts](${runUrl})`;
    let body = lines.join('\n');
    if (rest.length > 0) {
        const folded = `<details><summary>${plural(rest.length, 'other benchmark')}</summary>\n\n${table(rest).join('\n')}\n\n</details>\n`;
        body +=
            folded.length + body.length + footer.length < 60_000
                ? folded
                : `${plural(rest.length, 'other benchmark')}: see the job summary.\n`;
    }
    return `${body}\n${footer}`.slice(0, 65_000);
}
/** A warning at the benchmark's definition: the step's one failure line, if it fails, says the rest. */
function regressionAnnotation(c, source, failOnAlert) {
    return {
        level: 'warning',
        title: c.failing && failOnAlert ? 'Benchmark regression (fails)' : 'Benchmark regression',
        message: `${(0,shared_text/* oneLine */.TN)(c.name, 300)}: ${formatValue(c.current, c.unit)} against a baseline of ${formatValue(c.baseline ?? 0, c.unit)} (${ratioText(c)}, noise ±${c.unit === 's' ? formatSeconds(c.noise ?? 0) : significant(c.noise ?? 0)})`,
        ...(source === undefined
            ? {}
            : { file: source.file, ...(source.line === undefined ? {} : { startLine: source.line }) }),
    };
}
/** The `json` output's document: every comparison, in plain numbers and base units. */
function resultsJson(ctx, set) {
    return JSON.stringify({
        metric: ctx.metric,
        branch: ctx.branch,
        baselineCommit: set.baselineCommit ?? null,
        missing: set.missing,
        benchmarks: set.comparisons.map((c) => ({
            name: c.name,
            unit: c.unit,
            direction: c.direction,
            verdict: c.verdict,
            failing: c.failing,
            current: c.current,
            currentSpread: c.currentSpread,
            baseline: c.baseline ?? null,
            ratio: c.ratio ?? null,
            noise: c.noise ?? null,
            points: c.points ?? 0,
            alertThreshold: c.limits.alert,
            failThreshold: c.limits.fail,
            reason: c.reason ?? null,
        })),
    }, null, 1);
}

;// CONCATENATED MODULE: ./actions/benchmark-gate/src/significance.ts


/** Values the run-to-run noise is estimated from: enough for a stable estimate, recent enough to be current. */
const NOISE_WINDOW = 30;
/** Fewer stored values than this give no run-to-run estimate; one measurement's spread stands in for it. */
const MIN_NOISE_POINTS = 4;
/** For normal noise, the median absolute difference of two independent values is 0.954 σ. */
const MEDIAN_ABS_DIFF_PER_SIGMA = 0.954;
/** The indexes of the runs in scope, oldest first. */
function runsInScope(runs, scope) {
    const onBranch = [];
    runs.forEach((run, i) => {
        if (run.branch === scope.branch && run.commit !== scope.exclude)
            onBranch.push(i);
    });
    if (scope.until !== undefined) {
        const at = onBranch.findIndex((i) => runs[i]?.commit === scope.until);
        if (at >= 0)
            return onBranch.slice(0, at + 1);
    }
    return onBranch;
}
/** For normal noise, the median absolute deviation is 0.6745 σ. */
const MAD_PER_SIGMA = 0.6745;
/**
 * Run-to-run σ of stored values, undefined with too few: the larger of two estimates, from consecutive
 * differences (which a step change barely moves) and from the deviations around the median (which a short
 * unlucky stretch of similar values does not shrink). Each alone is too small too often on a few dozen values.
 */
function runToRunNoise(values) {
    if (values.length < MIN_NOISE_POINTS)
        return undefined;
    const diffs = [];
    for (let i = 1; i < values.length; i++)
        diffs.push(Math.abs(values[i] - values[i - 1]));
    const centre = median(values);
    const deviations = values.map((v) => Math.abs(v - centre));
    return Math.max(median(diffs) / MEDIAN_ABS_DIFF_PER_SIGMA, median(deviations) / MAD_PER_SIGMA);
}
function compareOne(m, points, runs, options) {
    const limits = options.limitsFor(m.name);
    const current = m.values[options.metric];
    const currentSpread = m.spread[options.metric];
    const base = {
        name: m.name,
        unit: m.unit,
        direction: m.direction,
        current,
        currentSpread,
        limits,
        failing: false,
        ...(m.file === undefined ? {} : { file: m.file }),
    };
    if (points === undefined || points.length === 0)
        return { ...base, verdict: 'new' };
    const recent = points.slice(-NOISE_WINDOW);
    const window = points.slice(-options.window);
    const baseline = median(window.map((p) => p[1]));
    const newest = window[window.length - 1];
    const scope = { points: window.length, baselineCommit: runs[newest[0]]?.commit ?? '' };
    if (baseline === 0 || current === 0)
        return {
            ...base,
            ...scope,
            baseline,
            verdict: 'not-compared',
            reason: `a value of 0 has no ratio (${baseline === 0 ? 'baseline' : 'this run'})`,
        };
    // Until the run-to-run part can be seen, one measurement's relative spread, at the larger of the two values.
    const standIn = (currentSpread / current) * Math.max(baseline, current);
    const noise = Math.max(runToRunNoise(recent.map((p) => p[1])) ?? standIn, median(window.map((p) => p[2])), (0,model/* standardError */.gU)(m, options.metric));
    const ratio = current / baseline;
    // For throughput the drop is baseline / current. A hair of tolerance keeps a value written as exactly the
    // threshold (100 / 1.5) from missing it by a rounding error.
    const raw = m.direction === 'smaller-is-better' ? ratio : baseline / current;
    const worse = raw * (1 + 1e-12);
    const better = (1 / raw) * (1 + 1e-12);
    const significant = Math.abs(current - baseline) > options.noiseMultiple * noise;
    const verdict = worse >= limits.alert
        ? significant
            ? 'regression'
            : 'noise'
        : better >= limits.alert
            ? significant
                ? 'improvement'
                : 'noise'
            : 'unchanged';
    return {
        ...base,
        ...scope,
        baseline,
        ratio,
        noise,
        verdict,
        failing: verdict === 'regression' && worse >= limits.fail,
    };
}
/** Compares every measurement of this run with the stored history in scope. */
function compareRun(measurements, history, scope, options) {
    const inScope = runsInScope(history.runs, scope);
    const allowed = new Set(inScope);
    const series = history.series[options.metric];
    const comparisons = measurements.map((m) => {
        const stored = series.get(m.name);
        const points = stored?.points.filter((p) => allowed.has(p[0]));
        if (stored !== undefined && points !== undefined && points.length > 0) {
            if (stored.unit !== m.unit)
                return {
                    ...compareOne(m, undefined, history.runs, options),
                    verdict: 'not-compared',
                    reason: `its unit changed from ${stored.unit} to ${m.unit}`,
                };
            if (stored.direction !== m.direction)
                return {
                    ...compareOne(m, undefined, history.runs, options),
                    verdict: 'not-compared',
                    reason: `it was stored as ${stored.direction}, now ${m.direction}`,
                };
        }
        return compareOne(m, points, history.runs, options);
    });
    const present = new Set(measurements.map((m) => m.name));
    const missing = [];
    for (const [name, s] of series) {
        if (!present.has(name) && s.points.some((p) => allowed.has(p[0])))
            missing.push(name);
    }
    const newest = inScope.length === 0 ? undefined : history.runs[inScope[inScope.length - 1]];
    const used = comparisons.some((c) => c.baseline !== undefined);
    return { comparisons, missing: missing.sort(), baselineCommit: used ? newest?.commit : undefined };
}

// EXTERNAL MODULE: ./actions/benchmark-gate/src/thresholds.ts
var thresholds = __webpack_require__(4675);
;// CONCATENATED MODULE: ./actions/benchmark-gate/src/main-gate.ts
/** The adapter's second half: read files → read history → compare → report → save → fail or pass. */





















const MAX_CHARTS = 10;
const CHART_HISTORY = 20;
async function readMeasurements(settings, workspace) {
    const display = (f) => external_node_path_default().relative(workspace, f) || f;
    const found = await findWorkspaceFiles(settings.files, workspace);
    const checked = await regularFiles(found, (f) => `The benchmark file '${display(f)}'`, runnerRoots(workspace));
    const problems = [...checked.problems];
    const measurements = [];
    const from = new Map();
    for (const file of checked.files) {
        try {
            const read = readBenchmarkFile(await (0,promises_.readFile)(file, 'utf8'), settings.format);
            for (const w of read.warnings)
                core.warning(`${display(file)}: ${w}`);
            for (const m of read.measurements) {
                const other = from.get(m.name);
                if (other !== undefined)
                    throw new Error(`names the benchmark ${JSON.stringify(m.name)}, which ${other} names too`);
                from.set(m.name, display(file));
                measurements.push(m);
            }
            core.info(`${display(file)}: ${read.format}, ${read.measurements.length} benchmarks`);
        }
        catch (error) {
            problems.push(`${display(file)} ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    if (problems.length > 0)
        throw new errors/* ActionFailure */.dR(`${problems.length} benchmark file${problems.length === 1 ? '' : 's'} could not be read: ${problems.join('; ')}`);
    if (checked.files.length === 0 && !settings.allowEmpty)
        throw new errors/* ActionFailure */.dR(`No benchmark file matched ${settings.files.join(', ')} under ${workspace}. Check that the benchmarks wrote one (pytest --benchmark-json=benchmark.json) before this step, or set 'allow-empty'.`);
    if (measurements.length === 0 && checked.files.length > 0 && !settings.allowEmpty)
        throw new errors/* ActionFailure */.dR(`The benchmark files hold no benchmarks (${checked.files.map(display).join(', ')}); set 'allow-empty' if that is expected.`);
    return measurements;
}
/**
 * Where a pytest benchmark is defined: its file (pytest names it from its rootdir, which is often a folder
 * of the workspace, such as backend/) and the line of its `def`. Undefined when it cannot be found.
 */
async function sourceOf(file, name, workspace) {
    const test = name.split('::').pop()?.replace(/\[.*$/, '') ?? '';
    const candidates = [file];
    try {
        for (const entry of await (0,promises_.readdir)(workspace, { withFileTypes: true }))
            if (entry.isDirectory() && !entry.name.startsWith('.'))
                candidates.push(`${entry.name}/${file}`);
    }
    catch {
        // an unreadable workspace: the file as named only
    }
    for (const candidate of candidates) {
        try {
            const real = await regularFile(candidate, 'The benchmark source', runnerRoots(workspace));
            const lines = (await (0,promises_.readFile)(real, 'utf8')).split('\n');
            const def = new RegExp(`^\\s*(?:async\\s+)?def\\s+${test.replace(/\W/g, '')}\\s*\\(`);
            const at = test === '' ? -1 : lines.findIndex((l) => def.test(l));
            return { file: candidate, line: at < 0 ? undefined : at + 1 };
        }
        catch {
            // not here: the next candidate
        }
    }
    return undefined;
}
function whereFrom(settings, event, eventName) {
    const pr = event.pull_request;
    const refName = process.env.GITHUB_REF_NAME ?? '';
    if (pr?.base?.ref !== undefined)
        return {
            scope: { branch: pr.base.ref, ...(pr.base.sha === undefined ? {} : { until: pr.base.sha }) },
            saveBranch: undefined,
            why: 'pull requests read the history and never write it',
            pullRequest: true,
        };
    const repository = event.repository;
    const defaultBranch = repository?.default_branch ?? (eventName === 'schedule' ? refName : undefined);
    const sha = process.env.GITHUB_SHA;
    const scope = { branch: refName, ...(sha === undefined ? {} : { exclude: sha }) };
    if (settings.saveOn.includes('never'))
        return { scope, saveBranch: undefined, why: "'save-on' is never", pullRequest: false };
    if (!settings.saveOn.includes(eventName))
        return {
            scope,
            saveBranch: undefined,
            why: `'save-on' does not list ${eventName || 'this event'}`,
            pullRequest: false,
        };
    if (defaultBranch === undefined || refName !== defaultBranch)
        return {
            scope,
            saveBranch: undefined,
            why: `only runs on the default branch${defaultBranch === undefined ? '' : ` (${defaultBranch})`} are saved; this is ${refName || 'no branch'}`,
            pullRequest: false,
        };
    return { scope, saveBranch: refName, why: '', pullRequest: false };
}
function chartsFor(settings, history, scope, comparisons) {
    const allowed = new Set(runsInScope(history.runs, scope));
    const series = history.series[settings.metric];
    return comparisons.comparisons
        .filter((c) => c.verdict === 'regression' || settings.charts.some((g) => g.test(c.name)))
        .slice(0, MAX_CHARTS)
        .map((c) => {
        const points = (series.get(c.name)?.points ?? [])
            .filter((p) => allowed.has(p[0]))
            .slice(-CHART_HISTORY);
        return {
            name: c.name,
            unit: c.unit,
            stored: points.map((p) => p[1]),
            labels: points.map((p) => history.runs[p[0]]?.commit.slice(0, 7) ?? ''),
            current: c.current,
        };
    });
}
async function gateBenchmarks(settings, redactor) {
    const lap = phaseTimer();
    const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const repository = process.env.GITHUB_REPOSITORY;
    if (repository === undefined || repository === '')
        throw new errors/* ConfigurationError */.j1('GITHUB_REPOSITORY is not set: benchmark-gate keeps its history in the repository, so it runs on GitHub Actions.');
    const eventName = process.env.GITHUB_EVENT_NAME ?? '';
    const event = await readEvent();
    const measurements = await readMeasurements(settings, workspace);
    const where = whereFrom(settings, event, eventName);
    lap('reading the benchmark files');
    const failOnAlert = settings.failOnAlert ?? where.pullRequest;
    const scratch = await (0,promises_.mkdtemp)(external_node_path_default().join(process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'benchmark-gate-'));
    try {
        const branch = new DataBranch({
            url: `${(process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '')}/${repository}.git`,
            token: settings.token,
            branch: settings.dataBranch,
            dir: settings.dataDir,
            timeoutMs: settings.timeoutMs,
            scratch,
        });
        const historyName = `${settings.dataBranch}:${settings.dataDir === '' ? '' : `${settings.dataDir}/`}${HISTORY_FILE}`;
        let snapshot;
        try {
            snapshot = await branch.read();
        }
        catch (error) {
            throw new errors/* ActionFailure */.dR(redactor.redact(`Could not read the history from ${historyName}: ${(0,errors/* errorMessage */.gJ)(error)}`));
        }
        lap('fetching the history');
        let history = emptyHistory();
        if (snapshot.content !== undefined) {
            try {
                history = parseHistory(snapshot.content, historyName);
            }
            catch (error) {
                throw new errors/* ActionFailure */.dR(`${(0,errors/* errorMessage */.gJ)(error)}. It is left as it is: repair or remove it, or set another 'data-branch' or 'data-dir'.`);
            }
        }
        core.info(snapshot.content === undefined
            ? `No history in ${historyName} yet.`
            : `Read ${history.runs.length} stored runs from ${historyName} (${snapshot.tip?.slice(0, 7) ?? ''}).`);
        if (settings.importFile !== undefined) {
            if (history.runs.length > 0)
                core.info(`Not importing ${settings.importFile}: ${historyName} already holds a history.`);
            else {
                const file = await regularFile(settings.importFile, "Input 'import'", runnerRoots(workspace));
                try {
                    const result = importAnchorData(await (0,promises_.readFile)(file, 'utf8'), where.scope.branch, settings.metric, settings.maxHistory);
                    history = result.history;
                    core.info(`Imported ${result.runs} runs of ${result.benchmarks} benchmarks from ${settings.importFile}.`);
                }
                catch (error) {
                    throw new errors/* ActionFailure */.dR(`Input 'import': ${settings.importFile} ${(0,errors/* errorMessage */.gJ)(error)}`);
                }
            }
        }
        const set = compareRun(measurements, history, where.scope, {
            metric: settings.metric,
            window: settings.window,
            noiseMultiple: settings.noiseMultiple,
            limitsFor: (0,thresholds/* limitsFor */.I9)({ alert: settings.alert, fail: settings.fail }, settings.failSet, settings.overrides),
        });
        const counts = countsOf(set);
        lap('parsing the history and comparing');
        const ctx = {
            title: settings.title,
            metric: settings.metric,
            branch: where.scope.branch,
            window: settings.window,
            noiseMultiple: settings.noiseMultiple,
            failOnAlert,
        };
        for (const c of set.comparisons)
            if (c.verdict === 'not-compared')
                core.warning(`${(0,shared_text/* oneLine */.TN)(c.name, 300)} is not compared: ${c.reason ?? ''}.`);
        let savedLine = `Not saved: ${where.why}.`;
        let saved = false;
        if (where.saveBranch === undefined)
            core.info(savedLine);
        if (where.saveBranch !== undefined && measurements.length > 0) {
            const sha = process.env.GITHUB_SHA ?? '';
            const stored = {
                commit: sha,
                date: new Date().toISOString(),
                branch: where.saveBranch,
                ...(runUrl() === undefined ? {} : { url: runUrl() }),
            };
            try {
                const outcome = await branch.save((now) => {
                    // The branch as read above (parsed already), or, after a lost race, what the other run wrote.
                    const base = now.tip === snapshot.tip
                        ? history
                        : now.content === undefined
                            ? emptyHistory()
                            : parseHistory(now.content, historyName);
                    const appended = appendRun(base, stored, measurements, settings.metric, settings.maxHistory);
                    for (const note of appended.notes)
                        core.notice(note);
                    return {
                        [HISTORY_FILE]: serializeHistory(appended.history),
                        'index.html': dashboardHtml(appended.history, settings.title),
                    };
                }, `benchmark-gate: ${sha.slice(0, 7)} on ${where.saveBranch} (${measurements.length} benchmarks)`);
                saved = true;
                savedLine = `Saved to ${historyName} (${outcome.commit.slice(0, 7)}${outcome.attempts > 1 ? `, after ${outcome.attempts} attempts: another run saved at the same time` : ''}).`;
                core.info(savedLine);
            }
            catch (error) {
                const hint = /403|denied|not allowed/i.test((0,errors/* errorMessage */.gJ)(error))
                    ? " Grant 'contents: write' to this job (permissions:)."
                    : '';
                throw new errors/* ActionFailure */.dR(redactor.redact(`Could not save the history to ${historyName}: ${(0,errors/* errorMessage */.gJ)(error)}.${hint}`));
            }
        }
        lap('saving');
        const jsonPath = await outputFile(settings.json ?? external_node_path_default().join(process.env.RUNNER_TEMP ?? workspace, 'benchmark-results.json'), "Input 'json'", runnerRoots(workspace));
        await (0,promises_.writeFile)(jsonPath, resultsJson(ctx, set));
        core.setOutput('regressions', String(counts.regressions));
        core.setOutput('improvements', String(counts.improvements));
        core.setOutput('compared', String(counts.compared));
        core.setOutput('new', String(counts.new));
        core.setOutput('missing', String(set.missing.length));
        core.setOutput('alert', String(counts.regressions > 0));
        core.setOutput('json', jsonPath);
        core.setOutput('baseline-sha', set.baselineCommit ?? '');
        core.setOutput('saved', String(saved));
        await writeJobSummary(buildSummary(ctx, set, chartsFor(settings, history, where.scope, set), savedLine));
        if (settings.annotate) {
            const regressions = set.comparisons.filter((c) => c.verdict === 'regression');
            const sources = await Promise.all(regressions.map((c) => c.file === undefined ? Promise.resolve(undefined) : sourceOf(c.file, c.name, workspace)));
            emitAnnotations(core, regressions.map((c, i) => regressionAnnotation(c, sources[i], failOnAlert)), { where: 'the job summary' });
        }
        let commentUrl = '';
        const alerting = counts.regressions > 0 || counts.improvements > 0;
        const target = pullRequestTarget(event, repository, eventName);
        if (settings.comment !== 'off' && target !== undefined && (settings.comment === 'always' || alerting)) {
            if (settings.token === undefined)
                core.notice("No PR comment: 'github-token' is empty.");
            else
                commentUrl = await publishComment({
                    token: settings.token,
                    repository,
                    target,
                    marker: commentMarker(settings.commentId),
                    body: buildComment(ctx, set, settings.commentId, runUrl()),
                    redact: (text) => redactor.redact(text),
                });
        }
        core.setOutput('comment-url', commentUrl);
        const failing = set.comparisons.filter((c) => c.failing);
        if (failOnAlert && failing.length > 0)
            throw new errors/* ActionFailure */.dR((0,shared_text/* bounded */.Mm)(`Benchmark regression: ${failing
                .slice(0, 5)
                .map((c) => `${c.name} ${(c.ratio ?? 0).toFixed(2)}× its baseline`)
                .join('; ')}${failing.length > 5 ? `; and ${failing.length - 5} more` : ''} (fail threshold ${Math.round(settings.fail * 100)}%, beyond ${settings.noiseMultiple}× the noise).`));
        core.info(`${settings.title}: ${counts.regressions} regressions, ${counts.improvements} improvements, ${counts.compared} compared.`);
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 4319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XB: () => (/* binding */ gitHubClient),
/* harmony export */   lB: () => (/* binding */ upsertComment),
/* harmony export */   toolkitGitHub: () => (/* binding */ toolkitGitHub)
/* harmony export */ });
/* unused harmony exports GitHubApiError, describeFailure */
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
    return __webpack_require__.e(/* import() */ 250).then(__webpack_require__.bind(__webpack_require__, 5250));
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
