export const id = 704;
export const ids = [704];
export const modules = {

/***/ 1704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  report: () => (/* binding */ report)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(418);
// EXTERNAL MODULE: ./node_modules/@slack/webhook/dist/index.js
var dist = __webpack_require__(4443);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
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
var proxy = __webpack_require__(7886);
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

;// CONCATENATED MODULE: ./shared/fetch.ts
/**
 * `fetch` for clients that take one (Slack's webhook and Web API), made on shared/http.ts: the runner's
 * proxy and NO_PROXY apply as everywhere else, and no request outlives `timeoutMs`. Node's own fetch reaches
 * every host directly whatever HTTPS_PROXY says.
 */

/** Statuses whose responses have no body, which Response refuses to be given one. */
const NO_BODY = new Set([101, 204, 205, 304]);
function bodyText(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string')
        return body;
    if (body instanceof URLSearchParams)
        return body.toString();
    throw new TypeError('this fetch sends text and form bodies only');
}
function proxiedFetch(timeoutMs) {
    return async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
        const headers = Object.fromEntries(new Headers(init?.headers).entries());
        const body = bodyText(init?.body);
        if (body !== undefined && init?.body instanceof URLSearchParams && !('content-type' in headers))
            headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
        const response = await httpRequest({
            url,
            method: init?.method ?? 'GET',
            headers,
            ...(body === undefined ? {} : { body }),
            timeoutMs,
            maxBodyBytes: 4 * 1024 * 1024,
        });
        return new Response(NO_BODY.has(response.status) ? null : response.body, {
            status: response.status,
            headers: response.headers,
        });
    };
}

// EXTERNAL MODULE: ./node_modules/@slack/web-api/dist/index.js
var web_api_dist = __webpack_require__(5105);
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

// EXTERNAL MODULE: ./shared/github.ts
var github = __webpack_require__(4319);
;// CONCATENATED MODULE: ./shared/job-summary.ts

/** Appends the summary to the step's summary file; outside a runner (no GITHUB_STEP_SUMMARY) it logs why not. */
async function writeJobSummary(summary) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        core/* info */.pq('No job summary written: GITHUB_STEP_SUMMARY is not set (not running on a GitHub runner).');
        return;
    }
    await core/* summary */.z.addRaw(summary.render(), true).write();
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

// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
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
    const absolute = path.resolve(roots.workspace, name);
    const refuse = (why) => {
        throw new ConfigurationError(`${what} names '${shownName(name)}', which ${why}.`);
    };
    const real = await realRoots(roots);
    // The nearest existing ancestor decides where the file really lands (a link in the path included).
    let existing = path.dirname(absolute);
    for (;;) {
        try {
            await lstat(existing);
            break;
        }
        catch {
            const up = path.dirname(existing);
            if (up === existing)
                break;
            existing = up;
        }
    }
    let resolved;
    try {
        resolved = await realpath(existing);
    }
    catch {
        return refuse('cannot be written');
    }
    if (!real.some((root) => within(resolved, root)))
        refuse('is outside the workspace and the runner’s temp folder');
    const ancestor = await stat(resolved);
    if (!ancestor.isDirectory())
        refuse(`cannot be written: ${path.relative(roots.workspace, existing) || existing} is a file`);
    try {
        const target = await stat(absolute);
        if (target.isDirectory())
            refuse('is a folder');
        if (!target.isFile())
            refuse('is not a regular file (a device, a pipe or a socket)');
    }
    catch (error) {
        if (error instanceof ConfigurationError)
            throw error;
    }
    await mkdir(path.dirname(absolute), { recursive: true });
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

;// CONCATENATED MODULE: ./actions/slack-report/src/context.ts
/** What the message says about the run, from the runner's environment and the event payload. */
function runContext(env, event) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const pr = event.pull_request;
    const head = event.head_commit;
    const sha = pr?.head?.sha ?? env.GITHUB_SHA ?? '';
    return {
        repository,
        serverUrl,
        workflow: env.GITHUB_WORKFLOW ?? 'Workflow',
        runNumber: env.GITHUB_RUN_NUMBER ?? '',
        runUrl: `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID ?? ''}${env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : ''}`,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        branch: pr?.head?.ref ??
            env.GITHUB_HEAD_REF ??
            env.GITHUB_REF_NAME ??
            env.GITHUB_REF?.replace(/^refs\/(heads|tags)\//, ''),
        pr: pr?.number !== undefined
            ? {
                number: pr.number,
                title: pr.title ?? '',
                url: pr.html_url ?? `${serverUrl}/${repository}/pull/${pr.number}`,
            }
            : undefined,
        sha,
        commitUrl: `${serverUrl}/${repository}/commit/${sha}`,
        commitMessage: (head?.message ?? '').split('\n')[0] ?? '',
        author: head?.author?.username ?? head?.author?.name ?? pr?.user?.login ?? env.GITHUB_ACTOR ?? '',
    };
}
/** Values for `${NAME}` placeholders in a payload template. */
function placeholders(context, status) {
    return {
        REPOSITORY: context.repository,
        WORKFLOW: context.workflow,
        RUN_NUMBER: context.runNumber,
        RUN_URL: context.runUrl,
        EVENT: context.eventName,
        BRANCH: context.branch ?? '',
        PR_NUMBER: context.pr ? String(context.pr.number) : '',
        PR_TITLE: context.pr?.title ?? '',
        PR_URL: context.pr?.url ?? '',
        SHA: context.sha,
        SHORT_SHA: context.sha.slice(0, 7),
        COMMIT_URL: context.commitUrl,
        COMMIT_MESSAGE: context.commitMessage,
        AUTHOR: context.author,
        STATUS: status,
    };
}

// EXTERNAL MODULE: ./actions/slack-report/src/jobs.ts
var src_jobs = __webpack_require__(4147);
// EXTERNAL MODULE: ./shared/units.ts
var units = __webpack_require__(7801);
;// CONCATENATED MODULE: ./actions/slack-report/src/mrkdwn.ts
/** Slack's mrkdwn escaping and limits. */
/** Exactly what Slack asks: `&`, `<`, `>`; so `<!channel>` in a commit message pings no one. */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Cuts to at most `max` characters, ending in `…` when cut; never splits a surrogate pair or an escape. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let cut = text.slice(0, max - 1);
    // Do not leave half an `&amp;` or half a surrogate pair at the end.
    cut = cut.replace(/&[a-z]{0,3}$/, '').replace(/[\uD800-\uDBFF]$/, '');
    return `${cut}…`;
}
/** A link in mrkdwn; the label is escaped, the URL must not contain `|` or `>`. */
function mrkdwn_link(url, label) {
    return `<${url.replace(/[|>]/g, encodeURIComponent)}|${escapeMrkdwn(label)}>`;
}
const LIMITS = {
    blocks: 50,
    sectionText: 3000,
    fields: 10,
    fieldText: 2000,
    headerText: 150,
    fallbackText: 40_000,
    /** Not documented: Slack answers msg_blocks_too_long past about 12,000 characters of block text. */
    blocksText: 10_000,
};

;// CONCATENATED MODULE: ./actions/slack-report/src/message.ts
/**
 * The Block Kit message, built within Slack's limits before sending (50 blocks, 3000 characters a section,
 * 10 fields of 2000, a 150-character plain_text header, a fallback `text` always present): long job lists
 * are folded, long texts cut with `…`. Every piece of outside text is escaped for mrkdwn.
 */


const ICONS = {
    success: ':white_check_mark:',
    failure: ':x:',
    cancelled: ':no_entry_sign:',
    skipped: ':fast_forward:',
};
const ORDER = ['failure', 'cancelled', 'success', 'skipped'];
function jobLine(job) {
    const name = job.url ? mrkdwn_link(job.url, job.name) : escapeMrkdwn(job.name);
    return `${ICONS[job.result]} ${name}${job.durationMs !== undefined ? ` (${(0,units/* formatDuration */.a3)(job.durationMs)})` : ''}`;
}
/**
 * Job lines in sections of ≤ 3000 characters, problems first, at most `maxChars` in all (Slack also rejects
 * a message whose blocks hold more than about 12,000 characters: msg_blocks_too_long); what does not fit
 * is counted by result.
 */
function jobSections(jobs, maxSections, maxChars = 8000) {
    const sorted = [...jobs].sort((a, b) => ORDER.indexOf(a.result) - ORDER.indexOf(b.result));
    const sections = [[]];
    const sizes = [0];
    let shown = 0;
    let total = 0;
    const room = LIMITS.sectionText - 100; // space for the "and N more" line
    for (const job of sorted) {
        const line = jobLine(job);
        if (total + line.length + 1 > maxChars)
            break;
        total += line.length + 1;
        const last = sections.length - 1;
        if ((sizes[last] ?? 0) + line.length + 1 > room) {
            if (sections.length >= maxSections)
                break;
            sections.push([]);
            sizes.push(0);
        }
        sections[sections.length - 1]?.push(line);
        sizes[sections.length - 1] = (sizes[sections.length - 1] ?? 0) + line.length + 1;
        shown++;
    }
    const rest = sorted.slice(shown);
    if (rest.length > 0) {
        const counts = ORDER.map((r) => [r, rest.filter((j) => j.result === r).length]).filter(([, n]) => n > 0);
        const verbs = {
            failure: 'failed',
            cancelled: 'were cancelled',
            success: 'succeeded',
            skipped: 'were skipped',
        };
        sections[sections.length - 1]?.push(`_and ${counts.map(([r, n]) => `${n} more ${verbs[r]}`).join(', ')}_`);
    }
    return sections
        .filter((s) => s.length > 0)
        .map((lines) => ({
        type: 'section',
        text: { type: 'mrkdwn', text: truncate(lines.join('\n'), LIMITS.sectionText) },
    }));
}
function defaultTitle(context, status) {
    return `${context.workflow} #${context.runNumber} ${status} in ${context.repository}`;
}
function buildMessage(input) {
    const { context, status } = input;
    const title = truncate(input.title ?? defaultTitle(context, status), LIMITS.headerText);
    const blocks = [{ type: 'header', text: { type: 'plain_text', text: title, emoji: true } }];
    const mention = input.mention !== undefined ? `${input.mention} ` : '';
    const summary = `${mention}${ICONS[status]} *${escapeMrkdwn(status)}* · ${mrkdwn_link(context.runUrl, 'view run')}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(summary, LIMITS.sectionText) } });
    const fields = [];
    fields.push(`*Repository*\n${mrkdwn_link(`${context.serverUrl}/${context.repository}`, context.repository)}`);
    if (context.pr !== undefined)
        fields.push(`*Pull request*\n${mrkdwn_link(context.pr.url, `#${context.pr.number} ${context.pr.title}`)}`);
    else if (context.branch !== undefined)
        fields.push(`*Branch*\n${escapeMrkdwn(context.branch)}`);
    if (context.sha !== '') {
        fields.push(`*Commit*\n${mrkdwn_link(context.commitUrl, context.sha.slice(0, 7))}${context.commitMessage ? ` ${escapeMrkdwn(context.commitMessage)}` : ''}`);
    }
    if (context.author !== '')
        fields.push(`*Author*\n${escapeMrkdwn(context.author)}`);
    if (context.eventName !== '')
        fields.push(`*Event*\n${escapeMrkdwn(context.eventName)}`);
    for (const [key, value] of input.fields)
        fields.push(`*${escapeMrkdwn(key)}*\n${escapeMrkdwn(value)}`);
    for (let i = 0; i < fields.length; i += LIMITS.fields) {
        blocks.push({
            type: 'section',
            fields: fields
                .slice(i, i + LIMITS.fields)
                .map((f) => ({ type: 'mrkdwn', text: truncate(f, LIMITS.fieldText) })),
        });
    }
    if (input.text !== undefined) {
        // `text` is the user's own mrkdwn: kept as written (they may link or mention on purpose), only cut to size.
        blocks.push({
            type: 'section',
            text: { type: 'mrkdwn', text: truncate(input.text, LIMITS.sectionText) },
        });
    }
    if (input.jobs.length > 0) {
        const counts = ORDER.map((r) => [r, input.jobs.filter((j) => j.result === r).length]).filter(([, n]) => n > 0);
        blocks.push({
            type: 'context',
            elements: [{ type: 'mrkdwn', text: counts.map(([r, n]) => `${ICONS[r]} ${n} ${r}`).join('   ') }],
        });
        const used = JSON.stringify(blocks).length;
        blocks.push(...jobSections(input.jobs, LIMITS.blocks - blocks.length - 1, Math.max(1000, LIMITS.blocksText - used)));
    }
    const fallback = truncate(`${mention}${title}${context.commitMessage ? `: ${escapeMrkdwn(context.commitMessage)}` : ''}`, 3000);
    return { text: fallback, blocks: blocks.slice(0, LIMITS.blocks) };
}
/** The fallback text as a person reads it, for logs and the summary preview. */
function plainPreview(message) {
    const out = [];
    for (const block of message.blocks) {
        const text = block.text?.text;
        if (text !== undefined)
            out.push(text);
        const fields = block.fields;
        if (fields !== undefined)
            out.push(fields.map((f) => f.text.replace('\n', ': ')).join('\n'));
        const elements = block.elements;
        if (elements !== undefined)
            out.push(elements.map((e) => e.text ?? '').join(' '));
    }
    return out.join('\n\n');
}

;// CONCATENATED MODULE: ./actions/slack-report/src/slack-errors.ts
/** Slack's error codes, as one line that says what to fix. */
const FIXES = {
    invalid_payload: 'the message is not valid JSON for Slack: check payload-file',
    invalid_blocks: 'Slack rejected the blocks: check payload-file against the Block Kit reference',
    invalid_blocks_format: 'Slack rejected the blocks: check payload-file against the Block Kit reference',
    no_text: 'the message has no text: give payload-file a top-level "text"',
    channel_not_found: 'the channel does not exist, or the app is not in it: check channel and invite the app',
    channel_is_archived: 'the channel is archived: unarchive it or post elsewhere',
    action_prohibited: 'a workspace admin blocks this webhook or app: ask them, or use another channel',
    too_many_attachments: 'the message has too many attachments',
    not_in_channel: 'the bot is not in the channel: invite it (/invite @app)',
    invalid_auth: 'the token is not valid: check the secret',
    not_authed: 'no token reached Slack: check the secret',
    account_inactive: 'the token belongs to a deactivated user or app',
    token_revoked: 'the token was revoked: create a new one',
    missing_scope: 'the token lacks a scope: add chat:write to the app',
    msg_too_long: 'the message is too long',
    msg_blocks_too_long: 'the blocks hold too much text in all (Slack allows about 12,000 characters)',
    message_not_found: 'update-ts names no message in that channel',
    cant_update_message: 'the token may not edit that message (it was posted by another app?)',
    no_service: 'the webhook is disabled or removed: create a new one',
    no_team: 'the webhook is disabled or removed: create a new one',
};
function explain(code) {
    const fix = FIXES[code.trim()];
    return fix === undefined ? code.trim() : `${code.trim()}: ${fix}`;
}

;// CONCATENATED MODULE: ./actions/slack-report/src/template.ts
/**
 * A user's own Block Kit template: `${NAME}` placeholders replaced, each value escaped for JSON and mrkdwn.
 * Values come only from the run's context, an allow-list of the runner's non-secret variables and the
 * step's own `variables`, never from the whole environment: a template a pull request edits must not be a
 * way to post `${GITHUB_TOKEN}` or a deploy key to a channel.
 */


/** The runner's variables a template may use: context, never secrets or local paths. */
const TEMPLATE_ENVIRONMENT = [
    'GITHUB_ACTOR',
    'GITHUB_BASE_REF',
    'GITHUB_EVENT_NAME',
    'GITHUB_HEAD_REF',
    'GITHUB_JOB',
    'GITHUB_REF',
    'GITHUB_REF_NAME',
    'GITHUB_REF_TYPE',
    'GITHUB_REPOSITORY',
    'GITHUB_REPOSITORY_OWNER',
    'GITHUB_RUN_ATTEMPT',
    'GITHUB_RUN_ID',
    'GITHUB_RUN_NUMBER',
    'GITHUB_SERVER_URL',
    'GITHUB_SHA',
    'GITHUB_TRIGGERING_ACTOR',
    'GITHUB_WORKFLOW',
    'GITHUB_WORKFLOW_REF',
    'RUNNER_ARCH',
    'RUNNER_NAME',
    'RUNNER_OS',
];
/** The allow-listed variables that are set in `env`. */
function templateEnvironment(env) {
    const out = {};
    for (const name of TEMPLATE_ENVIRONMENT) {
        const value = env[name];
        if (value !== undefined)
            out[name] = value;
    }
    return out;
}
function renderTemplate(template, file, values) {
    const unknown = new Set();
    const text = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (literal, name) => {
        const value = Object.hasOwn(values, name) ? values[name] : undefined;
        if (value === undefined) {
            unknown.add(name);
            return literal;
        }
        // Inside a JSON string: escape for mrkdwn, then for JSON (without the surrounding quotes).
        return JSON.stringify(escapeMrkdwn(value)).slice(1, -1);
    });
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Input 'payload-file' (${file}) is not valid JSON after replacing placeholders: ${jsonProblem(error)}.`);
    }
    const o = doc;
    if (typeof o.text !== 'string' && !Array.isArray(o.blocks)) {
        throw new errors/* ConfigurationError */.j1(`Input 'payload-file' (${file}) must hold a message with 'text' or 'blocks'.`);
    }
    const blocks = Array.isArray(o.blocks) ? o.blocks : [];
    if (blocks.length > 50)
        throw new errors/* ConfigurationError */.j1(`Input 'payload-file' (${file}) has ${blocks.length} blocks; Slack takes at most 50.`);
    return {
        message: {
            ...o,
            text: typeof o.text === 'string' ? o.text : 'GitHub Actions report',
            blocks,
        },
        unknown: [...unknown],
    };
}
/** V8's JSON error without the excerpt of the text it quotes (the text may hold values from the run). */
function jsonProblem(error) {
    const message = error instanceof Error ? error.message : 'unreadable';
    return message.replace(/, ".*" is not valid JSON$/s, '').slice(0, 200);
}

;// CONCATENATED MODULE: ./actions/slack-report/src/main-send.ts
/** The adapter's second half: gather the run, build the message, send it (or preview it), and report. */





















const RECOVERABLE_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_SOCKET',
]);
/** Whether a request that got no answer may get one if tried again (not a bad URL or certificate). */
function mayRecover(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e.name === 'AbortError' || e.name === 'TimeoutError')
            return true;
        const code = e.code;
        if (typeof code === 'string' && RECOVERABLE_CODES.has(code))
            return true;
    }
    return false;
}
async function sendWebhook(url, message, settings) {
    const last = { retryAfter: null };
    const readRetryAfter = () => last.retryAfter;
    const hook = new dist.IncomingWebhook(url, {
        timeout: Math.min(settings.timeoutMs, 30_000),
        retryConfig: { retries: 0 },
        // Slack's client drops the response headers on an error; keep Retry-After to honour it.
        fetch: async (input, init) => {
            const response = await proxiedFetch(Math.min(settings.timeoutMs, 30_000))(input, init);
            last.retryAfter = response.headers.get('retry-after');
            return response;
        },
    });
    const outcome = await retry(async () => {
        last.retryAfter = null;
        try {
            const result = await hook.send(message);
            if (result.text.trim() === 'ok')
                return { kind: 'done', value: 'ok' };
            return {
                kind: 'fatal',
                value: '',
                reason: `Slack answered without "ok": ${result.text.slice(0, 200)}`,
            };
        }
        catch (error) {
            if (error instanceof dist.IncomingWebhookHTTPError) {
                const reason = `Slack answered ${error.statusCode}: ${explain(error.body || error.statusMessage)}`;
                if (error.statusCode === 429) {
                    // Read through a call: the header was set by the fetch above, which TypeScript cannot see.
                    const header = readRetryAfter();
                    const seconds = Number(header ?? '');
                    return Number.isFinite(seconds) && header !== null
                        ? { kind: 'retry', value: '', reason, delayMs: seconds * 1000 }
                        : { kind: 'retry', value: '', reason };
                }
                if (isRetryableStatus(error.statusCode))
                    return { kind: 'retry', value: '', reason };
                return { kind: 'fatal', value: '', reason };
            }
            // No response: retried only when the network may recover (refused, reset, DNS, timeout).
            const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : (0,errors/* errorMessage */.gJ)(error);
            const reason = `no answer from Slack (${cause})`;
            return mayRecover(error)
                ? { kind: 'retry', value: '', reason }
                : { kind: 'fatal', value: '', reason };
        }
    }, {
        maxAttempts: settings.retries + 1,
        initialDelayMs: 1000,
        factor: 2,
        maxDelayMs: 15_000,
        deadlineMs: settings.timeoutMs,
        jitter: 'full',
    });
    if (!outcome.ok)
        throw new errors/* ActionFailure */.dR(`${outcome.reason} (after ${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'})`);
    return { ts: '', channel: '' };
}
async function sendApi(token, message, settings) {
    const client = new web_api_dist.WebClient(token, {
        fetch: proxiedFetch(Math.min(settings.timeoutMs, 30_000)),
        slackApiUrl: settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/`,
        timeout: Math.min(settings.timeoutMs, 30_000),
        retryConfig: {
            retries: settings.retries,
            factor: 2,
            minTimeout: 1000,
            maxTimeout: 15_000,
            maxRetryTime: settings.timeoutMs,
        },
        logLevel: web_api_dist.LogLevel.ERROR,
    });
    const channel = settings.channel ?? '';
    const deadline = new Promise((_, reject) => {
        setTimeout(() => reject(new Error(`no answer within ${settings.timeoutMs / 1000}s`)), settings.timeoutMs).unref();
    });
    let result;
    try {
        const call = settings.updateTs !== undefined
            ? client.chat.update({
                channel,
                ts: settings.updateTs,
                text: message.text,
                blocks: message.blocks,
            })
            : client.chat.postMessage({
                channel,
                text: message.text,
                blocks: message.blocks,
                ...(settings.threadTs !== undefined ? { thread_ts: settings.threadTs } : {}),
            });
        result = await Promise.race([call, deadline]);
    }
    catch (error) {
        const data = error.data;
        if (data?.error !== undefined)
            throw new errors/* ActionFailure */.dR(`Slack answered: ${explain(data.error)}`);
        throw new errors/* ActionFailure */.dR(`Slack could not be reached: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (!result.ok)
        throw new errors/* ActionFailure */.dR(`Slack answered: ${explain(result.error ?? 'not ok')}`);
    return { ts: result.ts ?? '', channel: result.channel ?? channel };
}
async function report(settings, redactor) {
    const event = await readEvent();
    const context = runContext(process.env, event);
    let jobs = settings.needs;
    if (settings.jobsFromApi && settings.githubToken !== undefined) {
        const [owner = '', repo = ''] = context.repository.split('/');
        try {
            const api = await (0,github/* gitHubClient */.XB)(settings.githubToken);
            const listed = await api.list('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
                owner,
                repo,
                run_id: process.env.GITHUB_RUN_ID ?? '',
                attempt_number: process.env.GITHUB_RUN_ATTEMPT ?? '1',
            });
            jobs = (0,src_jobs/* jobsFromApi */.hP)(listed, process.env.GITHUB_JOB);
        }
        catch (error) {
            if (!(error instanceof github/* GitHubApiError */.OS || error instanceof src_jobs/* ApiShapeError */.Kf))
                throw error;
            // The token, the permission or the API: the user's to fix, said in one line.
            throw new errors/* ActionFailure */.dR(redactor.redact(`Input 'jobs-from-api' is true, but the run's jobs could not be listed: ${error.message}. Grant 'actions: read', or pass 'needs' instead.`));
        }
    }
    const status = settings.status === 'auto' ? (0,src_jobs/* autoStatus */.yq)(jobs) : settings.status;
    const mention = settings.mention !== undefined && settings.mentionOn.includes(status) ? settings.mention : undefined;
    let message;
    if (settings.payloadFile !== undefined) {
        const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
        const file = await regularFile(settings.payloadFile, "Input 'payload-file'", runnerRoots(workspace));
        const rendered = renderTemplate(await (0,promises_.readFile)(file, 'utf8'), settings.payloadFile, {
            ...templateEnvironment(process.env),
            ...placeholders(context, status),
            ...settings.variables,
        });
        if (rendered.unknown.length > 0)
            core/* warning */.$e((0,shared_text/* bounded */.Mm)(`Input 'payload-file' (${settings.payloadFile}) uses ${rendered.unknown.map((n) => `\${${n}}`).join(', ')}, which ${rendered.unknown.length === 1 ? 'is not a known placeholder' : 'are not known placeholders'}: left as written. Give values with 'variables' (NAME=value lines).`), { title: 'slack-report' });
        message = rendered.message;
    }
    else {
        message = buildMessage({
            context,
            status,
            title: settings.title,
            text: settings.text,
            mention,
            fields: settings.fields,
            jobs,
        });
    }
    const summary = new SummaryBuilder();
    const transport = settings.webhook !== undefined
        ? 'incoming webhook'
        : settings.token !== undefined
            ? `Web API, channel ${settings.channel ?? ''}`
            : undefined;
    summary.heading(`Slack report: ${status}${transport === undefined ? ' (preview, not sent)' : ''}`, 2);
    summary.raw(codeBlock(plainPreview(message)));
    summary.details('Block Kit JSON', codeBlock(JSON.stringify({ text: message.text, blocks: message.blocks }, null, 2), 'json'));
    core/* setOutput */.uH('status', status);
    if (transport === undefined) {
        await writeJobSummary(summary);
        core/* setOutput */.uH('sent', 'false');
        core/* setOutput */.uH('ts', '');
        core/* setOutput */.uH('channel', '');
        core/* setOutput */.uH('thread-ts', '');
        core/* notice */.lm('No Slack message sent: neither webhook-url nor token is set. The job summary shows what would have been posted.', { title: 'slack-report' });
        return;
    }
    try {
        const sent = settings.webhook !== undefined
            ? await sendWebhook(settings.webhook, message, settings)
            : await sendApi(settings.token ?? '', message, settings);
        core/* setOutput */.uH('sent', 'true');
        core/* setOutput */.uH('ts', sent.ts);
        core/* setOutput */.uH('channel', sent.channel);
        core/* setOutput */.uH('thread-ts', settings.threadTs ?? sent.ts);
        summary.raw(`Sent through the ${transport}${sent.ts ? ` (ts ${sent.ts})` : ''}.`);
        await writeJobSummary(summary);
        core/* info */.pq(`Slack message ${settings.updateTs !== undefined ? 'updated' : 'sent'} (${status}).`);
    }
    catch (error) {
        const message = redactor.redact(`Slack report not sent: ${(0,errors/* errorMessage */.gJ)(error)}`);
        core/* setOutput */.uH('sent', 'false');
        core/* setOutput */.uH('ts', '');
        core/* setOutput */.uH('channel', '');
        core/* setOutput */.uH('thread-ts', '');
        summary.raw(`**Not sent**: ${message}`);
        await writeJobSummary(summary);
        if (settings.failOnError)
            throw new errors/* ActionFailure */.dR(message);
        core/* warning */.$e(`${message} (fail-on-error is false)`, { title: 'slack-report' });
    }
}


/***/ }),

/***/ 4319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   XB: () => (/* binding */ gitHubClient),
/* harmony export */   toolkitGitHub: () => (/* binding */ toolkitGitHub)
/* harmony export */ });
/* unused harmony exports describeFailure, upsertComment */
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
