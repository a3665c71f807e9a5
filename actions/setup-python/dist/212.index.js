export const id = 212;
export const ids = [212,420];
export const modules = {

/***/ 1420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ restoreVenvCache),
/* harmony export */   saveVenvCache: () => (/* binding */ saveVenvCache)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9312);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3838);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);
/** The venv cache through @actions/cache; a cache problem is a warning, never a failure. */



async function restoreVenvCache(venv, key, prefix) {
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3()) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e('The cache service is not available here (not on GitHub, or an outage): the venv is built without a cache.', { title: 'setup-python cache' });
        return 'false';
    }
    try {
        const hit = await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3([venv], key, [prefix]);
        if (hit === undefined)
            return 'false';
        return hit === key ? 'true' : 'partial';
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Could not restore the venv cache: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}. Going on without it.`, {
            title: 'setup-python cache',
        });
        return 'false';
    }
}
/** The post step: save when there was no exact hit (post-if: success() keeps a failed job's venv out). */
async function saveVenvCache() {
    const key = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu('cache-key');
    const venv = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu('venv-path');
    const hit = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getState */ .Gu('cache-hit');
    if (key === '' || venv === '')
        return;
    if (hit === 'true') {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Cache hit on ${key}: nothing to save.`);
        return;
    }
    if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3()) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq('The cache service is not available here: the venv is not saved.');
        return;
    }
    try {
        await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io([venv], key);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Saved the venv to the cache as ${key}.`);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Could not save the venv cache: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}.`, { title: 'setup-python cache' });
    }
}


/***/ }),

/***/ 9212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setup: () => (/* binding */ setup)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(3838);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(2377);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
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

// EXTERNAL MODULE: ./shared/exec.ts + 1 modules
var exec = __webpack_require__(4532);
// EXTERNAL MODULE: ./shared/live.ts
var shared_live = __webpack_require__(6122);
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
// EXTERNAL MODULE: ./actions/setup-python/src/main-cache.ts
var main_cache = __webpack_require__(1420);
;// CONCATENATED MODULE: ./actions/setup-python/src/matchers.ts
/** Problem matchers so flake8, mypy, black and pytest failures become annotations at file and line. */
const PROBLEM_MATCHERS = {
    problemMatcher: [
        {
            owner: 'runway-flake8',
            severity: 'error',
            pattern: [
                {
                    regexp: '^([^:\\s][^:]*):(\\d+):(\\d+): ([A-Z]+\\d+) (.*)$',
                    file: 1,
                    line: 2,
                    column: 3,
                    code: 4,
                    message: 5,
                },
            ],
        },
        {
            owner: 'runway-mypy',
            pattern: [
                {
                    regexp: '^([^:\\s][^:]*\\.pyi?):(\\d+):(?:(\\d+):)? (error|warning|note): (.*?)(?:  \\[([a-z-]+)\\])?$',
                    file: 1,
                    line: 2,
                    column: 3,
                    severity: 4,
                    message: 5,
                    code: 6,
                },
            ],
        },
        {
            owner: 'runway-black',
            severity: 'warning',
            pattern: [{ regexp: '^would reformat (.*\\.pyi?)$', file: 1, message: 1 }],
        },
        {
            owner: 'runway-pytest',
            severity: 'error',
            pattern: [
                {
                    regexp: '^([^:\\s][^:]*\\.py):(\\d+): (\\w+(?:Error|Exception|Failure)|AssertionError)$',
                    file: 1,
                    line: 2,
                    message: 3,
                },
            ],
        },
    ],
};

;// CONCATENATED MODULE: ./actions/setup-python/src/requirements.ts
/** What a requirements file asks pip for, as far as whether to run pip at all. */
/**
 * Whether a requirements file lists nothing: every line blank or a comment (`#` at the start or after
 * whitespace, as pip reads it). Running pip for such a file costs seconds and needs pip on the interpreter.
 */
function listsNothing(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
        .every((line) => line === '');
}

// EXTERNAL MODULE: ./actions/setup-python/src/version-spec.ts
var version_spec = __webpack_require__(8730);
;// CONCATENATED MODULE: ./actions/setup-python/src/main-setup.ts
/** The main step: resolve an interpreter, create or reuse the venv, restore the cache, install, activate. */


















async function main_setup_exec(file, args, timeoutMs = 30 * 60_000, live) {
    const ran = await (0,exec/* execCapture */.W)(file, args, {
        timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
        ...(live === undefined ? {} : { live }),
    });
    return { code: ran.code ?? 1, stdout: ran.stdout, stderr: ran.stderr };
}
const VERSION_PROBE = 'import sys;print("%d.%d.%d" % sys.version_info[:3])';
async function versionOf(python) {
    const ran = await main_setup_exec(python, ['-c', VERSION_PROBE], 15_000);
    return ran.code === 0 ? (0,version_spec/* parseVersion */.ot)(ran.stdout) : undefined;
}
const isFile = (p) => (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isFile();
const dirs = (p) => ((0,external_node_fs_.existsSync)(p) ? (0,external_node_fs_.readdirSync)(p).map((d) => external_node_path_default().join(p, d)) : []);
/** Every interpreter in the places the issue names, in order of preference for equal versions. */
async function discover(arch) {
    const looked = [];
    const found = [];
    const toolCache = process.env.RUNNER_TOOL_CACHE;
    if (toolCache !== undefined) {
        looked.push(external_node_path_default().join(toolCache, 'Python', '*', arch));
        for (const versionDir of dirs(external_node_path_default().join(toolCache, 'Python'))) {
            if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(versionDir, `${arch}.complete`)))
                continue;
            for (const exe of ['bin/python3', 'bin/python', 'python.exe']) {
                const p = external_node_path_default().join(versionDir, arch, exe);
                if (isFile(p)) {
                    found.push({ path: p, source: 'tool-cache' });
                    break;
                }
            }
        }
    }
    const pyenv = process.env.PYENV_ROOT ?? external_node_path_default().join((0,external_node_os_.homedir)(), '.pyenv');
    looked.push(external_node_path_default().join(pyenv, 'versions'));
    for (const d of dirs(external_node_path_default().join(pyenv, 'versions')))
        if (isFile(external_node_path_default().join(d, 'bin/python')))
            found.push({ path: external_node_path_default().join(d, 'bin/python'), source: 'pyenv' });
    const uv = external_node_path_default().join((0,external_node_os_.homedir)(), '.local/share/uv/python');
    looked.push(uv);
    for (const d of dirs(uv))
        if (isFile(external_node_path_default().join(d, 'bin/python3')))
            found.push({ path: external_node_path_default().join(d, 'bin/python3'), source: 'uv' });
    looked.push('PATH (python3.X, python3)');
    for (const dir of (process.env.PATH ?? '').split((external_node_path_default()).delimiter)) {
        if (dir === '' || dir.includes('.pyenv/shims'))
            continue;
        for (const p of dirs(dir))
            if (/^python3(\.\d+)?$/.test(external_node_path_default().basename(p)) && isFile(p))
                found.push({ path: p, source: 'path' });
    }
    looked.push('/usr/bin/python3.X');
    for (const p of dirs('/usr/bin'))
        if (/^python3\.\d+$/.test(external_node_path_default().basename(p)))
            found.push({ path: p, source: 'system' });
    const seen = new Set();
    const candidates = [];
    for (const f of found) {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(f.path);
        }
        catch {
            continue;
        }
        if (seen.has(real))
            continue;
        seen.add(real);
        const version = await versionOf(f.path);
        if (version !== undefined && version[0] === 3)
            candidates.push({ ...f, version });
    }
    return { candidates, looked };
}
function inside(child, parent) {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
async function requestedSpec(settings, workspace) {
    if (settings.spec !== undefined)
        return settings.spec;
    const files = settings.versionFile !== undefined ? [settings.versionFile] : ['.python-version', 'pyproject.toml'];
    for (const file of files) {
        const abs = external_node_path_default().resolve(workspace, file);
        if (settings.versionFile === undefined && !(0,external_node_fs_.existsSync)(abs))
            continue;
        // Only a regular file of the workspace: a link to /proc/self/environ must not reach an error message.
        const what = settings.versionFile === undefined ? 'The version file' : "Input 'python-version-file'";
        const real = await regularFile(file, what, runnerRoots(workspace));
        const text = (0,version_spec/* specFromFile */.CS)(file, await (0,promises_.readFile)(real, 'utf8'));
        if (text !== undefined) {
            core/* info */.pq(`Python version ${text} from ${file}.`);
            return (0,version_spec/* parseSpec */.F9)(text, `python-version-file (${file})`);
        }
    }
    return undefined;
}
async function setup(settings) {
    const t0 = Date.now();
    const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const noVenv = settings.venv === 'false';
    // `~/app/venv_py311`: a venv a self-hosted runner keeps in its home folder.
    const venv = settings.venv === '~' || settings.venv.startsWith('~/')
        ? external_node_path_default().join((0,external_node_os_.homedir)(), settings.venv.slice(1))
        : external_node_path_default().resolve(workspace, settings.venv);
    const outsideWorkspace = !inside(venv, workspace);
    const venvPython = external_node_path_default().join(venv, 'bin', 'python');
    const existingVenv = !noVenv && isFile(external_node_path_default().join(venv, 'pyvenv.cfg')) && isFile(venvPython);
    if (!noVenv && !existingVenv) {
        const allowed = [workspace, process.env.RUNNER_TEMP, (0,external_node_os_.homedir)()]
            .filter((d) => d !== undefined)
            .map((d) => external_node_path_default().resolve(d));
        if (!allowed.some((d) => inside(venv, d))) {
            throw new errors/* ConfigurationError */.j1(`Input 'venv' is '${settings.venv}', which is not a virtual environment (no pyvenv.cfg) and is outside the workspace: give a path inside the workspace, or an existing venv.`);
        }
        if ((0,external_node_fs_.existsSync)(venv) && (0,external_node_fs_.readdirSync)(venv).length > 0) {
            throw new errors/* ConfigurationError */.j1(`Input 'venv' is '${settings.venv}', a folder that is not empty and not a virtual environment: choose another path.`);
        }
    }
    for (const file of settings.requirements) {
        if (!isFile(external_node_path_default().resolve(workspace, file)))
            throw new errors/* ConfigurationError */.j1(`Input 'requirements' names '${file}', which does not exist (looked at ${external_node_path_default().resolve(workspace, file)}).`);
    }
    const spec = await requestedSpec(settings, workspace);
    let interpreter;
    if (spec === undefined && existingVenv) {
        // The self-hosted case: an existing venv, no version asked: use it as it is.
        const version = await versionOf(venvPython);
        if (version === undefined)
            throw new errors/* ActionFailure */.dR(`The venv at ${settings.venv} has a python that does not run: recreate it.`);
        interpreter = { path: venvPython, version, source: 'path' };
    }
    else {
        if (spec === undefined) {
            throw new errors/* ConfigurationError */.j1("Input 'python-version' is required: no .python-version or pyproject.toml requires-python was found (or set python-version-file).");
        }
        const { candidates, looked } = await discover(settings.architecture);
        // The order the runner images promise: the tool cache, then the manifest (GitHub-hosted runners, or
        // any runner given a mirror), then whatever the machine has.
        let chosen = (0,version_spec/* choose */.Sw)(candidates.filter((c) => c.source === 'tool-cache'), spec);
        let manifestNote;
        const useManifest = settings.manifestUrl !== undefined || process.env.RUNNER_ENVIRONMENT === 'github-hosted';
        if (chosen === undefined && useManifest) {
            const { fromManifest } = await Promise.all(/* import() */[__webpack_require__.e(805), __webpack_require__.e(14)]).then(__webpack_require__.bind(__webpack_require__, 2014));
            const { DEFAULT_MANIFEST_URL } = await __webpack_require__.e(/* import() */ 583).then(__webpack_require__.bind(__webpack_require__, 583));
            const url = settings.manifestUrl ?? DEFAULT_MANIFEST_URL;
            const toolCache = process.env.RUNNER_TOOL_CACHE;
            if (toolCache === undefined)
                throw new errors/* ActionFailure */.dR('RUNNER_TOOL_CACHE is not set: is this a runner?');
            looked.splice(1, 0, `the manifest at ${url}`);
            const outcome = await fromManifest(spec, { url, token: settings.token, architecture: settings.architecture }, toolCache);
            if (outcome.kind === 'installed')
                chosen = outcome.candidate;
            else {
                manifestNote = outcome.reason;
                core/* info */.pq(`Not from the manifest: ${outcome.reason}; looking at the machine's interpreters.`);
                if (outcome.kind === 'unavailable')
                    core/* warning */.$e(outcome.reason);
            }
        }
        chosen ??= (0,version_spec/* choose */.Sw)(candidates.filter((c) => c.source !== 'tool-cache'), spec);
        if (chosen === undefined) {
            const seen = candidates.map((c) => `${(0,version_spec/* formatVersion */.qh)(c.version)} (${c.source}: ${c.path})`).join(', ') || 'none';
            throw new errors/* ActionFailure */.dR(`No Python matching ${spec.text} was found. Found: ${seen}.${manifestNote === undefined ? '' : ` Manifest: ${manifestNote}.`} Looked in: ${looked.join('; ')}.`);
        }
        interpreter = chosen;
    }
    const fullVersion = (0,version_spec/* formatVersion */.qh)(interpreter.version);
    core/* info */.pq(`Python ${fullVersion} from the ${interpreter.source} (${interpreter.path}).`);
    let python = interpreter.path;
    let cacheHit = 'false';
    let cacheKey = '';
    if (!noVenv) {
        let reuse = existingVenv;
        if (existingVenv && interpreter.path !== venvPython) {
            const has = await versionOf(venvPython);
            reuse = has !== undefined && (0,version_spec/* formatVersion */.qh)(has) === fullVersion;
            // A venv outside the workspace is the runner's own (prepared by hand, shared by jobs): used, never replaced.
            if (!reuse && outsideWorkspace)
                throw new errors/* ConfigurationError */.j1(`Input 'venv' names ${settings.venv}, an existing venv outside the workspace with Python ${has ? (0,version_spec/* formatVersion */.qh)(has) : 'that does not run'}, not ${fullVersion}; it is never recreated: leave 'python-version' empty to use it as it is, or name a venv inside the workspace.`);
            if (!reuse)
                core/* info */.pq(`The venv at ${settings.venv} has Python ${has ? (0,version_spec/* formatVersion */.qh)(has) : 'that does not run'}; recreating it with ${fullVersion}.`);
        }
        if (settings.cache && !reuse) {
            const patterns = settings.cacheDependencyPath.length > 0
                ? settings.cacheDependencyPath
                : settings.requirements.length > 0
                    ? settings.requirements
                    : ['**/requirements*.txt', '**/pyproject.toml', '**/setup.cfg', '**/poetry.lock', '**/uv.lock'];
            const files = (await (await glob/* create */.v([...patterns, '!**/node_modules/**', '!**/.git/**', `!${settings.venv}/**`].join('\n'))).glob()).sort();
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const hashed = await regularFiles(files, (f) => `The cache key's file '${external_node_path_default().relative(workspace, f)}'`, runnerRoots(workspace));
            for (const p of hashed.problems)
                core/* warning */.$e(p);
            for (const f of hashed.files)
                hash.update(external_node_path_default().relative(workspace, f)).update(await (0,promises_.readFile)(f));
            const prefix = `runway-venv-${process.env.RUNNER_OS ?? process.platform}-${settings.architecture}-py${fullVersion}-`;
            cacheKey = `${prefix}${hash.digest('hex').slice(0, 32)}`;
            cacheHit = await (0,main_cache/* restoreVenvCache */._)(venv, cacheKey, prefix);
            reuse = cacheHit !== 'false' && isFile(venvPython);
        }
        if (!reuse) {
            const created = await main_setup_exec(interpreter.path, ['-m', 'venv', '--clear', venv]);
            if (created.code !== 0) {
                throw new errors/* ActionFailure */.dR(`Could not create the venv at ${settings.venv} with ${interpreter.path}: ${(created.stderr || created.stdout).trim().split('\n').slice(-3).join(' ')} (on Debian and Ubuntu: apt-get install python3-venv).`);
            }
            core/* info */.pq(`Created the venv at ${settings.venv}.`);
        }
        else {
            core/* info */.pq(`Reusing the venv at ${settings.venv}.`);
        }
        python = venvPython;
    }
    const requirements = [];
    for (const file of settings.requirements) {
        const real = await regularFile(file, "Input 'requirements'", runnerRoots(workspace));
        if (listsNothing(await (0,promises_.readFile)(real, 'utf8')))
            core/* info */.pq(`${file} lists no requirements: pip is not run for it.`);
        else
            requirements.push(file);
    }
    const install = requirements.length > 0 || settings.packages.length > 0;
    if (install && cacheHit !== 'true') {
        const args = [
            '-m',
            'pip',
            'install',
            '--disable-pip-version-check',
            ...requirements.flatMap((r) => ['-r', external_node_path_default().resolve(workspace, r)]),
            ...settings.packages,
            ...settings.pipArgs,
        ];
        core/* startGroup */.Oh(`pip install ${[...requirements.map((r) => `-r ${r}`), ...settings.packages].join(' ')}`);
        try {
            // pip's own lines as they come: a large install is minutes of progress, not minutes of silence.
            const live = (0,shared_live/* liveLog */.N)('pip install', ['stdout', 'stderr']);
            if (settings.upgradePip)
                await main_setup_exec(python, ['-m', 'pip', 'install', '--upgrade', 'pip', ...settings.pipArgs], undefined, live);
            const ran = await main_setup_exec(python, args, undefined, live);
            if (ran.code !== 0) {
                const error = ran.stderr
                    .trim()
                    .split('\n')
                    .filter((l) => /error/i.test(l))
                    .slice(-2)
                    .join(' ') ||
                    ran.stderr.trim().split('\n').at(-1) ||
                    'no error output';
                throw new errors/* ActionFailure */.dR(`pip could not install ${[...requirements, ...settings.packages].join(', ')}: ${error}`);
            }
        }
        finally {
            core/* endGroup */.N4();
        }
    }
    else if (install) {
        core/* info */.pq('Exact cache hit: the venv already holds the requirements; pip is skipped.');
    }
    if (!noVenv) {
        core/* exportVariable */.dN('VIRTUAL_ENV', venv);
        core/* addPath */.fM(external_node_path_default().join(venv, 'bin'));
    }
    core/* exportVariable */.dN('pythonLocation', external_node_path_default().dirname(external_node_path_default().dirname(interpreter.path)));
    if (settings.problemMatchers) {
        const file = external_node_path_default().join(process.env.RUNNER_TEMP ?? workspace, 'runway-python-matchers.json');
        await (0,promises_.writeFile)(file, JSON.stringify(PROBLEM_MATCHERS));
        core/* info */.pq(`::add-matcher::${file}`);
    }
    core/* saveState */.LZ('cache-key', cacheKey);
    core/* saveState */.LZ('venv-path', noVenv ? '' : venv);
    core/* saveState */.LZ('cache-hit', cacheHit);
    core/* setOutput */.uH('python-version', fullVersion);
    core/* setOutput */.uH('python-path', python);
    core/* setOutput */.uH('python-source', interpreter.source);
    core/* setOutput */.uH('venv-path', noVenv ? '' : venv);
    core/* setOutput */.uH('cache-hit', cacheHit);
    core/* setOutput */.uH('cache-key', cacheKey);
    await writeJobSummary(new SummaryBuilder()
        .heading(`🐍 Python ${fullVersion}`, 2)
        .table(['Interpreter', 'Source', 'Venv', 'Cache', 'Installed', 'Took'], [
        [
            interpreter.path,
            interpreter.source,
            noVenv ? '–' : settings.venv,
            cacheHit,
            install ? [...requirements, ...settings.packages].join(', ') : '–',
            (0,units/* formatDuration */.a3)(Date.now() - t0),
        ],
    ]));
}


/***/ }),

/***/ 4532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ execCapture)
});

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


/***/ }),

/***/ 6122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ liveLog)
/* harmony export */ });
/* unused harmony export HEARTBEAT_MS */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3838);
/** Live output for the log: a program's lines as they come, and a heartbeat while it is silent. */

/** A silent program gets a line at least this often: a step silent for minutes looks hung. */
const HEARTBEAT_MS = 60_000;
/** Shows `streams` of the program named `label` in the log, each line through `redact`. */
function liveLog(label, streams, redact = (text) => text) {
    return { label, streams, heartbeatMs: HEARTBEAT_MS, write: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(redact(line)) };
}


/***/ })

};
