export const id = 673;
export const ids = [673];
export const modules = {

/***/ 673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateCoverage: () => (/* binding */ gateCoverage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(8476);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 9 modules
var glob = __webpack_require__(3860);
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
        sink[level](message, properties);
    }
    return plan;
}

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./shared/exec.ts
/** Runs a program and captures its output, without throwing: the caller reads the exit code. */

function execCapture(file, args, options = {}) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(file, args, {
            encoding: 'utf8',
            maxBuffer: options.maxBuffer ?? 256 * 1024 * 1024,
            ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
            ...(options.timeoutMs !== undefined ? { timeout: options.timeoutMs } : {}),
        }, (error, stdout, stderr) => {
            resolve({
                code: error === null ? 0 : typeof error.code === 'number' ? error.code : null,
                stdout,
                stderr,
                missing: error !== null && error.code === 'ENOENT',
            });
        });
    });
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
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

;// CONCATENATED MODULE: ./shared/github.ts
/**
 * The few GitHub REST calls the actions make (comments, run jobs), on @actions/http-client: it is already in
 * every bundle through @actions/core and honours the runner's HTTPS_PROXY/NO_PROXY, where Octokit would add
 * its own HTTP stack and weight to every cold start. Retries follow shared/retry.ts: 5xx, 429 and GitHub's
 * secondary rate limits (403 with Retry-After or x-ratelimit-remaining: 0), honouring Retry-After.
 */


class GitHubApiError extends Error {
    status;
    name = 'GitHubApiError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
const DEFAULT_POLICY = {
    maxAttempts: 5,
    initialDelayMs: 1000,
    factor: 2,
    maxDelayMs: 20_000,
    deadlineMs: 90_000,
    jitter: 'full',
};
function header(headers, name) {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
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
class GitHubApi {
    token;
    apiUrl;
    policy;
    clock;
    client;
    constructor(token, apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com', policy = DEFAULT_POLICY, clock = realClock) {
        this.token = token;
        this.apiUrl = apiUrl;
        this.policy = policy;
        this.clock = clock;
        this.client = new lib/* HttpClient */.Qq('runway-ci', [], {
            allowRetries: false,
            socketTimeout: 30_000,
            allowRedirects: true,
        });
    }
    /** One call, retried when GitHub says it may succeed later; throws GitHubApiError otherwise. */
    async request(method, pathOrUrl, body) {
        const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${this.apiUrl.replace(/\/$/, '')}${pathOrUrl}`;
        const outcome = await retry(async () => {
            let response;
            try {
                response = await this.client.request(method, url, body === undefined ? null : JSON.stringify(body), {
                    accept: 'application/vnd.github+json',
                    authorization: `Bearer ${this.token}`,
                    'x-github-api-version': '2022-11-28',
                    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                });
            }
            catch (error) {
                const failure = new GitHubApiError(`${method} ${url}: ${error instanceof Error ? error.message : String(error)}`, 0);
                return { kind: 'retry', value: failure, reason: failure.message };
            }
            const status = response.message.statusCode ?? 0;
            const text = await response.readBody();
            const headers = response.message.headers;
            if (status >= 200 && status < 300) {
                const data = (text === '' ? undefined : JSON.parse(text));
                return { kind: 'done', value: { status, data, headers } };
            }
            let message = text.slice(0, 300);
            try {
                message = JSON.parse(text).message ?? message;
            }
            catch {
                // not JSON: keep the text
            }
            const failure = new GitHubApiError(`${method} ${url} answered ${status}: ${message}${hint(status, message)}`, status);
            const retryAfter = parseRetryAfter(header(headers, 'retry-after'), this.clock.now());
            const rateLimited = status === 429 ||
                (status === 403 && (retryAfter !== undefined || header(headers, 'x-ratelimit-remaining') === '0'));
            if (rateLimited || status >= 500) {
                const reset = Number(header(headers, 'x-ratelimit-reset'));
                const untilReset = Number.isFinite(reset) && reset > 0 ? reset * 1000 - this.clock.now() : undefined;
                const delayMs = retryAfter ?? (untilReset !== undefined && untilReset > 0 ? untilReset : undefined);
                return delayMs === undefined
                    ? { kind: 'retry', value: failure, reason: failure.message }
                    : { kind: 'retry', value: failure, reason: failure.message, delayMs };
            }
            return { kind: 'fatal', value: failure, reason: failure.message };
        }, this.policy, this.clock);
        if (outcome.ok && !(outcome.value instanceof GitHubApiError))
            return outcome.value;
        throw outcome.value instanceof GitHubApiError
            ? outcome.value
            : new GitHubApiError(outcome.ok ? 'unexpected' : outcome.reason, 0);
    }
    /** Every item of a list endpoint, following `Link: rel="next"` (at most `maxPages` pages). */
    async paginate(path, maxPages = 100) {
        const items = [];
        let next = `${path}${path.includes('?') ? '&' : '?'}per_page=100`;
        for (let page = 0; next !== undefined && page < maxPages; page++) {
            const response = await this.request('GET', next);
            // Some list endpoints wrap the array: { total_count, jobs: [...] }.
            const data = response.data;
            const list = Array.isArray(data)
                ? data
                : (Object.values(data).find(Array.isArray) ?? []);
            items.push(...list);
            next = /<([^>]+)>;\s*rel="next"/.exec(header(response.headers, 'link') ?? '')?.[1];
        }
        return items;
    }
}
/**
 * Edits the comment that carries `marker`, or creates one, so a PR holds one report, kept current.
 * With `create: false` an existing comment is still updated (a fixed build turns a red report green), but
 * none is created; then the result is undefined.
 */
async function upsertComment(api, repository, issueNumber, marker, body, options = {}) {
    const comments = await api.paginate(`/repos/${repository}/issues/${issueNumber}/comments`);
    const existing = comments.find((c) => c.body?.includes(marker) === true);
    if (existing !== undefined) {
        const response = await api.request('PATCH', `/repos/${repository}/issues/comments/${existing.id}`, { body });
        return { action: 'updated', url: response.data.html_url };
    }
    if (options.create === false)
        return undefined;
    const response = await api.request('POST', `/repos/${repository}/issues/${issueNumber}/comments`, { body });
    return { action: 'created', url: response.data.html_url };
}

;// CONCATENATED MODULE: ./shared/event.ts
/** The run's event payload and what several actions read from it: the pull request, and the run's URL. */


/** GITHUB_EVENT_PATH's JSON, or `{}` outside a runner. */
async function readEvent(env = process.env) {
    const file = env.GITHUB_EVENT_PATH;
    return file && (0,external_node_fs_.existsSync)(file)
        ? JSON.parse(await (0,promises_.readFile)(file, 'utf8'))
        : {};
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
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const NEWLINE = 0x0a;
const LBRACKET = 0x5b;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const isSpace = (c) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
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
            const gt = chunk.indexOf(GT);
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
            const lt = buf.indexOf(LT, pos);
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
                if (!isSpace(buf[i] ?? 0))
                    throw this.errorAt(this.sawRoot ? 'text after the root element' : 'text before the root element', i);
            }
            return;
        }
        // A bounded loop, not indexOf: that would search the rest of the buffer for every short text.
        let hasEntity = false;
        for (let i = start; i < end; i++) {
            if (buf[i] === AMP) {
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
        if (next === SLASH)
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
                else if (c === DQUOTE || c === SQUOTE)
                    quote = c;
                else if (c === LBRACKET)
                    throw this.errorAt('a DTD internal subset is refused: entity declarations are never expanded (XXE, billion laughs)', i);
                else if (c === GT)
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
            if (isSpace(c) || c === SLASH || c === GT || c === EQUALS)
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
        while (i < buf.length && isSpace(buf[i] ?? 0))
            i++;
        if (i === buf.length)
            throw INCOMPLETE;
        if (buf[i] !== GT)
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
            while (i < buf.length && isSpace(buf[i] ?? 0))
                i++;
            if (i >= buf.length)
                throw INCOMPLETE;
            const c = buf[i];
            if (c === GT) {
                i++;
                break;
            }
            if (c === SLASH) {
                if (i + 1 >= buf.length)
                    throw INCOMPLETE;
                if (buf[i + 1] !== GT)
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
            while (i < buf.length && isSpace(buf[i] ?? 0))
                i++;
            if (i >= buf.length)
                throw INCOMPLETE;
            if (buf[i] !== EQUALS)
                throw this.errorAt('= was expected after an attribute name', i);
            i++;
            while (i < buf.length && isSpace(buf[i] ?? 0))
                i++;
            if (i >= buf.length)
                throw INCOMPLETE;
            const quote = buf[i];
            if (quote !== DQUOTE && quote !== SQUOTE)
                throw this.errorAt('an attribute value must be quoted', i);
            const valueStart = i + 1;
            const valueEnd = buf.indexOf(quote, valueStart);
            if (valueEnd === -1)
                throw INCOMPLETE;
            let entity = 0;
            for (let k = valueStart; k < valueEnd; k++) {
                const v = buf[k];
                if (v === LT)
                    throw this.errorAt('< in an attribute value', k);
                if (v === AMP)
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
        return s !== -1 && sameBytes(this.buf, this.spans[s * 5 + 2] ?? 0, this.spans[s * 5 + 3] ?? 0, value);
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./actions/coverage-gate/src/percent.ts
var percent = __webpack_require__(2571);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/codecov-config.ts
/**
 * The parts of a codecov.yml that decide a gate, read the way Codecov reads them, so a repository's existing
 * `.codecov.yml` works unchanged: precision, round, range, the default project and patch statuses, ignore.
 */




/** Codecov's defaults: precision 2, round down, range 60..80, project auto, patch auto. */
const DEFAULT_CONFIG = {
    precision: 2,
    round: 'down',
    range: [60, 80],
    project: { target: 'auto', threshold: 0, informational: false, ifNotFound: 'success' },
    patch: { target: 'auto', threshold: 0, informational: false, ifNotFound: 'success' },
    ignore: [],
};
function parseRange(value, file) {
    if (Array.isArray(value) && value.length === 2) {
        return [
            (0,percent/* parsePercent */.l)(value[0], `${file}: coverage.range`, false),
            (0,percent/* parsePercent */.l)(value[1], `${file}: coverage.range`, false),
        ];
    }
    const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?)\s*\.\.\.?\s*(\d+(?:\.\d+)?)$/.exec(value.trim()) : null;
    if (!match)
        throw new errors/* ConfigurationError */.j1(`${file}: coverage.range must look like 70...100; got '${String(value)}'.`);
    return [Number(match[1]), Number(match[2])];
}
function record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : {};
}
function codecov_config_status(value, base, where) {
    // `status.project: false` turns the status off; we keep it but make it informational.
    if (value === false)
        return { ...base, informational: true };
    const rule = record(record(value).default);
    return {
        target: rule.target === undefined ? base.target : (0,percent/* parsePercent */.l)(rule.target, `${where}.default.target`, true),
        threshold: rule.threshold === undefined
            ? base.threshold
            : (0,percent/* parsePercent */.l)(rule.threshold, `${where}.default.threshold`, false),
        informational: rule.informational === undefined ? base.informational : rule.informational === true,
        ifNotFound: rule.if_not_found === 'failure' ? 'failure' : base.ifNotFound,
    };
}
function parseCodecovYaml(text, file) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${file} is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const root = record(doc);
    const coverage = record(root.coverage);
    const statuses = record(coverage.status);
    const precision = coverage.precision === undefined ? DEFAULT_CONFIG.precision : Number(coverage.precision);
    if (!Number.isInteger(precision) || precision < 0 || precision > 5) {
        throw new errors/* ConfigurationError */.j1(`${file}: coverage.precision must be a whole number from 0 to 5; got '${String(coverage.precision)}'.`);
    }
    const round = coverage.round ?? DEFAULT_CONFIG.round;
    if (round !== 'down' && round !== 'up' && round !== 'nearest') {
        throw new errors/* ConfigurationError */.j1(`${file}: coverage.round must be down, up or nearest; got '${JSON.stringify(round)}'.`);
    }
    const ignore = root.ignore ?? [];
    if (!Array.isArray(ignore) || ignore.some((g) => typeof g !== 'string')) {
        throw new errors/* ConfigurationError */.j1(`${file}: ignore must be a list of paths or globs.`);
    }
    return {
        precision,
        round,
        range: coverage.range === undefined ? DEFAULT_CONFIG.range : parseRange(coverage.range, file),
        project: codecov_config_status(statuses.project, DEFAULT_CONFIG.project, `${file}: coverage.status.project`),
        patch: codecov_config_status(statuses.patch, DEFAULT_CONFIG.patch, `${file}: coverage.status.patch`),
        ignore: ignore,
    };
}
/** Rounds as Codecov does: `down` truncates (85.678 at precision 2 is 85.67). */
function roundCoverage(value, precision, round) {
    const factor = 10 ** precision;
    // Work on the decimal string so 85.67 * 100 = 8566.999... cannot round 85.67 down to 85.66.
    const scaled = Number((value * factor).toFixed(6));
    const n = round === 'down' ? Math.floor(scaled) : round === 'up' ? Math.ceil(scaled) : Math.round(scaled);
    return n / factor;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
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
const DEFAULT_MAX_BODY = 1024 * 1024;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];
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
function classify(error) {
    const code = errorCode(error);
    const message = deepestMessage(error);
    if (code !== undefined) {
        const kind = CODE_KINDS[code];
        if (kind !== undefined)
            return new HttpRequestError(message, kind, code);
        if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code) ||
            code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
            return new HttpRequestError(`TLS: ${message}`, 'tls', code);
        }
    }
    return new HttpRequestError(message, 'other', code);
}
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
            // A fresh connection per request: a health check must not be answered by a pooled socket.
            agent: false,
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
    let url = new URL(req.url);
    let method = (req.method ?? 'GET').toUpperCase();
    let body = req.body;
    let headers = { 'user-agent': 'runway-ci', ...lowerKeys(req.headers ?? {}) };
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
            const next = new URL(location, url);
            if (next.protocol !== 'http:' && next.protocol !== 'https:') {
                throw new HttpRequestError(`redirect to unsupported protocol ${next.protocol}`, 'redirects', undefined);
            }
            if (next.origin !== url.origin)
                headers = withoutCredentials(headers);
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
        throw classify(error);
    }
    finally {
        clearTimeout(timer);
    }
}
function lowerKeys(headers) {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
function withoutCredentials(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([k]) => !CREDENTIAL_HEADERS.includes(k)));
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/codecov-upload.ts
/**
 * Upload to Codecov through its upload API (the v4 protocol its own uploaders speak): ask for an upload
 * URL, then PUT the reports there. Both steps retry network errors, 429 and 5xx with backoff, honouring
 * Retry-After, within a deadline. Optional: the gate above does not depend on it.
 */


/** The upload body Codecov's uploaders send: the repository's file list, then each report. */
function uploadBody(reports, network) {
    const parts = [network.join('\n'), '<<<<<< network'];
    for (const report of reports)
        parts.push(`# path=${report.name}`, report.content.replace(/\n$/, ''), '<<<<<< EOF');
    return parts.join('\n') + '\n';
}
const POLICY = {
    maxAttempts: 6,
    initialDelayMs: 1000,
    factor: 2,
    maxDelayMs: 30_000,
    deadlineMs: 180_000,
    jitter: 'full',
};
async function withRetries(what, send, accept, clock, policy) {
    const outcome = await retry(async () => {
        let response;
        try {
            response = await send();
        }
        catch (error) {
            const message = `${what}: ${error instanceof HttpRequestError ? error.message : String(error)}`;
            return { kind: 'retry', value: message, reason: message };
        }
        if (response.status >= 200 && response.status < 300)
            return { kind: 'done', value: accept(response.body) };
        const message = `${what} answered ${response.status}: ${response.body.trim().slice(0, 300)}`;
        if (response.status === 429 || response.status >= 500) {
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
async function uploadToCodecov(params, body, clock = realClock, policy = POLICY) {
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
    const endpoint = `${params.url.replace(/\/$/, '')}/upload/v4?${query.toString()}`;
    const [reportUrl, putUrl] = await withRetries('Codecov upload request', () => httpRequest({
        url: endpoint,
        method: 'POST',
        headers: { accept: 'text/plain', 'x-upload-token': params.token },
        timeoutMs: 30_000,
    }), (text) => {
        const lines = text.trim().split('\n');
        if (lines.length < 2 || !/^https?:\/\//.test(lines[1] ?? ''))
            throw new Error(`Codecov answered without an upload URL: ${text.slice(0, 200)}`);
        return [lines[0] ?? '', lines[1] ?? ''];
    }, clock, policy);
    await withRetries('Codecov storage upload', () => httpRequest({
        url: putUrl,
        method: 'PUT',
        body,
        headers: { 'content-type': 'text/plain', 'x-amz-acl': 'public-read' },
        timeoutMs: 120_000,
    }), () => undefined, clock, policy);
    return { reportUrl };
}

// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(3581);
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
/** The workspace as findCandidate compares it, for the last workspace asked (every call of a run asks one). */
let lastWorkspace;
let lastPrefix = '';
function workspacePrefix(workspace) {
    if (workspace !== lastWorkspace) {
        lastWorkspace = workspace;
        const ws = slashes(workspace).replace(/\/$/, '');
        lastPrefix = ws === '' ? '' : `${ws}/`;
    }
    return lastPrefix;
}
const RUNNER_CHECKOUT = /^\/home\/runner\/work\/[^/]+\/[^/]+\/(.+)$/;
/**
 * Offers each candidate, most likely first, to `accept`; the first accepted one. Called for every file of
 * every report (12,307 in the bench's), so the workspace is prepared once and regexes run only where needed.
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/model.ts
/**
 * Coverage as lines: per file, per line, how often it ran and how many of its branches were taken. Reports
 * from several shards merge line by line: a line is covered when any shard covered it.
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
 * unreferenced; growth doubles, so that waste is bounded by what is in use.
 */
class Slab {
    // Below glibc's mmap threshold (128 KiB): 4 MiB slabs, each mapped fresh and faulted in page by page, made
    // allocation several times slower than these (measured: 12k files' arrays in ~10 ms against ~85 ms).
    static SIZE = 64 * 1024;
    buffer = new ArrayBuffer(0);
    used = 0;
    take(bytes) {
        // 8-byte alignment keeps every view type legal at any offset.
        const size = (bytes + 7) & ~7;
        if (this.used + size > this.buffer.byteLength) {
            this.buffer = new ArrayBuffer(Math.max(Slab.SIZE, size));
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
const slab = new Slab();
/** Line numbers beyond this are not a source file's: refused before they size an array. */
const MAX_LINE = 1 << 24;
function lineOutOfRange(line) {
    return new RangeError(`line number ${line} is beyond ${MAX_LINE}: not a line of a source file`);
}
/**
 * Counts are clamped, not wrapped: only "ran or not" and "how many branches" matter to a gate, so hits are
 * counted up to 254 (255 marks a line the report does not list).
 */
const MAX_HITS = 0xfe;
const MAX_BRANCHES = 0xffff;
const NOT_COVERABLE = 0xff;
const NARROW_MAX = 0xff;
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
    /** hits per line; NOT_COVERABLE where the report lists no such line. */
    hits = NO_LINES;
    /** Allocated at the first branch (most lines, and some reports, have none); widened past 255. */
    branchTotal;
    branchCovered;
    /**
     * Which branches were taken, when the format names them (LCOV BRDA, coverage.py arcs): two shards that each
     * took a different branch merge to both. Without names (Cobertura's `1/2`), merging keeps the larger count.
     */
    named;
    /**
     * Kept up to date by every change rather than summed on demand: the gate, the file table and the summary
     * JSON each ask, and a walk over five million lines cost more than keeping count.
     */
    running = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
    ensure(line) {
        if (line < this.hits.length)
            return;
        if (line > MAX_LINE)
            throw lineOutOfRange(line);
        // Exact for the first reservation (a reader that knows its lines), doubling after.
        const size = this.hits.length === 0 ? line + 1 : Math.max(line + 1, this.hits.length * 2, 64);
        const hits = slab.uint8(size).fill(NOT_COVERABLE);
        hits.set(this.hits);
        this.hits = hits;
        if (this.branchTotal !== undefined && this.branchCovered !== undefined) {
            this.branchTotal = this.copyCounts(this.branchTotal, size);
            this.branchCovered = this.copyCounts(this.branchCovered, size);
        }
    }
    copyCounts(from, size, wide = from instanceof Uint16Array) {
        const to = wide ? slab.uint16(size) : slab.uint8(size);
        to.set(from);
        return to;
    }
    allocateBranches() {
        if (this.branchTotal !== undefined)
            return;
        this.branchTotal = slab.uint8(this.hits.length);
        this.branchCovered = slab.uint8(this.hits.length);
    }
    /** Room for lines up to `highest`, allocated once (a reader that knows the size avoids regrowing). */
    reserve(highest) {
        this.ensure(highest);
    }
    get size() {
        return this.running.linesValid;
    }
    /** Adds a line, merging with what is there: hits add up; branch counts keep the larger (or the union). */
    add(line, hits, branchesTotal = 0, branchesCovered = 0) {
        if (!Number.isInteger(line) || line < 0)
            return;
        this.ensure(line);
        const added = addHits(this.hits, line, Math.max(0, Math.floor(hits)));
        this.running.linesValid += added & NEWLY_COVERABLE;
        this.running.linesCovered += (added & NEWLY_COVERED) >> 1;
        if (branchesTotal > 0 || branchesCovered > 0)
            this.addBranches(line, branchesTotal, branchesCovered);
    }
    /**
     * Lines as a reader gathers them, four numbers each (number, hits, branches total, branches covered),
     * added as `add` would add them one by one, with one reservation and no per-line checks: the numbers must
     * be non-negative, lines at most MAX_LINE and branch counts at most MAX_BRANCHES (the Cobertura reader
     * clamps).
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
            const branchesTotal = packed[at + 2] ?? 0;
            const branchesCovered = packed[at + 3] ?? 0;
            if (branchesTotal > 0 || branchesCovered > 0)
                this.addBranches(line, branchesTotal, branchesCovered);
        }
        this.running.linesValid += valid;
        this.running.linesCovered += covered;
    }
    addBranches(line, branchesTotal, branchesCovered) {
        this.allocateBranches();
        const total = this.branchTotal?.[line] ?? 0;
        const covered = this.branchCovered?.[line] ?? 0;
        this.setCounts(line, Math.min(Math.max(total, branchesTotal), MAX_BRANCHES), this.named?.has(line) === true ? covered : Math.min(Math.max(covered, branchesCovered), MAX_BRANCHES));
    }
    /** The one place branch counts change, so the running totals follow them. */
    setCounts(line, t, c) {
        if ((t > NARROW_MAX || c > NARROW_MAX) && this.branchTotal instanceof Uint8Array) {
            this.branchTotal = this.copyCounts(this.branchTotal, this.hits.length, true);
            if (this.branchCovered !== undefined)
                this.branchCovered = this.copyCounts(this.branchCovered, this.hits.length, true);
        }
        const total = this.branchTotal;
        const covered = this.branchCovered;
        if (total === undefined || covered === undefined)
            return;
        this.running.branchesValid += t - (total[line] ?? 0);
        this.running.branchesCovered += c - (covered[line] ?? 0);
        total[line] = t;
        covered[line] = c;
    }
    /** Branch outcomes by name for a line already added. */
    setBranches(line, total, taken) {
        if (this.get(line) === undefined)
            this.add(line, 0);
        this.named ??= new Map();
        const set = this.named.get(line) ?? new Set();
        for (const id of taken)
            set.add(id);
        this.named.set(line, set);
        this.allocateBranches();
        const t = Math.min(Math.max(this.branchTotal?.[line] ?? 0, total), MAX_BRANCHES);
        this.setCounts(line, t, Math.min(t, set.size));
    }
    get(line) {
        const hits = this.hits[line];
        if (hits === undefined || hits === NOT_COVERABLE)
            return undefined;
        return {
            hits,
            branchesTotal: this.branchTotal?.[line] ?? 0,
            branchesCovered: this.branchCovered?.[line] ?? 0,
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
            if (hits === NOT_COVERABLE)
                continue;
            const otherNamed = other.named?.get(line);
            const mine = this.named?.get(line);
            if (otherNamed !== undefined && (mine !== undefined || this.get(line) === undefined)) {
                this.add(line, hits);
                this.setBranches(line, other.branchTotal?.[line] ?? 0, otherNamed);
            }
            else {
                // Counts only on one side: the union is unknowable, keep the larger.
                if (mine !== undefined)
                    this.named?.delete(line);
                this.add(line, hits, other.branchTotal?.[line] ?? 0, other.branchCovered?.[line] ?? 0);
            }
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
function model_percent(t, metric) {
    const valid = metric === 'lines' ? t.linesValid : t.linesValid + t.branchesValid;
    const covered = metric === 'lines' ? t.linesCovered : t.linesCovered + t.branchesCovered;
    return valid === 0 ? undefined : (covered / valid) * 100;
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/collect.ts
/**
 * Reports from every shard as one coverage map: each report's paths made repository-relative (its
 * Cobertura `<source>` roots, absolute runner paths, `./`), ignored paths dropped, then merged line by line.
 */



/** Codecov-style ignore: a plain path ignores that file or folder; anything with glob characters is a glob. */
function ignoreMatcher(patterns) {
    const checks = patterns.map((raw) => {
        const pattern = raw.replace(/^\.\//, '').replace(/^\//, '');
        if (/[*?[\]{}]/.test(pattern)) {
            // Compiled once: minimatch() parses its pattern again on every call, and a report names thousands of files.
            const glob = new esm/* Minimatch */.VR(pattern, { dot: true });
            return (file) => glob.match(file);
        }
        const prefix = pattern.replace(/\/+$/, '');
        return (file) => file === prefix || file.startsWith(`${prefix}/`);
    });
    return (file) => checks.some((check) => check(file));
}
function collect(reports, workspace, lookup, ignore) {
    const ignored = ignoreMatcher(ignore);
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/diff.ts
/** The lines a change added or modified, per file, from `git diff --unified=0` (the new side's numbers). */
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
            const file = target.replace(/^b\//, '').replace(/^"b\/(.*)"$/, '$1');
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



/** Coverage of the changed lines: coverable ones only; a changed comment or blank line does not count. */
function patchCoverage(coverage, changed) {
    const totals = { linesValid: 0, linesCovered: 0, branchesValid: 0, branchesCovered: 0 };
    const uncovered = new Map();
    for (const [file, lines] of changed) {
        const fileCoverage = coverage.get(file);
        if (fileCoverage === undefined)
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
function judge(name, value, rule, base, emptyPasses) {
    const common = { name, value, threshold: rule.threshold, informational: rule.informational };
    const target = rule.target === 'auto' ? base : rule.target;
    if (value === undefined) {
        return emptyPasses
            ? { ...common, target, passed: true, reason: 'no coverable lines changed' }
            : { ...common, target, passed: rule.informational, reason: 'no coverable lines in the reports' };
    }
    if (target === undefined) {
        const passed = rule.ifNotFound === 'success' || rule.informational;
        return {
            ...common,
            target,
            passed,
            reason: `target auto, but no base coverage to compare with (if_not_found: ${rule.ifNotFound})`,
        };
    }
    const floor = target - rule.threshold;
    const met = value >= floor - 1e-9;
    const against = rule.threshold > 0
        ? `target ${target}% − threshold ${rule.threshold}% = ${Number(floor.toFixed(4))}%`
        : `target ${target}%`;
    return {
        ...common,
        target,
        passed: met || rule.informational,
        reason: `${value}% ${met ? '≥' : '<'} ${against}${!met && rule.informational ? ' (informational)' : ''}`,
    };
}
function gate(coverage, totals, metric, config, base, changed) {
    const round = (v) => v === undefined ? undefined : roundCoverage(v, config.precision, config.round);
    const value = round(model_percent(totals, metric));
    const baseValue = round(base?.coverage);
    const project = judge('project', value, config.project, baseValue, false);
    let patch;
    let patchDetail;
    if (changed !== undefined) {
        patchDetail = patchCoverage(coverage, changed);
        patch = judge('patch', round(model_percent(patchDetail.totals, metric)), config.patch, baseValue, true);
    }
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
        project,
        patch,
        patchDetail,
        passed: project.passed && (patch?.passed ?? true),
    };
}
/** Files by most missed lines first: where the next test is worth most. */
function fileRows(coverage, metric, config, base) {
    const rows = [];
    for (const [file, lines] of coverage) {
        const t = fileTotals(lines);
        const value = model_percent(t, metric);
        const baseTotals = base?.files[file];
        const baseValue = baseTotals === undefined ? undefined : model_percent(baseTotals, metric);
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/line-run-wasm.ts
// Generated by `npm run build` from ../assembly/line-run.ts (AssemblyScript 0.28.20): do not edit.
const LINE_RUN_WASM = 'AGFzbQEAAAABEAJgB39/f39/f38Bf2AAAX8DAwIAAQUDAQAABhEDfwBBgAELfwFBAAt/AUEACwcfBARST09NAwAFY291bnQAAQNydW4AAAZtZW1vcnkCAAqDCAL7BwIIfwF+QQAkAgNAIwIgA0ggAEGAAWogAU1xBEACQCAAKAIAQbzYpfMGRwR/QQEFIAAoAgRB5cC4qwdHCwR/QQEFIAAoAghB7cSVkwdHCwR/QQEFIAAoAgpB5eT1kQJHCw0AAn9BACAAQQ5qIggtAABBMGsiCkEJSw0AGkEAIQkgCCEHA0AgCUEKbCAKaiEJIAdBAWoiBy0AAEEwayIKQQlNIgsgByAIa0EJSXENAAtBACALDQAaIAkkASAHCyIHBH8gBygCAEGiwKDLBkcFQQELBH9BAQUgBygCBEH05vWRAkcLDQAjASINIAZLDQACf0EAIAdBCGoiCC0AAEEwayIKQQlLDQAaQQAhCSAIIQcDQCAJQQpsIApqIQkgB0EBaiIHLQAAQTBrIgpBCU0iCyAHIAhrQQlJcQ0AC0EAIAsNABogCSQBIAcLIgdFDQAjASEMQQAhCEEAIQsgBygCAEH///8HcUGi3vgBRgR/IAdBA2oFIAcpAwBCosCIk5fM27HoAFINASAHKQMIIg9CvcSYi8bt3LIiUQR/IAcvARBBr/wARgVBAAsEfyAHQRJqBSAPQr3E0JPXrpmRIFIEf0EBBSAHKQMQQuPeuaOWjd207wBSCwR/QQEFIAcpAxhC7tqM++aumbnhAFILBH9BAQUgBygCIEHnyvWRAkcLDQICf0EAIAdBJGoiCC0AAEEwayIKQQlLDQAaQQAhCSAIIQcDQCAJQQpsIApqIQkgB0EBaiIHLQAAQTBrIgpBCU0iCyAHIAhrQQlJcQ0AC0EAIAsNABogCSQBIAcLIgcEfyAHKAIAQf///wdxQaXAoAFHBUEBCw0CAn9BACAHQQNqIggtAABBMGsiCkEJSw0AGkEAIQkgCCEHA0AgCUEKbCAKaiEJIAdBAWoiBy0AAEEwayIKQQlNIgsgByAIa0EJSXENAAtBACALDQAaIAkkASAHCyIHBH8gBy0AAEEvRwVBAQsNAiMBIQsCf0EAIAdBAWoiCC0AAEEwayIKQQlLDQAaQQAhCSAIIQcDQCAJQQpsIApqIQkgB0EBaiIHLQAAQTBrIgpBCU0iDiAHIAhrQQlJcQ0AC0EAIA4NABogCSQBIAcLIgcEfyAHKAIAQanEvPEDRwVBAQsNAiMBIQggB0EEagsLIQcgAiMCQQR0aiIAIA02AgAgACAMIAQgBCAMSxs2AgQgACAIIAUgBSAISxs2AgggACALIAUgBSALSxs2AgwjAkEBaiQCIAchAEEAIQgDQCAAIAFJBEAgAC0AACIIQQpGIAhBIEZyIAhBCUZyIAhBDUZyBEAgAEEBaiEADAILCwsgCEE8RyAAIAFPcgRAIAcPCwwCCwsLIAALBAAjAgs=';

;// CONCATENATED MODULE: ./actions/coverage-gate/src/line-run.ts
/**
 * The WebAssembly loop for runs of coverage.py's `<line>` elements (../assembly/line-run.ts), from
 * JavaScript: input copied into the module's memory a window at a time, lines taken out four int32s each.
 * Where WebAssembly is not available (node --jitless), nothing is read here and the JavaScript reader reads
 * every line itself: slower, the same numbers.
 */


/** Lines out per call: 256 KiB of them, and a full output only means calling again. */
const CAPACITY = 16384;
const OUT = 0;
const IN = CAPACITY * 16;
/** Input bytes per copy: a report chunk (main-gate reads 1 MiB at a time) is copied once. */
const WINDOW = 1024 * 1024;
const PAGE = 65536;
let loaded;
function load() {
    if (loaded !== undefined)
        return loaded;
    const api = globalThis.WebAssembly;
    if (api === undefined)
        return (loaded = null);
    const instance = new api.Instance(new api.Module(Buffer.from(LINE_RUN_WASM, 'base64')), {});
    const exports = instance.exports;
    const room = exports.ROOM.value;
    // Sized once, never grown: growing would detach the views below.
    const size = IN + WINDOW + room;
    exports.memory.grow(Math.ceil((size - exports.memory.buffer.byteLength) / PAGE));
    const buffer = exports.memory.buffer;
    loaded = { exports, room, bytes: new Uint8Array(buffer), out: new Int32Array(buffer, OUT, CAPACITY * 4) };
    return loaded;
}
/** Whether runs are read in WebAssembly here (for the debug log: a run without it is slower). */
function lineRunsAvailable() {
    return load() !== null;
}
/** What is in the module's memory: bytes [from, to) of `copied`. */
let copied;
let copiedFrom = 0;
let copiedTo = 0;
/**
 * Forgets what was copied: a reader calls it for every chunk it is given, since a caller may refill the same
 * Buffer with the next chunk (main-gate reuses two).
 */
function newChunk() {
    copied = undefined;
}
/**
 * Reads the run of coverage.py-shaped `<line>` elements at `at` (a `<`) into `sink`. Returns where it
 * stopped: `at` when it read none; else the `<` of an element it left, or the end of the last one read when
 * text other than whitespace and a `<` follows it.
 */
function lineRun(buf, at, sink) {
    const wasm = load();
    if (wasm === null)
        return at;
    const { exports, room } = wasm;
    let pos = at;
    for (;;) {
        // Read only with `room` bytes after an element's start: near a window's end, copy again from there.
        if (copied !== buf || pos < copiedFrom || (pos + room > copiedTo && copiedTo < buf.length)) {
            copied = buf;
            copiedFrom = pos;
            copiedTo = Math.min(buf.length, pos + WINDOW + room);
            wasm.bytes.set(buf.subarray(copiedFrom, copiedTo), IN);
        }
        const base = IN - copiedFrom;
        const stop = exports.run(base + pos, base + copiedTo, OUT, CAPACITY, MAX_HITS, MAX_BRANCHES, MAX_LINE) - base;
        const count = exports.count();
        if (count === 0)
            return stop;
        sink.lines(wasm.out, count);
        // It stopped for a full output or the window's end, not for an element it left: go on.
        const more = count === CAPACITY || (stop + room > copiedTo && copiedTo < buf.length);
        if (!more || buf[stop] !== 0x3c)
            return stop;
        pos = stop;
    }
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./actions/coverage-gate/src/cobertura-lines.ts
/**
 * The fast path for the bulk of a Cobertura report: the run of `<line number="12" hits="3"/>` elements
 * (with `branch="true" condition-coverage="50% (1/2)"` on some) inside a class's `<lines>`. A 200 MB report
 * is five million of them, and reading each through the general scanner (attribute spans, name lookups,
 * the element stack) cost three times what reading the bytes does.
 *
 * coverage.py's own shape (`number`, `hits`, then nothing, `branch="false"`, or `branch="true"` and a
 * condition-coverage, one space apart) is read a run at a time in WebAssembly (line-run.ts); other
 * attribute orders and spacing go through a general attribute loop here. It reads only what it can vouch
 * for: a self-closing `<line>` whose attribute names are plain ASCII names, each followed directly by `=`
 * and a quoted value without `<` or `&`, separated by whitespace, with `number` and `hits` made of digits
 * only and no attribute given twice. That is well-formed XML by construction, so skipping the general
 * checks loses nothing. At anything else — another element, an entity, a sign or a decimal point in a
 * number, a `<line>` with children, a token cut by the chunk's end — it stops where that element begins
 * and hands the rest to the scanner, which reads (or refuses) it as before. The numbers it gives are the
 * ones the general route would give for the same element.
 */

const cobertura_lines_LT = 0x3c;
const cobertura_lines_GT = 0x3e;
const cobertura_lines_SLASH = 0x2f;
const cobertura_lines_EQUALS = 0x3d;
const cobertura_lines_DQUOTE = 0x22;
const cobertura_lines_SQUOTE = 0x27;
const cobertura_lines_AMP = 0x26;
const ZERO = 0x30;
const NINE = 0x39;
const cobertura_lines_isSpace = (c) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
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
    while (k < end && cobertura_lines_isSpace(buf[k] ?? 0))
        k++;
    return k < end && buf[k] === cobertura_lines_LT ? k : -1;
}
/** Attribute flags, to refuse one given twice (the general route would take the first; XML forbids it). */
const SAW_NUMBER = 1;
const SAW_HITS = 2;
const SAW_BRANCH = 4;
const SAW_CONDITION = 8;
/**
 * Reads `<line .../>` elements and the whitespace between them from `pos` (a `<`), giving each to `sink`;
 * returns the position after the last one read (`pos` when the first is not one it vouches for). With
 * `wasmRuns` false, every element is read here, none in WebAssembly (tests compare the two).
 */
function skimLines(buf, pos, sink, wasmRuns = true) {
    // Every read below is in bounds (a read past the end would slow every read of the loop in V8).
    const end = buf.length;
    let at = pos;
    for (;;) {
        if (at + 6 > end ||
            buf[at] !== cobertura_lines_LT ||
            buf[at + 1] !== 0x6c || // l
            buf[at + 2] !== 0x69 || // i
            buf[at + 3] !== 0x6e || // n
            buf[at + 4] !== 0x65 || // e
            !cobertura_lines_isSpace(buf[at + 5] ?? 0))
            return at;
        // coverage.py's own shape, a run at a time, in WebAssembly (line-run.ts); the rest one by one below.
        const run = wasmRuns ? lineRun(buf, at, sink) : at;
        if (run !== at) {
            if (buf[run] !== cobertura_lines_LT)
                return run;
            at = run;
            continue;
        }
        let i = at + 6;
        let seen = 0;
        let number = -1;
        let hits = -1;
        let branch = false;
        // condition-coverage="50% (1/2)": its last two runs of digits are covered and total.
        let runs = 0;
        let previous = 0;
        let last = 0;
        for (;;) {
            while (i < end && cobertura_lines_isSpace(buf[i] ?? 0))
                i++;
            if (i + 1 >= end)
                return at;
            if (buf[i] === cobertura_lines_SLASH) {
                if (buf[i + 1] !== cobertura_lines_GT)
                    return at;
                i += 2;
                break;
            }
            const nameStart = i;
            while (i < end && isNameByte(buf[i] ?? 0))
                i++;
            const nameEnd = i;
            if (nameEnd === nameStart || i + 1 >= end || buf[i] !== cobertura_lines_EQUALS)
                return at;
            const quote = buf[i + 1] ?? 0;
            if (quote !== cobertura_lines_DQUOTE && quote !== cobertura_lines_SQUOTE)
                return at;
            i += 2;
            const valueStart = i;
            while (i < end) {
                const c = buf[i] ?? 0;
                if (c === quote)
                    break;
                if (c === cobertura_lines_LT || c === cobertura_lines_AMP)
                    return at;
                i++;
            }
            const valueEnd = i;
            i++;
            if (i >= end)
                return at;
            const next = buf[i] ?? 0;
            if (next !== cobertura_lines_SLASH && !cobertura_lines_isSpace(next))
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
        }
        // A line without a number is the general route's to judge (it skips it).
        if (number < 0)
            return at;
        const withBranches = branch && runs >= 2;
        sink.line(number, hits < 0 ? 0 : hits, withBranches ? last : 0, withBranches ? previous : 0);
        const next = nextMarkup(buf, i, end);
        if (next < 0)
            return i;
        at = next;
    }
}

;// CONCATENATED MODULE: ./actions/coverage-gate/src/parsers.ts
/**
 * Coverage report readers, each fed chunk by chunk so a 200 MB report is read in bounded memory:
 * Cobertura XML (coverage.py and other producers), LCOV (totals from DA/BRDA, never LH/LF, which coverage 6.5
 * gets wrong), and coverage.py's JSON. Each yields lines keyed by the path as the report wrote it, plus the
 * Cobertura `<source>` roots those paths are relative to; paths are made repository-relative later.
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
const NOTHING_DECLARED = {
    linesValid: undefined,
    linesCovered: undefined,
    branchesValid: undefined,
    branchesCovered: undefined,
};
function parsers_int(value) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
}
/** Lines the JavaScript route gathers before they go into the file. */
const SCRATCH_LINES = 4096;
/**
 * Cobertura through the byte scanner (xml-scanner.ts): a class's lines go into its file a batch at a time —
 * each WebAssembly run's, and the JavaScript route's gathered in a fixed scratch array — so memory does not
 * grow with a class's size (a report can be one class of millions of lines).
 */
class CoberturaReader {
    files = new Map();
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
    digits = new Float64Array(RUNS_KEPT);
    text = '';
    scanner;
    sawRoot = false;
    constructor(fastPath, lineRuns) {
        this.scanner = new XmlScanner({
            wantText: (element) => element === 'source',
            // A class's own <lines>: the run of <line/> elements goes the fast way (cobertura-lines.ts).
            skim: (buf, pos) => fastPath && this.depth === this.classLinesDepth ? skimLines(buf, pos, this, lineRuns) : pos,
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
    /** A `<line>` the fast path left to the scanner (another shape, an entity, a sign or a decimal). */
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
    /** Lines a WebAssembly run read, clamped as line() clamps: straight into the class's file. */
    lines(packed, count) {
        this.classFile().addPacked(packed, count);
    }
    /** The open class's file, made at its first line (or at `</class>` for a class without lines). */
    classFile() {
        const file = this.currentFile ?? '';
        let lines = this.files.get(file);
        if (lines === undefined) {
            lines = new FileCoverage();
            this.files.set(file, lines);
        }
        return lines;
    }
    flush() {
        this.classFile().addPacked(this.scratch, this.scratchCount);
        this.scratchCount = 0;
    }
    storeClass() {
        this.flush();
        this.currentFile = undefined;
        this.classDepth = -1;
    }
    write(chunk) {
        newChunk();
        this.scanner.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    }
    close() {
        newChunk();
        this.scanner.close();
        return { format: 'cobertura', files: this.files, sources: this.sources, declared: this.declared };
    }
}
class LcovReader {
    files = new Map();
    current;
    rest = '';
    lineNumber = 0;
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
        for (const [line, b] of this.branches)
            this.current.setBranches(line, b.total, b.taken);
        this.branches = new Map();
    }
    line(line) {
        this.lineNumber++;
        if (line.startsWith('SF:')) {
            const path = line.slice(3);
            let lines = this.files.get(path);
            if (lines === undefined) {
                lines = new FileCoverage();
                this.files.set(path, lines);
            }
            this.current = lines;
        }
        else if (line.startsWith('DA:')) {
            if (this.current === undefined)
                this.fail('DA before any SF');
            const [number, hits] = line.slice(3).split(',');
            const n = parsers_int(number);
            const h = parsers_int(hits);
            if (n === undefined || h === undefined)
                this.fail(`malformed DA record '${line}'`);
            this.current.add(n, h);
        }
        else if (line.startsWith('BRDA:')) {
            if (this.current === undefined)
                this.fail('BRDA before any SF');
            const [number, block, branch, taken] = line.slice(5).split(',');
            const n = parsers_int(number);
            if (n === undefined || taken === undefined)
                this.fail(`malformed BRDA record '${line}'`);
            const entry = this.branches.get(n) ?? { total: 0, taken: new Set() };
            entry.total++;
            if (taken !== '-' && (parsers_int(taken) ?? 0) > 0)
                entry.taken.add(`${block ?? ''}:${branch ?? ''}`);
            this.branches.set(n, entry);
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
        return { format: 'lcov', files: this.files, sources: [], declared: NOTHING_DECLARED };
    }
}
/** coverage.py's JSON is one document: it is kept whole (it is far smaller than the XML for a codebase). */
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
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
        }
        this.parts = [];
        if (doc.files === undefined || typeof doc.files !== 'object') {
            throw new errors/* ConfigurationError */.j1("JSON without a 'files' object: not a coverage.py JSON report");
        }
        const files = new Map();
        for (const [path, f] of Object.entries(doc.files)) {
            const lines = new FileCoverage();
            // coverage 6.5 lists a module's entry line as executed although it is no statement, so
            // executed + missing exceeds num_statements; its own summary is right: drop the lowest extras.
            let executed = [...(f.executed_lines ?? [])].sort((a, b) => a - b);
            const statements = f.summary?.num_statements;
            const extra = statements === undefined ? 0 : executed.length + (f.missing_lines?.length ?? 0) - statements;
            if (extra > 0)
                executed = executed.slice(extra);
            for (const n of executed)
                lines.add(n, 1);
            for (const n of f.missing_lines ?? [])
                lines.add(n, 0);
            const arcs = new Map();
            for (const [list, taken] of [
                [f.executed_branches ?? [], true],
                [f.missing_branches ?? [], false],
            ]) {
                for (const [from, to] of list) {
                    const entry = arcs.get(from) ?? { total: 0, taken: new Set() };
                    entry.total++;
                    if (taken)
                        entry.taken.add(String(to));
                    arcs.set(from, entry);
                }
            }
            for (const [from, b] of arcs) {
                if (lines.get(from) !== undefined)
                    lines.setBranches(from, b.total, b.taken);
            }
            files.set(path, lines);
        }
        return { format: 'coveragepy-json', files, sources: [], declared: NOTHING_DECLARED };
    }
}
function readerFor(format, options = {}) {
    switch (format) {
        case 'cobertura':
            return new CoberturaReader(options.fastPath ?? true, options.lineRuns ?? true);
        case 'lcov':
            return new LcovReader();
        case 'coveragepy-json':
            return new CoveragePyJsonReader();
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
function statusRow(s) {
    const icon = s.passed ? (s.informational && s.reason.includes('<') ? 'ℹ️' : '✅') : '❌';
    return [
        `${icon} ${s.name}`,
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
    const statuses = [result.project, ...(result.patch ? [result.patch] : [])];
    s.table(['Status', 'Coverage', 'Target', 'Threshold', 'Why'], statuses.map(statusRow));
    if (result.patch === undefined)
        s.raw('_Patch coverage not computed: no base commit to diff against (see `patch-base`)._');
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
        '| Status | Coverage | Target | Threshold | Why |',
        '| --- | ---: | ---: | ---: | --- |',
        ...[result.project, ...(result.patch ? [result.patch] : [])].map((s) => `| ${statusRow(s).map(escapeCell).join(' | ')} |`),
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

;// CONCATENATED MODULE: ./actions/coverage-gate/src/main-gate.ts
/** The adapter's second half: find, read and merge reports → gate → outputs, summary, annotations, comment, badge, upload. */























const ALWAYS_EXCLUDED = ['!**/node_modules/**', '!**/.git/**'];
async function git(workspace, args) {
    const ran = await execCapture('git', ['-C', workspace, ...args]);
    return { code: ran.code ?? 1, stdout: ran.stdout, stderr: ran.stderr };
}
/** Every file of the workspace: git's list (tracked and untracked, not ignored), else a bounded walk. */
async function listFiles(workspace) {
    const listed = await execCapture('git', ['-C', workspace, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { maxBuffer: 512 * 1024 * 1024 });
    if (listed.code === 0)
        return listed.stdout.split('\0').filter(Boolean);
    const files = [];
    const walk = (dir, prefix) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name) && !walk(external_node_path_default().join(dir, entry.name), `${prefix}${entry.name}/`))
                    return false;
            }
            else if (entry.isFile()) {
                files.push(`${prefix}${entry.name}`);
                if (files.length > 200_000)
                    return false;
            }
        }
        return true;
    };
    try {
        return walk(workspace, '') ? files : undefined;
    }
    catch {
        return undefined;
    }
}
/** Report paths checked against the index; without one (too many files), against the file system. */
async function pathLookup(workspace) {
    const files = await listFiles(workspace);
    if (files !== undefined) {
        const index = new RepositoryIndex(files);
        return {
            exists: (f) => index.has(f),
            bySuffix: (f) => index.bySuffix(f),
            hasName: (name) => index.hasName(name),
        };
    }
    core.info('The workspace has too many files to index: report paths are checked one by one.');
    const known = new Map();
    return {
        exists: (rel) => {
            let v = known.get(rel);
            if (v === undefined) {
                const abs = external_node_path_default().join(workspace, rel);
                v = (0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isFile();
                known.set(rel, v);
            }
            return v;
        },
    };
}
/** Bytes read at a time, into two buffers that take turns (the readers copy whatever they keep). */
const READ_SIZE = 1024 * 1024;
async function readCoverage(file, display) {
    // Bytes, not text: the Cobertura scanner works on bytes; LCOV and JSON readers decode their own. Two
    // buffers for the whole file rather than a stream's fresh one per chunk (200 fresh 1 MiB buffers for a
    // 200 MB report kept the garbage collector busy), and the next read is in flight while a chunk is parsed.
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
async function loadConfig(settings, workspace) {
    let file = settings.config;
    if (file === undefined)
        file = ['codecov.yml', '.codecov.yml', '.github/codecov.yml', '.github/.codecov.yml'].find((f) => (0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, f)));
    let config = DEFAULT_CONFIG;
    if (file !== undefined) {
        const absolute = external_node_path_default().resolve(workspace, file);
        if (!(0,external_node_fs_.existsSync)(absolute))
            throw new errors/* ConfigurationError */.j1(`Input 'config' names '${file}', which does not exist (looked at ${absolute}).`);
        config = parseCodecovYaml(await (0,promises_.readFile)(absolute, 'utf8'), file);
    }
    const override = (rule, target, threshold) => ({
        ...rule,
        ...(target !== undefined ? { target } : {}),
        ...(threshold !== undefined ? { threshold } : {}),
        ...(settings.informational !== undefined ? { informational: settings.informational } : {}),
    });
    return {
        config: {
            ...config,
            project: override(config.project, settings.target, settings.threshold),
            patch: override(config.patch, settings.patchTarget, settings.patchThreshold),
            ignore: [...config.ignore, ...settings.ignore],
        },
        source: file,
    };
}
async function loadBase(file, workspace, metric, lookup, ignore) {
    if (file === undefined)
        return undefined;
    const absolute = external_node_path_default().resolve(workspace, file);
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        core.notice(`No base coverage: '${file}' does not exist (the base branch has not produced one yet?).`);
        return undefined;
    }
    const text = await (0,promises_.readFile)(absolute, 'utf8');
    const head = text.slice(0, 200);
    if (head.trimStart().startsWith('{') && head.includes('"version"')) {
        const summary = JSON.parse(text);
        if (summary.metric !== metric)
            core.warning(`The base summary was computed with metric ${summary.metric}, this run uses ${metric}: the delta compares the two.`);
        return { coverage: summary.coverage, files: summary.files };
    }
    const { coverage } = collect([await readCoverage(absolute, file)], workspace, lookup, ignore);
    const files = Object.fromEntries([...coverage].map(([f, lines]) => [f, fileTotals(lines)]));
    return { coverage: model_percent(totalsOf(coverage), metric), files };
}
/** The commit to diff against for patch coverage: the input, the PR's base, or the push's `before`. */
function patchBaseOf(settings, event) {
    if (settings.patchBase !== undefined)
        return settings.patchBase;
    const pr = event.pull_request;
    if (pr?.base?.sha !== undefined)
        return pr.base.sha;
    const before = event.before;
    return typeof before === 'string' && !/^0+$/.test(before) ? before : undefined;
}
async function changedLines(workspace, base) {
    const present = await git(workspace, ['cat-file', '-e', `${base}^{commit}`]);
    if (present.code !== 0) {
        const shallow = (await git(workspace, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
        throw new errors/* ConfigurationError */.j1(`Patch coverage needs the base commit ${base}, which is not in this clone${shallow ? ' (a shallow clone)' : ''}: use actions/checkout with fetch-depth: 0, or set 'patch-base'.`);
    }
    const diff = await git(workspace, [
        'diff',
        '--unified=0',
        '--no-color',
        '--no-ext-diff',
        '--no-renames',
        `${base}...HEAD`,
    ]);
    if (diff.code !== 0)
        throw new errors/* ConfigurationError */.j1(`git diff ${base}...HEAD failed: ${diff.stderr.trim()}`);
    return parseUnifiedDiff(diff.stdout);
}
/** Each phase's time, in the debug log (ACTIONS_STEP_DEBUG), for a run that takes longer than it should. */
function phaseTimer() {
    let started = performance.now();
    return (phase) => {
        const now = performance.now();
        core.debug(`${phase}: ${Math.round(now - started)} ms`);
        started = now;
    };
}
async function gateCoverage(settings, redactor) {
    const lap = phaseTimer();
    const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const display = (f) => external_node_path_default().relative(workspace, f) || f;
    const lookup = await pathLookup(workspace);
    const event = await readEvent();
    lap('listing the workspace');
    const { config, source } = await loadConfig(settings, workspace);
    core.info(source === undefined
        ? "No codecov.yml found: using Codecov's defaults and the inputs."
        : `Read the gate from ${source}.`);
    const globber = await glob/* create */.v([...settings.files, ...ALWAYS_EXCLUDED].join('\n'), {
        matchDirectories: false,
    });
    const files = (await globber.glob()).filter((f) => f.startsWith(workspace + (external_node_path_default()).sep)).sort();
    if (files.length === 0) {
        const message = `No coverage report matched ${settings.files.join(', ')} under ${workspace}.`;
        if (settings.ifNoFiles === 'error')
            throw new errors/* ActionFailure */.dR(`${message} Check that the tests wrote one (pytest --cov --cov-report=xml) before this step, or set 'if-no-files'.`);
        if (settings.ifNoFiles === 'warn')
            core.warning(message);
        else
            core.info(message);
        core.setOutput('passed', 'true');
        return;
    }
    lap('finding reports');
    const reports = [];
    const problems = [];
    for (const file of files) {
        try {
            const report = await readCoverage(file, display(file));
            reports.push(report);
            core.info(`${display(file)}: ${report.format}, ${report.files.size} files`);
        }
        catch (error) {
            problems.push((0,errors/* errorMessage */.gJ)(error));
        }
    }
    if (problems.length > 0) {
        // One bad shard among good ones would silently lower or raise the figure: never drop it.
        for (const p of problems)
            core.error(p, { title: 'Unreadable coverage report' });
        throw new errors/* ActionFailure */.dR(`${problems.length} coverage report${problems.length === 1 ? '' : 's'} could not be read: ${problems.join('; ')}`);
    }
    lap('reading reports');
    if (reports.some((r) => r.format === 'cobertura'))
        core.debug(lineRunsAvailable()
            ? "coverage.py's <line> runs were read in WebAssembly"
            : 'WebAssembly is unavailable (node --jitless?): every <line> was read in JavaScript, which is slower');
    const { coverage, ignoredFiles } = collect(reports, workspace, lookup, config.ignore);
    const totals = totalsOf(coverage);
    lap('resolving paths and merging');
    const base = await loadBase(settings.base, workspace, settings.metric, lookup, config.ignore);
    const patchBase = patchBaseOf(settings, event);
    const changed = patchBase === undefined ? undefined : await changedLines(workspace, patchBase);
    const result = gate(coverage, totals, settings.metric, config, base, changed);
    const rows = fileRows(coverage, settings.metric, config, base);
    lap('gating');
    const summaryPath = external_node_path_default().resolve(workspace, settings.summaryJson ?? external_node_path_default().join(process.env.RUNNER_TEMP ?? workspace, 'coverage-summary.json'));
    await (0,promises_.mkdir)(external_node_path_default().dirname(summaryPath), { recursive: true });
    await (0,promises_.writeFile)(summaryPath, JSON.stringify(summaryJson(coverage, settings.metric, totals, model_percent(totals, settings.metric)), null, 1));
    if (settings.badge !== undefined) {
        const badgePath = external_node_path_default().resolve(workspace, settings.badge);
        await (0,promises_.mkdir)(external_node_path_default().dirname(badgePath), { recursive: true });
        await (0,promises_.writeFile)(badgePath, badgeSvg(result.coverage, config.range));
    }
    lap('writing the summary JSON and badge');
    const fmt = (v) => (v === undefined ? '' : String(v));
    core.setOutput('coverage', fmt(result.coverage));
    core.setOutput('patch-coverage', fmt(result.patch?.value));
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
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    let commentUrl = '';
    const target = pullRequestTarget(event, repository, process.env.GITHUB_EVENT_NAME ?? '');
    if (settings.comment !== 'off' && settings.token !== undefined && target !== undefined) {
        if (target.blocked !== undefined)
            core.notice(`No PR comment: ${target.blocked}.`);
        else {
            try {
                const outcome = await upsertComment(new GitHubApi(settings.token), repository, target.number, commentMarker(settings.commentId), buildComment(result, rows, settings.commentId, runUrl()));
                commentUrl = outcome?.url ?? '';
                core.info(`PR comment ${outcome?.action ?? 'skipped'}: ${commentUrl}`);
            }
            catch (error) {
                core.warning(redactor.redact(`Could not write the PR comment: ${(0,errors/* errorMessage */.gJ)(error)}`), {
                    title: 'PR comment',
                });
            }
        }
    }
    else if (settings.comment === 'always' && target === undefined) {
        core.notice(`No PR comment: this ${process.env.GITHUB_EVENT_NAME ?? 'run'} event has no pull request.`);
    }
    core.setOutput('comment-url', commentUrl);
    let uploadError;
    if (settings.codecovToken !== undefined) {
        try {
            const network = (await git(workspace, ['ls-files'])).stdout.split('\n').filter(Boolean);
            const contents = await Promise.all(files.map(async (f) => ({ name: display(f), content: await (0,promises_.readFile)(f, 'utf8') })));
            const sha = process.env.GITHUB_SHA ?? (await git(workspace, ['rev-parse', 'HEAD'])).stdout.trim();
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
            }, uploadBody(contents, network));
            core.info(`Uploaded ${files.length} report${files.length === 1 ? '' : 's'} to Codecov: ${uploaded.reportUrl}`);
        }
        catch (error) {
            uploadError = redactor.redact(`Codecov upload failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    const failures = [result.project, result.patch]
        .filter((s) => s !== undefined && !s.passed)
        .map((s) => `${s?.name ?? ''} coverage ${s?.reason ?? ''}`);
    if (uploadError !== undefined) {
        if (!settings.failOnUploadError)
            core.warning(`${uploadError} (fail-on-upload-error is false)`, { title: 'Codecov upload' });
        else if (failures.length > 0)
            core.error(uploadError, { title: 'Codecov upload' });
        else
            throw new errors/* ActionFailure */.dR(uploadError);
    }
    if (failures.length > 0)
        throw new errors/* ActionFailure */.dR(`Coverage gate failed: ${failures.join('; ')}`);
    core.info(`Coverage ${fmt(result.coverage)}%: gate passed.`);
}


/***/ })

};
