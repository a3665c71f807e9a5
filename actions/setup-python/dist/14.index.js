export const id = 14;
export const ids = [14,583];
export const modules = {

/***/ 2014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fromManifest: () => (/* binding */ fromManifest)
});

// UNUSED EXPORTS: currentPlatform

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/exec.ts + 1 modules
var exec = __webpack_require__(4532);
// EXTERNAL MODULE: ./shared/live.ts
var live = __webpack_require__(6122);
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

// EXTERNAL MODULE: ./shared/proxy.ts + 2 modules
var proxy = __webpack_require__(2793);
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

// EXTERNAL MODULE: ./shared/secrets.ts
var secrets = __webpack_require__(5931);
// EXTERNAL MODULE: ./actions/setup-python/src/manifest.ts
var manifest = __webpack_require__(583);
// EXTERNAL MODULE: ./actions/setup-python/src/version-spec.ts
var version_spec = __webpack_require__(8730);
;// CONCATENATED MODULE: ./actions/setup-python/src/main-download.ts
/**
 * Installing Python from the actions/python-versions manifest into the runner tool cache, the way
 * actions/setup-python does (download the archive, extract it, run its setup.sh, which copies it to
 * RUNNER_TOOL_CACHE/Python/<version>/<arch> and marks it complete), with the manifest fetched with retries
 * and the token sent only to GitHub's own hosts.
 */












/** GitHub's hosts, and this server's (GHES): the only ones that see the token. */
function trusted(url) {
    const host = new URL(url).hostname;
    const server = process.env.GITHUB_SERVER_URL;
    const own = server === undefined ? [] : [new URL(server).hostname, `api.${new URL(server).hostname}`];
    return (['github.com', 'api.github.com', 'raw.githubusercontent.com', 'objects.githubusercontent.com'].includes(host) || own.includes(host));
}
function authHeader(url, token) {
    return token !== undefined && trusted(url) ? `token ${token}` : undefined;
}
function currentPlatform(architecture) {
    const platform = process.platform;
    let version;
    if (platform === 'linux' && (0,external_node_fs_.existsSync)('/etc/os-release'))
        version = (0,manifest/* linuxPlatformVersion */.E2)((0,external_node_fs_.readFileSync)('/etc/os-release', 'utf8'));
    return { platform, version, arch: architecture };
}
async function fetchManifest(settings) {
    const auth = authHeader(settings.url, settings.token);
    const shown = (0,secrets/* redactUrl */.B)(settings.url);
    const outcome = await retry(async ({ remainingMs }) => {
        try {
            const res = await httpRequest({
                url: settings.url,
                headers: { accept: 'application/json', ...(auth === undefined ? {} : { authorization: auth }) },
                timeoutMs: Math.min(30_000, remainingMs),
                maxBodyBytes: 32 * 1024 * 1024,
            });
            if (res.status === 200)
                return { kind: 'done', value: res.body };
            const reason = `HTTP ${res.status}`;
            return isRetryableStatus(res.status)
                ? { kind: 'retry', value: '', reason }
                : { kind: 'fatal', value: '', reason };
        }
        catch (error) {
            if (!(error instanceof HttpRequestError))
                throw error;
            // A bad URL or certificate fails the same way every time: no retry.
            return isTransientNetworkError(error.kind)
                ? { kind: 'retry', value: '', reason: error.message }
                : { kind: 'fatal', value: '', reason: error.message };
        }
    }, {
        maxAttempts: 4,
        initialDelayMs: 1000,
        factor: 2,
        maxDelayMs: 8000,
        deadlineMs: 60_000,
        jitter: 'equal',
    }, undefined, (delayMs, attempt) => core/* info */.pq(`Fetching the manifest at ${shown} failed (attempt ${attempt}); retrying in ${delayMs} ms.`));
    if (!outcome.ok)
        throw new errors/* ActionFailure */.dR(`Could not fetch the Python versions manifest at ${shown}: ${outcome.reason} after ${outcome.attempts} attempt(s).`);
    return outcome.value;
}
async function install(choice, settings, toolCache) {
    const version = (0,version_spec/* formatVersion */.qh)(choice.version);
    const url = choice.file.download_url;
    core/* info */.pq(`Downloading Python ${version} (${choice.file.filename}) from ${(0,secrets/* redactUrl */.B)(url)}.`);
    let archive;
    try {
        archive = await tool_cache/* downloadTool */.bq(url, undefined, authHeader(url, settings.token));
    }
    catch (error) {
        throw new errors/* ActionFailure */.dR(`Downloading Python ${version} from ${(0,secrets/* redactUrl */.B)(url)} failed: ${error instanceof Error ? error.message : String(error)}.`);
    }
    const extracted = await tool_cache/* extractTar */.nN(archive);
    const setupScript = external_node_path_default().join(extracted, 'setup.sh');
    if (!(0,external_node_fs_.existsSync)(setupScript))
        throw new errors/* ActionFailure */.dR(`The archive ${choice.file.filename} has no setup.sh: it is not an actions/python-versions build.`);
    // setup.sh installs into RUNNER_TOOL_CACHE/Python/<version>/<arch> and writes <arch>.complete.
    const ran = await (0,exec/* execCapture */.W)('bash', ['./setup.sh'], {
        cwd: extracted,
        timeoutMs: 10 * 60_000,
        live: (0,live/* liveLog */.N)("Python's setup.sh", ['stdout', 'stderr']),
    });
    if (ran.code !== 0)
        throw new errors/* ActionFailure */.dR(`Installing Python ${version} (setup.sh) failed with exit code ${String(ran.code)}: ${(ran.stderr || ran.stdout).trim().split('\n').slice(-3).join(' ')}`);
    const home = external_node_path_default().join(toolCache, 'Python', version, settings.architecture);
    for (const exe of ['bin/python3', 'bin/python', 'python']) {
        const file = external_node_path_default().join(home, exe);
        if ((0,external_node_fs_.existsSync)(file))
            return file;
    }
    throw new errors/* ActionFailure */.dR(`Python ${version}'s setup.sh finished, but there is no interpreter under ${home}.`);
}
/**
 * The interpreter from the manifest, installed into the tool cache; or why not. A manifest that cannot be
 * fetched is `unavailable` (the machine's interpreters may still do); a download or install that fails
 * after the manifest offered the version is an error.
 */
async function fromManifest(spec, settings, toolCache) {
    let text;
    try {
        text = await fetchManifest(settings);
    }
    catch (error) {
        return { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
    }
    const target = currentPlatform(settings.architecture);
    const releases = (0,manifest/* parseManifest */.Ng)(text, (0,secrets/* redactUrl */.B)(settings.url));
    const choice = (0,manifest/* chooseFromManifest */.Dt)(releases, spec, target);
    if (choice === undefined)
        return { kind: 'missing', reason: (0,manifest/* describeMiss */.gx)(releases, spec, target) };
    const file = await install(choice, settings, toolCache);
    return { kind: 'installed', candidate: { path: file, version: choice.version, source: 'manifest' } };
}


/***/ }),

/***/ 583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_MANIFEST_URL: () => (/* binding */ DEFAULT_MANIFEST_URL),
/* harmony export */   Dt: () => (/* binding */ chooseFromManifest),
/* harmony export */   E2: () => (/* binding */ linuxPlatformVersion),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   gx: () => (/* binding */ describeMiss)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _version_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8730);
/**
 * The actions/python-versions manifest (`versions-manifest.json`): which prebuilt CPython archives exist, for
 * which platform, platform version and architecture. Pure: parsing and choosing; fetching and installing is
 * the adapter's (main-download.ts).
 */


const DEFAULT_MANIFEST_URL = 'https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json';
const isObject = (v) => v !== null && typeof v === 'object';
/** Parses and checks the shape; a mirror serving an HTML error page must not look like "no versions". */
function parseManifest(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The Python versions manifest at ${source} is not JSON.`);
    }
    if (!Array.isArray(doc))
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The Python versions manifest at ${source} is not a list of releases.`);
    return doc.map((release, index) => {
        if (!isObject(release) || typeof release.version !== 'string' || !Array.isArray(release.files))
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionFailure */ .dR(`The Python versions manifest at ${source}: entry ${index + 1} has no version or files.`);
        const files = release.files.filter((f) => isObject(f) &&
            typeof f.filename === 'string' &&
            typeof f.arch === 'string' &&
            typeof f.platform === 'string' &&
            typeof f.download_url === 'string');
        return { version: release.version, stable: release.stable !== false, files };
    });
}
/** The platform version the manifest uses: Ubuntu's VERSION_ID from /etc/os-release. */
function linuxPlatformVersion(osRelease) {
    return /^VERSION_ID="?([^"\n]+)"?$/m.exec(osRelease)?.[1];
}
/**
 * The highest stable release satisfying the spec that has an archive for this platform, version and
 * architecture. Never a prerelease: a version request cannot name one.
 */
function chooseFromManifest(releases, spec, target) {
    let best;
    for (const release of releases) {
        if (!release.stable)
            continue;
        const version = (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(release.version);
        if (version === undefined || !spec.matches(version))
            continue;
        const file = release.files.find((f) => f.platform === target.platform &&
            f.arch === target.arch &&
            (f.platform_version === undefined || f.platform_version === target.version));
        if (file === undefined)
            continue;
        if (best === undefined || (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .compare */ .UD)(version, best.version) > 0)
            best = { version, file };
    }
    return best;
}
/** Why nothing was chosen, for the error that lists where the action looked. */
function describeMiss(releases, spec, target) {
    const matching = releases.filter((r) => {
        const v = (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(r.version);
        return v !== undefined && spec.matches(v);
    });
    const where = `${target.platform}${target.version === undefined ? '' : ` ${target.version}`} ${target.arch}`;
    if (matching.length === 0)
        return `the manifest has no release matching ${spec.text}`;
    const newest = matching
        .map((r) => (0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseVersion */ .ot)(r.version))
        .filter((v) => v !== undefined)
        .reduce((a, b) => ((0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .compare */ .UD)(a, b) >= 0 ? a : b));
    return `the manifest has ${spec.text} (newest ${(0,_version_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .formatVersion */ .qh)(newest)}) but no archive for ${where}`;
}


/***/ })

};
