export const id = 306;
export const ids = [306];
export const modules = {

/***/ 1422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xN: () => (/* binding */ assumeRole),
  nl: () => (/* binding */ deadline),
  ed: () => (/* binding */ ec2Port)
});

// UNUSED EXPORTS: ApiDeadlineError, requestHandler, waiterTiming

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./shared/proxy.ts + 2 modules
var proxy = __webpack_require__(2793);
;// CONCATENATED MODULE: ./shared/json.ts
/** Parsed JSON (or YAML) of unknown shape. */
/** A JSON object: not a list, not null. */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
;// CONCATENATED MODULE: ./actions/ec2-deploy/src/waiter-error.ts
/**
 * What an EC2 waiter's failure means, in one line. The SDK's waiters throw an Error whose message is the
 * waiter's whole result as JSON (state, the last answer, every answer counted): shown as it is, a wait that
 * ran out or an instance that was terminated reads as a page of JSON.
 */


/** The waiter's result inside the error's message, or undefined when the message is not one. */
function waiterResult(message) {
    let parsed;
    try {
        parsed = JSON.parse(message);
    }
    catch {
        return undefined;
    }
    return isObject(parsed) ? parsed : undefined;
}
/** The states DescribeInstances gave in `reason` (the answer the waiter stopped on). */
function instanceStates(reason) {
    if (!isObject(reason) || !Array.isArray(reason.Reservations))
        return [];
    const reservations = reason.Reservations;
    const instances = reservations.flatMap((r) => isObject(r) && Array.isArray(r.Instances) ? r.Instances : []);
    return instances.flatMap((i) => isObject(i) && isObject(i.State) && typeof i.State.Name === 'string' ? [i.State.Name] : []);
}
/**
 * The answers that were not a plain success, as the waiter counted them ("403: You are not authorized…"
 * ×5): the reason a wait ran out is often an error EC2 kept giving, which the waiter retries silently.
 */
function errorAnswers(observed) {
    if (!isObject(observed))
        return [];
    return Object.entries(observed)
        .filter(([answer]) => /^\d{3}: /.test(answer) && !/^2\d\d: OK$/.test(answer))
        .slice(-3)
        .map(([answer, count]) => `${(0,shared_text/* oneLine */.TN)(answer, 200)}${Number(count) > 1 ? ` (×${String(count)})` : ''}`);
}
/** The error to show for a waiter that ended without reaching `what` within `seconds`. */
function waiterError(id, what, seconds, error) {
    const message = error instanceof Error ? error.message : String(error);
    const result = waiterResult(message);
    const timedOut = (error instanceof Error && error.name === 'TimeoutError') || result?.state === 'TIMEOUT';
    if (timedOut) {
        const answers = errorAnswers(result?.observedResponses);
        return new Error(`instance ${id} was not ${what} within ${seconds}s (wait-timeout)${answers.length > 0 ? `; EC2 answered ${answers.join('; ')}` : ''}`);
    }
    if (result?.state === 'FAILURE') {
        const states = [...new Set(instanceStates(result.reason))];
        if (states.length > 0)
            return new Error(`instance ${id} will not be ${what}: it is ${states.join(', ')}`);
    }
    return new Error(`waiting for instance ${id} to be ${what} failed: ${(0,shared_text/* oneLine */.TN)(message, 500)}`);
}

;// CONCATENATED MODULE: ./actions/ec2-deploy/src/aws.ts
/**
 * The EC2 port over @aws-sdk/client-ec2: credentials from the SDK's default chain (so
 * aws-actions/configure-aws-credentials and OIDC work), the SDK's own retries for throttling, and its
 * waiters for the states. AWS_ENDPOINT_URL_EC2 points it elsewhere (a VPC endpoint, or a test server).
 */




/**
 * A waiter's limits, in the whole seconds the SDK takes: at most `maxWaitMs` and what is left of the
 * deadline (rounded down, so the waiter's own timeout comes first and says which state was not reached; at
 * least a second), polled quickly at first as an instance often needs under a minute. The SDK refuses a
 * wait no longer than its first delay, so a short one (the end of a nearly spent wait-timeout) polls sooner
 * rather than failing with the SDK's configuration error.
 */
function waiterTiming(maxWaitMs, leftMs) {
    const maxWaitTime = Math.max(1, Math.floor(Math.min(maxWaitMs, leftMs) / 1000));
    return { maxWaitTime, minDelay: Math.min(2, maxWaitTime / 2), maxDelay: 15 };
}
/**
 * One attempt at one API call: an endpoint that accepts and never answers costs this, then a retry. The SDK
 * ignores HTTPS_PROXY: the runner's proxy, when it has one for the service's endpoint, is given as its agent.
 */
function requestHandler(service, region, env = process.env) {
    const configured = env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] ?? env.AWS_ENDPOINT_URL ?? '';
    let endpoint;
    try {
        endpoint = new URL(configured);
    }
    catch {
        // None set (''), or not a URL: the SDK's own endpoint for the region.
        endpoint = new URL(`https://${service}.${region}.amazonaws.com`);
    }
    const agent = (0,proxy/* proxyAgent */.QT)(endpoint);
    return {
        connectionTimeout: 10_000,
        requestTimeout: 30_000,
        ...(agent === undefined
            ? {}
            : endpoint.protocol === 'https:'
                ? { httpsAgent: agent }
                : { httpAgent: agent }),
    };
}
/** The API did not answer before the step's own deadline (`wait-timeout`). */
class ApiDeadlineError extends Error {
    name = 'ApiDeadlineError';
}
/**
 * Every call to AWS within one deadline: each call gets what is left of it as an abort signal, so a hung
 * endpoint or a throttling storm ends with the deadline the user set, not the SDK's retries.
 */
function deadline(totalMs, now = Date.now) {
    const end = now() + totalMs;
    return {
        leftMs: () => Math.max(0, end - now()),
        async call(what, send) {
            const left = end - now();
            const late = () => new ApiDeadlineError(`AWS did not answer ${what} within wait-timeout (${Math.round(totalMs / 1000)}s)`);
            if (left <= 0)
                throw late();
            const signal = AbortSignal.timeout(left);
            // Raced as well as passed on: a call that ignores the signal still ends at the deadline.
            let onAbort;
            const aborted = new Promise((_resolve, reject) => {
                onAbort = () => reject(late());
                signal.addEventListener('abort', onAbort, { once: true });
            });
            try {
                return await Promise.race([send(signal), aborted]);
            }
            catch (error) {
                if (signal.aborted)
                    throw late();
                throw error;
            }
            finally {
                if (onAbort !== undefined)
                    signal.removeEventListener('abort', onAbort);
            }
        },
    };
}
/** Exchanges the job's OIDC token for a role's temporary credentials: no long-lived keys in the repository. */
async function assumeRole(region, roleArn, sessionName, webIdentityToken, within) {
    const sts = new client_sts_dist_cjs/* STSClient */.iM({ region, maxAttempts: 6, requestHandler: requestHandler('sts', region) });
    const out = await within.call('AssumeRoleWithWebIdentity', (abortSignal) => sts.send(new client_sts_dist_cjs/* AssumeRoleWithWebIdentityCommand */.WH({
        RoleArn: roleArn,
        RoleSessionName: sessionName,
        WebIdentityToken: webIdentityToken,
        DurationSeconds: 3600,
    }), { abortSignal }));
    const c = out.Credentials;
    if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined || c.SessionToken === undefined) {
        throw new Error(`STS returned no credentials for ${roleArn}`);
    }
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}
function ec2Port(region, within, credentials) {
    const client = new dist_cjs/* EC2Client */.gu5({
        region,
        maxAttempts: 6,
        requestHandler: requestHandler('ec2', region),
        ...(credentials !== undefined ? { credentials } : {}),
    });
    const waitFor = async (waiter, what, id, maxWaitMs) => {
        const timing = waiterTiming(maxWaitMs, within.leftMs());
        try {
            await within.call(`while waiting for ${id} to be ${what}`, (abortSignal) => waiter({ client, abortSignal, ...timing }, { InstanceIds: [id] }));
        }
        catch (error) {
            if (error instanceof ApiDeadlineError)
                throw error;
            throw waiterError(id, what, timing.maxWaitTime, error);
        }
    };
    return {
        async describe(id) {
            const out = await within.call('DescribeInstances', (abortSignal) => client.send(new dist_cjs/* DescribeInstancesCommand */.bNs({ InstanceIds: [id] }), { abortSignal }));
            const instance = out.Reservations?.[0]?.Instances?.[0];
            if (instance === undefined)
                throw new Error(`instance ${id} was not found in ${region}`);
            return {
                id,
                state: instance.State?.Name ?? 'unknown',
                publicIp: instance.PublicIpAddress,
                publicDns: instance.PublicDnsName || undefined,
                privateIp: instance.PrivateIpAddress,
            };
        },
        async findByTags(tags) {
            const out = await within.call('DescribeInstances', (abortSignal) => client.send(new dist_cjs/* DescribeInstancesCommand */.bNs({
                Filters: [
                    ...tags.map(([key, value]) => ({ Name: `tag:${key}`, Values: [value] })),
                    { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
                ],
            }), { abortSignal }));
            return (out.Reservations ?? [])
                .flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId ?? ''))
                .filter(Boolean);
        },
        async start(id) {
            await within.call('StartInstances', (abortSignal) => client.send(new dist_cjs/* StartInstancesCommand */.a9E({ InstanceIds: [id] }), { abortSignal }));
        },
        async stop(id) {
            await within.call('StopInstances', (abortSignal) => client.send(new dist_cjs/* StopInstancesCommand */.esG({ InstanceIds: [id] }), { abortSignal }));
        },
        waitRunning: (id, ms) => waitFor(dist_cjs/* waitUntilInstanceRunning */.kAk, 'running', id, ms),
        waitStopped: (id, ms) => waitFor(dist_cjs/* waitUntilInstanceStopped */.QLE, 'stopped', id, ms),
        waitStatusOk: (id, ms) => waitFor(dist_cjs/* waitUntilInstanceStatusOk */.FTb, 'passing its status checks', id, ms),
    };
}


/***/ }),

/***/ 9306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy),
  R: () => (/* binding */ roleCredentials)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./actions/ec2-deploy/src/esm-dirname.ts
/**
 * ssh2 bundles an Emscripten module that reads the CommonJS `__dirname`, which an ES module bundle does not
 * have: it would die with "ReferenceError: __dirname is not defined" when SSH is first loaded. Imported
 * before ssh.ts, this gives it the bundle's folder.
 */


const scope = globalThis;
scope.__dirname ??= external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(9715);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
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

// EXTERNAL MODULE: ./shared/units.ts
var units = __webpack_require__(7801);
// EXTERNAL MODULE: ./actions/ec2-deploy/src/aws.ts + 2 modules
var aws = __webpack_require__(1422);
// EXTERNAL MODULE: ./actions/ec2-deploy/src/host-keys.ts
var host_keys = __webpack_require__(8097);
;// CONCATENATED MODULE: ./actions/ec2-deploy/src/instance.ts
/**
 * Bringing an existing instance to a state that can take a deploy, idempotently: running → nothing to do;
 * stopped → start; stopping → wait until stopped, then start; pending → wait; shutting-down or terminated →
 * a clear error. Then, when asked, wait for the instance and system status checks. The EC2 calls come
 * through a port, so this logic is tested without AWS.
 */

/** Exactly one instance with these tags, or a clear error naming how many matched. */
async function resolveInstance(port, id, tags) {
    if (id !== undefined)
        return id;
    const ids = await port.findByTags(tags);
    const described = tags.map(([k, v]) => `${k}=${v}`).join(', ');
    if (ids.length === 1 && ids[0] !== undefined)
        return ids[0];
    if (ids.length === 0)
        throw new errors/* ActionFailure */.dR(`No instance (not terminated) has the tags ${described}.`);
    throw new errors/* ActionFailure */.dR(`${ids.length} instances have the tags ${described} (${ids.join(', ')}): add tags until exactly one matches, or give instance-id.`);
}
async function ensureStarted(port, id, options, now = Date.now) {
    const t0 = now();
    const timeline = [];
    const mark = (what) => {
        timeline.push({ what, atMs: now() - t0 });
    };
    const left = () => Math.max(1000, options.timeoutMs - (now() - t0));
    let info = await port.describe(id);
    mark(`found ${id} ${info.state}`);
    let started = false;
    const startAndWait = async () => {
        await port.start(id);
        started = true;
        mark('start requested');
        await port.waitRunning(id, left());
        mark('running');
    };
    switch (info.state) {
        case 'running':
            break;
        case 'pending':
            await port.waitRunning(id, left());
            mark('running');
            break;
        case 'stopping':
            // It cannot be started until it has stopped.
            await port.waitStopped(id, left());
            mark('stopped');
            await startAndWait();
            break;
        case 'stopped':
            await startAndWait();
            break;
        case 'shutting-down':
        case 'terminated':
            throw new errors/* ActionFailure */.dR(`Instance ${id} is ${info.state}: it cannot be started again. Launch a new one and update instance-id (or its tags).`);
        default:
            throw new errors/* ActionFailure */.dR(`Instance ${id} is in the unexpected state '${info.state}'.`);
    }
    if (options.waitFor === 'status-ok') {
        await port.waitStatusOk(id, left());
        mark('status checks ok');
    }
    // Addresses change when a stopped instance starts: read them after.
    info = await port.describe(id);
    return { info, started, timeline };
}
function addressOf(info, kind) {
    const value = kind === 'public-ip' ? info.publicIp : kind === 'public-dns' ? info.publicDns : info.privateIp;
    if (value === undefined || value === '') {
        throw new errors/* ActionFailure */.dR(`Instance ${info.id} has no ${kind} (is it in a public subnet?): use address: private-ip from a runner in the VPC, or give host.`);
    }
    return value;
}

// EXTERNAL MODULE: ./actions/ec2-deploy/src/remote-script.ts
var remote_script = __webpack_require__(162);
;// CONCATENATED MODULE: ./actions/ec2-deploy/src/script-outputs.ts
/**
 * Step outputs set by the remote script: it appends to the file named by RUNWAY_OUTPUT on the host, in
 * GITHUB_OUTPUT's format (`name=value`, or `name<<DELIMITER`, lines, `DELIMITER`), and the action reads it
 * back after the script, size-capped, and sets each as an output of the step.
 */

/** Read back at most this much: outputs are for tags, versions and ids, not logs. */
const OUTPUT_LIMIT_BYTES = 64 * 1024;
/** The action's own outputs, which a script may not overwrite. */
const RESERVED_OUTPUTS = [
    'instance-id',
    'instance-state',
    'public-ip',
    'public-dns',
    'private-ip',
    'host',
    'host-fingerprint',
    'exit-code',
    'started',
    'duration-seconds',
    'outputs',
];
const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Parses the file's text; one error names the first bad line. A name set twice keeps its last value. */
function parseScriptOutputs(text) {
    const values = new Map();
    const lines = text.split('\n');
    if (lines.at(-1) === '')
        lines.pop();
    const bad = (n, why) => ({ ok: false, error: `line ${n + 1} ${why}` });
    for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] ?? '').replace(/\r$/, '');
        if (line.trim() === '')
            continue;
        // A heredoc moves i past its closing line; a bad name is on its opening line.
        const start = i;
        const heredoc = line.indexOf('<<');
        const eq = line.indexOf('=');
        let name;
        let value;
        if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
            name = line.slice(0, heredoc);
            const delimiter = line.slice(heredoc + 2);
            if (delimiter === '')
                return bad(i, `(${name}<<) has no delimiter`);
            const end = lines.findIndex((l, j) => j > i && l.replace(/\r$/, '') === delimiter);
            if (end < 0)
                return bad(i, `opens ${name}<<${delimiter}, which is never closed`);
            value = lines
                .slice(i + 1, end)
                .map((l) => l.replace(/\r$/, ''))
                .join('\n');
            i = end;
        }
        else if (eq > 0) {
            name = line.slice(0, eq);
            value = line.slice(eq + 1);
        }
        else {
            return bad(i, 'is neither name=value nor name<<DELIMITER');
        }
        if (!NAME.test(name))
            return bad(start, `has the name '${name.slice(0, 40)}', not a valid output name`);
        if (RESERVED_OUTPUTS.includes(name))
            return bad(start, `sets '${name}', which is one of ec2-deploy's own outputs`);
        values.set(name, value);
    }
    return { ok: true, outputs: [...values] };
}
/** Lines put before the script: the empty output file, made only if it does not exist yet, private. */
function createOutputFile(file) {
    return [`export RUNWAY_OUTPUT=${(0,remote_script/* shellQuote */.ZL)(file)}`, '(umask 077 && set -C && : > "$RUNWAY_OUTPUT")'];
}
/** The command that prints the first `limit + 1` bytes of the file and removes it. */
function readBackCommand(file, limit = OUTPUT_LIMIT_BYTES) {
    const quoted = (0,remote_script/* shellQuote */.ZL)(file);
    return `if [ -f ${quoted} ]; then head -c ${limit + 1} -- ${quoted}; rm -f -- ${quoted}; fi`;
}

// EXTERNAL MODULE: ./node_modules/node-ssh/lib/esm/index.mjs + 2 modules
var esm = __webpack_require__(9487);
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

;// CONCATENATED MODULE: ./actions/ec2-deploy/src/ssh.ts
/**
 * SSH with node-ssh: the host key checked before anything runs, connection retried with backoff while the
 * server comes up (refused, timed out, banner not ready), never on a wrong key or failed authentication;
 * the script's exit code and signal read from execCommand (node-ssh's exec() ignores them).
 */






class HostKeyError extends Error {
    seen;
    name = 'HostKeyError';
    constructor(message, seen) {
        super(message);
        this.seen = seen;
    }
}
const TRANSIENT = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|Timed out while waiting for handshake|handshake|banner|Connection lost before handshake|socket hang up|EAI_AGAIN/i;
async function connect(options) {
    let seen = '';
    const outcome = await retry(async ({ remainingMs }) => {
        const ssh = new esm/* NodeSSH */.H();
        try {
            await ssh.connect({
                host: options.host,
                port: options.port,
                username: options.username,
                privateKey: options.privateKey,
                ...(options.passphrase !== undefined ? { passphrase: options.passphrase } : {}),
                readyTimeout: Math.min(20_000, Math.max(1000, remainingMs)),
                hostVerifier: (key) => {
                    seen = (0,host_keys/* fingerprintOf */.ax)(key);
                    return options.policy.mode !== 'pinned' || options.policy.fingerprints.includes(seen);
                },
            });
            return { kind: 'done', value: { ssh, fingerprint: seen, attempts: 0 } };
        }
        catch (error) {
            ssh.dispose();
            const message = error instanceof Error ? error.message : String(error);
            if (/verification failed|Host denied/i.test(message)) {
                const failure = new HostKeyError(`the host key of ${options.host}:${options.port} is ${seen}, which is not pinned`, seen);
                return { kind: 'fatal', value: failure, reason: failure.message };
            }
            if (/authentication methods failed|Authentication failed|All configured/i.test(message)) {
                const failure = new Error(`authentication as ${options.username} failed (check username and ssh-key)`);
                return { kind: 'fatal', value: failure, reason: failure.message };
            }
            if (/privateKey|Cannot parse|Unsupported key|Encrypted private key|passphrase/i.test(message)) {
                const failure = new Error(`the private key cannot be used: ${message}`);
                return { kind: 'fatal', value: failure, reason: failure.message };
            }
            const failure = new Error(`SSH to ${options.host}:${options.port} is not ready: ${message}`);
            options.log(`${failure.message}; retrying`);
            return TRANSIENT.test(message)
                ? { kind: 'retry', value: failure, reason: failure.message }
                : { kind: 'fatal', value: failure, reason: failure.message };
        }
    }, {
        maxAttempts: 1000,
        initialDelayMs: 500,
        factor: 1.5,
        maxDelayMs: 5000,
        deadlineMs: options.waitTimeoutMs,
        jitter: 'equal',
    });
    if (outcome.ok && !(outcome.value instanceof Error))
        return { ...outcome.value, attempts: outcome.attempts };
    const value = outcome.value;
    if (value instanceof Error)
        throw value;
    throw new Error(outcome.ok ? 'unexpected' : outcome.reason);
}
/**
 * The remote command: `shell` run in a session of its own (setsid), its process group id written to `pidFile`,
 * so that a timeout or a cancelled step can stop the script and everything it started. Closing the SSH
 * connection is not enough: without a terminal, sshd sends no hang-up, and a loop keeps running.
 */
function groupedCommand(shell, pidFile) {
    const wrapper = (0,remote_script/* shellQuote */.ZL)('echo $$ > "$0"; "$@"; c=$?; rm -f "$0"; exit $c');
    const file = (0,remote_script/* shellQuote */.ZL)(pidFile);
    return (`if command -v setsid >/dev/null 2>&1; then exec setsid -w sh -c ${wrapper} ${file} ${shell}; ` +
        `else exec sh -c ${wrapper} ${file} ${shell}; fi`);
}
/**
 * Stops the group in `pidFile`: TERM, then KILL after `graceSeconds` for what traps TERM; then removes the
 * `leftovers` (files of the run, such as the output file, that nothing reads after a stop).
 */
function killCommand(pidFile, graceSeconds, leftovers = []) {
    const file = (0,remote_script/* shellQuote */.ZL)(pidFile);
    const extra = leftovers.map((f) => ` ${(0,remote_script/* shellQuote */.ZL)(f)}`).join('');
    const signal = (name) => `kill -${name} -- -"$p" 2>/dev/null || kill -${name} "$p" 2>/dev/null`;
    return (`p=$(cat ${file} 2>/dev/null); [ -n "$p" ] || exit 0; ${signal('TERM')}; ` +
        `i=0; while [ $i -lt ${graceSeconds * 10} ] && kill -0 -- -"$p" 2>/dev/null; do sleep 0.1; i=$((i+1)); done; ` +
        `${signal('KILL')}; rm -f ${file}${extra}`);
}
/**
 * Runs `shell` with the script on stdin, streaming output live. After `timeoutMs`, or when the step is
 * cancelled, the script's whole process group on the host is stopped (TERM, then KILL after `graceMs`).
 */
async function runScript(connection, shell, stdin, timeoutMs, onOutput, graceMs = 3000, leftovers = []) {
    const tail = [];
    const keep = (chunk) => {
        tail.push(...chunk.split('\n').filter(Boolean));
        if (tail.length > 50)
            tail.splice(0, tail.length - 50);
    };
    const pidFile = `/tmp/runway-deploy-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.pgid`;
    const state = { timedOut: false };
    let stopping;
    const stopRemote = (grace) => {
        stopping ??= (async () => {
            const kill = connection.ssh.execCommand(killCommand(pidFile, Math.ceil(grace / 1000), leftovers));
            // The kill itself is bounded: a connection that died takes the session (and sshd its children) with it.
            const bound = new Promise((resolve) => setTimeout(resolve, grace + 5000).unref());
            await Promise.race([kill.catch(() => undefined), bound]);
            connection.ssh.dispose();
        })();
        return stopping;
    };
    const timer = setTimeout(() => {
        state.timedOut = true;
        void stopRemote(graceMs);
    }, timeoutMs);
    // A cancelled step (the runner's SIGINT, then SIGTERM) stops the remote script before it goes.
    const { release } = whileRunning(() => stopRemote(1000));
    try {
        const result = await connection.ssh.execCommand(groupedCommand(shell, pidFile), {
            stdin,
            onStdout: (b) => {
                const s = b.toString('utf8');
                keep(s);
                onOutput(s, 'stdout');
            },
            onStderr: (b) => {
                const s = b.toString('utf8');
                keep(s);
                onOutput(s, 'stderr');
            },
        });
        if (state.timedOut)
            await stopping;
        return { code: result.code, signal: result.signal, timedOut: state.timedOut, tail };
    }
    catch (error) {
        if (state.timedOut) {
            await stopping;
            return { code: null, signal: null, timedOut: true, tail };
        }
        throw error;
    }
    finally {
        clearTimeout(timer);
        release();
    }
}

;// CONCATENATED MODULE: ./actions/ec2-deploy/src/main-deploy.ts
/** The adapter's second half: start and wait for the instance, then run the script over verified SSH. */














/** The SDK found no credentials anywhere in its chain (its CredentialsProviderError). */
function noCredentials(error) {
    return (error instanceof Error &&
        (error.name === 'CredentialsProviderError' ||
            /Could not load credentials from any providers/.test(error.message)));
}
/** The job's OIDC token exchanged for the role's credentials (masked at once). */
async function roleCredentials(region, role, session, within, mark = () => undefined) {
    let token;
    try {
        token = await core/* getIDToken */.V9('sts.amazonaws.com');
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`Input 'role-to-assume' needs the job's OIDC token, which could not be had (${(0,errors/* errorMessage */.gJ)(error).split('\n')[0] ?? ''}): give the job permissions: id-token: write.`);
    }
    try {
        const credentials = await (0,aws/* assumeRole */.xN)(region, role, session, token, within);
        core/* setSecret */.Pq(credentials.secretAccessKey);
        core/* setSecret */.Pq(credentials.sessionToken);
        mark(`assumed ${role}`);
        return credentials;
    }
    catch (error) {
        throw new errors/* ActionFailure */.dR(`Could not assume ${role} with the job's OIDC token: ${(0,errors/* errorMessage */.gJ)(error)} (check the role's trust policy for token.actions.githubusercontent.com and this repository).`);
    }
}
async function deploy(settings, redactor) {
    const t0 = Date.now();
    const timeline = [];
    const mark = (what) => {
        timeline.push({ what, atMs: Date.now() - t0 });
    };
    const summary = new SummaryBuilder();
    const finish = async (ok, headline) => {
        core/* setOutput */.uH('duration-seconds', String(Math.round((Date.now() - t0) / 1000)));
        summary.raw(`${ok ? '✅' : '❌'} ${headline}`);
        summary.table(['Step', 'At', 'Took'], timeline.map((e, i) => [
            e.what,
            `+${(0,units/* formatDuration */.a3)(e.atMs)}`,
            (0,units/* formatDuration */.a3)(e.atMs - (timeline[i - 1]?.atMs ?? 0)),
        ]), ['left', 'right', 'right']);
        await writeJobSummary(summary);
    };
    summary.heading('EC2 deploy', 2);
    core/* saveState */.LZ('stop-after', settings.stopAfter);
    let info;
    if (settings.instanceId !== undefined || settings.tags.length > 0) {
        const region = settings.region ?? '';
        // One deadline for every AWS call of the step, from the role to a ready instance.
        const within = (0,aws/* deadline */.nl)(settings.waitTimeoutMs);
        const credentials = settings.roleToAssume === undefined
            ? undefined
            : await roleCredentials(region, settings.roleToAssume, settings.roleSessionName, within, mark);
        if (settings.roleToAssume !== undefined) {
            core/* saveState */.LZ('role-to-assume', settings.roleToAssume);
            core/* saveState */.LZ('role-session-name', settings.roleSessionName);
        }
        const port = (0,aws/* ec2Port */.ed)(region, within, credentials);
        core/* saveState */.LZ('wait-timeout-ms', String(settings.waitTimeoutMs));
        let id;
        try {
            id = await resolveInstance(port, settings.instanceId, settings.tags);
            core/* saveState */.LZ('instance-id', id);
            core/* saveState */.LZ('region', region);
            const started = await ensureStarted(port, id, {
                waitFor: settings.waitFor,
                timeoutMs: settings.waitTimeoutMs,
            });
            info = started.info;
            timeline.push(...started.timeline);
            core/* setOutput */.uH('started', String(started.started));
        }
        catch (error) {
            mark(`failed: ${(0,errors/* errorMessage */.gJ)(error)}`);
            await finish(false, 'The instance could not be made ready.');
            if (error instanceof errors/* ActionFailure */.dR || error instanceof errors/* ConfigurationError */.j1)
                throw error;
            if (noCredentials(error))
                throw new errors/* ConfigurationError */.j1(`No AWS credentials for EC2 in ${region}: give 'role-to-assume' (the job needs permissions: id-token: write), run aws-actions/configure-aws-credentials before this step, or use a runner with an instance profile.`);
            throw new errors/* ActionFailure */.dR(redactor.redact(`EC2 in ${region}: ${(0,errors/* errorMessage */.gJ)(error)}`));
        }
        core/* setOutput */.uH('instance-id', info.id);
        core/* setOutput */.uH('instance-state', info.state);
        core/* setOutput */.uH('public-ip', info.publicIp ?? '');
        core/* setOutput */.uH('public-dns', info.publicDns ?? '');
        core/* setOutput */.uH('private-ip', info.privateIp ?? '');
        core/* info */.pq(`${info.id} is ${info.state} (public ${info.publicIp ?? '–'}, private ${info.privateIp ?? '–'}).`);
    }
    else {
        core/* setOutput */.uH('started', 'false');
    }
    const host = settings.host ?? (info !== undefined ? addressOf(info, settings.address) : '');
    core/* setOutput */.uH('host', host);
    if (settings.script === undefined) {
        core/* saveState */.LZ('outcome', 'success');
        await finish(true, info ? `${info.id} is ready at ${host}.` : 'Nothing to run.');
        return;
    }
    const pinned = [
        ...settings.fingerprints,
        ...(settings.knownHosts ? (0,host_keys/* fingerprintsFromKnownHosts */.G$)(settings.knownHosts, host, settings.sshPort) : []),
    ];
    const policy = {
        mode: settings.hostKeyCheck === 'strict' ? 'pinned' : settings.hostKeyCheck,
        fingerprints: pinned,
    };
    let connection;
    try {
        connection = await connect({
            host,
            port: settings.sshPort,
            username: settings.username ?? '',
            privateKey: settings.sshKey ?? '',
            passphrase: settings.passphrase,
            policy,
            waitTimeoutMs: settings.waitTimeoutMs,
            log: (line) => {
                core/* info */.pq(redactor.redact(line));
            },
        });
    }
    catch (error) {
        mark('SSH refused');
        await finish(false, 'SSH could not be used.');
        if (error instanceof HostKeyError) {
            const advice = pinned.length === 0
                ? `No host key is pinned, so nothing was run. Check the fingerprint out of band, then add to the step:\n  host-fingerprint: ${error.seen}\n(or choose host-key-check: accept-new to trust on first use).`
                : `It matches none of the pinned fingerprints (${pinned.join(', ')}): the host changed, or someone is in the middle. Nothing was run.`;
            throw new errors/* ActionFailure */.dR(`Host key not verified: ${error.message}. ${advice}`.replace(/\n\s*/g, ' '));
        }
        throw new errors/* ActionFailure */.dR(redactor.redact(`SSH to ${host}:${settings.sshPort} failed: ${(0,errors/* errorMessage */.gJ)(error)}`));
    }
    core/* setOutput */.uH('host-fingerprint', connection.fingerprint);
    mark(`SSH ready (${connection.attempts} attempt${connection.attempts === 1 ? '' : 's'})`);
    if (settings.hostKeyCheck === 'accept-new')
        core/* notice */.lm(`Trusted ${host}'s host key on first use: ${connection.fingerprint}. Pin it with host-fingerprint.`, { title: 'ec2-deploy' });
    if (settings.hostKeyCheck === 'off') {
        core/* warning */.$e(`Host key checking is off: ${host} presented ${connection.fingerprint}, which was not verified.`, { title: 'ec2-deploy' });
        summary.raw(`> [!WARNING]\n> Host key checking is off: ${connection.fingerprint} was not verified.`);
    }
    core/* startGroup */.Oh(`Running the script on ${settings.username ?? ''}@${host}`);
    const outputFile = `/tmp/runway-output-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`;
    let result;
    let written;
    try {
        result = await runScript(connection, settings.shell, (0,remote_script/* remoteScript */.mW)(settings.script, settings.env, settings.workingDirectory, createOutputFile(outputFile)), settings.commandTimeoutMs, (chunk) => {
            process.stdout.write(redactor.redact(chunk));
        }, undefined, [outputFile]);
        // What the script wrote to RUNWAY_OUTPUT, after a failure too (a rollback needs what it recorded).
        if (!result.timedOut)
            written = (await connection.ssh.execCommand(readBackCommand(outputFile))).stdout;
    }
    finally {
        core/* endGroup */.N4();
        connection.ssh.dispose();
    }
    const code = result.code;
    core/* setOutput */.uH('exit-code', code === null ? '' : String(code));
    const outputsError = setScriptOutputs(written, summary, redactor);
    if (outputsError !== undefined && code !== 0)
        core/* warning */.$e(`RUNWAY_OUTPUT on ${host} was not read: ${outputsError}.`, { title: 'ec2-deploy' });
    if (outputsError !== undefined && code === 0) {
        mark('outputs refused');
        await finish(false, `The script's outputs could not be read: ${outputsError}`);
        throw new errors/* ActionFailure */.dR(`RUNWAY_OUTPUT on ${host}: ${outputsError}.`);
    }
    if (result.timedOut) {
        mark('script timed out');
        await finish(false, `The script ran past command-timeout (${(0,units/* formatDuration */.a3)(settings.commandTimeoutMs)}) and was stopped.`);
        throw new errors/* ActionFailure */.dR(`The script on ${host} ran longer than command-timeout (${(0,units/* formatDuration */.a3)(settings.commandTimeoutMs)}) and was stopped.`);
    }
    if (code !== 0) {
        mark(`script failed (${code === null ? `signal ${result.signal ?? '?'}` : `exit ${code}`})`);
        summary.details('Last lines of output', codeBlock(redactor.redact(result.tail.slice(-20).join('\n'))));
        await finish(false, `The script failed on ${host}.`);
        throw new errors/* ActionFailure */.dR(`The script on ${host} ${code === null ? `was killed by signal ${result.signal ?? '?'}` : `exited with ${code}`}` +
            (result.tail.length > 0 ? `; last line: ${redactor.redact(result.tail.at(-1) ?? '')}` : ''));
    }
    mark('script done');
    core/* saveState */.LZ('outcome', 'success');
    await finish(true, `Deployed to ${host}.`);
}
/**
 * Sets each output the script wrote (and `outputs`, all of them as JSON); says which in the log and summary.
 * Returns why the file was refused, if it was.
 */
function setScriptOutputs(written, summary, redactor) {
    if (written === undefined)
        return undefined;
    if (Buffer.byteLength(written) > OUTPUT_LIMIT_BYTES)
        return `the file is larger than ${OUTPUT_LIMIT_BYTES / 1024} KiB (outputs are for tags and ids, not logs)`;
    const parsed = parseScriptOutputs(written);
    if (!parsed.ok)
        return parsed.error;
    if (parsed.outputs.length === 0)
        return undefined;
    for (const [name, value] of parsed.outputs)
        core/* setOutput */.uH(name, value);
    core/* setOutput */.uH('outputs', JSON.stringify(Object.fromEntries(parsed.outputs)));
    core/* info */.pq(`The script set ${parsed.outputs.map(([name]) => name).join(', ')}.`);
    summary.table(['Output', 'Value'], parsed.outputs.map(([name, value]) => [name, redactor.redact(value)]));
    return undefined;
}


/***/ })

};
