export const id = 435;
export const ids = [435];
export const modules = {

/***/ 8435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCoverage: () => (/* binding */ gateCoverage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(62763);
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

// EXTERNAL MODULE: ./shared/artifacts.ts + 1 modules
var artifacts = __webpack_require__(66644);
// EXTERNAL MODULE: ./shared/artifact-names.ts
var artifact_names = __webpack_require__(29731);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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

;// CONCATENATED MODULE: ./shared/event.ts
/**
 * The run's event payload and what several actions read from it: the pull request, and the run's URL. The
 * payload is the toolkit's (@actions/github's context), loaded when first asked for: after the inputs.
 */
/** The event's payload (GITHUB_EVENT_PATH's JSON), or `{}` outside a runner. */
async function readEvent() {
    const { toolkitGitHub } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 64319));
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
var github = __webpack_require__(64319);
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

// EXTERNAL MODULE: ./shared/workspace-file.ts
var workspace_file = __webpack_require__(27938);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/badge.ts
/** A flat SVG badge (`coverage | 85.67%`), coloured from the config's range as Codecov colours it. */
/** Red below the range, green above it, and from red through yellow to green within it. */
function badgeColor(value, range) {
    if (value === undefined)
        return '#9f9f9f';
    const [low, high] = range;
    if (value <= low)
        return '#e05d44';
    if (value >= high)
        return '#4c1';
    const t = (value - low) / (high - low);
    // Hue 0 (red) to 120 (green) through 60 (yellow).
    return `hsl(${Math.round(t * 120)}, 70%, 42%)`;
}
const charWidth = (text) => Math.round(text.length * 6.5 + 10);
function badge_escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function badgeSvg(value, range, label = 'coverage') {
    const text = value === undefined ? 'unknown' : `${value}%`;
    const left = charWidth(label);
    const right = charWidth(text);
    const width = left + right;
    const color = badgeColor(value, range);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20" role="img" aria-label="${badge_escape(label)}: ${badge_escape(text)}">
<title>${badge_escape(label)}: ${badge_escape(text)}</title>
<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>
<clipPath id="r"><rect width="${width}" height="20" rx="3" fill="#fff"/></clipPath>
<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="${color}"/><rect width="${width}" height="20" fill="url(#s)"/></g>
<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
<text x="${left / 2}" y="14">${badge_escape(label)}</text><text x="${left + right / 2}" y="14">${badge_escape(text)}</text>
</g>
</svg>
`;
}
/**
 * The same badge as a shields.io endpoint (https://shields.io/badges/endpoint-badge): published next to the
 * SVG, `https://img.shields.io/endpoint?url=…` draws it in shields' own styles.
 */
function badgeEndpoint(value, range, label = 'coverage') {
    const color = badgeColor(value, range).replace(/^#/, '');
    return `${JSON.stringify({
        schemaVersion: 1,
        label,
        message: value === undefined ? 'unknown' : `${value}%`,
        color,
    })}\n`;
}

;// CONCATENATED MODULE: ./shared/json.ts
/** Parsed JSON (or YAML) of unknown shape. */
/** A JSON object: not a list, not null. */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

;// CONCATENATED MODULE: ./actions/coverage-gate/src/model.ts
/**
 * Coverage as lines, one model whatever the report's format: per line, whether it is a statement and how
 * often it ran; per branch line, how many exits it has and which of them no test took, by name where the
 * format names them (coverage.py's JSON arcs and Cobertura's `missing-branches`, LCOV's block and branch),
 * else as a count. Reports from several shards merge line by line: a line is covered when any shard ran it,
 * and a named exit is missed only when every shard missed it — so shards in different formats merge as
 * shards in one format do.
 *
 * A file's lines live in typed arrays indexed by line number rather than one object per line: a 200 MB
 * Cobertura report holds five million lines. One byte a line for hits, one each for branches total and
 * covered where a file has branches (two each once a line has more than 255): 15 MB for that report. Less
 * memory is also less time: fresh pages are faulted in one by one, and on the 2-core VMs CI runs on that
 * cost more than reading the lines (measured: 40 MB of Int32/Uint16 arrays, ~150 ms of a 1.1 s run).
 */
/**
 * Typed arrays carved out of shared 64 KiB buffers: a report names thousands of files, and giving each its
 * own ArrayBuffer (a native allocation, counted as external memory that hurries the GC) cost more than
 * parsing their lines. An array outgrown when a file is extended stays in its slab until the slab is
 * unreferenced; growth doubles, so that waste is bounded by what is in use. One arena per reader.
 */
class Arena {
    // Below glibc's mmap threshold (128 KiB): 4 MiB slabs, each mapped fresh and faulted in page by page, made
    // allocation several times slower than these (measured: 12k files' arrays in ~10 ms against ~85 ms).
    static SIZE = 64 * 1024;
    buffer = new ArrayBuffer(0);
    used = 0;
    take(bytes) {
        // 8-byte alignment keeps every view type legal at any offset.
        const size = (bytes + 7) & ~7;
        if (this.used + size > this.buffer.byteLength) {
            this.buffer = new ArrayBuffer(Math.max(Arena.SIZE, size));
            this.used = 0;
        }
        const at = this.used;
        this.used += size;
        return at;
    }
    uint8(length) {
        const at = this.take(length);
        return new Uint8Array(this.buffer, at, length);
    }
    uint16(length) {
        const at = this.take(length * 2);
        return new Uint16Array(this.buffer, at, length);
    }
}
/** Line numbers beyond this are not a source file's: refused before they size an array. */
const MAX_LINE = 1 << 24;
function lineOutOfRange(line) {
    return new RangeError(`line number ${line} is beyond ${MAX_LINE}: not a line of a source file`);
}
/**
 * Counts are clamped, not wrapped: only "ran or not" and "how many branches" matter to a gate, so hits are
 * counted up to 254 (255 marks a line that is no statement).
 */
const MAX_HITS = 0xfe;
const MAX_BRANCHES = 0xffff;
const NOT_COVERABLE = 0xff;
const NARROW_MAX = 0xff;
/** Merges what a report says of a line's named exits into what the store holds. */
function mergeNamed(held, known, missed) {
    const next = new Set();
    for (const name of held.missed)
        if (missed.has(name) || (known !== 'all' && !known.has(name)))
            next.add(name);
    for (const name of missed)
        if (held.known !== 'all' && !held.known.has(name))
            next.add(name);
    const union = held.known === 'all' || known === 'all' ? 'all' : new Set([...held.known, ...known]);
    return { known: union, missed: next };
}
/** Shared by every file before its first line: never written to, since ensure() replaces it first. */
const NO_LINES = new Uint8Array(0);
const NEWLY_COVERABLE = 1;
const NEWLY_COVERED = 2;
/** Adds `ran` hits to a line; what changed for the totals, as NEWLY_COVERABLE | NEWLY_COVERED bits. */
function addHits(hits, line, ran) {
    const before = hits[line] ?? NOT_COVERABLE;
    if (before === NOT_COVERABLE) {
        hits[line] = Math.min(ran, MAX_HITS);
        return ran > 0 ? NEWLY_COVERABLE | NEWLY_COVERED : NEWLY_COVERABLE;
    }
    hits[line] = Math.min(before + ran, MAX_HITS);
    return before === 0 && ran > 0 ? NEWLY_COVERED : 0;
}
class FileCoverage {
    arena;
    /** hits per line; NOT_COVERABLE where the line is no statement. */
    hits = NO_LINES;
    /**
     * Per line: exits (the most any report gave) and covered exits as a count (the most any report that does not
     * name its exits gave). Allocated at the first branch (most lines, and some reports, have none); widened past
     * 255. A line may have branches without being a statement (LCOV's BRDA on a line with no DA).
     */
    branchTotal;
    branchCounted;
    /** Where reports name a line's exits: which names they know, and which no report that knows them took. */
    named;
    /**
     * Kept up to date by every change rather than summed on demand: the gate, the file table and the summary
     * JSON each ask, and a walk over five million lines cost more than keeping count.
     */
    running = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
    constructor(arena) {
        this.arena = arena;
    }
    ensure(line) {
        if (line < this.hits.length)
            return;
        if (line > MAX_LINE)
            throw lineOutOfRange(line);
        // Exact for the first reservation (a reader that knows its lines), doubling after.
        const size = this.hits.length === 0 ? line + 1 : Math.max(line + 1, this.hits.length * 2, 64);
        const hits = this.arena.uint8(size).fill(NOT_COVERABLE);
        hits.set(this.hits);
        this.hits = hits;
        if (this.branchTotal !== undefined && this.branchCounted !== undefined) {
            this.branchTotal = this.copyCounts(this.branchTotal, size);
            this.branchCounted = this.copyCounts(this.branchCounted, size);
        }
    }
    copyCounts(from, size, wide = from instanceof Uint16Array) {
        const to = wide ? this.arena.uint16(size) : this.arena.uint8(size);
        to.set(from);
        return to;
    }
    get size() {
        return this.running.linesValid;
    }
    /** A statement and how often it ran, merging with what is there (hits add up). */
    add(line, hits) {
        if (!Number.isInteger(line) || line < 0)
            return;
        this.ensure(line);
        const added = addHits(this.hits, line, Math.max(0, Math.floor(hits)));
        this.running.linesValid += added & NEWLY_COVERABLE;
        this.running.linesCovered += (added & NEWLY_COVERED) >> 1;
    }
    /**
     * Lines as a reader gathers them, four numbers each (number, hits, exits, covered exits), added as `add` and
     * `countBranches` would add them one by one, with one reservation and no per-line checks: the numbers must be
     * non-negative, lines at most MAX_LINE and branch counts at most MAX_BRANCHES (the Cobertura reader clamps).
     */
    addPacked(packed, count) {
        if (count === 0)
            return;
        let highest = 0;
        for (let i = 0; i < count; i++)
            highest = Math.max(highest, packed[i * 4] ?? 0);
        this.ensure(highest);
        const hits = this.hits;
        let valid = 0;
        let covered = 0;
        // Int32 in, int32 indices: a typed array indexed by a double (a Float64Array's element) takes V8's slow
        // keyed path, which cost ten times this loop. The counts are kept in locals and added once.
        for (let i = 0; i < count; i++) {
            const at = i * 4;
            const line = packed[at] ?? 0;
            const added = addHits(hits, line, packed[at + 1] ?? 0);
            valid += added & NEWLY_COVERABLE;
            covered += (added & NEWLY_COVERED) >> 1;
            const exits = packed[at + 2] ?? 0;
            if (exits > 0)
                this.setBranchLine(line, exits, packed[at + 3] ?? 0, undefined);
        }
        this.running.linesValid += valid;
        this.running.linesCovered += covered;
    }
    /** A line's exits as counts only (Cobertura without `missing-branches`): the larger count wins a merge. */
    countBranches(line, exits, covered) {
        if (!Number.isInteger(line) || line < 0 || exits <= 0)
            return;
        this.ensure(line);
        this.setBranchLine(line, Math.min(exits, MAX_BRANCHES), Math.min(Math.max(covered, 0), MAX_BRANCHES), undefined);
    }
    /**
     * A line's exits by name: `known` every exit's name (LCOV, coverage.py's JSON), or `all` when the report names
     * only the missed ones (Cobertura's `missing-branches`); `missed` those no test took.
     */
    nameBranches(line, exits, missed, known) {
        if (!Number.isInteger(line) || line < 0 || exits <= 0)
            return;
        this.ensure(line);
        this.setBranchLine(line, Math.min(exits, MAX_BRANCHES), 0, {
            known: known === 'all' ? 'all' : new Set(known),
            missed: new Set(missed),
        });
    }
    /** The covered exits of a line: the named view where there is one, never less than a count a report gave. */
    coveredAt(line) {
        const total = this.branchTotal?.[line] ?? 0;
        const counted = this.branchCounted?.[line] ?? 0;
        const exits = this.named?.get(line);
        const named = exits === undefined ? 0 : Math.max(0, total - exits.missed.size);
        return Math.min(total, Math.max(counted, named));
    }
    /** The one place branch data changes, so the running totals follow it. */
    setBranchLine(line, exits, counted, named) {
        if (this.branchTotal === undefined) {
            this.branchTotal = this.arena.uint8(this.hits.length);
            this.branchCounted = this.arena.uint8(this.hits.length);
        }
        const totalBefore = this.branchTotal[line] ?? 0;
        const coveredBefore = this.coveredAt(line);
        let merged;
        if (named !== undefined) {
            const held = this.named?.get(line);
            merged = held === undefined ? named : mergeNamed(held, named.known, named.missed);
            (this.named ??= new Map()).set(line, merged);
        }
        // Reports that name every exit count the exits any of them knows (LCOV merges that way).
        const knownCount = merged === undefined || merged.known === 'all' ? 0 : merged.known.size;
        const total = Math.min(Math.max(totalBefore, exits, knownCount), MAX_BRANCHES);
        const count = Math.max(this.branchCounted?.[line] ?? 0, counted);
        if ((total > NARROW_MAX || count > NARROW_MAX) && this.branchTotal instanceof Uint8Array) {
            this.branchTotal = this.copyCounts(this.branchTotal, this.hits.length, true);
            if (this.branchCounted !== undefined)
                this.branchCounted = this.copyCounts(this.branchCounted, this.hits.length, true);
        }
        this.branchTotal[line] = total;
        if (this.branchCounted !== undefined)
            this.branchCounted[line] = count;
        this.running.branchesValid += total - totalBefore;
        this.running.branchesCovered += this.coveredAt(line) - coveredBefore;
    }
    get(line) {
        const hits = this.hits[line];
        if (hits === undefined || hits === NOT_COVERABLE)
            return undefined;
        return {
            hits,
            branchesTotal: this.branchTotal?.[line] ?? 0,
            branchesCovered: this.branchTotal === undefined ? 0 : this.coveredAt(line),
        };
    }
    *entries() {
        for (let line = 0; line < this.hits.length; line++) {
            const cov = this.get(line);
            if (cov !== undefined)
                yield [line, cov];
        }
    }
    mergeFrom(other) {
        for (let line = 0; line < other.hits.length; line++) {
            const hits = other.hits[line] ?? NOT_COVERABLE;
            if (hits !== NOT_COVERABLE)
                this.add(line, hits);
            const exits = other.branchTotal?.[line] ?? 0;
            if (exits === 0)
                continue;
            this.ensure(line);
            this.setBranchLine(line, exits, other.branchCounted?.[line] ?? 0, other.named?.get(line));
        }
    }
    totals() {
        return { ...this.running };
    }
}
/** Merges `from` into `into`, file by file, line by line. */
function mergeInto(into, from) {
    for (const [path, lines] of from) {
        const target = into.get(path);
        if (target === undefined)
            into.set(path, lines);
        else
            target.mergeFrom(lines);
    }
}
function fileTotals(lines) {
    return lines.totals();
}
function totalsOf(coverage) {
    const t = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
    for (const lines of coverage.values()) {
        const f = lines.totals();
        t.linesValid += f.linesValid;
        t.linesCovered += f.linesCovered;
        t.branchesValid += f.branchesValid;
        t.branchesCovered += f.branchesCovered;
    }
    return t;
}
/**
 * Coverage in percent, unrounded: `lines` is covered/valid lines (Cobertura's line-rate); `combined` counts
 * lines and branches together, as coverage.py's `coverage report` TOTAL does. Undefined with nothing to cover.
 */
function percent(t, metric) {
    const valid = metric === 'lines' ? t.linesValid : t.linesValid + t.branchesValid;
    const covered = metric === 'lines' ? t.linesCovered : t.linesCovered + t.branchesCovered;
    return valid === 0 ? undefined : (covered / valid) * 100;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/base.ts
/**
 * The base coverage for `target: auto` and the delta: this action's own summary JSON from an earlier run
 * (recognised by its `metric` and `files`), or any coverage report it reads (Cobertura, LCOV, coverage.py's
 * JSON), as per-file totals so every status can take the base of its own files.
 */



const isCount = (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
function totalsFrom(v) {
    if (!isObject(v))
        return undefined;
    const { linesValid, linesCovered, branchesValid, branchesCovered } = v;
    if (!isCount(linesValid) || !isCount(linesCovered) || !isCount(branchesValid) || !isCount(branchesCovered))
        return undefined;
    return { linesValid, linesCovered, branchesValid, branchesCovered };
}
/** Whether a parsed JSON document is this action's summary JSON (coverage.py's has no `metric`). */
function isSummaryJson(doc) {
    return (isObject(doc) &&
        doc.version === 1 &&
        (doc.metric === 'lines' || doc.metric === 'combined') &&
        isObject(doc.files));
}
/** The base from a summary JSON: its per-file totals, with the coverage recomputed in this run's metric. */
function baseFromSummary(doc, file, metric) {
    const files = {};
    for (const [path, raw] of Object.entries(isObject(doc.files) ? doc.files : {})) {
        const t = totalsFrom(raw);
        if (t === undefined)
            throw new errors/* ConfigurationError */.j1(`Input 'base': ${file} has totals for ${JSON.stringify(path).slice(0, 100)} that are not counts.`);
        files[path] = t;
    }
    const all = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
    for (const t of Object.values(files)) {
        all.linesValid += t.linesValid;
        all.linesCovered += t.linesCovered;
        all.branchesValid += t.branchesValid;
        all.branchesCovered += t.branchesCovered;
    }
    return { coverage: percent(all, metric), files };
}
/** The base from a coverage report's merged, repository-relative coverage. */
function baseFromCoverage(coverage, metric) {
    const files = Object.fromEntries([...coverage].map(([f, lines]) => [f, fileTotals(lines)]));
    return { coverage: percent(totalsOf(coverage), metric), files };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/diff.ts
/** The lines a change added or modified, per file, from `git diff --unified=0` (the new side's numbers). */
const ESCAPES = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 34,
    '\\': 92,
};
/**
 * A path as git quotes it (core.quotePath, on by default): in double quotes, with C escapes and every byte
 * outside ASCII as `\ooo` octal, so `café.py` is `"b/caf\303\251.py"`. The bytes are UTF-8.
 */
function unquote(quoted) {
    const body = quoted.slice(1, quoted.endsWith('"') ? -1 : undefined);
    const bytes = [];
    for (const [, escaped, text] of body.matchAll(/\\([0-7]{3}|[\s\S])|([^\\]+)/g)) {
        if (text !== undefined)
            bytes.push(...Buffer.from(text, 'utf8'));
        else if (escaped !== undefined)
            bytes.push(escaped.length === 3 ? parseInt(escaped, 8) : (ESCAPES[escaped] ?? escaped.charCodeAt(0)));
    }
    return Buffer.from(bytes).toString('utf8');
}
function parseUnifiedDiff(diff) {
    const changed = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const target = line.slice(4).trim();
            if (target === '/dev/null') {
                current = undefined;
                continue;
            }
            const file = target.startsWith('"') ? unquote(target).replace(/^b\//, '') : target.replace(/^b\//, '');
            current = changed.get(file) ?? new Set();
            changed.set(file, current);
            continue;
        }
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk && current !== undefined) {
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            for (let n = start; n < start + count; n++)
                current.add(n);
        }
    }
    for (const [file, lines] of changed)
        if (lines.size === 0)
            changed.delete(file);
    return changed;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/changes.ts
/** The lines a change added or modified, for patch coverage: against which commit, and git's answer. */


/** The commit to diff against: the input, else the pull request's base, else the push's `before`. */
function patchBaseOf(input, event) {
    if (input !== undefined)
        return input;
    const pr = event.pull_request;
    if (typeof pr?.base?.sha === 'string' && pr.base.sha !== '')
        return pr.base.sha;
    const before = event.before;
    // A push that created the branch has no previous commit: all zeros.
    return typeof before === 'string' && before !== '' && !/^0+$/.test(before) ? before : undefined;
}
/** The changed lines of `base...HEAD`; a base missing from the clone is an error that says how to fetch it. */
async function changedLines(git, base) {
    if (!/^[\w./~^@{}-]+$/.test(base) || base.startsWith('-'))
        throw new errors/* ConfigurationError */.j1(`Input 'patch-base' must be a commit or a ref; got ${JSON.stringify(base).slice(0, 80)}.`);
    const present = await git(['cat-file', '-e', `${base}^{commit}`]);
    if (present.code !== 0) {
        const shallow = (await git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
        throw new errors/* ConfigurationError */.j1(`Patch coverage needs the base commit ${base}, which is not in this clone${shallow ? ' (a shallow clone)' : ''}: use actions/checkout with fetch-depth: 0, or set 'patch-base'.`);
    }
    const diff = await git([
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--no-renames',
        `${base}...HEAD`,
    ]);
    if (diff.code !== 0)
        throw new errors/* ConfigurationError */.j1(`git diff ${base}...HEAD failed: ${diff.stderr.trim().split('\n')[0] ?? ''}`);
    return parseUnifiedDiff(diff.stdout);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/codecov-paths.ts
/**
 * Codecov's path patterns (`ignore`, a status's `paths`, a flag's `paths`), read as Codecov reads them: a
 * plain path is a prefix (`src/app` matches everything under it), a pattern with `**` or `/*` (or a `*` that
 * is no regex's `.*`) is a glob, anything else with `*`, `$`, `[` or `]` a regular expression matched from
 * the start of the path; `!` in front excludes. A file passes a `paths` list when it matches no exclusion and,
 * if the list has any inclusion, at least one; it is ignored when an `ignore` pattern matches and no `!` one.
 */
const RESERVED = ['*', '$', ']', '['];
function patternKind(pattern) {
    if (!RESERVED.some((c) => pattern.includes(c)))
        return 'path_prefix';
    if (pattern.includes('**') || pattern.includes('/*'))
        return 'glob';
    if (pattern.includes('*') && !pattern.includes(']*') && !pattern.includes('.*'))
        return 'glob';
    try {
        new RegExp(pattern);
        return 'regex';
    }
    catch {
        return 'glob';
    }
}
const codecov_paths_escape = (c) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
/** A glob as Codecov translates it: `**` any characters, `*` any but `/`, `?` one, `[…]` a class. */
function globToRegex(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i] ?? '';
        if (c === '*') {
            if (pattern[i + 1] === '*') {
                out += '.*';
                i++;
            }
            else
                out += '[^/]*';
        }
        else if (c === '?')
            out += '.';
        else if (c === '[') {
            let j = i + 1;
            if (pattern[j] === '!')
                j++;
            if (pattern[j] === ']')
                j++;
            while (j < pattern.length && pattern[j] !== ']')
                j++;
            if (j >= pattern.length)
                out += '\\[';
            else {
                let stuff = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
                if (stuff.startsWith('!'))
                    stuff = `^${stuff.slice(1)}`;
                else if (stuff.startsWith('^'))
                    stuff = `\\${stuff}`;
                out += `[${stuff}]`;
                i = j;
            }
        }
        else
            out += codecov_paths_escape(c);
    }
    return `^(?:${out})$`;
}
function compile(pattern) {
    const kind = patternKind(pattern);
    if (kind === 'glob')
        return new RegExp(globToRegex(pattern), 's');
    // A prefix is Codecov's `^<prefix>.*`, the prefix itself read as a regular expression (as Codecov does).
    return new RegExp(`^(?:${pattern})`, 's');
}
/** Why Codecov would refuse this pattern, or undefined. */
function pathPatternProblem(raw) {
    try {
        pathPattern(raw);
        return undefined;
    }
    catch {
        return 'is not a path, glob or regular expression that works';
    }
}
function pathPattern(raw) {
    const negative = raw.startsWith('!');
    let value = negative ? raw.replace(/^!+/, '') : raw;
    if (value.startsWith('./'))
        value = value.slice(2);
    const regex = compile(value);
    return { negative, test: (path) => regex.test(path) };
}
/** Whether a file passes a list of patterns (`paths`): no exclusion matches, and an inclusion does if any. */
function pathFilter(patterns) {
    const compiled = patterns.filter((p) => p !== '').map(pathPattern);
    const negatives = compiled.filter((p) => p.negative);
    const positives = compiled.filter((p) => !p.negative);
    return (path) => !negatives.some((p) => p.test(path)) && (positives.length === 0 || positives.some((p) => p.test(path)));
}
/** Whether a file is ignored by a list of patterns (`ignore`): an inclusion matches and no exclusion does. */
function ignoreFilter(patterns) {
    const compiled = patterns.filter((p) => p !== '').map(pathPattern);
    const negatives = compiled.filter((p) => p.negative);
    const positives = compiled.filter((p) => !p.negative);
    return (path) => positives.some((p) => p.test(path)) && !negatives.some((p) => p.test(path));
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/codecov-schema.ts
/**
 * Codecov's YAML schema, as Codecov validates a codecov.yml (codecov/shared, shared/validation/user_schema.py
 * and cli_schema.py, with Cerberus): every key it knows, the type and values it allows. A key it does not
 * know, or a value it would refuse, makes Codecov ignore the whole file; here it is a one-line error naming
 * the key. Only the rules Codecov's schema uses are implemented: types, allowed values, patterns, bounds,
 * nested mappings and lists, and its value checks (percentages, ranges, path patterns, branch names).
 */

const PERCENT = /^(\d+)(\.\d+)?%?/;
function percentProblem(value, allowAuto) {
    if (value === null || value === undefined)
        return undefined;
    if (value === 'auto')
        return allowAuto ? undefined : 'does not accept auto';
    if (typeof value === 'number')
        return undefined;
    if (typeof value !== 'string' || !PERCENT.test(value) || Number.isNaN(Number(value.replace(/%+$/, ''))))
        return 'should be a number (like 80 or 80%)';
    return undefined;
}
function rangeProblem(value) {
    const bounds = (low, high) => low >= 0 && low <= 100 && high >= 0 && high <= 100 && low <= high
        ? undefined
        : 'should be two numbers from 0 to 100, the lower first';
    if (Array.isArray(value)) {
        if (value.length !== 2)
            return 'should have exactly two numbers';
        const [a, b] = value.map(Number).sort((x, y) => x - y);
        if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b))
            return 'should have numbers as its limits';
        return bounds(a, b);
    }
    if (typeof value !== 'string')
        return 'should look like 70...100';
    if (value.includes('....'))
        return 'should have two or three dots, not four';
    const splitter = value.includes('...') ? '...' : value.includes('..') ? '..' : undefined;
    if (splitter === undefined)
        return 'should look like 70...100';
    const parts = value.split(splitter);
    if (parts.length !== 2)
        return 'should have only two numbers';
    const [low, high] = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
    if (low === undefined || high === undefined || Number.isNaN(low) || Number.isNaN(high))
        return 'should have numbers as its limits';
    return bounds(low, high);
}
function branchProblem(value) {
    if (value === null || typeof value !== 'string')
        return undefined;
    try {
        new RegExp(value.replace(/(?<!\.)\*/g, '.*'));
        return undefined;
    }
    catch {
        return 'is not a branch name or pattern';
    }
}
function layoutProblem(value) {
    if (typeof value !== 'string')
        return undefined;
    for (const part of value.split(',')) {
        const [, count] = part.trim().split(':');
        if (count !== undefined && !/^\s*-?\d+\s*$/.test(count))
            return `has an improper value: ${part.trim()}`;
    }
    return undefined;
}
const requiredChanges = (value) => {
    if (typeof value === 'boolean')
        return undefined;
    if (typeof value !== 'string' || value === '')
        return 'should be true, false or a condition';
    const word = '(coverage_drop|uncovered_patch|any_change)';
    return new RegExp(`^${word}(\\s+or\\s+${word})*(\\s+and\\s+${word}(\\s+or\\s+${word})*)*$`, 'i').test(value.trim())
        ? undefined
        : 'is not coverage_drop, uncovered_patch or any_change joined by and/or';
};
const byteSize = (value) => {
    if (typeof value === 'number')
        return Number.isInteger(value) && value >= 0 ? undefined : 'should be ≥ 0';
    if (typeof value === 'string' && /^\d+\s*(mb|kb|gb|b|bytes)$/i.test(value))
        return undefined;
    return 'should be a size like 100kb, or a number of bytes';
};
const bundleThreshold = (value) => {
    if (typeof value === 'number' && !Number.isInteger(value))
        return percentProblem(value, false);
    if (typeof value === 'string' && value.includes('%'))
        return percentProblem(value, false);
    return byteSize(value);
};
const str = { type: 'string' };
const bool = { type: 'boolean' };
const int0 = { type: 'integer', min: 0 };
const outcome = { type: 'string', allowed: ['success', 'failure', 'error', 'ignore'] };
const flagName = { type: 'string', minlength: 1, maxlength: 1024, regex: /[^'"]+/ };
const branches = {
    type: 'list',
    nullable: true,
    items: { type: 'string', nullable: true, check: branchProblem },
};
const layout = { type: 'string', nullable: true, check: layoutProblem };
const pathList = {
    type: 'list',
    nullable: true,
    items: { type: 'string', check: (v) => (typeof v === 'string' ? pathPatternProblem(v) : undefined) },
};
const flagList = { type: 'list', nullable: true, items: { type: 'string', regex: /[^'"]{1,1024}/ } };
const percentOrAuto = {
    type: ['string', 'number'],
    nullable: true,
    check: (v) => percentProblem(v, true),
};
const codecov_schema_percent = { type: ['string', 'number'], nullable: true, check: (v) => percentProblem(v, false) };
const behavior3 = { type: 'string', allowed: ['include', 'exclude', 'pass'] };
const baseRule = { type: 'string', allowed: ['parent', 'pr', 'auto'] };
const statusCommon = {
    base: baseRule,
    branches,
    disable_approx: bool,
    enabled: bool,
    if_ci_failed: outcome,
    if_no_uploads: outcome,
    if_not_found: outcome,
    informational: bool,
    measurement: {
        type: 'string',
        nullable: true,
        allowed: ['line', 'statement', 'branch', 'method', 'complexity'],
    },
    only_pulls: bool,
    skip_if_assumes: bool,
    removed_code_behavior: {
        type: ['string', 'boolean'],
        allowed: ['removals_only', 'adjust_base', 'fully_covered_patch', 'off', false],
    },
};
const customStatusCommon = {
    name_prefix: { type: 'string', regex: /[\w\-.]+/ },
    type: { type: 'string', allowed: ['project', 'patch', 'changes'] },
    target: percentOrAuto,
    threshold: codecov_schema_percent,
};
const flagStatusBase = {
    ...statusCommon,
    paths: pathList,
    carryforward_behavior: behavior3,
    flag_coverage_not_uploaded_behavior: behavior3,
};
const statusStandard = { flags: flagList, ...flagStatusBase };
const statusKind = (extra) => ({
    type: ['dict', 'boolean'],
    keysrules: { type: 'string', regex: /[\w\-.]+/ },
    valuesrules: { type: ['dict', 'boolean'], nullable: true, fields: { ...extra, ...statusStandard } },
});
const notificationStandard = {
    url: { type: 'string', nullable: true },
    branches,
    threshold: codecov_schema_percent,
    message: str,
    flags: flagList,
    base: baseRule,
    only_pulls: bool,
    paths: pathList,
};
const notifier = (extra) => ({
    type: 'dict',
    keysrules: { type: 'string', regex: /[\w\-.]+/ },
    valuesrules: { type: 'dict', fields: { ...extra, ...notificationStandard } },
});
const flagsRuleBasic = {
    statuses: {
        type: 'list',
        items: { type: 'dict', fields: { ...flagStatusBase, ...customStatusCommon } },
    },
    carryforward_mode: { type: 'string', allowed: ['all', 'labels'] },
    carryforward: bool,
    paths: pathList,
    ignore: pathList,
    after_n_builds: int0,
};
const componentRuleBasic = {
    statuses: {
        type: 'list',
        items: { type: 'dict', fields: { ...statusCommon, ...customStatusCommon } },
    },
    flag_regexes: { type: 'list', items: str },
    paths: pathList,
};
const hideList = { anyof: [bool, { type: 'list', items: str }] };
const CODECOV_SCHEMA = {
    codecov: {
        type: 'dict',
        fields: {
            url: {
                type: 'string',
                regex: /https?:\/\/(www\.)?[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}\b([-a-zA-Z0-9()@:%_+.~#?&/=]*)/,
            },
            token: str,
            slug: str,
            bot: { type: 'string', nullable: true },
            branch: str,
            ci: { type: 'list', items: str },
            assume_all_flags: bool,
            strict_yaml_branch: str,
            max_report_age: { type: ['string', 'integer', 'boolean'] },
            disable_default_path_fixes: bool,
            require_ci_to_pass: bool,
            allow_coverage_offsets: bool,
            allow_pseudo_compare: bool,
            archive: { type: 'dict', fields: { uploads: bool } },
            notify: {
                type: 'dict',
                fields: {
                    after_n_builds: int0,
                    countdown: { type: 'integer' },
                    delay: { type: 'integer' },
                    wait_for_ci: bool,
                    require_ci_to_pass: bool,
                    manual_trigger: bool,
                    notify_error: bool,
                },
            },
            ui: {
                type: 'dict',
                fields: {
                    hide_density: hideList,
                    hide_complexity: hideList,
                    hide_contexual: bool,
                    hide_sunburst: bool,
                    hide_search: bool,
                },
            },
        },
    },
    coverage: {
        type: 'dict',
        fields: {
            precision: { type: 'integer', min: 0, max: 99 },
            round: { type: 'string', allowed: ['down', 'up', 'nearest'] },
            range: { check: rangeProblem },
            notify: {
                type: 'dict',
                fields: {
                    irc: notifier({
                        channel: str,
                        server: str,
                        password: { type: 'string', nullable: true },
                        nickserv_password: str,
                        notice: bool,
                    }),
                    slack: notifier({ attachments: layout }),
                    gitter: notifier({}),
                    hipchat: notifier({ card: bool, notify: bool }),
                    webhook: notifier({}),
                    email: notifier({ to: { type: 'list', items: str }, layout }),
                },
            },
            status: {
                type: ['boolean', 'dict'],
                fields: {
                    default_rules: {
                        type: 'dict',
                        fields: { flag_coverage_not_uploaded_behavior: behavior3, carryforward_behavior: behavior3 },
                    },
                    project: statusKind({ target: percentOrAuto, include_changes: percentOrAuto, threshold: codecov_schema_percent }),
                    patch: statusKind({ target: percentOrAuto, include_changes: percentOrAuto, threshold: codecov_schema_percent }),
                    changes: statusKind({}),
                    no_upload_behavior: { type: 'string', allowed: ['pass', 'fail'] },
                },
            },
        },
    },
    bundle_analysis: {
        type: 'dict',
        fields: {
            warning_threshold: { check: bundleThreshold },
            status: { allowed: [true, false, 'informational'] },
        },
    },
    parsers: {
        type: 'dict',
        fields: {
            go: { type: 'dict', fields: { partials_as_hits: bool } },
            javascript: { type: 'dict', fields: { enable_partials: bool } },
            v1: { type: 'dict', fields: { include_full_missed_files: bool } },
            gcov: {
                type: 'dict',
                fields: {
                    branch_detection: {
                        type: 'dict',
                        fields: { conditional: bool, loop: bool, method: bool, macro: bool },
                    },
                },
            },
            jacoco: { type: 'dict', fields: { partials_as_hits: bool } },
            cobertura: { type: 'dict', fields: { handle_missing_conditions: bool, partials_as_hits: bool } },
        },
    },
    ignore: pathList,
    fixes: {
        type: 'list',
        items: {
            type: 'string',
            check: (v) => typeof v === 'string' && !v.includes('::') ? 'must split before and after with ::' : undefined,
        },
    },
    flags: {
        type: 'dict',
        keysrules: flagName,
        valuesrules: {
            type: 'dict',
            fields: {
                joined: bool,
                carryforward: bool,
                carryforward_mode: { type: 'string', allowed: ['all', 'labels'] },
                required: bool,
                ignore: pathList,
                paths: pathList,
                assume: { type: ['boolean', 'string', 'dict'], fields: { branches } },
                after_n_builds: int0,
            },
        },
    },
    flag_management: {
        type: 'dict',
        fields: {
            default_rules: { type: 'dict', fields: flagsRuleBasic },
            individual_flags: {
                type: 'list',
                items: { type: 'dict', fields: { ...flagsRuleBasic, name: flagName } },
            },
        },
    },
    component_management: {
        type: 'dict',
        fields: {
            default_rules: { type: 'dict', fields: componentRuleBasic },
            individual_components: {
                type: 'list',
                items: {
                    type: 'dict',
                    fields: { ...componentRuleBasic, name: str, component_id: { type: 'string', required: true } },
                },
            },
        },
    },
    comment: {
        type: ['dict', 'boolean'],
        fields: {
            layout,
            require_changes: { check: requiredChanges },
            require_base: bool,
            require_head: bool,
            show_critical_paths: bool,
            branches,
            paths: pathList,
            flags: flagList,
            behavior: { type: 'string', allowed: ['default', 'once', 'new', 'spammy'] },
            after_n_builds: int0,
            show_carryforward_flags: bool,
            hide_comment_details: bool,
            hide_project_coverage: bool,
            require_bundle_changes: { type: ['boolean', 'string'], allowed: ['bundle_increase', false, true] },
            bundle_change_threshold: { check: bundleThreshold },
        },
    },
    slack_app: { type: ['dict', 'boolean'], fields: { enabled: bool } },
    github_checks: { type: ['dict', 'boolean'], fields: { annotations: bool } },
    profiling: {
        type: 'dict',
        fields: {
            fixes: { type: 'list', items: str },
            grouping_attributes: { type: 'list', items: str },
            critical_files_paths: pathList,
        },
    },
    beta_groups: { type: 'list', items: str },
    ai_pr_review: { type: 'dict', fields: { enabled: bool, method: str, label_name: str } },
    test_analytics: { type: 'dict', fields: { shorten_paths: bool, flake_detection: bool } },
    cli: { type: 'dict', fields: { plugins: { type: 'dict' }, runners: { type: 'dict' } } },
};
function typeOf(value) {
    if (typeof value === 'boolean')
        return ['boolean'];
    if (typeof value === 'number')
        return Number.isInteger(value) ? ['integer', 'number'] : ['number'];
    if (typeof value === 'string')
        return ['string'];
    if (Array.isArray(value))
        return ['list'];
    if (value !== null && typeof value === 'object')
        return ['dict'];
    return [];
}
const show = (value) => {
    const json = JSON.stringify(value);
    const text = json ?? String(value);
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};
/** The first problem with `value` under `rule`, as `where: what`; undefined when Codecov would accept it. */
function problem(value, rule, where) {
    if (value === null || value === undefined)
        return rule.nullable === true || rule.type === undefined ? undefined : `${where}: must not be empty`;
    if (rule.anyof !== undefined) {
        const fails = rule.anyof.map((r) => problem(value, r, where));
        if (fails.every((f) => f !== undefined))
            return fails[0];
        return undefined;
    }
    if (rule.type !== undefined) {
        const wanted = typeof rule.type === 'string' ? [rule.type] : rule.type;
        if (!typeOf(value).some((t) => wanted.includes(t)))
            return `${where}: must be ${wanted.map((t) => (t === 'dict' ? 'a mapping' : t === 'list' ? 'a list' : `a ${t}`)).join(' or ')}, not ${show(value)}`;
    }
    if (rule.allowed !== undefined && !rule.allowed.includes(value))
        return `${where}: ${show(value)} is not one of ${rule.allowed.map((a) => show(a)).join(', ')}`;
    if (typeof value === 'string') {
        if (rule.regex !== undefined && !new RegExp(`^(?:${rule.regex.source})$`).test(value))
            return `${where}: ${show(value)} is not allowed here`;
        if (rule.minlength !== undefined && value.length < rule.minlength)
            return `${where}: is too short`;
        if (rule.maxlength !== undefined && value.length > rule.maxlength)
            return `${where}: is too long`;
    }
    if (typeof value === 'number') {
        if (rule.min !== undefined && value < rule.min)
            return `${where}: must be at least ${rule.min}`;
        if (rule.max !== undefined && value > rule.max)
            return `${where}: must be at most ${rule.max}`;
    }
    if (Array.isArray(value)) {
        if (rule.maxlength !== undefined && value.length > rule.maxlength)
            return `${where}: has too many items`;
        if (rule.items !== undefined) {
            const item = rule.items;
            for (const [i, v] of value.entries()) {
                const p = problem(v, item, `${where}[${i}]`);
                if (p !== undefined)
                    return p;
            }
        }
    }
    else if (typeof value === 'object') {
        const entries = Object.entries(value);
        if (rule.fields !== undefined) {
            const known = rule.fields;
            for (const [key, child] of Object.entries(known))
                if (child.required === true && !Object.hasOwn(value, key))
                    return `${where}.${key}: is required`;
            for (const [key, v] of entries) {
                const child = Object.hasOwn(known, key) ? known[key] : undefined;
                if (child === undefined)
                    return `${where}.${key}: is not a key Codecov knows`;
                const p = problem(v, child, `${where}.${key}`);
                if (p !== undefined)
                    return p;
            }
        }
        for (const [key, v] of entries) {
            if (rule.keysrules !== undefined) {
                const p = problem(key, rule.keysrules, `${where}.${key}`);
                if (p !== undefined)
                    return `${where}.${key}: is not a name Codecov allows here`;
            }
            if (rule.valuesrules !== undefined) {
                const p = problem(v, rule.valuesrules, `${where}.${key}`);
                if (p !== undefined)
                    return p;
            }
        }
    }
    if (rule.check !== undefined) {
        const p = rule.check(value);
        if (p !== undefined)
            return `${where}: ${show(value)} ${p}`;
    }
    return undefined;
}
/** The first problem with a whole codecov.yml document, keys written from the top (`coverage.status…`). */
function schemaProblem(doc) {
    for (const [key, value] of Object.entries(doc)) {
        const rule = Object.hasOwn(CODECOV_SCHEMA, key) ? CODECOV_SCHEMA[key] : undefined;
        if (rule === undefined)
            return `${key}: is not a key Codecov knows`;
        const p = problem(value, rule, key);
        if (p !== undefined)
            return p;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/codecov-config.ts
/**
 * A codecov.yml read the way Codecov reads it, so a repository's existing file works unchanged: YAML 1.1
 * (`off`, `no`, `on` and `yes` are booleans), validated against Codecov's own schema (codecov-schema.ts: a
 * file Codecov would refuse is an error naming the key), then the parts that decide a gate — precision, round,
 * range, ignore, flags with their paths, and every project and patch status, `default` and named ones, each
 * with its target, threshold, paths, flags, informational, if_not_found, only_pulls, branches and enabled.
 * What Codecov accepts but has no meaning for a gate run here is listed (`notApplied`), never dropped from
 * validation.
 */





/** A status as Codecov makes it when the config says nothing: target auto, threshold 0. */
function codecov_config_defaultStatus(kind) {
    return {
        kind,
        name: 'default',
        target: 'auto',
        threshold: 0,
        informational: false,
        ifNotFound: 'success',
        paths: [],
        flags: [],
        onlyPulls: false,
        branches: undefined,
    };
}
/** Codecov's defaults: precision 2, round down, range 60..80, a default project and patch status. */
const DEFAULT_CONFIG = {
    precision: 2,
    round: 'down',
    range: [60, 80],
    statuses: [codecov_config_defaultStatus('project'), codecov_config_defaultStatus('patch')],
    ignore: [],
    flags: {},
    notApplied: [],
};
/** Where a status key has no meaning here, said once each. */
const STATUS_KEYS_NOT_APPLIED = [
    'base',
    'if_ci_failed',
    'if_no_uploads',
    'disable_approx',
    'measurement',
    'skip_if_assumes',
    'removed_code_behavior',
    'carryforward_behavior',
    'flag_coverage_not_uploaded_behavior',
    'include_changes',
];
const TOP_KEYS_NOT_APPLIED = [
    'codecov',
    'comment',
    'parsers',
    'fixes',
    'flag_management',
    'component_management',
    'bundle_analysis',
    'slack_app',
    'github_checks',
    'profiling',
    'beta_groups',
    'ai_pr_review',
    'test_analytics',
    'cli',
];
/** Codecov's percentage: a number, or `80`/`80%`/`80.5%` as text. */
function percentValue(value) {
    if (typeof value === 'number')
        return value;
    return Number(String(value).replace(/%+$/, ''));
}
function parseRange(value) {
    if (Array.isArray(value)) {
        const [a = 0, b = 0] = value.map(Number).sort((x, y) => x - y);
        return [a, b];
    }
    const text = String(value);
    const [low = '', high = ''] = text.split(text.includes('...') ? '...' : '..');
    return [Number(low), Number(high)];
}
/** The YAML text as data, YAML 1.1 as Codecov reads it; an error gives the position, never the text. */
function readYaml(text, file) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', prettyErrors: true, uniqueKeys: true });
    const error = doc.errors[0];
    if (error !== undefined) {
        const at = error.linePos?.[0];
        throw new errors/* ConfigurationError */.j1(`${file} is not valid YAML${at ? ` (line ${at.line}, column ${at.col})` : ''}: ${error.code.toLowerCase().replace(/_/g, ' ')}.`);
    }
    // Tags Codecov gives a meaning of its own (`ci: [!appveyor]`) are warnings here: their values are plain.
    return doc.toJS({ maxAliasCount: 100 });
}
/** Codecov's compatibility moves (coverage.ignore → ignore, …), before validation, as Codecov does them. */
function compatible(root) {
    const out = { ...root };
    if (isObject(out.coverage)) {
        const moved = new Set(['flags', 'parsers', 'ignore', 'fixes']);
        for (const [key, value] of Object.entries(out.coverage))
            if (moved.has(key))
                out[key] = value;
        out.coverage = Object.fromEntries(Object.entries(out.coverage).filter(([key]) => !moved.has(key)));
    }
    if (isObject(out.codecov) && isObject(out.codecov.notify) && 'require_ci_to_pass' in out.codecov.notify) {
        const notify = { ...out.codecov.notify };
        const value = notify.require_ci_to_pass;
        delete notify.require_ci_to_pass;
        out.codecov = { ...out.codecov, notify, require_ci_to_pass: value };
    }
    return out;
}
function statusesOf(kind, value, notApplied) {
    // `project: true` (or absent) is the default status; `project: false` (or off, no) none at all (the
    // schema has refused anything else that is not a mapping).
    if (value === undefined || value === true)
        return [codecov_config_defaultStatus(kind)];
    if (!isObject(value))
        return [];
    const out = [];
    for (const [name, raw] of Object.entries(value)) {
        if (raw === false)
            continue;
        const rule = isObject(raw) ? raw : {};
        if (rule.enabled === false)
            continue;
        for (const key of STATUS_KEYS_NOT_APPLIED)
            if (key in rule)
                notApplied.add(`coverage.status.${kind}.<status>.${key}`);
        const ifNotFound = (rule.if_not_found ?? 'success');
        out.push({
            kind,
            name,
            target: rule.target === undefined || rule.target === null
                ? 'auto'
                : rule.target === 'auto'
                    ? 'auto'
                    : percentValue(rule.target),
            threshold: rule.threshold === undefined || rule.threshold === null ? 0 : percentValue(rule.threshold),
            informational: rule.informational === true,
            ifNotFound,
            paths: Array.isArray(rule.paths) ? rule.paths : [],
            flags: Array.isArray(rule.flags) ? rule.flags : [],
            onlyPulls: rule.only_pulls === true,
            branches: Array.isArray(rule.branches)
                ? rule.branches.map((b) => b ?? '.*')
                : undefined,
        });
    }
    // Codecov shows `default` first; the others keep the file's order.
    return [...out.filter((s) => s.name === 'default'), ...out.filter((s) => s.name !== 'default')];
}
function parseCodecovYaml(text, file) {
    const doc = readYaml(text, file);
    if (doc === null || doc === undefined)
        return DEFAULT_CONFIG;
    if (!isObject(doc))
        throw new errors/* ConfigurationError */.j1(`${file} is not a codecov.yml: its top level must be a mapping of keys.`);
    const root = compatible(doc);
    const problem = schemaProblem(root);
    if (problem !== undefined)
        throw new errors/* ConfigurationError */.j1(`${file}: ${problem} (Codecov would refuse this file).`);
    const notApplied = new Set();
    for (const key of TOP_KEYS_NOT_APPLIED)
        if (key in root)
            notApplied.add(key);
    const coverage = isObject(root.coverage) ? root.coverage : {};
    if ('notify' in coverage)
        notApplied.add('coverage.notify');
    const status = coverage.status;
    let statuses;
    if (status === false)
        statuses = [];
    else {
        const s = isObject(status) ? status : {};
        for (const key of ['changes', 'default_rules', 'no_upload_behavior'])
            if (key in s && s[key] !== false)
                notApplied.add(`coverage.status.${key}`);
        statuses = [...statusesOf('project', s.project, notApplied), ...statusesOf('patch', s.patch, notApplied)];
    }
    const flags = {};
    if (isObject(root.flags)) {
        for (const [name, raw] of Object.entries(root.flags)) {
            const f = isObject(raw) ? raw : {};
            flags[name] = Array.isArray(f.paths) ? f.paths : [];
            for (const key of [
                'carryforward',
                'carryforward_mode',
                'joined',
                'required',
                'assume',
                'after_n_builds',
                'ignore',
            ])
                if (key in f)
                    notApplied.add(`flags.<flag>.${key}`);
        }
    }
    const precision = typeof coverage.precision === 'number' ? coverage.precision : DEFAULT_CONFIG.precision;
    return {
        precision,
        round: (coverage.round ?? DEFAULT_CONFIG.round),
        range: coverage.range === undefined || coverage.range === null
            ? DEFAULT_CONFIG.range
            : parseRange(coverage.range),
        statuses,
        ignore: Array.isArray(root.ignore) ? root.ignore : [],
        flags,
        notApplied: [...notApplied].sort(),
    };
}
/** The files a status covers: not ignored, within its paths, and within its flags' paths. */
function statusFiles(rule, config) {
    const own = pathFilter(rule.paths);
    const flagPaths = rule.flags.map((f) => config.flags[f] ?? []);
    // A flag without paths (or unknown here) covers every file: flags partition uploads, not files.
    const byFlags = flagPaths.some((p) => p.length === 0) ? undefined : pathFilter(flagPaths.flat());
    return (file) => own(file) && (byFlags === undefined || byFlags(file));
}
/** Rounds as Codecov does: `down` truncates (85.678 at precision 2 is 85.67). */
function roundCoverage(value, precision, round) {
    const factor = 10 ** precision;
    // Work on the decimal string so 85.67 * 100 = 8566.999... cannot round 85.67 down to 85.66.
    const scaled = Number((value * factor).toFixed(6));
    const n = round === 'down' ? Math.floor(scaled) : round === 'up' ? Math.ceil(scaled) : Math.round(scaled);
    return n / factor;
}
/** Codecov's branch patterns: `*` is any characters, anchored at both ends unless the pattern says. */
function branchMatches(patterns, branch) {
    return patterns.some((p) => {
        if (p === '*' || p === '' || p === '.*')
            return true;
        let re = p.trim().replace(/(?<!\.)\*/g, '.*');
        if (!re.startsWith('.*') && !re.startsWith('^'))
            re = `^${re}`;
        if (!re.endsWith('.*') && !re.endsWith('$'))
            re = `${re}$`;
        return new RegExp(re).test(branch);
    });
}

// EXTERNAL MODULE: ./actions/coverage-gate/src/main-no-reports.ts
var main_no_reports = __webpack_require__(90883);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./shared/network-error.ts
/** Whether asking again may get another answer: a network hiccup may pass, a bad URL or certificate will not. */
function isTransientNetworkError(kind) {
    return kind === 'refused' || kind === 'reset' || kind === 'dns' || kind === 'timeout';
}
class HttpRequestError extends Error {
    kind;
    code;
    name = 'HttpRequestError';
    constructor(message, kind, code) {
        super(message);
        this.kind = kind;
        this.code = code;
    }
}
const CODE_KINDS = {
    ECONNREFUSED: 'refused',
    ECONNRESET: 'reset',
    EPIPE: 'reset',
    ECONNABORTED: 'reset',
    ENOTFOUND: 'dns',
    EAI_AGAIN: 'dns',
    EAI_NONAME: 'dns',
    ETIMEDOUT: 'timeout',
    EHOSTUNREACH: 'refused',
    ENETUNREACH: 'refused',
};
function errorCode(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        const code = e.code;
        if (typeof code === 'string' && code !== 'ABORT_ERR')
            return code;
    }
    return undefined;
}
function deepestMessage(error) {
    let message = error instanceof Error ? error.message : String(error);
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e.message !== '')
            message = e.message;
    }
    return message;
}
/** The error a request failed with, as one of the kinds a caller acts on, with its deepest message. */
function classifyNetworkError(error) {
    const code = errorCode(error);
    const message = deepestMessage(error);
    if (code !== undefined) {
        const kind = CODE_KINDS[code];
        if (kind !== undefined)
            return new HttpRequestError(message, kind, code);
        if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) {
            return new HttpRequestError(`TLS: ${message}`, 'tls', code);
        }
    }
    return new HttpRequestError(message, 'other', code);
}

// EXTERNAL MODULE: ./shared/proxy.ts
var proxy = __webpack_require__(97886);
;// CONCATENATED MODULE: ./shared/http.ts
/**
 * One HTTP(S) request with the guarantees every Runway action needs: a timeout over the whole exchange
 * (connect, headers, body, redirects), a cap on how much body is read, a custom CA or no verification when
 * asked, and errors classified so callers can tell transient trouble from permanent mistakes.
 *
 * Built on node:http and node:https rather than undici: loading undici costs about 80 ms of cold start
 * (measured: 0.19 s against 0.11 s for an empty bundle), more than the whole start-up budget of an action,
 * while node's own clients are already in the runtime and give the same per-request control (ca,
 * rejectUnauthorized, timeouts). Redirects are followed here so the chain can be reported and credentials
 * never cross origins.
 */





/** 408 Request Timeout, 425 Too Early, 429 Too Many Requests and every 5xx may clear by themselves. */
function isRetryableStatus(status) {
    return status === 408 || status === 425 || status === 429 || (status >= 500 && status <= 599);
}
const DEFAULT_MAX_BODY = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
function flatHeaders(raw) {
    const out = {};
    for (const [name, value] of Object.entries(raw)) {
        if (value !== undefined)
            out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    return out;
}
/** One exchange without redirects; rejects with the socket's own error, or HttpRequestError. */
function exchange(url, method, headers, body, req, signal) {
    return new Promise((resolve, reject) => {
        let settled = false;
        const settle = (action) => {
            if (settled)
                return;
            settled = true;
            action();
        };
        const client = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const limit = req.maxBodyBytes ?? DEFAULT_MAX_BODY;
        const request = client.request(url, {
            method,
            headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) },
            signal,
            // A fresh connection per request (a health check must not be answered by a pooled socket), through
            // the runner's proxy when it has one for this host.
            agent: (0,proxy/* proxyAgent */.QT)(url) ?? false,
            rejectUnauthorized: req.insecure !== true,
            ...(req.ca !== undefined ? { ca: req.ca } : {}),
        }, (response) => {
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.byteLength;
                if (size > limit) {
                    settle(() => {
                        reject(new HttpRequestError(`response body is larger than ${limit} bytes`, 'too-large', undefined));
                    });
                    request.destroy();
                    return;
                }
                chunks.push(chunk);
            });
            response.on('error', (error) => settle(() => reject(error)));
            response.on('end', () => {
                settle(() => {
                    resolve({
                        status: response.statusCode ?? 0,
                        headers: flatHeaders(response.headers),
                        body: Buffer.concat(chunks).toString('utf8'),
                    });
                });
            });
        });
        request.on('error', (error) => settle(() => reject(error)));
        request.end(body);
    });
}
/** Sends one request (following redirects when allowed); throws HttpRequestError on any network failure. */
async function httpRequest(req) {
    const controller = new AbortController();
    const timer = setTimeout(() => {
        controller.abort();
    }, req.timeoutMs);
    const started = performance.now();
    const redirects = [];
    let url;
    try {
        url = new URL(req.url);
    }
    catch {
        clearTimeout(timer);
        throw new HttpRequestError('the URL is not a valid absolute URL', 'invalid', undefined);
    }
    let headers = { 'user-agent': 'runway-ci', ...lowerKeys(req.headers ?? {}) };
    // Credentials in the URL become the Basic auth header node would send: one of the caller's headers, so
    // they stay with the origin they were given for.
    if (url.username !== '' || url.password !== '') {
        const user = decodeURIComponent(url.username);
        const password = decodeURIComponent(url.password);
        if (!('authorization' in headers))
            headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
        url.username = '';
        url.password = '';
    }
    let method = (req.method ?? 'GET').toUpperCase();
    let body = req.body;
    const maxRedirects = req.maxRedirects ?? 0;
    try {
        for (;;) {
            const response = await exchange(url, method, headers, body, req, controller.signal);
            const location = response.headers.location;
            if (!REDIRECT_STATUSES.has(response.status) || location === undefined || maxRedirects === 0) {
                return {
                    ...response,
                    url: url.toString(),
                    redirects,
                    elapsedMs: Math.round(performance.now() - started),
                };
            }
            if (redirects.length >= maxRedirects) {
                throw new HttpRequestError(`more than ${maxRedirects} redirects`, 'redirects', undefined);
            }
            let next;
            try {
                next = new URL(location, url);
            }
            catch {
                throw new HttpRequestError('redirect to a Location that is not a URL', 'redirects', undefined);
            }
            // Credentials in a Location would be sent as Basic auth to wherever the server points.
            next.username = '';
            next.password = '';
            if (next.protocol !== 'http:' && next.protocol !== 'https:') {
                throw new HttpRequestError(`redirect to unsupported protocol ${next.protocol}`, 'redirects', undefined);
            }
            // Another origin gets none of the headers the caller set, whatever their names: a token may hide in
            // X-Api-Key as well as in Authorization.
            if (next.origin !== url.origin)
                headers = { 'user-agent': 'runway-ci' };
            if (response.status === 303 ||
                ((response.status === 301 || response.status === 302) && method === 'POST')) {
                method = method === 'HEAD' ? 'HEAD' : 'GET';
                body = undefined;
            }
            url = next;
            redirects.push(url.toString());
        }
    }
    catch (error) {
        if (error instanceof HttpRequestError)
            throw error;
        if (controller.signal.aborted) {
            throw new HttpRequestError(`no complete response within ${req.timeoutMs}ms`, 'timeout', 'ETIMEDOUT');
        }
        throw classifyNetworkError(error);
    }
    finally {
        clearTimeout(timer);
    }
}
function lowerKeys(headers) {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

;// CONCATENATED MODULE: ./shared/retry.ts
/**
 * Bounded retries: capped exponential backoff with full jitter, an overall deadline that no wait or attempt
 * may overrun, and a server's Retry-After honoured (still within the deadline). The clock, sleep and random
 * source are injectable so the policy is tested exactly, without real time passing.
 */
/** The delay before attempt `attempt + 1`, after `attempt` attempts (attempt >= 1). */
function backoffDelay(policy, attempt, random = Math.random) {
    const exponential = policy.initialDelayMs * policy.factor ** Math.max(0, attempt - 1);
    const capped = Math.min(policy.maxDelayMs, exponential);
    switch (policy.jitter) {
        case 'full':
            return Math.round(random() * capped);
        case 'equal':
            return Math.round(capped / 2 + (random() * capped) / 2);
        case 'none':
            return Math.round(capped);
    }
}
/** Retry-After as seconds or as an HTTP date, in ms from `now`; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // An HTTP date names a weekday or month and has a time of day; anything else (`-5`, `1.5`) is not one,
    // though Date.parse would read it as a day in 2001 and so as "now".
    if (!/[A-Za-z]{3}/.test(text) || !/\d{1,2}:\d{2}:\d{2}/.test(text))
        return undefined;
    const date = Date.parse(text);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: Math.random,
};
/** Runs `attempt` until it is done, fatal, out of attempts, or out of time. Never throws for a retryable error. */
async function retry(attempt, policy, clock = realClock, 
/** Told of each wait before it starts, e.g. to log "retrying in 2s". */
onWait = () => undefined) {
    const start = clock.now();
    const elapsed = () => clock.now() - start;
    let last;
    let attempts = 0;
    while (attempts < policy.maxAttempts) {
        const remainingMs = policy.deadlineMs - elapsed();
        if (remainingMs <= 0)
            break;
        attempts++;
        last = await attempt({ attempt: attempts, remainingMs });
        if (last.kind === 'done')
            return { ok: true, value: last.value, attempts, elapsedMs: elapsed() };
        if (last.kind === 'fatal') {
            return {
                ok: false,
                stoppedBy: 'fatal',
                value: last.value,
                reason: last.reason,
                attempts,
                elapsedMs: elapsed(),
            };
        }
        if (attempts >= policy.maxAttempts)
            break;
        const wait = last.delayMs ?? backoffDelay(policy, attempts, () => clock.random());
        const left = policy.deadlineMs - elapsed();
        // A wait that would end past the deadline cannot lead to another attempt: stop now, not later.
        if (wait >= left) {
            return {
                ok: false,
                stoppedBy: 'deadline',
                value: last.value,
                reason: last.reason,
                attempts,
                elapsedMs: elapsed(),
            };
        }
        onWait(wait, attempts);
        await clock.sleep(wait);
    }
    const stoppedBy = attempts >= policy.maxAttempts ? 'attempts' : 'deadline';
    return {
        ok: false,
        stoppedBy,
        value: last?.value,
        reason: last && last.kind !== 'done' ? last.reason : 'no attempt was made before the deadline',
        attempts,
        elapsedMs: elapsed(),
    };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/codecov-upload.ts
/**
 * Upload to Codecov through its upload API (the v4 protocol its own uploaders speak): ask for an upload
 * URL, then PUT the reports there. Both steps retry what may pass (a network hiccup, 408, 425, 429, 5xx) with
 * backoff, honouring Retry-After, all within one deadline the user sets (`upload-timeout`); a 4xx, a bad
 * certificate or a bad URL fails at once. Optional: the gate above does not depend on it.
 */



/** The upload body Codecov's uploaders send: the repository's file list, then each report. */
function uploadBody(reports, network) {
    const parts = [network.join('\n'), '<<<<<< network'];
    for (const report of reports)
        parts.push(`# path=${report.name}`, report.content.replace(/\n$/, ''), '<<<<<< EOF');
    return parts.join('\n') + '\n';
}
/** The backoff; its deadline is the user's `upload-timeout`, shared by both requests. */
function uploadPolicy(deadlineMs) {
    return { maxAttempts: 6, initialDelayMs: 1000, factor: 2, maxDelayMs: 30_000, deadlineMs, jitter: 'full' };
}
async function withRetries(what, send, accept, clock, policy) {
    const outcome = await retry(async ({ remainingMs }) => {
        let response;
        try {
            // No attempt outlives the deadline: a server that accepts and never answers costs the rest of it.
            response = await send(Math.max(1, remainingMs));
        }
        catch (error) {
            if (!(error instanceof HttpRequestError))
                throw error;
            const message = `${what}: ${error.message}`;
            return isTransientNetworkError(error.kind)
                ? { kind: 'retry', value: message, reason: message }
                : { kind: 'fatal', value: message, reason: message };
        }
        if (response.status >= 200 && response.status < 300)
            return { kind: 'done', value: accept(response.body) };
        const message = `${what} answered ${response.status}: ${(0,shared_text/* excerpt */.Kb)(response.body.trim(), 300)}`;
        if (isRetryableStatus(response.status)) {
            const retryAfter = parseRetryAfter(response.headers['retry-after'], clock.now());
            return retryAfter === undefined
                ? { kind: 'retry', value: message, reason: message }
                : { kind: 'retry', value: message, reason: message, delayMs: retryAfter };
        }
        return { kind: 'fatal', value: message, reason: message };
    }, policy, clock);
    if (outcome.ok)
        return outcome.value;
    throw new Error(`${outcome.reason} (after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'})`);
}
async function uploadToCodecov(params, body, deadlineMs, clock = realClock, policy = uploadPolicy(deadlineMs)) {
    const query = new URLSearchParams({
        package: 'runway-coverage-gate',
        token: params.token,
        commit: params.commit,
        slug: params.slug,
        service: 'github-actions',
    });
    for (const [key, value] of [
        ['branch', params.branch],
        ['build', params.build],
        ['build_url', params.buildUrl],
        ['job', params.job],
        ['pr', params.pr],
        ['name', params.name],
        ['flags', params.flags.length > 0 ? params.flags.join(',') : undefined],
    ]) {
        if (value !== undefined && value !== '')
            query.set(key, value);
    }
    const started = clock.now();
    const endpoint = `${params.url.replace(/\/$/, '')}/upload/v4?${query.toString()}`;
    const [reportUrl, putUrl] = await withRetries('Codecov upload request', (timeoutMs) => httpRequest({
        url: endpoint,
        method: 'POST',
        headers: { accept: 'text/plain', 'x-upload-token': params.token },
        timeoutMs: Math.min(30_000, timeoutMs),
    }), (text) => {
        const lines = text.trim().split('\n');
        if (lines.length < 2 || !/^https?:\/\//.test(lines[1] ?? ''))
            throw new Error(`Codecov answered without an upload URL: ${(0,shared_text/* excerpt */.Kb)(text, 200)}`);
        return [lines[0] ?? '', lines[1] ?? ''];
    }, clock, policy);
    // Both requests share the one deadline.
    const left = policy.deadlineMs - (clock.now() - started);
    await withRetries('Codecov storage upload', (timeoutMs) => httpRequest({
        url: putUrl,
        method: 'PUT',
        body,
        headers: { 'content-type': 'text/plain', 'x-amz-acl': 'public-read' },
        timeoutMs,
    }), () => undefined, clock, { ...policy, deadlineMs: left });
    return { reportUrl };
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
    return NEEDS_NORMALIZING.test(joined) ? external_node_path_default().posix.normalize(joined) : joined;
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/collect.ts
/**
 * Reports from every shard as one coverage map: each report's paths made repository-relative (its
 * Cobertura `<source>` roots, absolute runner paths, `./`), ignored paths dropped, then merged line by line.
 */



function collect(reports, workspace, lookup, ignore) {
    // Codecov's `ignore`: a plain path is a prefix, else a glob or a regular expression (codecov-paths.ts).
    const ignored = ignoreFilter(ignore);
    const coverage = new Map();
    const ignoredPaths = new Set();
    for (const report of reports) {
        const resolved = new Map();
        const roots = report.sources.map((s) => s.replace(/\\/g, '/'));
        for (const [raw, lines] of report.files) {
            const file = resolve(raw, roots, workspace, lookup);
            if (ignored(file)) {
                ignoredPaths.add(file);
                continue;
            }
            const same = resolved.get(file);
            if (same === undefined)
                resolved.set(file, lines);
            else
                same.mergeFrom(lines);
        }
        mergeInto(coverage, resolved);
    }
    return { coverage, ignoredFiles: ignoredPaths.size };
}
function resolve(raw, roots, workspace, lookup) {
    // A Cobertura filename is relative to one of its <source> roots: try each, preferring one that exists here.
    const joined = roots.length === 0 || raw.startsWith('/') ? [raw] : roots.map((root) => joinPath(root, raw));
    const first = joined[0] ?? raw;
    // Every candidate ends with the file's name: with no such file here, the likeliest path is the answer.
    const name = raw.slice(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
    const plainName = name !== '' && name !== '.' && name !== '..';
    if (plainName && lookup.hasName?.(name) === false)
        return likelyPath(first, workspace);
    const exists = (relative) => lookup.exists(relative);
    let likely;
    for (const candidate of joined) {
        const file = repositoryPath(candidate, workspace, exists);
        if (exists(file))
            return file;
        likely ??= file;
    }
    // Written relative to a folder the report does not name (coverage run from backend/): a unique suffix.
    const guess = likely ?? likelyPath(first, workspace);
    return lookup.bySuffix?.(guess) ?? guess;
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/gate.ts
/**
 * Codecov's statuses, applied here: each project and patch status of the config on its own files (its
 * `paths`, its flags' paths), passing when its coverage ≥ target − threshold, with `auto` meaning the
 * base's coverage of the same files. A status that does not apply to this run (`only_pulls` on a push,
 * `branches` that exclude this branch, a patch with nothing to diff against, `if_not_found: ignore`) is
 * listed as skipped, never counted as passed or failed.
 */



const emptyTotals = () => ({ linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 });
function add(into, t) {
    into.linesValid += t.linesValid;
    into.linesCovered += t.linesCovered;
    into.branchesValid += t.branchesValid;
    into.branchesCovered += t.branchesCovered;
}
/** Coverage of the changed lines of the files `within` admits: coverable ones only. */
function patchCoverage(coverage, changed, within = () => true) {
    const totals = emptyTotals();
    const uncovered = new Map();
    for (const [file, lines] of changed) {
        const fileCoverage = coverage.get(file);
        if (fileCoverage === undefined || !within(file))
            continue;
        const missed = [];
        for (const n of [...lines].sort((a, b) => a - b)) {
            const line = fileCoverage.get(n);
            if (line === undefined)
                continue;
            totals.linesValid++;
            totals.branchesValid += line.branchesTotal;
            totals.branchesCovered += line.branchesCovered;
            if (line.hits > 0)
                totals.linesCovered++;
            else
                missed.push(n);
        }
        if (missed.length > 0)
            uncovered.set(file, missed);
    }
    return { totals, uncovered };
}
function judge(rule, m) {
    const common = {
        kind: rule.kind,
        name: rule.name,
        files: m.files,
        value: m.value,
        threshold: rule.threshold,
        informational: rule.informational,
    };
    const target = rule.target === 'auto' ? m.base : rule.target;
    const verdict = (met, reason) => ({
        ...common,
        target,
        state: met ? 'passed' : rule.informational ? 'unmet' : 'failed',
        reason: `${reason}${!met && rule.informational ? ' (informational)' : ''}`,
    });
    if (m.value === undefined) {
        if (rule.kind === 'patch' && m.nothingChanged)
            return { ...common, target, state: 'passed', reason: 'no coverable lines changed' };
        return verdict(false, m.files === 0 ? 'no file of the reports is within its paths' : 'no coverable lines');
    }
    if (target === undefined) {
        const why = `target auto, but no base coverage to compare with (if_not_found: ${rule.ifNotFound})`;
        if (rule.ifNotFound === 'ignore')
            return { ...common, target, state: 'skipped', reason: why };
        return verdict(rule.ifNotFound === 'success', why);
    }
    const floor = target - rule.threshold;
    const met = m.value >= floor - 1e-9;
    const against = rule.threshold > 0
        ? `target ${target}% − threshold ${rule.threshold}% = ${Number(floor.toFixed(4))}%`
        : `target ${target}%`;
    return verdict(met, `${m.value}% ${met ? '≥' : '<'} ${against}`);
}
/** Why a status does not apply to this run, or undefined when it does. */
function notHere(rule, run, changed) {
    if (rule.onlyPulls && !run.pullRequest)
        return 'only_pulls: this run is no pull request';
    if (rule.branches !== undefined && (run.branch === undefined || !branchMatches(rule.branches, run.branch)))
        return `branches: ${run.branch ?? 'this run’s branch'} is not one of ${rule.branches.join(', ')}`;
    if (rule.kind === 'patch' && changed === undefined)
        return 'no base commit to diff against (see `patch-base`)';
    return undefined;
}
function gate(coverage, totals, metric, config, base, changed, run) {
    const round = (v) => v === undefined ? undefined : roundCoverage(v, config.precision, config.round);
    const value = round(percent(totals, metric));
    const baseValue = round(base?.coverage);
    const patchDetail = changed === undefined ? undefined : patchCoverage(coverage, changed);
    const statuses = config.statuses.map((rule) => {
        const skip = notHere(rule, run, changed);
        const within = statusFiles(rule, config);
        const own = emptyTotals();
        let files = 0;
        for (const [file, lines] of coverage) {
            if (!within(file))
                continue;
            files++;
            add(own, fileTotals(lines));
        }
        const baseOwn = emptyTotals();
        if (base !== undefined)
            for (const [file, t] of Object.entries(base.files))
                if (within(file))
                    add(baseOwn, t);
        const measuredBase = base === undefined ? undefined : round(percent(baseOwn, metric));
        if (skip !== undefined) {
            return {
                kind: rule.kind,
                name: rule.name,
                files,
                value: undefined,
                target: rule.target === 'auto' ? measuredBase : rule.target,
                threshold: rule.threshold,
                informational: rule.informational,
                state: 'skipped',
                reason: skip,
            };
        }
        if (rule.kind === 'project')
            return judge(rule, {
                value: round(percent(own, metric)),
                base: measuredBase,
                files,
                nothingChanged: false,
            });
        const patch = patchCoverage(coverage, changed ?? new Map(), within);
        return judge(rule, {
            value: round(percent(patch.totals, metric)),
            base: measuredBase,
            files,
            nothingChanged: patch.totals.linesValid === 0,
        });
    });
    // The difference of two rounded figures, so it agrees with what the comment shows side by side.
    const delta = value !== undefined && baseValue !== undefined
        ? Number((value - baseValue).toFixed(config.precision))
        : undefined;
    return {
        metric,
        totals,
        coverage: value,
        base: baseValue,
        delta,
        statuses,
        patch: patchDetail === undefined ? undefined : round(percent(patchDetail.totals, metric)),
        patchDetail,
        passed: statuses.every((s) => s.state !== 'failed'),
    };
}
/** Files by most missed lines first: where the next test is worth most. */
function fileRows(coverage, metric, config, base) {
    const rows = [];
    for (const [file, lines] of coverage) {
        const t = fileTotals(lines);
        const value = percent(t, metric);
        const baseTotals = base?.files[file];
        const baseValue = baseTotals === undefined ? undefined : percent(baseTotals, metric);
        rows.push({
            file,
            totals: t,
            missed: t.linesValid - t.linesCovered,
            coverage: value === undefined ? undefined : roundCoverage(value, config.precision, config.round),
            delta: value !== undefined && baseValue !== undefined
                ? Number((value - baseValue).toFixed(config.precision))
                : undefined,
        });
    }
    return rows.sort((a, b) => b.missed - a.missed || byCodeUnits(a.file, b.file));
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/overrides.ts
/**
 * The step's inputs over the config's statuses: `target`/`threshold` set every project status's, the `patch-`
 * ones every patch status's, `informational` every status's, and `ignore` adds to the config's. An input
 * target for a kind the config turned off brings back its default status: the input is the later word.
 */

function applyOverrides(config, o) {
    const given = {
        project: { target: o.target, threshold: o.threshold },
        patch: { target: o.patchTarget, threshold: o.patchThreshold },
    };
    const statuses = [...config.statuses];
    for (const kind of ['project', 'patch']) {
        if (given[kind].target !== undefined && !statuses.some((s) => s.kind === kind))
            statuses.push(codecov_config_defaultStatus(kind));
    }
    return {
        ...config,
        statuses: statuses.map((s) => {
            const g = given[s.kind];
            return {
                ...s,
                ...(g.target !== undefined ? { target: g.target } : {}),
                ...(g.threshold !== undefined ? { threshold: g.threshold } : {}),
                ...(o.informational !== undefined ? { informational: o.informational } : {}),
            };
        }),
        ignore: [...config.ignore, ...o.ignore],
    };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/cobertura-lines.ts
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const ZERO = 0x30;
const NINE = 0x39;
const isSpace = (c) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
/** ASCII letters, digits, `_`, `:`, `.` and `-`: anything else (non-ASCII names included) goes the general way. */
function isNameByte(c) {
    return ((c >= 0x61 && c <= 0x7a) ||
        (c >= 0x41 && c <= 0x5a) ||
        (c >= ZERO && c <= NINE) ||
        c === 0x2d ||
        c === 0x2e ||
        c === 0x5f ||
        c === 0x3a);
}
/** Whether the bytes at `start` are `name` (the caller has checked the length). */
function named(buf, start, name) {
    for (let k = 0; k < name.length; k++)
        if (buf[start + k] !== name[k])
            return false;
    return true;
}
const NUMBER = Buffer.from('number');
const HITS = Buffer.from('hits');
const BRANCH = Buffer.from('branch');
const CONDITION = Buffer.from('condition-coverage');
const MISSING = Buffer.from('missing-branches');
const TRUE = Buffer.from('true');
/** A non-empty run of digits as a number; -1 for anything else. */
function digits(buf, start, end) {
    if (end === start)
        return -1;
    let n = 0;
    for (let i = start; i < end; i++) {
        const d = (buf[i] ?? 0) - ZERO;
        if (d < 0 || d > 9)
            return -1;
        n = n * 10 + d;
    }
    return n;
}
/** How many runs of digits the general route reads from a condition-coverage (its scratch array's size). */
const RUNS_KEPT = 16;
/**
 * The `<` after an element and the whitespace after it; -1 when anything else (or the chunk's end) comes
 * first, leaving that text whole to the scanner, so an error in it (a stray `&`) is placed where the
 * general route places it.
 */
function nextMarkup(buf, from, end) {
    let k = from;
    while (k < end && isSpace(buf[k] ?? 0))
        k++;
    return k < end && buf[k] === LT ? k : -1;
}
/** Attribute flags, to refuse one given twice (the general route would take the first; XML forbids it). */
const SAW_NUMBER = 1;
const SAW_HITS = 2;
const SAW_BRANCH = 4;
const SAW_CONDITION = 8;
const SAW_MISSING = 16;
/** A fixed ASCII text as big-endian 32-bit words (and its length), for DataView compares. */
function words(text) {
    const bytes = Buffer.from(text, 'latin1');
    const count = Math.floor(bytes.length / 4);
    const out = new Uint32Array(count);
    for (let w = 0; w < count; w++)
        out[w] = bytes.readUInt32BE(w * 4);
    return { words: out, rest: bytes.subarray(count * 4), length: bytes.length };
}
const HEAD = words('<line number="');
const HITS_TEXT = words('" hits="');
const BRANCH_FALSE = words(' branch="false"');
const BRANCH_TRUE = words(' branch="true" condition-coverage="');
const MISSING_TEXT = words(' missing-branches="');
/** Whether the text stands at `pos` (the caller has checked there is room). */
function textAt(view, buf, pos, text) {
    const w = text.words;
    for (let k = 0; k < w.length; k++)
        if (view.getUint32(pos + k * 4) !== w[k])
            return false;
    const tail = pos + w.length * 4;
    for (let k = 0; k < text.rest.length; k++)
        if (buf[tail + k] !== text.rest[k])
            return false;
    return true;
}
/**
 * coverage.py's own shape, the bulk of any report it wrote, matched four bytes at a time: `<line number="N"
 * hits="H"`, then `/>`, ` branch="false"/>`, or ` branch="true" condition-coverage="P% (C/T)"` with an
 * optional ` missing-branches="…"`, and `/>`; numbers of 1 to 9 digits. Returns the position after the
 * element, or -1 for anything else (the general loop below reads it, or leaves it to the scanner).
 * Exported for its tests: a shape it stopped vouching for would still be read right, only slower.
 */
function canonicalLine(view, buf, pos, end, sink) {
    // Room for the longest fixed parts and numbers; an element near the chunk's end goes the general way.
    if (pos + 128 > end || !textAt(view, buf, pos, HEAD))
        return -1;
    let i = pos + HEAD.length;
    let number = 0;
    let start = i;
    for (let d = (buf[i] ?? 0) - ZERO; d >= 0 && d <= 9; d = (buf[++i] ?? 0) - ZERO)
        number = number * 10 + d;
    if (i === start || i - start > 9 || !textAt(view, buf, i, HITS_TEXT))
        return -1;
    i += HITS_TEXT.length;
    let hits = 0;
    start = i;
    for (let d = (buf[i] ?? 0) - ZERO; d >= 0 && d <= 9; d = (buf[++i] ?? 0) - ZERO)
        hits = hits * 10 + d;
    if (i === start || i - start > 9 || buf[i] !== DQUOTE)
        return -1;
    i++;
    let total = 0;
    let covered = 0;
    let missingStart = -1;
    let missingEnd = -1;
    if (buf[i] === SLASH) {
        // The most common shape: no branch attribute at all.
    }
    else if (textAt(view, buf, i, BRANCH_FALSE)) {
        i += BRANCH_FALSE.length;
    }
    else if (textAt(view, buf, i, BRANCH_TRUE)) {
        i += BRANCH_TRUE.length;
        start = i;
        for (let d = (buf[i] ?? 0) - ZERO; d >= 0 && d <= 9; d = (buf[++i] ?? 0) - ZERO)
            ;
        if (i === start || i - start > 9 || buf[i] !== 0x25 || buf[i + 1] !== 0x20 || buf[i + 2] !== 0x28)
            return -1;
        i += 3;
        start = i;
        for (let d = (buf[i] ?? 0) - ZERO; d >= 0 && d <= 9; d = (buf[++i] ?? 0) - ZERO)
            covered = covered * 10 + d;
        if (i === start || i - start > 9 || buf[i] !== SLASH)
            return -1;
        start = ++i;
        for (let d = (buf[i] ?? 0) - ZERO; d >= 0 && d <= 9; d = (buf[++i] ?? 0) - ZERO)
            total = total * 10 + d;
        if (i === start || i - start > 9 || buf[i] !== 0x29 || buf[i + 1] !== DQUOTE)
            return -1;
        i += 2;
        if (buf[i] !== SLASH) {
            if (!textAt(view, buf, i, MISSING_TEXT))
                return -1;
            missingStart = i + MISSING_TEXT.length;
            let k = missingStart;
            for (let c = buf[k] ?? 0; k < end && c !== DQUOTE; c = buf[++k] ?? 0)
                if (c === LT || c === AMP)
                    return -1;
            if (k >= end)
                return -1;
            missingEnd = k;
            i = k + 1;
        }
    }
    else
        return -1;
    if (buf[i] !== SLASH || buf[i + 1] !== GT)
        return -1;
    sink.line(number, hits, total, covered);
    if (missingStart >= 0)
        sink.missed(number, total, covered, buf.toString('latin1', missingStart, missingEnd));
    return i + 2;
}
/**
 * Reads `<line .../>` elements and the whitespace between them from `pos` (a `<`), giving each to `sink`;
 * returns the position after the last one read (`pos` when the first is not one it vouches for).
 */
function skimLines(buf, pos, sink) {
    // Every read below is in bounds (a read past the end would slow every read of the loop in V8).
    const end = buf.length;
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    let at = pos;
    for (;;) {
        const canonical = canonicalLine(view, buf, at, end, sink);
        if (canonical >= 0) {
            const next = nextMarkup(buf, canonical, end);
            if (next < 0)
                return canonical;
            at = next;
            continue;
        }
        if (at + 6 > end ||
            buf[at] !== LT ||
            buf[at + 1] !== 0x6c || // l
            buf[at + 2] !== 0x69 || // i
            buf[at + 3] !== 0x6e || // n
            buf[at + 4] !== 0x65 || // e
            !isSpace(buf[at + 5] ?? 0))
            return at;
        let i = at + 6;
        let seen = 0;
        let number = -1;
        let hits = -1;
        let branch = false;
        // condition-coverage="50% (1/2)": its last two runs of digits are covered and total.
        let runs = 0;
        let previous = 0;
        let last = 0;
        let missingStart = -1;
        let missingEnd = -1;
        for (;;) {
            while (i < end && isSpace(buf[i] ?? 0))
                i++;
            if (i + 1 >= end)
                return at;
            if (buf[i] === SLASH) {
                if (buf[i + 1] !== GT)
                    return at;
                i += 2;
                break;
            }
            const nameStart = i;
            while (i < end && isNameByte(buf[i] ?? 0))
                i++;
            const nameEnd = i;
            if (nameEnd === nameStart || i + 1 >= end || buf[i] !== EQUALS)
                return at;
            const quote = buf[i + 1] ?? 0;
            if (quote !== DQUOTE && quote !== SQUOTE)
                return at;
            i += 2;
            const valueStart = i;
            while (i < end) {
                const c = buf[i] ?? 0;
                if (c === quote)
                    break;
                if (c === LT || c === AMP)
                    return at;
                i++;
            }
            const valueEnd = i;
            i++;
            if (i >= end)
                return at;
            const next = buf[i] ?? 0;
            if (next !== SLASH && !isSpace(next))
                return at;
            const first = buf[nameStart] ?? 0;
            const length = nameEnd - nameStart;
            if (first === 0x6e && length === 6 && named(buf, nameStart, NUMBER)) {
                if ((seen & SAW_NUMBER) !== 0)
                    return at;
                seen |= SAW_NUMBER;
                number = digits(buf, valueStart, valueEnd);
                if (number < 0)
                    return at;
            }
            else if (first === 0x68 && length === 4 && named(buf, nameStart, HITS)) {
                if ((seen & SAW_HITS) !== 0)
                    return at;
                seen |= SAW_HITS;
                hits = digits(buf, valueStart, valueEnd);
                if (hits < 0)
                    return at;
            }
            else if (first === 0x62 && length === 6 && named(buf, nameStart, BRANCH)) {
                if ((seen & SAW_BRANCH) !== 0)
                    return at;
                seen |= SAW_BRANCH;
                branch = valueEnd - valueStart === 4 && named(buf, valueStart, TRUE);
            }
            else if (first === 0x63 && length === 18 && named(buf, nameStart, CONDITION)) {
                if ((seen & SAW_CONDITION) !== 0)
                    return at;
                seen |= SAW_CONDITION;
                let current = -1;
                for (let k = valueStart; k <= valueEnd; k++) {
                    const d = k < valueEnd ? (buf[k] ?? 0) - ZERO : -1;
                    if (d >= 0 && d <= 9)
                        current = current < 0 ? d : current * 10 + d;
                    else if (current >= 0) {
                        // The general route keeps the first RUNS_KEPT runs; so does this one.
                        if (runs < RUNS_KEPT) {
                            previous = last;
                            last = current;
                        }
                        runs++;
                        current = -1;
                    }
                }
            }
            else if (first === 0x6d && length === 16 && named(buf, nameStart, MISSING)) {
                if ((seen & SAW_MISSING) !== 0)
                    return at;
                seen |= SAW_MISSING;
                missingStart = valueStart;
                missingEnd = valueEnd;
            }
        }
        // A line without a number is the general route's to judge (it skips it).
        if (number < 0)
            return at;
        const withBranches = branch && runs >= 2;
        sink.line(number, hits < 0 ? 0 : hits, withBranches ? last : 0, withBranches ? previous : 0);
        if (withBranches && missingStart >= 0)
            sink.missed(number, last, previous, buf.toString('latin1', missingStart, missingEnd));
        const next = nextMarkup(buf, i, end);
        if (next < 0)
            return i;
        at = next;
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/xml-scanner.ts
/**
 * A streaming XML scanner over bytes, for Cobertura reports: about four times saxes' speed, because a
 * 200 MB report is millions of `<line number=".." hits=".."/>` elements and per element saxes decodes the
 * text, builds an attribute object and strings for every name and value. Here the bytes are never decoded
 * as a whole: `<` is found with Buffer#indexOf (memchr), attributes are spans read on demand (numbers parsed
 * from the bytes), and only the values asked for become strings. A handler may go faster still where it
 * knows the shape of the bytes (`skim`: the Cobertura reader's run of `<line/>` elements).
 *
 * It checks what a report needs to be trusted, with the same safety as saxes: one root element, tags that
 * nest and match, quoted attribute values without `<`, no text outside the root, and entity references
 * limited to XML's five and character references. A DOCTYPE is allowed (Java's Cobertura writes one) but
 * an internal subset — where entities are declared, the XXE and billion-laughs tricks — is refused, and
 * any other entity reference is an error: nothing is ever expanded or fetched. It does not check
 * everything XML's grammar forbids (name characters, `--` in comments): such a report is still read right.
 */
/**
 * Where the document is wrong, as a byte offset: lines are not counted while scanning (a newline search per
 * line was a twentieth of the run), but afterwards, from the bytes, by `positionOf` — errors are rare.
 */
class XmlScanError extends Error {
    offset;
    name = 'XmlScanError';
    constructor(message, 
    /** Bytes from the start of the document (a byte order mark included) to where it goes wrong. */
    offset) {
        super(message);
        this.offset = offset;
    }
}
const xml_scanner_LT = 0x3c;
const xml_scanner_GT = 0x3e;
const xml_scanner_SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const xml_scanner_EQUALS = 0x3d;
const xml_scanner_DQUOTE = 0x22;
const xml_scanner_SQUOTE = 0x27;
const xml_scanner_AMP = 0x26;
const NEWLINE = 0x0a;
const LBRACKET = 0x5b;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const xml_scanner_isSpace = (c) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Whether bytes [start, end) are the ASCII string `text` (a non-ASCII name never matches: it is decoded). */
function sameBytes(buf, start, end, text) {
    if (end - start !== text.length)
        return false;
    for (let k = 0; k < text.length; k++) {
        const code = text.charCodeAt(k);
        if (code > 0x7f || buf[start + k] !== code)
            return false;
    }
    return true;
}
/**
 * Thrown inside the scan when a token is cut by the chunk's end: wait for more bytes. One instance, made
 * once, so a cut token costs no stack capture.
 */
class IncompleteToken extends Error {
}
const INCOMPLETE = new IncompleteToken('a token continues in the next chunk');
class XmlScanner {
    handlers;
    pending = Buffer.alloc(0);
    /** Bytes before `pending`, for positions in errors. */
    consumedBytes = 0;
    stack = [];
    sawRoot = false;
    bomChecked = false;
    textTarget = false;
    /** The tag being scanned: its buffer and attribute spans (name start/end, value start/end, entity flag). */
    buf = Buffer.alloc(0);
    spans = new Int32Array(5 * 16);
    spanCount = 0;
    /** wantText's answer per element name, asked once per name rather than at every tag. */
    wants = new Map();
    /** Element names seen so far, by length: a report uses a dozen, so each tag's name is matched, not decoded. */
    names = new Map();
    namesKnown = 0;
    skim;
    constructor(handlers) {
        this.handlers = handlers;
        this.skim = handlers.skim?.bind(handlers);
    }
    write(input) {
        let chunk = input;
        if (!this.bomChecked) {
            // A UTF-8 byte order mark (Windows tools write one) is not text before the root.
            const head = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
            this.pending = Buffer.alloc(0);
            if (head.length < 3 && BOM.subarray(0, head.length).equals(head)) {
                this.pending = Buffer.from(head);
                return;
            }
            this.bomChecked = true;
            if (head.subarray(0, 3).equals(BOM)) {
                chunk = head.subarray(3);
                this.consumedBytes = 3;
            }
            else
                chunk = head;
        }
        let buf = chunk;
        if (this.pending.length > 0) {
            // Join only the seam (the cut token and the chunk up to its first '>'), not the whole chunk: copying
            // every chunk behind the leftover cost more than scanning it.
            const gt = chunk.indexOf(xml_scanner_GT);
            const seam = Buffer.concat([this.pending, gt === -1 ? chunk : chunk.subarray(0, gt + 1)]);
            const seamUsed = this.scan(seam, false);
            this.consumedBytes += seamUsed;
            const rest = gt === -1 ? Buffer.alloc(0) : chunk.subarray(gt + 1);
            // A token that goes on past that '>' (a comment, a quoted '>') waits with the rest of the chunk.
            buf = seamUsed === seam.length ? rest : Buffer.concat([seam.subarray(seamUsed), rest]);
            this.pending = Buffer.alloc(0);
        }
        const used = this.scan(buf, false);
        this.consumedBytes += used;
        this.pending = used === buf.length ? Buffer.alloc(0) : Buffer.from(buf.subarray(used));
    }
    close() {
        const used = this.scan(this.pending, true);
        this.consumedBytes += used;
        this.pending = Buffer.alloc(0);
        if (!this.sawRoot)
            throw this.error('no root element', this.consumedBytes);
        if (this.stack.length > 0)
            throw this.error(`unexpected end of document: <${this.stack.at(-1) ?? ''}> is not closed`, this.consumedBytes);
    }
    /** An error at byte `offset` of the current buffer. */
    errorAt(message, offset) {
        return new XmlScanError(message, this.consumedBytes + offset);
    }
    error(message, absolute) {
        return new XmlScanError(message, absolute);
    }
    /** Scans whole tokens; returns how many bytes were consumed (the rest waits for the next chunk). */
    scan(buf, final) {
        let pos = 0;
        const end = buf.length;
        while (pos < end) {
            const lt = buf.indexOf(xml_scanner_LT, pos);
            const textEnd = lt === -1 ? end : lt;
            if (textEnd > pos) {
                if (lt === -1 && !final)
                    return pos; // text may continue in the next chunk
                this.textSegment(buf, pos, textEnd);
                pos = textEnd;
                continue;
            }
            if (this.skim !== undefined && this.stack.length > 0 && !this.textTarget) {
                const after = this.skim(buf, pos);
                if (after > pos) {
                    pos = after;
                    continue;
                }
            }
            try {
                pos = this.markup(buf, pos);
            }
            catch (error) {
                if (error === INCOMPLETE) {
                    if (final)
                        throw this.errorAt('unexpected end of document inside markup', pos);
                    return pos;
                }
                throw error;
            }
        }
        return pos;
    }
    textSegment(buf, start, end) {
        if (this.stack.length === 0) {
            for (let i = start; i < end; i++) {
                if (!xml_scanner_isSpace(buf[i] ?? 0))
                    throw this.errorAt(this.sawRoot ? 'text after the root element' : 'text before the root element', i);
            }
            return;
        }
        // A bounded loop, not indexOf: that would search the rest of the buffer for every short text.
        let hasEntity = false;
        for (let i = start; i < end; i++) {
            if (buf[i] === xml_scanner_AMP) {
                hasEntity = true;
                break;
            }
        }
        if (this.textTarget)
            this.handlers.text(this.decode(buf, start, end, hasEntity));
        else if (hasEntity)
            this.decode(buf, start, end, true); // checked, not kept
    }
    /** One markup token at `pos` (a `<`); returns the position after it. */
    markup(buf, pos) {
        const next = buf[pos + 1];
        if (next === undefined)
            throw INCOMPLETE;
        if (next === BANG)
            return this.declaration(buf, pos);
        if (next === QUESTION)
            return this.skipPast(buf, pos + 2, '?>');
        if (next === xml_scanner_SLASH)
            return this.closeTag(buf, pos);
        return this.openTag(buf, pos);
    }
    skipPast(buf, from, terminator) {
        const at = buf.indexOf(terminator, from, 'latin1');
        if (at === -1)
            throw INCOMPLETE;
        return at + terminator.length;
    }
    declaration(buf, pos) {
        if (buf.length < pos + 4)
            throw INCOMPLETE;
        if (buf[pos + 2] === 0x2d && buf[pos + 3] === 0x2d)
            return this.skipPast(buf, pos + 4, '-->');
        if (buf.length < pos + 9)
            throw INCOMPLETE;
        const head = buf.toString('latin1', pos, pos + 9);
        if (head === '<![CDATA[') {
            if (this.stack.length === 0)
                throw this.errorAt('CDATA outside the root element', pos);
            const endAt = buf.indexOf(']]>', pos + 9, 'latin1');
            if (endAt === -1)
                throw INCOMPLETE;
            if (this.textTarget)
                this.handlers.text(buf.toString('utf8', pos + 9, endAt));
            return endAt + 3;
        }
        if (head.toUpperCase() === '<!DOCTYPE') {
            if (this.sawRoot)
                throw this.errorAt('a DOCTYPE after the root element', pos);
            let quote = 0;
            for (let i = pos + 9; i < buf.length; i++) {
                const c = buf[i] ?? 0;
                if (quote !== 0) {
                    if (c === quote)
                        quote = 0;
                }
                else if (c === xml_scanner_DQUOTE || c === xml_scanner_SQUOTE)
                    quote = c;
                else if (c === LBRACKET)
                    throw this.errorAt('a DTD internal subset is refused: entity declarations are never expanded (XXE, billion laughs)', i);
                else if (c === xml_scanner_GT)
                    return i + 1;
            }
            throw INCOMPLETE;
        }
        throw this.errorAt(`unexpected markup '${head.replace(/[^\x20-\x7e]/g, '?')}'`, pos);
    }
    name(buf, start) {
        let i = start;
        for (; i < buf.length; i++) {
            const c = buf[i] ?? 0;
            if (xml_scanner_isSpace(c) || c === xml_scanner_SLASH || c === xml_scanner_GT || c === xml_scanner_EQUALS)
                break;
        }
        if (i === buf.length)
            throw INCOMPLETE;
        if (i === start)
            throw this.errorAt('a name was expected', start);
        return i;
    }
    closeTag(buf, pos) {
        const nameEnd = this.name(buf, pos + 2);
        let i = nameEnd;
        while (i < buf.length && xml_scanner_isSpace(buf[i] ?? 0))
            i++;
        if (i === buf.length)
            throw INCOMPLETE;
        if (buf[i] !== xml_scanner_GT)
            throw this.errorAt('> was expected to end the closing tag', i);
        const name = this.intern(buf, pos + 2, nameEnd);
        const open = this.stack.pop();
        if (open === undefined)
            throw this.errorAt(`closing tag </${name}> with no element open`, pos);
        if (open !== name)
            throw this.errorAt(`closing tag </${name}> does not match <${open}>`, pos);
        this.handlers.close(name);
        this.textTarget = this.stack.length > 0 && this.wanted(this.stack.at(-1) ?? '');
        return i + 1;
    }
    openTag(buf, pos) {
        const nameEnd = this.name(buf, pos + 1);
        if (this.stack.length === 0 && this.sawRoot)
            throw this.errorAt('a second root element', pos);
        this.spanCount = 0;
        let i = nameEnd;
        let selfClosing = false;
        for (;;) {
            const spaceStart = i;
            while (i < buf.length && xml_scanner_isSpace(buf[i] ?? 0))
                i++;
            if (i >= buf.length)
                throw INCOMPLETE;
            const c = buf[i];
            if (c === xml_scanner_GT) {
                i++;
                break;
            }
            if (c === xml_scanner_SLASH) {
                if (i + 1 >= buf.length)
                    throw INCOMPLETE;
                if (buf[i + 1] !== xml_scanner_GT)
                    throw this.errorAt('> was expected after /', i + 1);
                selfClosing = true;
                i += 2;
                break;
            }
            if (i === spaceStart)
                throw this.errorAt('whitespace was expected between attributes', i);
            const attrName = i;
            const attrNameEnd = this.name(buf, i);
            i = attrNameEnd;
            while (i < buf.length && xml_scanner_isSpace(buf[i] ?? 0))
                i++;
            if (i >= buf.length)
                throw INCOMPLETE;
            if (buf[i] !== xml_scanner_EQUALS)
                throw this.errorAt('= was expected after an attribute name', i);
            i++;
            while (i < buf.length && xml_scanner_isSpace(buf[i] ?? 0))
                i++;
            if (i >= buf.length)
                throw INCOMPLETE;
            const quote = buf[i];
            if (quote !== xml_scanner_DQUOTE && quote !== xml_scanner_SQUOTE)
                throw this.errorAt('an attribute value must be quoted', i);
            const valueStart = i + 1;
            const valueEnd = buf.indexOf(quote, valueStart);
            if (valueEnd === -1)
                throw INCOMPLETE;
            let entity = 0;
            for (let k = valueStart; k < valueEnd; k++) {
                const v = buf[k];
                if (v === xml_scanner_LT)
                    throw this.errorAt('< in an attribute value', k);
                if (v === xml_scanner_AMP)
                    entity = 1;
            }
            const base = this.spanCount * 5;
            if (base + 5 > this.spans.length) {
                const grown = new Int32Array(this.spans.length * 2);
                grown.set(this.spans);
                this.spans = grown;
            }
            this.spans[base] = attrName;
            this.spans[base + 1] = attrNameEnd;
            this.spans[base + 2] = valueStart;
            this.spans[base + 3] = valueEnd;
            this.spans[base + 4] = entity;
            this.spanCount++;
            i = valueEnd + 1;
        }
        const name = this.intern(buf, pos + 1, nameEnd);
        // Entity references in values are checked even when no one asks for the value.
        for (let s = 0; s < this.spanCount; s++)
            if (this.spans[s * 5 + 4] === 1)
                this.decode(buf, this.spans[s * 5 + 2] ?? 0, this.spans[s * 5 + 3] ?? 0, true);
        this.sawRoot = true;
        this.buf = buf;
        this.stack.push(name);
        this.handlers.open(name, this);
        if (selfClosing) {
            this.stack.pop();
            this.handlers.close(name);
        }
        this.textTarget = this.stack.length > 0 && this.wanted(this.stack.at(-1) ?? '');
        return i;
    }
    wanted(element) {
        let want = this.wants.get(element);
        if (want === undefined) {
            want = this.handlers.wantText(element);
            this.wants.set(element, want);
        }
        return want;
    }
    intern(buf, start, end) {
        const key = ((end - start) << 8) | (buf[start] ?? 0);
        const known = this.names.get(key);
        if (known !== undefined) {
            for (const name of known)
                if (sameBytes(buf, start, end, name))
                    return name;
        }
        const name = buf.toString('utf8', start, end);
        if (this.namesKnown < 256) {
            this.namesKnown++;
            if (known === undefined)
                this.names.set(key, [name]);
            else
                known.push(name);
        }
        return name;
    }
    numbers(name, into) {
        const s = this.find(name);
        if (s === -1)
            return -1;
        const start = this.spans[s * 5 + 2] ?? 0;
        const end = this.spans[s * 5 + 3] ?? 0;
        if (this.spans[s * 5 + 4] === 1) {
            // Entities in a number: rare enough for the decoded route.
            const found = (this.get(name) ?? '').match(/\d+/g) ?? [];
            found.slice(0, into.length).forEach((d, i) => (into[i] = Number(d)));
            return Math.min(found.length, into.length);
        }
        let count = 0;
        let current = -1;
        for (let i = start; i <= end; i++) {
            const d = i < end ? (this.buf[i] ?? 0) - 0x30 : -1;
            if (d >= 0 && d <= 9)
                current = current < 0 ? d : current * 10 + d;
            else if (current >= 0) {
                if (count < into.length)
                    into[count++] = current;
                current = -1;
            }
        }
        return count;
    }
    entries() {
        const out = [];
        for (let s = 0; s < this.spanCount; s++) {
            const b = s * 5;
            out.push([
                this.buf.toString('utf8', this.spans[b] ?? 0, this.spans[b + 1] ?? 0),
                this.decode(this.buf, this.spans[b + 2] ?? 0, this.spans[b + 3] ?? 0, this.spans[b + 4] === 1),
            ]);
        }
        return out;
    }
    is(name, value) {
        const s = this.find(name);
        if (s === -1)
            return false;
        // A value with entity references is compared as it reads (`&#116;rue` is `true`).
        if (this.spans[s * 5 + 4] === 1)
            return this.get(name) === value;
        return sameBytes(this.buf, this.spans[s * 5 + 2] ?? 0, this.spans[s * 5 + 3] ?? 0, value);
    }
    find(name) {
        for (let s = 0; s < this.spanCount; s++) {
            if (sameBytes(this.buf, this.spans[s * 5] ?? 0, this.spans[s * 5 + 1] ?? 0, name))
                return s;
        }
        return -1;
    }
    get(name) {
        const s = this.find(name);
        if (s === -1)
            return undefined;
        return this.decode(this.buf, this.spans[s * 5 + 2] ?? 0, this.spans[s * 5 + 3] ?? 0, this.spans[s * 5 + 4] === 1);
    }
    int(name) {
        const s = this.find(name);
        if (s === -1)
            return undefined;
        const start = this.spans[s * 5 + 2] ?? 0;
        const end = this.spans[s * 5 + 3] ?? 0;
        if (end === start)
            return undefined;
        let n = 0;
        for (let i = start; i < end; i++) {
            const d = (this.buf[i] ?? 0) - 0x30;
            if (d < 0 || d > 9) {
                // Not plain digits (a sign, a decimal point, an entity): the general route.
                const value = Number(this.get(name));
                return Number.isFinite(value) ? value : undefined;
            }
            n = n * 10 + d;
        }
        return n;
    }
    /** Decodes UTF-8 and resolves the five predefined entities and character references; others are errors. */
    decode(buf, start, end, hasEntity) {
        const raw = buf.toString('utf8', start, end);
        if (!hasEntity)
            return raw;
        return raw.replace(/&([^;&\s]*);?/g, (match, ref) => {
            if (!match.endsWith(';'))
                throw this.errorAt(`an unterminated entity reference '${match}'`, start);
            if (ref in PREDEFINED)
                return PREDEFINED[ref] ?? '';
            const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] ?? /^#(\d+)$/.exec(ref)?.[1];
            if (code !== undefined) {
                const value = ref.startsWith('#x') ? parseInt(code, 16) : parseInt(code, 10);
                if (value > 0 && value <= 0x10ffff)
                    return String.fromCodePoint(value);
            }
            throw this.errorAt(`undefined entity &${ref}; (only XML's predefined entities are allowed)`, start);
        });
    }
}
/** Line and column (both from 1; the column in bytes) of a byte offset, from the document's bytes in order. */
async function positionOf(bytes, offset) {
    let line = 1;
    let lastNewline = -1;
    let seen = 0;
    for await (const chunk of bytes) {
        // A byte order mark is not a column of the first line.
        if (seen === 0 && chunk.subarray(0, 3).equals(BOM))
            lastNewline = 2;
        const upTo = Math.min(chunk.length, offset - seen);
        for (let i = chunk.indexOf(NEWLINE); i !== -1 && i < upTo; i = chunk.indexOf(NEWLINE, i + 1)) {
            line++;
            lastNewline = seen + i;
        }
        seen += chunk.length;
        if (seen >= offset)
            break;
    }
    return { line, column: offset - lastNewline };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/cobertura.ts
/**
 * Cobertura XML through the byte scanner (xml-scanner.ts), with the `<line/>` fast path (cobertura-lines.ts)
 * for the bulk of a report. A class's lines go into its file a batch at a time, gathered in a fixed scratch
 * array, so memory does not grow with a class's size (a report can be one class of millions of lines).
 * coverage.py's `missing-branches` (the exits no test took, by destination line or `exit`) name a line's
 * missed exits, so they merge with coverage.py's JSON and with other shards by name; without it (other
 * producers), a line's exits are counts.
 */




/** Lines gathered before they go into the file. */
const SCRATCH_LINES = 4096;
/** `12,exit` → its names; coverage.py writes `exit` for every way out of the function. */
function exitNames(list) {
    const names = new Set();
    for (const part of list.split(',')) {
        const name = part.trim();
        if (name !== '')
            names.add(name);
    }
    return names;
}
class CoberturaReader {
    files = new Map();
    arena = new Arena();
    sources = [];
    declared = {
        linesValid: undefined,
        linesCovered: undefined,
        branchesValid: undefined,
        branchesCovered: undefined,
    };
    depth = 0;
    /** Depth of the open <class>, and of its own <lines> (not a method's). */
    classDepth = -1;
    classLinesDepth = -1;
    currentFile;
    scratch = new Int32Array(SCRATCH_LINES * 4);
    scratchCount = 0;
    /** Lines of the scratch that name their missed exits: number, exits, covered exits, names. */
    named = [];
    digits = new Float64Array(RUNS_KEPT);
    text = '';
    scanner;
    sawRoot = false;
    /** `fastPath: false` reads every `<line>` through the general scanner (tests compare the two routes). */
    constructor(fastPath = true) {
        this.scanner = new XmlScanner({
            wantText: (element) => element === 'source',
            // A class's own <lines>: the run of <line/> elements goes the fast way (cobertura-lines.ts).
            skim: (buf, pos) => (fastPath && this.depth === this.classLinesDepth ? skimLines(buf, pos, this) : pos),
            open: (name, a) => {
                this.depth++;
                if (!this.sawRoot) {
                    this.sawRoot = true;
                    if (name !== 'coverage')
                        throw new errors/* ConfigurationError */.j1(`the root element is <${name}>, not Cobertura's <coverage>`);
                    this.declared.linesValid = a.int('lines-valid');
                    this.declared.linesCovered = a.int('lines-covered');
                    this.declared.branchesValid = a.int('branches-valid');
                    this.declared.branchesCovered = a.int('branches-covered');
                    return;
                }
                if (name === 'line') {
                    // Lines under <methods> repeat the class's own lines: count each line once, from <class><lines>.
                    if (this.depth === this.classLinesDepth + 1)
                        this.lineElement(a);
                }
                else if (name === 'lines') {
                    if (this.depth === this.classDepth + 1)
                        this.classLinesDepth = this.depth;
                }
                else if (name === 'class') {
                    // Lines still gathered are the enclosing class's (a report that nests classes).
                    if (this.scratchCount > 0)
                        this.flush();
                    this.currentFile = a.get('filename') ?? a.get('name') ?? '';
                    this.classDepth = this.depth;
                }
                else if (name === 'source')
                    this.text = '';
            },
            close: (name) => {
                if (name === 'source')
                    this.sources.push(this.text.trim());
                else if (name === 'lines' && this.depth === this.classLinesDepth)
                    this.classLinesDepth = -1;
                else if (name === 'class' && this.depth === this.classDepth)
                    this.storeClass();
                this.depth--;
            },
            text: (text) => {
                this.text += text;
            },
        });
    }
    /** A `<line>` the fast path left to the scanner (an entity, a sign, a decimal, a child element). */
    lineElement(a) {
        const number = a.int('number');
        if (number === undefined)
            return;
        const hits = a.int('hits') ?? 0;
        let total = 0;
        let covered = 0;
        if (a.is('branch', 'true')) {
            // condition-coverage="50% (1/2)": the last two numbers are covered and total.
            const count = a.numbers('condition-coverage', this.digits);
            if (count >= 2) {
                covered = this.digits[count - 2] ?? 0;
                total = this.digits[count - 1] ?? 0;
            }
        }
        this.line(number, hits, total, covered);
        const missing = a.get('missing-branches');
        if (total > 0 && missing !== undefined)
            this.missed(number, total, covered, missing);
    }
    /** Into the class's scratch: number, hits, branches total, branches covered, four slots per line. */
    line(number, hits, total, covered) {
        // The general route reads numbers like "+7" or "1.5"; the packed store takes clamped int32s.
        if (!Number.isInteger(number) || number < 0)
            return;
        if (number > MAX_LINE)
            throw lineOutOfRange(number);
        if (this.scratchCount === SCRATCH_LINES)
            this.flush();
        const at = this.scratchCount * 4;
        this.scratch[at] = number;
        this.scratch[at + 1] = hits > 0 ? Math.min(Math.floor(hits), MAX_HITS) : 0;
        this.scratch[at + 2] = total > 0 ? Math.min(total, MAX_BRANCHES) : 0;
        this.scratch[at + 3] = covered > 0 ? Math.min(covered, MAX_BRANCHES) : 0;
        this.scratchCount++;
    }
    missed(number, total, covered, names) {
        if (!Number.isInteger(number) || number < 0 || number > MAX_LINE)
            return;
        this.named.push([number, Math.min(total, MAX_BRANCHES), Math.min(covered, MAX_BRANCHES), names]);
    }
    /** The open class's file, made at its first line (or at `</class>` for a class without lines). */
    classFile() {
        const file = this.currentFile ?? '';
        let lines = this.files.get(file);
        if (lines === undefined) {
            lines = new FileCoverage(this.arena);
            this.files.set(file, lines);
        }
        return lines;
    }
    flush() {
        const file = this.classFile();
        file.addPacked(this.scratch, this.scratchCount);
        this.scratchCount = 0;
        for (const [number, total, covered, names] of this.named) {
            const missed = exitNames(names);
            // Fewer names than missed exits (not coverage.py's own output): the unnamed ones are missed too.
            for (let i = missed.size; i < total - covered; i++)
                missed.add(`?${i}`);
            file.nameBranches(number, total, missed, 'all');
        }
        this.named = [];
    }
    storeClass() {
        this.flush();
        this.currentFile = undefined;
        this.classDepth = -1;
    }
    write(chunk) {
        this.scanner.write(chunk);
    }
    close() {
        this.scanner.close();
        return { format: 'cobertura', files: this.files, sources: this.sources, declared: this.declared };
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/coveragepy-json.ts
/**
 * coverage.py's JSON report (`coverage json`, 6.x and 7.x), read to give what `coverage report` gives:
 * - statements are `executed_lines` and `missing_lines` without `excluded_lines` (coverage 6 lists lines under
 *   `# pragma: no cover` that ran as executed) and, where a file's `summary.num_statements` is smaller still,
 *   without the lowest executed extras (a docstring-only module's line 1);
 * - a branch line's exits are named by destination (`exit` for any way out of the function): the
 *   `missing_branches` are its missed exits, by name, so shards merge exactly; arcs from lines that are no
 *   statement are dropped, and where `executed_branches` lists more arcs than `summary.num_branches` counts
 *   (coverage.py lists every arc it saw leave a branch line, a `while` loop's jump back to itself included,
 *   while it counts only the exits its analysis of the code predicts), those self-arcs are left out.
 * One document, kept whole: it is far smaller than the XML for a codebase.
 */




const NOTHING_DECLARED = {
    linesValid: undefined,
    linesCovered: undefined,
    branchesValid: undefined,
    branchesCovered: undefined,
};
function lineList(value, where) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || !value.every((n) => Number.isInteger(n) && n >= 0))
        throw new errors/* ConfigurationError */.j1(`${where} is not a list of line numbers`);
    return value;
}
function arcList(value, where) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) ||
        !value.every((a) => Array.isArray(a) && a.length === 2 && Number.isInteger(a[0]) && Number.isInteger(a[1])))
        throw new errors/* ConfigurationError */.j1(`${where} is not a list of [from, to] line pairs`);
    return value;
}
const exitName = (to) => (to < 0 ? 'exit' : String(to));
function fileLines(path, f, arena) {
    const where = (key) => `files[${JSON.stringify(path).slice(0, 200)}].${key}`;
    const summary = isObject(f.summary) ? f.summary : {};
    const excluded = new Set(lineList(f.excluded_lines, where('excluded_lines')));
    const missing = new Set(lineList(f.missing_lines, where('missing_lines')));
    let executed = lineList(f.executed_lines, where('executed_lines'))
        .filter((n) => !excluded.has(n) && !missing.has(n))
        .sort((a, b) => a - b);
    const statements = typeof summary.num_statements === 'number' ? summary.num_statements : undefined;
    const extra = statements === undefined ? 0 : executed.length + missing.size - statements;
    if (extra > 0)
        executed = executed.slice(extra);
    const lines = new FileCoverage(arena);
    for (const n of executed)
        lines.add(n, 1);
    for (const n of missing)
        lines.add(n, 0);
    const statement = (n) => lines.get(n) !== undefined;
    const exits = new Map();
    const exitsOf = (from) => {
        let e = exits.get(from);
        if (e === undefined)
            exits.set(from, (e = { all: new Set(), missed: new Set() }));
        return e;
    };
    for (const [from, to] of arcList(f.missing_branches, where('missing_branches'))) {
        if (!statement(from))
            continue;
        const e = exitsOf(from);
        e.all.add(exitName(to));
        e.missed.add(exitName(to));
    }
    const taken = arcList(f.executed_branches, where('executed_branches')).filter(([from]) => statement(from));
    for (const [from, to] of taken)
        exitsOf(from).all.add(exitName(to));
    const declared = typeof summary.num_branches === 'number' ? summary.num_branches : undefined;
    if (declared !== undefined) {
        let excess = [...exits.values()].reduce((n, e) => n + e.all.size, 0) - declared;
        for (const [from, to] of taken) {
            if (excess <= 0)
                break;
            const e = exits.get(from);
            if (from === to && e !== undefined && !e.missed.has(exitName(to)) && e.all.delete(exitName(to)))
                excess--;
        }
    }
    for (const [from, e] of exits)
        lines.nameBranches(from, e.all.size, e.missed, e.all);
    return lines;
}
class CoveragePyJsonReader {
    parts = [];
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    write(chunk) {
        this.parts.push(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    }
    close() {
        this.parts.push(this.decoder.end());
        let doc;
        try {
            doc = JSON.parse(this.parts.join(''));
        }
        catch {
            // JSON.parse quotes the text around the error: never repeat it.
            throw new errors/* ConfigurationError */.j1('not valid JSON (coverage.py writes it with `coverage json`)');
        }
        this.parts = [];
        if (!isObject(doc) || !isObject(doc.files))
            throw new errors/* ConfigurationError */.j1("JSON without a 'files' object: not a coverage.py JSON report");
        const arena = new Arena();
        const files = new Map();
        for (const [path, f] of Object.entries(doc.files)) {
            if (!isObject(f))
                throw new errors/* ConfigurationError */.j1(`files[${JSON.stringify(path).slice(0, 200)}] is not an object`);
            files.set(path, fileLines(path, f, arena));
        }
        return { format: 'coveragepy-json', files, sources: [], declared: NOTHING_DECLARED };
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/lcov.ts
/**
 * LCOV tracefiles, as the format documents them: a file's statements are its `DA` records (never `LF`/`LH`,
 * which coverage 6.5 gets wrong), its branches its `BRDA` records — `BRDA:<line>,<block>,<branch>,<taken>`,
 * one exit of the branch on `<line>`, named by block and branch, taken when `<taken>` is a number above 0.
 * A `BRDA` never makes its line a statement. Read line by line, so a large tracefile is read in bounded memory.
 */



const lcov_NOTHING_DECLARED = {
    linesValid: undefined,
    linesCovered: undefined,
    branchesValid: undefined,
    branchesCovered: undefined,
};
/** A whole number ≥ 0 as LCOV writes it (counts can pass 2^53: only "above 0" matters). */
function count(text) {
    if (text === undefined || !/^\d+$/.test(text))
        return undefined;
    return Number(text);
}
class LcovReader {
    files = new Map();
    arena = new Arena();
    current;
    rest = '';
    lineNumber = 0;
    /** The current record's branches: line → exit name → taken. */
    branches = new Map();
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    write(chunk) {
        const text = this.rest + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
        const lines = text.split('\n');
        this.rest = lines.pop() ?? '';
        for (const line of lines)
            this.line(line.replace(/\r$/, ''));
    }
    fail(message) {
        throw new errors/* ConfigurationError */.j1(`line ${this.lineNumber}: ${message}`);
    }
    flushBranches() {
        if (this.current === undefined)
            return;
        for (const [line, exits] of this.branches) {
            const missed = new Set();
            for (const [name, taken] of exits)
                if (!taken)
                    missed.add(name);
            this.current.nameBranches(line, exits.size, missed, new Set(exits.keys()));
        }
        this.branches = new Map();
    }
    line(line) {
        this.lineNumber++;
        if (line.startsWith('SF:')) {
            this.flushBranches();
            const path = line.slice(3);
            let lines = this.files.get(path);
            if (lines === undefined) {
                lines = new FileCoverage(this.arena);
                this.files.set(path, lines);
            }
            this.current = lines;
        }
        else if (line.startsWith('DA:')) {
            if (this.current === undefined)
                this.fail('a DA record before any SF');
            const [number, hits] = line.slice(3).split(',');
            const n = count(number);
            const h = count(hits);
            if (n === undefined || h === undefined)
                this.fail('a DA record is not DA:<line>,<count> with whole numbers');
            this.current.add(n, h);
        }
        else if (line.startsWith('BRDA:')) {
            if (this.current === undefined)
                this.fail('a BRDA record before any SF');
            const [number, block, branch, taken] = line.slice(5).split(',');
            const n = count(number);
            if (n === undefined || block === undefined || branch === undefined || taken === undefined)
                this.fail('a BRDA record is not BRDA:<line>,<block>,<branch>,<taken>');
            const hits = taken === '-' ? 0 : count(taken);
            if (hits === undefined)
                this.fail("a BRDA record's <taken> is neither a whole number nor '-'");
            let exits = this.branches.get(n);
            if (exits === undefined)
                this.branches.set(n, (exits = new Map()));
            const name = `${block},${branch}`;
            exits.set(name, (exits.get(name) ?? false) || hits > 0);
        }
        else if (line === 'end_of_record') {
            this.flushBranches();
            this.current = undefined;
        }
    }
    close() {
        this.rest += this.decoder.end();
        if (this.rest !== '')
            this.line(this.rest);
        this.flushBranches();
        return { format: 'lcov', files: this.files, sources: [], declared: lcov_NOTHING_DECLARED };
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/parsers.ts
/**
 * The coverage report readers behind one interface — bytes in, per-file lines and branches out — each fed
 * chunk by chunk: Cobertura XML (cobertura.ts), LCOV (lcov.ts) and coverage.py's JSON (coveragepy-json.ts).
 * Each yields lines keyed by the path as the report wrote it, plus the Cobertura `<source>` roots those paths
 * are relative to; paths are made repository-relative later (collect.ts).
 */



/** The format, from the first characters of the file; undefined when it is none of ours. */
function detectFormat(head) {
    const text = head.replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('<'))
        return /<coverage[\s>]/.test(text) || text.startsWith('<?xml') ? 'cobertura' : undefined;
    if (text.startsWith('{'))
        return 'coveragepy-json';
    if (/^(TN:|SF:)/m.test(text))
        return 'lcov';
    return undefined;
}
function readerFor(format, options = {}) {
    switch (format) {
        case 'cobertura':
            return new CoberturaReader(options.fastPath ?? true);
        case 'lcov':
            return new LcovReader();
        case 'coveragepy-json':
            return new CoveragePyJsonReader();
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/read-report.ts
/** One coverage report file, read in chunks into the reader its first bytes call for. */





/** Bytes read at a time. */
const READ_SIZE = 1024 * 1024;
/**
 * Reads `file` (`display` names it in errors). Two buffers for the whole file take turns rather than a
 * stream's fresh buffer per chunk (200 fresh 1 MiB buffers for a 200 MB report kept the garbage collector
 * busy), and the next read is in flight while a chunk is parsed: a reader keeps nothing of a chunk.
 */
async function readReport(file, display) {
    const handle = await (0,promises_.open)(file, 'r');
    let filling = Buffer.allocUnsafe(READ_SIZE);
    let spare = Buffer.allocUnsafe(READ_SIZE);
    let next = handle.read(filling, 0, READ_SIZE, null);
    let reader;
    try {
        for (;;) {
            const { bytesRead } = await next;
            if (bytesRead === 0)
                break;
            const chunk = filling.subarray(0, bytesRead);
            [filling, spare] = [spare, filling];
            next = handle.read(filling, 0, READ_SIZE, null);
            if (reader === undefined) {
                const format = detectFormat(chunk.toString('utf8', 0, 4096));
                if (format === undefined)
                    throw new errors/* ConfigurationError */.j1('not a Cobertura XML, LCOV or coverage.py JSON report');
                reader = readerFor(format);
            }
            reader.write(chunk);
        }
        if (reader === undefined)
            throw new errors/* ConfigurationError */.j1('the file is empty');
        return reader.close();
    }
    catch (error) {
        if (error instanceof XmlScanError) {
            const { line, column } = await positionOf((0,external_node_fs_.createReadStream)(file), error.offset);
            throw new errors/* ConfigurationError */.j1(`${display}:${line}:${column}: not well-formed XML: ${error.message}`);
        }
        throw new errors/* ConfigurationError */.j1(`${display}: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    finally {
        // A read still in flight (after an error) must end before the file is closed.
        await next.catch(() => undefined);
        await handle.close();
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/report.ts




const COMMENT_LIMIT = 65_536;
const METRIC_WORDS = {
    lines: 'lines (covered lines / coverable lines)',
    combined: "lines and branches together (as coverage.py's `coverage report` TOTAL)",
};
const pct = (v) => (v === undefined ? '–' : `${v}%`);
const signed = (v) => (v === undefined ? '–' : `${v > 0 ? '+' : ''}${v}%`);
const STATUS_HEAD = ['Status', 'Files', 'Coverage', 'Target', 'Threshold', 'Why'];
/** `project` for the default status, `project/backend` for a named one, as Codecov names them. */
function statusName(s) {
    return s.name === 'default' ? s.kind : `${s.kind}/${s.name}`;
}
const STATE_ICON = {
    passed: '✅',
    failed: '❌',
    unmet: 'ℹ️',
    skipped: '⏭️',
};
function statusRow(s) {
    return [
        `${STATE_ICON[s.state]} ${statusName(s)}`,
        String(s.files),
        pct(s.value),
        s.target === undefined ? 'auto (no base)' : `${s.target}%`,
        s.threshold > 0 ? `${s.threshold}%` : '–',
        s.reason,
    ];
}
function buildSummary(result, rows, reports, ignoredFiles) {
    const s = new SummaryBuilder();
    s.heading(`${result.passed ? '✅' : '❌'} Coverage ${pct(result.coverage)}${result.delta !== undefined ? ` (${signed(result.delta)})` : ''}`, 2);
    const t = result.totals;
    s.raw(`Metric: ${METRIC_WORDS[result.metric]}. ${t.linesCovered} of ${t.linesValid} lines` +
        (t.branchesValid > 0 ? `, ${t.branchesCovered} of ${t.branchesValid} branches` : '') +
        ` in ${rows.length} files, merged from ${reports} report${reports === 1 ? '' : 's'}` +
        (ignoredFiles > 0 ? `; ${ignoredFiles} ignored file${ignoredFiles === 1 ? '' : 's'} left out` : '') +
        '.');
    if (result.statuses.length > 0)
        s.table(STATUS_HEAD, result.statuses.map(statusRow));
    else
        s.raw('_No status: the config turns every project and patch status off._');
    if (result.patch !== undefined)
        s.raw(`Patch coverage (every changed line): ${pct(result.patch)}.`);
    if (result.patchDetail !== undefined && result.patchDetail.uncovered.size > 0) {
        s.heading('Changed lines no test ran', 3);
        s.table(['File', 'Lines'], [...result.patchDetail.uncovered].map(([file, lines]) => [
            { markdown: inlineCode(file) },
            ranges(lines).join(', '),
        ]), [], { shrinkable: true });
    }
    s.heading('Files', 3);
    s.table(['File', 'Coverage', 'Δ', 'Lines', 'Missed', 'Branches'], rows.map((r) => [
        { markdown: inlineCode(r.file) },
        pct(r.coverage),
        signed(r.delta),
        String(r.totals.linesValid),
        String(r.missed),
        r.totals.branchesValid > 0 ? `${r.totals.branchesCovered}/${r.totals.branchesValid}` : '–',
    ]), ['left', 'right', 'right', 'right', 'right', 'right'], { shrinkable: true });
    return s;
}
/** `3-5`, `9`: consecutive lines as ranges. */
function ranges(lines) {
    const out = [];
    for (let i = 0; i < lines.length;) {
        let j = i;
        while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? 0) + 1)
            j++;
        out.push(i === j ? String(lines[i]) : `${lines[i]}-${lines[j]}`);
        i = j + 1;
    }
    return out;
}
/** One warning per run of uncovered changed lines, at the file and lines. */
function uncoveredAnnotations(result) {
    const out = [];
    for (const [file, lines] of result.patchDetail?.uncovered ?? []) {
        for (const range of ranges(lines)) {
            const [start = 0, end = start] = range.split('-').map(Number);
            out.push({
                level: 'warning',
                title: 'Not covered by tests',
                message: start === end
                    ? `Line ${start} was added or changed and no test ran it.`
                    : `Lines ${start}-${end} were added or changed and no test ran them.`,
                file,
                startLine: start,
                endLine: end,
            });
        }
    }
    return out;
}
function commentMarker(id) {
    return `<!-- runway:coverage-gate:${id.replace(/--/g, '- -')} -->`;
}
function buildComment(result, rows, id, runUrl) {
    const head = [
        commentMarker(id),
        `### ${result.passed ? '✅' : '❌'} Coverage ${pct(result.coverage)}${result.base !== undefined ? ` (base ${pct(result.base)}, ${signed(result.delta)})` : ''}`,
        '',
        `| ${STATUS_HEAD.join(' | ')} |`,
        '| --- | ---: | ---: | ---: | ---: | --- |',
        ...result.statuses.map((s) => `| ${statusRow(s).map(escapeCell).join(' | ')} |`),
        '',
        `Metric: ${METRIC_WORDS[result.metric]}.${runUrl ? ` [Details](${runUrl})` : ''}`,
    ];
    const lines = [...head];
    let size = lines.join('\n').length;
    const reserve = 200;
    const missed = rows.filter((r) => r.missed > 0);
    if (missed.length > 0) {
        const tableHead = [
            '',
            '<details><summary>Files with the most missed lines</summary>',
            '',
            '| File | Coverage | Δ | Missed |',
            '| --- | ---: | ---: | ---: |',
        ];
        lines.push(...tableHead);
        size += tableHead.join('\n').length + 1;
        let shown = 0;
        for (const r of missed) {
            const row = `| ${escapeCell(r.file)} | ${pct(r.coverage)} | ${signed(r.delta)} | ${r.missed} |`;
            if (size + row.length + 1 + reserve > COMMENT_LIMIT)
                break;
            lines.push(row);
            size += row.length + 1;
            shown++;
        }
        if (shown < missed.length)
            lines.push(`| … and ${missed.length - shown} more files | | | |`);
        lines.push('', '</details>');
    }
    return lines.join('\n') + '\n';
}
function summaryJson(coverage, metric, totals, value) {
    const files = {};
    const names = [...coverage.keys()].sort(byCodeUnits);
    for (const file of names) {
        const lines = coverage.get(file);
        if (lines !== undefined)
            files[file] = fileTotals(lines);
    }
    return { version: 1, metric, coverage: value, totals, files };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/repository-index.ts
/**
 * The repository's files, listed once: report paths are checked against a set instead of the file system
 * (a 200 MB report names thousands of files, each with several candidate paths), and a path written
 * relative to some subfolder (`app/health.py` from a report made in `backend/`) is found by its unique
 * suffix, as Codecov's path fixing does.
 */
class RepositoryIndex {
    files;
    byName = new Map();
    constructor(files) {
        this.files = new Set(files);
        for (const file of this.files) {
            const name = file.slice(file.lastIndexOf('/') + 1);
            const list = this.byName.get(name);
            if (list === undefined)
                this.byName.set(name, [file]);
            else
                list.push(file);
        }
    }
    get size() {
        return this.files.size;
    }
    has(file) {
        return this.files.has(file);
    }
    hasName(name) {
        return this.byName.has(name);
    }
    /** The one file that is `tail` or ends with `/tail`; undefined when none or several do. */
    bySuffix(tail) {
        const name = tail.slice(tail.lastIndexOf('/') + 1);
        const matches = (this.byName.get(name) ?? []).filter((f) => f === tail || f.endsWith(`/${tail}`));
        return matches.length === 1 ? matches[0] : undefined;
    }
}
/** Folders a walk skips: dependencies, environments and caches hold no code under test. */
const SKIPPED_FOLDERS = new Set([
    '.git',
    'node_modules',
    '.venv',
    'venv',
    '.tox',
    '.nox',
    '__pycache__',
    '.mypy_cache',
    '.pytest_cache',
    'site-packages',
]);

;// CONCATENATED MODULE: ./actions/coverage-gate/src/workspace-files.ts
/**
 * The workspace's files, for checking report paths: git's list (tracked and untracked, not ignored), else a
 * walk of the folder that stops at a bound, so a workspace of millions of files (a node_modules the
 * checkout did not ignore) never holds the step; past the bound, paths are checked one by one instead.
 */



/** Files a walk lists before giving up on an index. */
const MAX_WALKED_FILES = 200_000;
/** Every file below `root`, relative with `/`, or undefined past `limit` files or on an unreadable folder. */
function walkFiles(root, limit = MAX_WALKED_FILES) {
    const files = [];
    const walk = (dir, prefix) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name) && !walk(external_node_path_default().join(dir, entry.name), `${prefix}${entry.name}/`))
                    return false;
            }
            else if (entry.isFile()) {
                files.push(`${prefix}${entry.name}`);
                if (files.length > limit)
                    return false;
            }
        }
        return true;
    };
    try {
        return walk(root, '') ? files : undefined;
    }
    catch {
        return undefined;
    }
}
/** Report paths checked against the index; without one (too many files), against the file system. */
async function pathLookup(workspace, listWithGit, limit = MAX_WALKED_FILES) {
    const files = (await listWithGit()) ?? walkFiles(workspace, limit);
    if (files !== undefined) {
        const index = new RepositoryIndex(files);
        return {
            indexed: true,
            lookup: {
                exists: (f) => index.has(f),
                bySuffix: (f) => index.bySuffix(f),
                hasName: (name) => index.hasName(name),
            },
        };
    }
    const known = new Map();
    return {
        indexed: false,
        lookup: {
            exists: (rel) => {
                let v = known.get(rel);
                if (v === undefined) {
                    const abs = external_node_path_default().join(workspace, rel);
                    v = (0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isFile();
                    known.set(rel, v);
                }
                return v;
            },
        },
    };
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/main-gate.ts
/** The adapter's second half: find and read reports → merge → gate → outputs, summary, annotations, comment, badge, upload. */




























const CONFIG_FILES = ['codecov.yml', '.codecov.yml', '.github/codecov.yml', '.github/.codecov.yml'];
function gitIn(workspace) {
    return async (args) => {
        const ran = await execCapture('git', ['-C', workspace, ...args], { maxBuffer: 512 * 1024 * 1024 });
        return { code: ran.code ?? 1, stdout: ran.stdout, stderr: ran.stderr };
    };
}
async function loadConfig(settings, workspace) {
    const file = settings.config ?? CONFIG_FILES.find((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, f)));
    let config = DEFAULT_CONFIG;
    if (file !== undefined) {
        const real = await (0,workspace_file/* regularFile */.VI)(file, "Input 'config'", (0,workspace_file/* runnerRoots */.kF)(workspace));
        config = parseCodecovYaml(await (0,promises_.readFile)(real, 'utf8'), file);
    }
    core.info(file === undefined
        ? "No codecov.yml found: using Codecov's defaults and the inputs."
        : `Read the gate from ${file}.`);
    if (config.notApplied.length > 0)
        core.debug(`Accepted from ${file ?? 'the config'}, with no meaning for this gate: ${config.notApplied.join(', ')}`);
    return applyOverrides(config, settings);
}
/** The base file: a path as given, or the file fetched from the base branch's latest successful run. */
async function baseFile(settings, workspace, event) {
    const file = settings.base;
    if (file === undefined)
        return undefined;
    const ref = settings.baseArtifact;
    if (ref === undefined) {
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().resolve(workspace, file))) {
            core.notice(`No base coverage: '${file}' does not exist (the base branch has not produced one yet?).`);
            return undefined;
        }
        return { absolute: await (0,workspace_file/* regularFile */.VI)(file, "Input 'base'", (0,workspace_file/* runnerRoots */.kF)(workspace)), display: file };
    }
    const branch = (0,artifact_names/* baseBranch */.sH)(event);
    const runId = Number(process.env.GITHUB_RUN_ID);
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    if (branch === undefined || !Number.isSafeInteger(runId) || !repository.includes('/'))
        throw new errors/* ActionFailure */.dR("Input 'base' names an artifact of the base branch's run, but this run's event names no base or default branch (or GITHUB_RUN_ID / GITHUB_REPOSITORY are missing).");
    const { baseArtifactFile } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 66644));
    const found = await baseArtifactFile({
        ref,
        input: 'base',
        timeoutInput: 'artifacts-timeout',
        timeoutMs: settings.artifactsTimeoutMs,
        token: settings.token ?? '',
        repository,
        runId,
        branch,
    });
    if (!found.found) {
        core.notice(`No base coverage: ${found.reason}; coverage is not compared with a base.`);
        return undefined;
    }
    return found.file;
}
async function loadBase(source, workspace, metric, lookup, ignore) {
    if (source === undefined)
        return undefined;
    const { absolute, display: file } = source;
    const head = (await (0,promises_.readFile)(absolute, 'utf8')).trimStart();
    if (head.startsWith('{')) {
        let doc;
        try {
            doc = JSON.parse(head);
        }
        catch {
            doc = undefined;
        }
        if (isSummaryJson(doc)) {
            if (doc.metric !== metric)
                core.info(`The base summary was written with metric ${String(doc.metric)}; its files are recounted with ${metric}.`);
            return baseFromSummary(doc, file, metric);
        }
    }
    const { coverage } = collect([await readReport(absolute, file)], workspace, lookup, ignore);
    return baseFromCoverage(coverage, metric);
}
async function gateCoverage(settings, redactor) {
    const lap = phaseTimer();
    const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    // Reports from artifacts are named `artifact:<name>/<path>`, not by where they were downloaded.
    const shown = new Map();
    const display = (f) => shown.get(f) ?? (external_node_path_default().relative(workspace, f) || f);
    const git = gitIn(workspace);
    const { lookup, indexed } = await pathLookup(workspace, async () => {
        const listed = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
        return listed.code === 0 ? listed.stdout.split('\0').filter(Boolean) : undefined;
    });
    if (!indexed)
        core.info('The workspace has too many files to index: report paths are checked one by one.');
    const event = await readEvent();
    lap('listing the workspace');
    const config = await loadConfig(settings, workspace);
    const fromArtifacts = await (0,artifacts/* artifactReports */.o)(settings.artifacts, settings.files, settings.artifactsTimeoutMs);
    for (const f of fromArtifacts.files)
        shown.set(f.absolute, f.display);
    const found = [...settings.found, ...fromArtifacts.files.map((f) => f.absolute)];
    const checked = await (0,workspace_file/* regularFiles */.qp)(found, (f) => `The report '${display(f)}'`, (0,workspace_file/* runnerRoots */.kF)(workspace));
    const files = checked.files;
    if (files.length === 0) {
        (0,main_no_reports/* noReports */.Z)(settings.files, fromArtifacts.notes, workspace, settings.ifNoFiles);
        return;
    }
    lap('finding reports');
    const reports = [];
    const problems = [...checked.problems];
    for (const file of files) {
        try {
            const report = await readReport(file, display(file));
            reports.push(report);
            core.info(`${display(file)}: ${report.format}, ${report.files.size} files`);
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.gJ)(error));
        }
    }
    if (problems.length > 0) {
        // One bad shard among good ones would silently lower or raise the figure: never drop it.
        // Told once, in the step's failure line (bounded), not again as annotations of their own.
        for (const p of problems)
            core.info((0,shared_text/* bounded */.Mm)(`Unreadable coverage report: ${p}`));
        throw new errors/* ActionFailure */.dR(`${problems.length} coverage report${problems.length === 1 ? '' : 's'} could not be read: ${problems.join('; ')}`);
    }
    lap('reading reports');
    const { coverage, ignoredFiles } = collect(reports, workspace, lookup, config.ignore);
    const totals = totalsOf(coverage);
    lap('resolving paths and merging');
    const base = await loadBase(await baseFile(settings, workspace, event), workspace, settings.metric, lookup, config.ignore);
    const patchBase = patchBaseOf(settings.patchBase, event);
    const changed = patchBase === undefined ? undefined : await changedLines(git, patchBase);
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    const target = pullRequestTarget(event, repository, process.env.GITHUB_EVENT_NAME ?? '');
    const result = gate(coverage, totals, settings.metric, config, base, changed, {
        pullRequest: target !== undefined,
        branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || undefined,
    });
    const rows = fileRows(coverage, settings.metric, config, base);
    lap('gating');
    const summaryPath = await (0,workspace_file/* outputFile */.i9)(settings.summaryJson ?? external_node_path_default().join(process.env.RUNNER_TEMP ?? workspace, 'coverage-summary.json'), "Input 'summary-json'", (0,workspace_file/* runnerRoots */.kF)(workspace));
    await (0,promises_.writeFile)(summaryPath, JSON.stringify(summaryJson(coverage, settings.metric, totals, percent(totals, settings.metric)), null, 1));
    if (settings.badge !== undefined) {
        const badgePath = await (0,workspace_file/* outputFile */.i9)(settings.badge, "Input 'badge'", (0,workspace_file/* runnerRoots */.kF)(workspace));
        await (0,promises_.writeFile)(badgePath, badgeSvg(result.coverage, config.range));
    }
    if (settings.badgeJson !== undefined) {
        const jsonPath = await (0,workspace_file/* outputFile */.i9)(settings.badgeJson, "Input 'badge-json'", (0,workspace_file/* runnerRoots */.kF)(workspace));
        await (0,promises_.writeFile)(jsonPath, badgeEndpoint(result.coverage, config.range));
    }
    lap('writing the summary JSON and badge');
    const fmt = (v) => (v === undefined ? '' : String(v));
    core.setOutput('coverage', fmt(result.coverage));
    core.setOutput('patch-coverage', fmt(result.patch));
    core.setOutput('base-coverage', fmt(result.base));
    core.setOutput('delta', fmt(result.delta));
    core.setOutput('lines-covered', String(totals.linesCovered));
    core.setOutput('lines-valid', String(totals.linesValid));
    core.setOutput('branches-covered', String(totals.branchesCovered));
    core.setOutput('branches-valid', String(totals.branchesValid));
    core.setOutput('files', String(coverage.size));
    core.setOutput('passed', String(result.passed));
    core.setOutput('summary-json', summaryPath);
    await writeJobSummary(buildSummary(result, rows, reports.length, ignoredFiles));
    lap('writing the job summary');
    if (settings.annotate)
        emitAnnotations(core, uncoveredAnnotations(result), { reserveForFailure: !result.passed });
    let commentUrl = '';
    if (settings.comment !== 'off' && settings.token !== undefined && target !== undefined) {
        commentUrl = await publishComment({
            token: settings.token,
            repository,
            target,
            marker: commentMarker(settings.commentId),
            body: buildComment(result, rows, settings.commentId, runUrl()),
            redact: (text) => redactor.redact(text),
        });
    }
    else if (settings.comment === 'always' && target === undefined) {
        core.notice(`No PR comment: this ${process.env.GITHUB_EVENT_NAME ?? 'run'} event has no pull request.`);
    }
    core.setOutput('comment-url', commentUrl);
    let uploadError;
    if (settings.codecovToken !== undefined) {
        try {
            const network = (await git(['ls-files'])).stdout.split('\n').filter(Boolean);
            const contents = await Promise.all(files.map(async (f) => ({ name: display(f), content: await (0,promises_.readFile)(f, 'utf8') })));
            const sha = process.env.GITHUB_SHA ?? (await git(['rev-parse', 'HEAD'])).stdout.trim();
            const uploaded = await uploadToCodecov({
                url: settings.codecovUrl,
                token: settings.codecovToken,
                commit: sha,
                branch: process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME,
                slug: repository,
                build: process.env.GITHUB_RUN_ID,
                buildUrl: runUrl(),
                job: process.env.GITHUB_WORKFLOW,
                pr: target === undefined ? undefined : String(target.number),
                flags: settings.flags,
                name: settings.name,
            }, uploadBody(contents, network), settings.uploadTimeoutMs);
            core.info(`Uploaded ${files.length} report${files.length === 1 ? '' : 's'} to Codecov: ${uploaded.reportUrl}`);
        }
        catch (error) {
            uploadError = redactor.redact(`Codecov upload failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const failures = result.statuses
        .filter((s) => s.state === 'failed')
        .map((s) => `${s.kind} ${s.name === 'default' ? '' : `${s.name} `}coverage ${s.reason}`);
    if (uploadError !== undefined) {
        if (!settings.failOnUploadError)
            core.warning(`${uploadError} (fail-on-upload-error is false)`, { title: 'Codecov upload' });
        else if (failures.length > 0)
            core.error((0,shared_text/* bounded */.Mm)(uploadError), { title: 'Codecov upload' });
        else
            throw new errors/* ActionFailure */.dR(uploadError);
    }
    if (failures.length > 0)
        throw new errors/* ActionFailure */.dR(`Coverage gate failed: ${failures.join('; ')}`);
    core.info(`Coverage ${fmt(result.coverage)}%: gate passed.`);
}


/***/ }),

/***/ 66644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ artifactReports),
  baseArtifactFile: () => (/* binding */ baseArtifactFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 13 modules
var core = __webpack_require__(77094);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(33581);
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
var artifact_names = __webpack_require__(29731);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(32635);
// EXTERNAL MODULE: ./shared/github.ts
var github = __webpack_require__(64319);
// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(62763);
// EXTERNAL MODULE: ./shared/units.ts
var units = __webpack_require__(67801);
// EXTERNAL MODULE: ./shared/workspace-file.ts
var workspace_file = __webpack_require__(27938);
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
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(555), __webpack_require__.e(379), __webpack_require__.e(380)]).then(__webpack_require__.bind(__webpack_require__, 61379));
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
    const work = core.group(`Artifacts of this run: ${artifacts.map((p) => p.text).join(', ')}`, async () => {
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
            core.info(`artifact '${(0,workspace_file/* shownName */.HD)(artifact.name)}': ${inside.length} file${inside.length === 1 ? '' : 's'}, ${kept.length} read`);
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
    const work = core.group(`Base from artifact '${(0,workspace_file/* shownName */.HD)(ref.name)}' on ${branch}`, async () => {
        const api = await (0,github/* gitHubClient */.XB)(token, { deadlineMs: request.timeoutMs });
        const current = await api.call('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: runId });
        const workflow = current.path ?? current.name ?? `workflow ${current.workflow_id}`;
        const { workflow_runs: runs } = await api.call('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', { owner, repo, workflow_id: current.workflow_id, branch, status: 'success', per_page: 30 });
        const run = (0,artifact_names/* pickBaseRun */.Ak)(runs, branch, runId);
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
                reason: `${where} has no artifact '${(0,workspace_file/* shownName */.HD)(ref.name)}' (not uploaded, or expired)`,
            };
        const { folder, files } = await download(client, artifact, await downloadFolder('base'), findBy);
        const chosen = (0,artifact_names/* chooseBaseFile */.fg)(files, ref, request.input);
        if ('missing' in chosen)
            return { found: false, reason: `${where}: ${chosen.missing}` };
        return {
            found: true,
            run,
            file: {
                absolute: external_node_path_default().join(folder, chosen.file),
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


/***/ }),

/***/ 64319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   XB: () => (/* binding */ gitHubClient),
/* harmony export */   lB: () => (/* binding */ upsertComment),
/* harmony export */   toolkitGitHub: () => (/* binding */ toolkitGitHub)
/* harmony export */ });
/* unused harmony export describeFailure */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62763);

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
        const undici = (await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 24371, 19)));
        global[key] = undici.default ?? undici;
    }
    return __webpack_require__.e(/* import() */ 555).then(__webpack_require__.bind(__webpack_require__, 85555));
}
/** A client for `token` on GITHUB_API_URL. */
async function gitHubClient(token, options = {}) {
    const [{ GitHub, defaults, getOctokitOptions }, { retry }, { throttling }] = await Promise.all([
        toolkitGitHub(),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
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
