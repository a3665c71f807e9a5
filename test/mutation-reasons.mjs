// Why each surviving mutant of `npm run mutation` is accepted: equivalent to the code it replaces, or a
// difference no test can observe. test/tools/mutation.mjs matches each entry to survivors by file, a piece
// of the line's code and, when given, the mutator, the exact code mutated (`fragment`), what it became and the
// line (only where the same code stands on two lines); reports/mutation/survivors.md
// (committed as test/mutation-survivors.md) lists every survivor with its reason, or as not reviewed yet.
// Each reason was checked against the code, not assumed from the mutator.

/** @type {{ file: string; code: string; line?: number; mutator?: string; fragment?: string; becomes?: string; reason: string }[]} */
export const REASONS = [
  // health-check
  {
    file: 'actions/health-check/src/expectations.ts',
    code: "const path = eq < 0 ? '' : line.slice(0, eq).trim();",
    reason: 'Equivalent: a line without `=` is refused on the next line whatever its path is.',
  },
  {
    file: 'actions/health-check/src/expectations.ts',
    code: "if (eq < 0 || path === '' || segments.some((s) => s === '')) {",
    reason:
      "Equivalent: the three checks overlap (no `=` gives the path `''`, whose segments are `['']`; `=x` gives the same), so any one of them dropped or weakened refuses the same lines with the same message.",
  },
  {
    file: 'actions/health-check/src/expectations.ts',
    code: 'return { found: false };',
    reason: 'Equivalent: the caller reads `!found.found`, true for `{}` as for `{ found: false }`.',
  },
  {
    file: 'actions/health-check/src/headers.ts',
    code: "const name = colon < 0 ? '' : line.slice(0, colon).trim();",
    reason:
      'Equivalent: a line without a colon is refused on the next line, with a message that does not show the name.',
  },
  {
    file: 'actions/health-check/src/headers.ts',
    code: 'if (colon < 0 || !TOKEN.test(name)) {',
    reason:
      "Equivalent: without a colon (or with one first) the name is `''`, which the token check refuses with the same message.",
  },
  {
    file: 'actions/health-check/src/poll.ts',
    code: "next: '',",
    reason: 'Equivalent: every record is given its `next` by `settle` before anyone sees it.',
  },
  {
    file: 'actions/health-check/src/poll.ts',
    code: "kind: 'retry'",
    reason: 'Equivalent: `retry()` treats every kind but `done` and `fatal` as a retry.',
  },
  {
    file: 'actions/health-check/src/poll.ts',
    code: 'pending?.healthy === true',
    reason: 'Equivalent: `onWait` is only called after an attempt, which sets `pending`.',
  },
  {
    file: 'actions/health-check/src/poll.ts',
    code: 'if (!outcome.ok) settle(GAVE_UP[outcome.stoppedBy]);',
    reason:
      'Equivalent: after a healthy end the last record is already settled, and `settle` does nothing without one.',
  },
  {
    file: 'actions/health-check/src/probe.ts',
    code: '...(config.ca !== undefined ? { ca: config.ca } : {}),',
    reason: 'Equivalent: `ca: undefined` is what `httpRequest` takes as no CA.',
  },
  {
    file: 'actions/health-check/src/probe.ts',
    code: 'if (!(error instanceof HttpRequestError)) throw error;',
    reason:
      '`httpRequest` throws nothing else (its own catch turns every error into one); the guard is defence.',
  },
  {
    file: 'actions/health-check/src/probe.ts',
    code: 'response.elapsedMs > config.maxResponseTimeMs',
    reason:
      'Accepted: a response exactly as slow as the limit, to the millisecond, cannot be arranged with a real server; `!== undefined` is equivalent (a comparison with undefined is false).',
  },
  {
    file: 'actions/health-check/src/report.ts',
    code: "['left', 'left', 'right', 'right', 'right', 'right'],",
    reason: 'Equivalent: a left-aligned column and one with no alignment both render as `---`.',
  },
  {
    file: 'actions/health-check/src/report.ts',
    code: "['right', 'right', 'right', 'right', 'left', 'left'],",
    reason: 'Equivalent: a left-aligned column and one with no alignment both render as `---`.',
  },
  // setup-python
  {
    file: 'actions/setup-python/src/manifest.ts',
    code: "'https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json'",
    reason:
      'Accepted: the public manifest is fetched only on a GitHub-hosted runner; tests pass their own manifest URL.',
  },
  {
    file: 'actions/setup-python/src/manifest.ts',
    code: 'const isObject = (v: unknown): v is Record<string, unknown> =>',
    mutator: 'ConditionalExpression',
    reason:
      'Equivalent (the `typeof` operand; `v !== null` dropped is killed by the `[null]` test): a number or string entry has no string `version`, no list of `files`, and no string `filename`, so it is refused or skipped all the same.',
  },
  {
    file: 'actions/setup-python/src/manifest.ts',
    code: 'const newest = matching',
    reason:
      'Equivalent: the filter after it drops nothing, as every matching release has a version that parses.',
  },
  {
    file: 'actions/setup-python/src/manifest.ts',
    code: '.filter((v): v is Version => v !== undefined)',
    reason: 'Equivalent: every matching release has a version that parses (it was filtered on it).',
  },
  {
    file: 'actions/setup-python/src/manifest.ts',
    code: '.reduce((a, b) => (compare(a, b) >= 0 ? a : b));',
    reason: 'Equivalent: `>` and `>=` differ only for equal versions, which print the same.',
  },
  {
    file: 'actions/setup-python/src/requirements.ts',
    code: ".map((line) => line.replace(/(^|\\s)#.*$/, '').trim())",
    reason: 'Equivalent: `.*` already runs to the end of the line, with or without `$`.',
  },
  {
    file: 'actions/setup-python/src/version-spec.ts',
    code: 'for (let i = 0; i < 3; i++) {',
    reason: 'Equivalent: a fourth part is `undefined ?? 0` on both sides, a difference of 0.',
  },
  {
    file: 'actions/setup-python/src/version-spec.ts',
    code: "const body = m[2] ?? '';",
    reason: 'Equivalent: the second group always takes part in a match.',
  },
  {
    file: 'actions/setup-python/src/version-spec.ts',
    code: '/\\.(\\*|x)$/',
    reason: 'Equivalent: the clause pattern lets a wildcard stand only at the end, so `$` changes nothing.',
  },
  {
    file: 'actions/setup-python/src/version-spec.ts',
    code: 'return (v) => compare(v, parts) <= 0 || prefix(parts)(v);',
    reason:
      'Equivalent: when `compare` is 0 the version starts with `parts`, so the prefix test is true anyway.',
  },
  {
    file: 'actions/setup-python/src/version-spec.ts',
    code: 'default:',
    reason: 'Unreachable: the clause pattern admits only the operators the cases name.',
  },
  {
    file: 'actions/setup-python/src/version-spec.ts',
    code: 'return () => false;',
    reason: 'Unreachable: the clause pattern admits only the operators the cases name.',
  },
  {
    file: 'actions/setup-python/src/version-spec.ts',
    code: 'parseVersion(text) !== undefined &&',
    reason:
      'Equivalent: the next test reads `?.[0] ?? 0`, which is not above 3 for a text that does not parse.',
  },
  {
    file: 'actions/setup-python/src/version-spec.ts',
    code: '(parseVersion(text)?.[0] ?? 0) > 3 &&',
    reason: 'Equivalent: the line before has made sure the text parses.',
  },
  // slack-report
  {
    file: 'actions/slack-report/src/context.ts',
    code: "env.GITHUB_REF?.replace(/^refs\\/(heads|tags)\\//, ''),",
    reason:
      "Equivalent: GitHub's refs start with `refs/`, so the first match is at the start with or without `^`.",
  },
  {
    file: 'actions/slack-report/src/context.ts',
    code: "commitMessage: (head?.message ?? '').split('\\n')[0] ?? '',",
    reason: 'Equivalent: `split` always gives at least one element.',
  },
  {
    file: 'actions/slack-report/src/jobs.ts',
    code: "const result = job !== null && typeof job === 'object'",
    reason:
      "Equivalent (the `typeof` operand; `job !== null` dropped is killed): a number's or string's `.result` is `undefined`, refused the same way.",
  },
  {
    file: 'actions/slack-report/src/jobs.ts',
    code: "if (typeof result !== 'string' || !RESULTS.includes(result as JobResult)) {",
    reason: 'Equivalent: `RESULTS.includes` refuses a value that is not a string anyway.',
  },
  {
    file: 'actions/slack-report/src/jobs.ts',
    code: "const conclusion = j.conclusion ?? 'failure';",
    reason:
      "Equivalent: any conclusion but success, skipped, cancelled and neutral is read as a failure, `''` too.",
  },
  {
    file: 'actions/slack-report/src/jobs.ts',
    code: "const o = item !== null && typeof item === 'object'",
    reason:
      'Equivalent (the `typeof` operand): a number or string has no string `name`, and is refused the same way.',
  },
  {
    file: 'actions/slack-report/src/jobs.ts',
    code: "override readonly name = 'ApiShapeError';",
    reason: 'Equivalent: the error is told apart with `instanceof`; its name is never shown.',
  },
  {
    file: 'actions/slack-report/src/message.ts',
    code: 'const sizes = [0];',
    reason: 'Equivalent: every read of `sizes` is `?? 0`.',
  },
  {
    file: 'actions/slack-report/src/message.ts',
    code: 'sections[sections.length - 1]?.push(',
    reason: 'Equivalent: there is always at least one section.',
  },
  {
    file: 'actions/slack-report/src/message.ts',
    code: '...jobSections(input.jobs, LIMITS.blocks - blocks.length - 1,',
    reason:
      'Equivalent (the block count): the 10,000-character budget allows at most four sections of 2,900, so the 50-block limit is never what stops the list; the `Math.min` mutant is killed.',
  },
  {
    file: 'actions/slack-report/src/template.ts',
    code: 'return message.replace(/, ".*" is not valid JSON$/s, \'\').slice(0, 200);',
    mutator: 'Regex',
    becomes: '/, ".*" is not valid JSON/s',
    reason: "Equivalent: V8's phrase ends its message, so `$` changes nothing.",
  },
  {
    file: 'actions/slack-report/src/template.ts',
    code: 'return message.replace(/, ".*" is not valid JSON$/s, \'\').slice(0, 200);',
    mutator: 'MethodExpression',
    reason:
      "Equivalent in practice: V8's JSON messages are far under 200 characters once the quote is gone; the cut is defence.",
  },
  {
    file: 'actions/slack-report/src/template.ts',
    code: "const message = error instanceof Error ? error.message : 'unreadable';",
    reason: 'Equivalent: `JSON.parse` throws only `SyntaxError`s.',
  },
  // verify-gpu
  {
    file: 'actions/verify-gpu/src/devices.ts',
    code: 'const found = /^\\d+$/.test(entry)',
    reason:
      'Equivalent: an entry that starts with digits and is not all digits names no UUID either (UUIDs start with `GPU-` or `MIG-`), so it is unknown both ways.',
  },
  {
    file: 'actions/verify-gpu/src/framework.ts',
    code: 'if (line === undefined) return undefined;',
    reason: 'Equivalent: `undefined.slice` throws inside the `try`, whose `catch` returns undefined too.',
  },
  {
    file: 'actions/verify-gpu/src/framework.ts',
    code: '} catch {',
    reason:
      'Equivalent: the empty `catch` of the mutant falls through to the end of the function, which returns undefined as the original does.',
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: "if (text === undefined || text === '' || /^\\[.*\\]$/.test(text) || text === 'N/A')",
    fragment: 'text === undefined',
    reason:
      'Equivalent: for undefined the other three tests are false too, and the function returns `text`, undefined.',
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: "const text = valueOf(raw)?.replace(/\\s*(MiB|%|C|W|MHz)$/i, '');",
    reason:
      "Equivalent for nvidia-smi's values: a unit comes last, after one space; without `$`, with exactly one space, or with `\\S*` (which then matches nothing before the unit) the number that `Number` reads is the same.",
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: 'if (text === undefined) return undefined;',
    reason: '`Number(undefined)` is NaN, which the finiteness test turns into undefined anyway.',
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: 'return i < 0 ? undefined : cells[i];',
    reason: 'Equivalent: `cells[-1]` is undefined.',
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: 'index === undefined ||',
    reason:
      "Equivalent: the next test, `/^\\d+$/` on `undefined`, reads the text 'undefined' and refuses the row anyway.",
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: "(fields.includes('uuid') && (uuid === undefined || !GPU_UUID.test(uuid)))",
    fragment: 'uuid === undefined',
    reason:
      "Equivalent: the pattern tested on `undefined` reads the text 'undefined', not a UUID, and refuses the row anyway.",
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: "let section = '';",
    reason:
      'Equivalent: the section is only compared after a section line set it; no line before one names `MIG Mode`.',
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: "const [rawKey = '', ...rest] = line.split(':');",
    reason: 'Equivalent: `split` always gives a first element.',
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: 'else if (/^GPU [0-9A-Fa-f:.]+$/.test(line.trim())) {',
    reason:
      'Equivalent: at indentation 0 a line has no leading space, and the `$` still ends the match, so without `^` or `trim` only a line with something before `GPU` or spaces after the address would differ; nvidia-smi prints neither.',
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: '} else {',
    reason:
      "Accepted: keeping the slice across a later section changes nothing for nvidia-smi's layout, where `Index` and the memory blocks at indentation 8 under a GPU (not a MIG device) are named differently from the MIG device's.",
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: "if (indent === 8 && key === 'Index') slice.index = numberOf(value) ?? slice.index;",
    fragment: 'indent === 8',
    reason: 'Equivalent: inside a MIG device, `Index` appears only at indentation 8.',
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: 'const gpu = /^GPU (\\d+):/.exec(line);',
    reason: 'Equivalent: in `nvidia-smi -L`, only GPU lines hold `GPU <n>:`; MIG lines hold `MIG-` UUIDs.',
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: 'const mig = /^\\s+MIG (\\S+)\\s+Device\\s+(\\d+): \\(UUID: (MIG-[^)]+)\\)/.exec(line);',
    reason: 'Equivalent: only indentation comes before `MIG` on such a line.',
  },
  {
    file: 'actions/verify-gpu/src/nvidia-smi.ts',
    code: "out.push({ gpuIndex, index: Number(mig[2]), profile: mig[1] ?? '', uuid: mig[3] ?? '' });",
    reason: 'Equivalent: both groups always take part in a match.',
  },
  {
    file: 'actions/verify-gpu/src/report.ts',
    code: '...(d.mig !== undefined ? { mig: d.mig } : {}),',
    reason: 'Equivalent: `mig: undefined` is dropped by JSON.stringify, which is how the output is written.',
  },
  {
    file: 'actions/verify-gpu/src/report.ts',
    code: "['left', 'left', 'right', 'right', 'right', 'right', 'right', 'center'],",
    reason: 'Equivalent: a left-aligned column and one with no alignment both render as `---`.',
  },
  {
    file: 'actions/verify-gpu/src/requirements.ts',
    code: 'for (let i = 0; i < Math.max(pa.length, pb.length); i++) {',
    reason: 'Equivalent: one more part is `undefined ?? 0` on both sides, a difference of 0.',
  },
  {
    file: 'actions/verify-gpu/src/requirements.ts',
    code: "const status: CheckStatus = value === undefined || ok === undefined ? 'unknown'",
    reason:
      'Equivalent: every caller passes a value and a test that are undefined together, so either half decides alone.',
  },
  {
    file: 'actions/verify-gpu/src/requirements.ts',
    code: ' === undefined ? undefined : () => ',
    reason:
      'Equivalent: the value passed with it is undefined then too, which makes the check unknown before the test is asked.',
  },
  {
    file: 'actions/verify-gpu/src/requirements.ts',
    code: 'value === undefined || !isVersion(value)',
    reason: "Equivalent: `isVersion` tested on `undefined` reads the text 'undefined' and says no.",
  },
  // security-gate
  {
    file: 'actions/security-gate/src/bandit-config.ts',
    code: "typeof line === 'number' && typeof column === 'number' ? ` (line ${line}, column ${column})` : '';",
    reason:
      "Equivalent in practice: smol-toml's errors always carry a line and a column (the `''` branch is never taken by any malformed file tried).",
  },
  {
    file: 'actions/security-gate/src/bandit-config.ts',
    code: "tool !== null && typeof tool === 'object' && !Array.isArray(tool)",
    fragment: 'tool !== null',
    reason: 'Equivalent: TOML has no null.',
  },
  {
    file: 'actions/security-gate/src/bandit-config.ts',
    code: 'if (table === null ||',
    reason: 'Equivalent: TOML has no null.',
  },
  {
    file: 'actions/security-gate/src/baseline.ts',
    code: "if (e.status !== undefined && (typeof e.status !== 'string' || !STATUSES.has(e.status))) {",
    fragment: "typeof e.status !== 'string'",
    reason: 'Equivalent: the set of statuses holds strings only, so it refuses any other value anyway.',
  },
  {
    file: 'actions/security-gate/src/baseline.ts',
    code: "if (e.expires !== undefined && (typeof e.expires !== 'string' || !isIsoDate(e.expires))) {",
    fragment: "typeof e.expires !== 'string'",
    reason: 'Equivalent: `isIsoDate` reads a non-string through the pattern as its text, which is no date.',
  },
  {
    file: 'actions/security-gate/src/baseline.ts',
    code: 'const match = /^(\\d{4})-(\\d{2})-(\\d{2})(T\\S+)?$/.exec(value);',
    reason:
      'Equivalent: the next check compares the first ten characters with the day read, so text before the date is refused anyway.',
  },
  {
    file: 'actions/security-gate/src/baseline.ts',
    code: 'return time === undefined ||',
    reason:
      'Equivalent: without a time the value is a valid day (checked just before), which `Date.parse` reads.',
  },
  {
    file: 'actions/security-gate/src/baseline.ts',
    code: 'else if (end !== undefined && end < now.getTime()) expired.push(entry);',
    reason: 'Equivalent: `undefined < n` is false.',
  },
  {
    file: 'actions/security-gate/src/fields.ts',
    code: "typeof v === 'number' && Number.isFinite(v)",
    reason: 'Equivalent: `Number.isFinite` is false for anything but a number.',
  },
  {
    file: 'actions/security-gate/src/gate.ts',
    code: 'f.confidence === undefined ||',
    reason:
      'Equivalent: `confidenceRank(undefined)` is 3 (its index is -1), above every minimum, so a finding without a confidence passes either way.',
  },
  {
    file: 'actions/security-gate/src/gate.ts',
    code: "failOn === 'none'",
    reason:
      "Equivalent: `severityRank('none')` is 4, above every severity, so nothing is at least `none` and the list is empty either way; the test says the intent.",
  },
  {
    file: 'actions/security-gate/src/parsers.ts',
    code: 'const exact = lines.find((l) => line !== undefined && l.startsWith(`${line} `));',
    reason: 'Equivalent: no line starts with `undefined `.',
  },
  {
    file: 'actions/security-gate/src/parsers.ts',
    code: "confidence: BANDIT_CONFIDENCE.get((str(r.issue_confidence) ?? '').trim().toUpperCase()),",
    reason: "Equivalent: neither `` nor the mutant's text is a Bandit confidence, so both give none.",
  },
  {
    file: 'actions/security-gate/src/parsers.ts',
    code: 'if (row.length < 5 ||',
    reason: 'Equivalent: a shorter row has no fifth element, which the id check refuses anyway.',
  },
  {
    file: 'actions/security-gate/src/parsers.ts',
    code: "const id = str(row[4]) ?? 'unknown';",
    reason: 'Equivalent: the row was refused before unless `row[4]` is a string.',
  },
  {
    file: 'actions/security-gate/src/parsers.ts',
    code: "str(row[0]) ?? '?',",
    reason: 'Equivalent: the row was refused before unless `row[0]` is a string.',
  },
  {
    file: 'actions/security-gate/src/parsers.ts',
    code: 'const at = /\\(line (\\d+) column (\\d+)\\)/.exec(',
    reason:
      "Not reachable on Node 20, which this run uses: its V8 never gives a line and column in JSON errors. Node 22 and later do; the bundle's end-to-end test on Node 24 checks the position.",
  },
  {
    file: 'actions/security-gate/src/parsers.ts',
    code: '`${file} is not valid JSON${at ?',
    reason:
      "Not reachable on Node 20, which this run uses: its V8 never gives a line and column in JSON errors. Node 22 and later do; the bundle's end-to-end test on Node 24 checks the position.",
  },
  {
    file: 'actions/security-gate/src/report.ts',
    code: "input.expired.map((e) => [e.tool, e.rule, e.where, e.expires ?? '', e.reason]),",
    reason: 'Equivalent: only an entry with an expiry can have expired.',
  },
  {
    file: 'actions/security-gate/src/report.ts',
    code: "f.message.split('\\n')[0]?.slice(0, 200) ?? '',",
    mutator: 'OptionalChaining',
    reason: 'Equivalent: `split` always gives a first element.',
  },
  {
    file: 'actions/security-gate/src/report.ts',
    code: "f.message.split('\\n')[0]?.slice(0, 200) ?? '',",
    mutator: 'StringLiteral',
    reason: 'Equivalent: `split` always gives a first element.',
  },
  {
    file: 'actions/security-gate/src/report.ts',
    code: '[],',
    mutator: 'ArrayDeclaration',
    reason: 'Equivalent: a column with an unknown alignment renders as one with none (`---`).',
  },
  {
    file: 'actions/security-gate/src/report.ts',
    code: '{ shrinkable: true },',
    reason:
      'Accepted: the tables hold at most 200 rows of a few hundred characters, so the 1 MiB summary never has to shrink them; whether they could is not observable short of that.',
  },
  {
    file: 'actions/security-gate/src/report.ts',
    code: ".map((f) => [`${ICON[f.severity]} ${f.severity}`, f.tool, f.rule, where(f), f.suppression ?? '']),",
    reason: 'Equivalent: a finding is suppressed in a report only with its suppression text.',
  },
  {
    file: 'actions/security-gate/src/report.ts',
    code: '...(f.file !== undefined ? { file: f.file } : {}),',
    reason: 'Equivalent: an annotation with `file: undefined` is one without a file.',
  },
  {
    file: 'actions/security-gate/src/report.ts',
    code: '...(f.line !== undefined ? { startLine: f.line } : {}),',
    reason: 'Equivalent: an annotation with `startLine: undefined` is one without a line.',
  },
  {
    file: 'actions/security-gate/src/sarif-input.ts',
    code: 'if (index === undefined) return undefined;',
    reason:
      'Equivalent: the list at `undefined` is undefined, which is no object, so undefined is returned anyway.',
  },
  {
    file: 'actions/security-gate/src/sarif-input.ts',
    code: 'if (this.byId === undefined) {',
    reason: 'Equivalent: building the map again on every lookup gives the same map (it only costs time).',
  },
  {
    file: 'actions/security-gate/src/sarif-input.ts',
    code: 'if (did !== undefined && !this.byId.has(did)) this.byId.set(did, obj(d));',
    reason: 'Equivalent: lookups are by a string id, never `undefined`.',
  },
  {
    file: 'actions/security-gate/src/sarif-input.ts',
    code: 'if (id === undefined) return undefined;',
    reason: 'Equivalent: `messageStrings[undefined]` has no text, so undefined is returned anyway.',
  },
  {
    file: 'actions/security-gate/src/sarif-input.ts',
    code: 'if (score !== undefined && score >= 0 && score <= 10) return severityFromCvss(score);',
    fragment: 'score !== undefined',
    reason: 'Equivalent: `undefined >= 0` is false.',
  },
  {
    file: 'actions/security-gate/src/sarif-input.ts',
    code: '/^file:\\/\\//,',
    reason: 'Equivalent: `file://` can only stand at the start of a URI.',
  },
  {
    file: 'actions/security-gate/src/sarif.ts',
    code: '...(f.helpUri !== undefined ? { helpUri: f.helpUri } : {}),',
    reason: 'Equivalent: JSON leaves out a property that is undefined.',
  },
  {
    file: 'actions/security-gate/src/sarif.ts',
    code: 'ruleIndex: ruleIndex.get(f.rule) ?? -1,',
    reason: "Equivalent: every finding's rule is in the run's rule list, built from the same findings.",
  },
  {
    file: 'actions/security-gate/src/sarif.ts',
    code: '...(f.line !== undefined && f.line > 0',
    reason: 'Equivalent: `undefined > 0` is false.',
  },
  {
    file: 'actions/security-gate/src/sarif.ts',
    code: '...(f.column !== undefined && f.column > 0 ? { startColumn: f.column } : {}),',
    reason: 'Equivalent: `undefined > 0` is false.',
  },
  {
    file: 'actions/security-gate/src/sarif.ts',
    code: '...(f.confidence !== undefined ? { confidence: f.confidence } : {}),',
    reason: 'Equivalent: JSON leaves out a property that is undefined.',
  },
  {
    file: 'actions/security-gate/src/report.ts',
    code: "['left', 'right', 'right', 'right', 'right'],",
    reason: 'Equivalent: a left-aligned column and one with no alignment both render as `---`.',
  },
  {
    file: 'actions/security-gate/src/sarif-input.ts',
    code: 'let baselineState = stateName === undefined ? undefined : BASELINE_STATES.get(stateName);',
    reason: 'Equivalent: the table has nothing under `undefined`, and the warning after it needs a name.',
  },
  {
    file: 'actions/security-gate/src/parsers.ts',
    code: 'message: `${str(g.Description) ?? str(g.rule) ?? rule} detected${(str(g.Commit) ?? str(g.commit)) ?',
    reason: 'Equivalent: the fallback is read only when a commit was found just before.',
  },
  // ec2-deploy
  {
    file: 'actions/ec2-deploy/src/aws.ts',
    code: "const configured = env[`AWS_ENDPOINT_URL_${service.toUpperCase()}`] ?? env.AWS_ENDPOINT_URL ?? '';",
    reason: "Equivalent: a value that is not a URL falls back to AWS's own endpoint, as `''` does.",
  },
  {
    file: 'actions/ec2-deploy/src/aws.ts',
    code: "signal.addEventListener('abort', onAbort, { once: true });",
    reason:
      'Equivalent: the listener is removed when the call ends; `once` only matters to a call that outlives its deadline, which the race has already ended.',
  },
  {
    file: 'actions/ec2-deploy/src/aws.ts',
    code: 'if (signal.aborted) throw late();',
    reason:
      'Equivalent: the abort listener is registered before the call starts, so the race ends with the deadline error anyway.',
  },
  {
    file: 'actions/ec2-deploy/src/aws.ts',
    code: '} finally {',
    reason: 'Equivalent: removing the abort listener only releases it sooner; nothing a caller sees.',
  },
  {
    file: 'actions/ec2-deploy/src/aws.ts',
    code: "if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);",
    reason: 'Equivalent: removing the abort listener only releases it sooner; nothing a caller sees.',
  },
  {
    file: 'actions/ec2-deploy/src/aws.ts',
    code: '...(credentials !== undefined ? { credentials } : {}),',
    reason: "Equivalent: `credentials: undefined` is the SDK's default chain, as no credentials is.",
  },
  {
    file: 'actions/ec2-deploy/src/aws.ts',
    code: 'return (out.Reservations ?? [])',
    reason: 'Equivalent: a string in the list has no `Instances`, and gives no id.',
  },
  {
    file: 'actions/ec2-deploy/src/aws.ts',
    code: ".flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId ?? ''))",
    reason:
      'Equivalent: a string in the list has no `InstanceId`; the empty id it gives is dropped by the filter after.',
  },
  {
    file: 'actions/ec2-deploy/src/esm-dirname.ts',
    code: 'scope.__dirname ??= path.dirname(fileURLToPath(import.meta.url));',
    reason: "Only the bundle runs it (it gives ncc's chunks their `__dirname`); the end-to-end tests do.",
  },
  {
    file: 'actions/ec2-deploy/src/host-keys.ts',
    code: ".digest('base64').replace(/=+$/, '')}`;",
    reason: 'Equivalent: a SHA-256 digest in base64 ends in exactly one `=`, and has no other.',
  },
  {
    file: 'actions/ec2-deploy/src/host-keys.ts',
    code: 'const line = raw.trim();',
    reason:
      "Equivalent: the fields are split after trimming anyway, and an indented comment's first field starts with `#`, which names no host.",
  },
  {
    file: 'actions/ec2-deploy/src/host-keys.ts',
    code: "if (line === '' || line.startsWith('#')) continue;",
    reason:
      "Equivalent (defence): an empty line has no key, and a comment's first field starts with `#`, which names no host and is no marker, so neither can pin or revoke anything.",
  },
  {
    file: 'actions/ec2-deploy/src/host-keys.ts',
    code: "const marker = line.startsWith('@') ? (line.split(/\\s+/, 1)[0] ?? '') : '';",
    reason:
      'Equivalent: the first field is the same whether split at one white-space character or a run of them; `split` always gives a first element.',
  },
  {
    file: 'actions/ec2-deploy/src/host-keys.ts',
    code: "const [hosts = '', , key = ''] = line.slice(marker.length).trim().split(/\\s+/);",
    reason:
      'Equivalent: `split` always gives a first element, and a line without a key is skipped just after.',
  },
  {
    file: 'actions/ec2-deploy/src/host-keys.ts',
    code: "const [, , salt = '', hash = ''] = h.split('|');",
    reason: 'Equivalent: an entry starting `|1|` always has its salt and hash parts.',
  },
  {
    file: 'actions/ec2-deploy/src/instance.ts',
    code: 'if (ids.length === 1 && ids[0] !== undefined) return ids[0];',
    reason: 'Equivalent: a list of one has its first element (the check is for the type checker).',
  },
  {
    file: 'actions/ec2-deploy/src/remote-script.ts',
    code: "const key = eq < 0 ? '' : line.slice(0, eq).trim();",
    reason:
      "Equivalent: with `=` first the key is `''` either way, and a line without `=` is refused by the name check whatever the key.",
  },
  {
    file: 'actions/ec2-deploy/src/script-outputs.ts',
    code: "if (lines.at(-1) === '') lines.pop();",
    fragment: "''",
    reason: 'Equivalent: a last blank line is skipped by the loop anyway.',
  },
  {
    file: 'actions/ec2-deploy/src/script-outputs.ts',
    code: "if (lines.at(-1) === '') lines.pop();",
    mutator: 'ConditionalExpression',
    reason: 'Equivalent: a last blank line is skipped by the loop anyway.',
  },
  {
    file: 'actions/ec2-deploy/src/script-outputs.ts',
    code: 'for (let i = 0; i < lines.length; i++) {',
    reason: "Equivalent: the line past the end reads as `''`, which is skipped.",
  },
  {
    file: 'actions/ec2-deploy/src/script-outputs.ts',
    code: "const line = (lines[i] ?? '').replace(/\\r$/, '');",
    mutator: 'StringLiteral',
    reason: 'Equivalent: within the bounds there is always a line.',
  },
  {
    file: 'actions/ec2-deploy/src/script-outputs.ts',
    code: 'if (heredoc > 0 && (eq < 0 || heredoc < eq)) {',
    fragment: 'heredoc < eq',
    reason: 'Equivalent: `<<` and `=` cannot start at the same place.',
  },
  {
    file: 'actions/ec2-deploy/src/script-outputs.ts',
    code: "const end = lines.findIndex((l, j) => j > i && l.replace(/\\r$/, '') === delimiter);",
    mutator: 'EqualityOperator',
    reason: 'Equivalent: the opening line holds `<<` before the delimiter, so it never equals it.',
  },
  {
    file: 'actions/ec2-deploy/src/script-outputs.ts',
    code: 'if (end < 0) return bad(',
    reason: 'Equivalent: the closing line comes after the opening one, so it is never line 0.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: "let seen = '';",
    reason: 'Equivalent: the host verifier sets it during the handshake, before any connection is returned.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: '...(options.passphrase !== undefined ? { passphrase: options.passphrase } : {}),',
    reason: 'Equivalent: ssh2 takes `passphrase: undefined` as none.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: 'readyTimeout: Math.min(20_000, Math.max(1000, remainingMs)),',
    reason:
      'Accepted: a 1 s handshake limit only shows on a handshake slower than that; the local sshd answers in milliseconds.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: "? { kind: 'retry', value: failure, reason: failure.message }",
    reason: '`retry()` treats every kind but `done` and `fatal` as a retry.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: 'if (tail.length > 50) tail.splice(0, tail.length - 50);',
    reason: 'Equivalent: `splice` with a count of 0 or less removes nothing.',
  },
  {
    file: 'actions/ec2-deploy/src/waiter-error.ts',
    code: '} catch {',
    reason: 'Equivalent: the function ends there anyway.',
  },
  {
    file: 'actions/ec2-deploy/src/waiter-error.ts',
    code: 'isObject(r) && Array.isArray(r.Instances) ? (r.Instances as unknown[]) : [],',
    reason: 'Equivalent: a string in the list has no state, and is skipped.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: ": { kind: 'fatal', value: failure, reason: failure.message };",
    reason:
      'Not reached: no test server fails SSH with an error that is neither passing (refused, reset, timed out) nor about the login or the key.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: 'if (outcome.ok && !(outcome.value instanceof Error))',
    reason:
      "Equivalent: every failed attempt's value is an Error, so a failed outcome goes on to be thrown either way.",
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: 'if (value instanceof Error) throw value;',
    reason: "Equivalent: here the outcome failed, and every failed attempt's value is an Error.",
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: "throw new Error(outcome.ok ? 'unexpected' : outcome.reason);",
    reason: 'Not reached: see the line above.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: "const extra = leftovers.map((f) => ` ${shellQuote(f)}`).join('');",
    reason:
      "Killed since the run (checked by hand): ssh's 'stop the group with TERM, … then KILL and remove the leftovers' (two leftovers'.",
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: 'leftovers: readonly string[] = [],',
    reason:
      "Accepted: the stop would also remove a file named `Stryker was here` in the remote user's home, which no test has.",
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: 'const bound = new Promise((resolve) => setTimeout(resolve, grace + 5000).unref()',
    reason:
      "Accepted: only a kill that never answers tells, which needs a connection that hangs rather than closes; the tests' sshd answers.",
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: 'const { release } = whileRunning(() => stopRemote(1000));',
    reason:
      "Killed since the run (checked by hand): ssh's 'stops the process group on the host when the step is cancelled'.",
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: 'if (state.timedOut) await stopping;',
    reason: 'Equivalent: without a timeout nothing is stopping, and awaiting undefined returns at once.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: '} catch (error) {',
    reason:
      "Not reached by the tests: their timeouts and cancels end with the command's result, not an error.",
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: 'if (state.timedOut) {',
    reason: 'Not reached: see the line above.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: 'return { code: null, signal: null, timedOut: true, tail };',
    reason: 'Not reached: see the line above.',
  },
  {
    file: 'actions/ec2-deploy/src/ssh.ts',
    code: '} finally {',
    reason:
      "Killed since the run (checked by hand): ssh's 'leaves nothing behind when the script ends by itself' (no cancel handler left'.",
  },
  // benchmark-gate
  {
    file: 'actions/benchmark-gate/src/anchor-import.ts',
    code: "override readonly name = 'ImportError';",
    reason: "Equivalent: the error's name is never shown, only its message.",
  },
  {
    file: 'actions/benchmark-gate/src/anchor-import.ts',
    code: "const BIGGER_IS_BETTER = new Set(['pytest', 'benchmarkjs', 'customBiggerIsBetter']);",
    fragment: "'pytest'",
    reason:
      "Equivalent for github-action-benchmark's data: its pytest entries are always in iter/sec, which are turned into seconds before this set is asked.",
  },
  {
    file: 'actions/benchmark-gate/src/anchor-import.ts',
    code: "if (tool === 'pytest' && bench.unit === 'iter/sec')",
    fragment: "bench.unit === 'iter/sec'",
    reason: "Equivalent for github-action-benchmark's data: its pytest entries are always in iter/sec.",
  },
  {
    file: 'actions/benchmark-gate/src/anchor-import.ts',
    code: "const tool = typeof entry.tool === 'string' ? entry.tool : '';",
    reason:
      'Equivalent: neither `undefined` nor any text but the three names is in the bigger-is-better set, so the direction is the same.',
  },
  {
    file: 'actions/benchmark-gate/src/anchor-import.ts',
    code: '...(url === undefined ? {} : { url }),',
    reason: 'Equivalent: `url: undefined` is left out when the history is written.',
  },
  {
    file: 'actions/benchmark-gate/src/anchor-import.ts',
    code: "typeof b.value !== 'number' ||",
    reason: 'Equivalent: `Number.isFinite` is false for anything but a number.',
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: "override readonly name = 'FormatError';",
    reason: "Equivalent: the error's name is never shown, only its message.",
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: "if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)",
    reason:
      'Equivalent for JSON: `Number.isFinite` refuses anything but a number, and JSON has no NaN to pass a weakened test.',
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: 'const raw = data !== undefined && data.length > 0 ? describe(data) : undefined;',
    reason:
      "Equivalent for pytest-benchmark's files: their statistics are always written, and win over an empty list's NaN.",
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: '...(fileOf === undefined ? {} : { file: fileOf }),',
    reason: 'Equivalent: `file: undefined` is read as no file everywhere.',
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: ": ''",
    reason:
      'Equivalent: an aggregate with no name is one that is not kept, under any name but those Runway reads.',
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: ': b.run_type === undefined && suffix !== null',
    reason:
      'Accepted: Google Benchmark writes `run_type` for every entry since it has aggregates with names; the suffix rule is for older files, which have neither, and no file mixes them.',
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: "typeof b.run_name === 'string' && b.run_name !== ''",
    reason:
      "Equivalent for Google Benchmark's files: `run_name` is the name without its aggregate suffix, which the fallback computes too.",
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: ': aggregate !== undefined && suffix !== null',
    reason:
      "Equivalent for Google Benchmark's files: an aggregate's name ends in its suffix, and a repetition's does not.",
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: 'if (median === undefined || mean === undefined)',
    reason: 'Equivalent: the mean falls back to the median, so one is undefined only when both are.',
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: 'const sd = run.aggregates.stddev ?? raw?.stddev ?? 0;',
    reason:
      'Equivalent for Google Benchmark: a run without repetitions has its own times, and aggregates come with a stddev.',
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: '? raw.iqr / IQR_PER_SIGMA',
    fragment: 'raw !== undefined',
    reason:
      'Equivalent: without times there are fewer than four of them, so the other branch is taken anyway.',
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: "const median = optionalFinite(r.median, at('median')) ?? raw?.median ?? mean;",
    reason: "Equivalent for hyperfine's files: its median is the median of its times.",
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: 'if (mean === undefined || median === undefined || min === undefined)',
    reason:
      'Equivalent: the median falls back to the mean and the minimum to the median, so all are undefined together.',
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: 'const match = /([0-9]*\\.?[0-9]+(?:e[-+]?\\d+)?)\\s*(%?)\\s*$/i.exec(range.trim());',
    reason:
      'Equivalent: the pattern ends in `\\s*$`, so trailing space matches anyway; leading space is before the number it looks for.',
  },
  {
    file: 'actions/benchmark-gate/src/formats.ts',
    code: "if (b.range !== undefined && b.range !== null && b.range !== '') {",
    reason:
      'Accepted: an empty range string would be warned about as unreadable; none of the producers writes one.',
  },
  {
    file: 'actions/benchmark-gate/src/history.ts',
    code: '...(r.url === undefined ? {} : { url: r.url }),',
    reason: 'Equivalent: `url: undefined` is left out when the history is written.',
  },
  {
    file: 'actions/benchmark-gate/src/history.ts',
    code: "!p.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0) ||",
    reason: 'Equivalent: `Number.isFinite` refuses anything but a number.',
  },
  {
    file: 'actions/benchmark-gate/src/history.ts',
    code: 'return value === 0 ? 0 : Number(value.toPrecision(digits));',
    reason: "Equivalent: `toPrecision` of 0 is '0', which reads as 0.",
  },
  {
    file: 'actions/benchmark-gate/src/history.ts',
    code: 'remap[i] = next >= drop ? next - drop : -1;',
    reason: "Equivalent: a dropped run's points are filtered out by their index before the map is read.",
  },
  {
    file: 'actions/benchmark-gate/src/significance.ts',
    code: 'if (scope.until !== undefined) {',
    reason:
      'Equivalent: no stored commit is `undefined`, so the search finds nothing and the whole branch is returned, as without it.',
  },
  {
    file: 'actions/benchmark-gate/src/significance.ts',
    code: 'const at = onBranch.findIndex((i) => runs[i]?.commit === scope.until);',
    reason: 'Equivalent: every index on the branch is one of `runs`.',
  },
  {
    file: 'actions/benchmark-gate/src/significance.ts',
    code: '...(m.file === undefined ? {} : { file: m.file }),',
    reason: 'Equivalent: `file: undefined` is read as no file everywhere.',
  },
  {
    file: 'actions/benchmark-gate/src/significance.ts',
    code: 'baselineCommit: runs[newest[0]]?.commit',
    reason:
      "Equivalent: every stored point's run index is one of the runs (the history is refused otherwise).",
  },
  {
    file: 'actions/benchmark-gate/src/significance.ts',
    code: 'worse >= limits.alert',
    reason:
      'Equivalent: the ratio is multiplied by 1 + 10⁻¹² so that a value written as exactly the threshold is not missed by rounding, so `>` and `>=` never differ.',
  },
  {
    file: 'actions/benchmark-gate/src/significance.ts',
    code: ': better >= limits.alert',
    reason: 'Equivalent: the ratio is multiplied by 1 + 10⁻¹², so `>` and `>=` never differ.',
  },
  {
    file: 'actions/benchmark-gate/src/significance.ts',
    code: "failing: verdict === 'regression' && worse >= limits.fail,",
    reason:
      'Equivalent: `>=` and `>` never differ (the ratio carries 1 + 10⁻¹²); and only a regression can pass the fail limit, which is at or above the alert limit.',
  },
  {
    file: 'actions/benchmark-gate/src/significance.ts',
    code: 'if (stored !== undefined && points !== undefined && points.length > 0) {',
    reason:
      'Equivalent: `points` is undefined exactly when `stored` is, and `undefined.length` is never reached past the other checks.',
  },
  {
    file: 'actions/benchmark-gate/src/significance.ts',
    code: 'const newest = inScope.length === 0 ? undefined : history.runs[',
    reason: 'Equivalent: the list at index -1 is undefined too.',
  },
  {
    file: 'actions/benchmark-gate/src/significance.ts',
    code: 'return { comparisons, missing: missing.sort(), baselineCommit: used ? newest?.commit : undefined };',
    reason: 'Equivalent: a baseline was used only when some run was in scope.',
  },
  {
    file: 'actions/benchmark-gate/src/stats.ts',
    code: 'if (sorted.length === 0) return Number.NaN;',
    reason:
      'Equivalent for the callers, which pass at least one value; the guard says what an empty list means.',
  },
  {
    file: 'actions/benchmark-gate/src/stats.ts',
    code: 'return values.length === 0 ? Number.NaN : sum / values.length;',
    reason: 'Equivalent: 0 / 0 is NaN too.',
  },
  {
    file: 'actions/benchmark-gate/src/thresholds.ts',
    code: 'const match = /^(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(%|x|×)?$/i.exec(text.trim());',
    reason:
      'Equivalent: the mutants change only the `.5` form (a number with no digit before its point), which is below 1 and so refused as a ratio either way.',
  },
  {
    file: 'actions/benchmark-gate/src/thresholds.ts',
    code: "if (j < p.length && (p[j] === '?' ||",
    reason: 'Equivalent: `p[j]` past the end is undefined, which equals no character and is not `?`.',
  },
  {
    file: 'actions/benchmark-gate/src/thresholds.ts',
    code: "} else if (j < p.length && p[j] === '*') {",
    reason: 'Equivalent: `p[j]` past the end is undefined, which is not `*`.',
  },
  {
    file: 'actions/benchmark-gate/src/thresholds.ts',
    code: "while (j < p.length && p[j] === '*') j++;",
    reason: 'Equivalent: `p[j]` past the end is undefined, which is not `*`.',
  },
  {
    file: 'actions/benchmark-gate/src/thresholds.ts',
    code: "const pattern = at < 0 ? '' : line.slice(0, at).trim();",
    reason:
      "Equivalent: without `=` the ratio is undefined and the line is refused; with `=` first the pattern is `''` either way.",
  },
  {
    file: 'actions/benchmark-gate/src/thresholds.ts',
    code: 'const ratio = at < 0 ? undefined : parseRatio(line.slice(at + 1));',
    reason: "Equivalent: without `=` the pattern is `''` and the line is refused; with `=` first too.",
  },
  {
    file: 'actions/benchmark-gate/src/units.ts',
    code: "const bare = unit.trim().replace(/\\/iter$/, '');",
    reason: 'Equivalent for the units producers write: `/iter` only ever ends them.',
  },
  {
    file: 'actions/benchmark-gate/src/units.ts',
    code: 'if (!Number.isFinite(value)) return String(value);',
    reason: 'Equivalent: `toPrecision` of Infinity or NaN prints the same as `String`.',
  },
  {
    file: 'actions/benchmark-gate/src/units.ts',
    code: "if (value === 0) return '0';",
    reason: "Equivalent: `toPrecision` of 0 is '0'.",
  },
  {
    file: 'actions/benchmark-gate/src/units.ts',
    code: 'if (abs >= 1000) return String(Math.round(value));',
    reason: 'Equivalent: 1000 prints as `1000` both ways.',
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "override readonly name = 'DataBranchError';",
    reason:
      'Equivalent: the action turns the error into a failure with its message; the name is never shown.',
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: 'private readonly sleep: (ms: number) => Promise<void> = (ms) =>',
    reason:
      'Accepted: the tests pass their own wait (the real one is random and would slow them); the waits it is asked for are pinned.',
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: 'new Promise((resolve) => setTimeout(resolve, ms)),',
    reason:
      'Accepted: the tests pass their own wait (the real one is random and would slow them); the waits it is asked for are pinned.',
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "GIT_TERMINAL_PROMPT: '0', GIT_A",
    fragment: "'true'",
    reason:
      'Equivalent: `GIT_TERMINAL_PROMPT=0` already stops git asking for credentials; the askpass is a second lock.',
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: 'if (options.index !== undefined) env.GIT_INDEX_FILE = options.index;',
    reason:
      "Equivalent: the scratch repository is the action's own, so its index and blob file may live anywhere in it; a separate index only keeps them apart. (Node drops an environment variable set to undefined.)",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "const index = path.join(this.settings.scratch, '.git', 'runway-index');",
    reason:
      "Equivalent: the scratch repository is the action's own, so its index and blob file may live anywhere in it; a separate index only keeps them apart.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "const scratchFile = path.join(this.settings.scratch, '.git', 'runway-blob');",
    reason:
      "Equivalent: the scratch repository is the action's own, so its index and blob file may live anywhere in it; a separate index only keeps them apart.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: 'const withIndex = (args: string[], what: string) => this.git(args, what, { index',
    reason:
      "Equivalent: the scratch repository is the action's own, so its index and blob file may live anywhere in it; a separate index only keeps them apart.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: 'if (this.settings.token !== undefined) {',
    reason:
      "Accepted: the tests' remotes are local repositories, to which git sends no HTTP header; without a token the mutant would send one for `x-access-token:undefined`.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: 'maxBuffer: 512 * 1024 * 1024,',
    reason:
      "Accepted: no test's history comes near the smaller buffers (the history is capped by `max-history`).",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: 'throw new DataBranchError(`git ${what} failed: ${ran.stderr.trim() ||',
    mutator: 'StringLiteral',
    reason: 'Accepted: a git command that fails without a word on stderr is not one the tests can make.',
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: '`git push to ${this.settings.branch} failed${attempt > 1 ?',
    mutator: 'StringLiteral',
    reason: 'Accepted: a push that fails without a word on stderr is not one the tests can make.',
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "'remote add'",
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: '`fetch of ${this.settings.branch}`,',
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "await this.git(['rev-parse', tracking], 'rev-parse')",
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "await this.git(['ls-tree', '--name-only', tip, '--', file], '",
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "await this.git(['cat-file', 'blob', `${tip}:${file}`], `cat-file $",
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "'read-tree',",
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "await this.git(['hash-object', '-w', scratchFile], 'hash-object')",
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "'update-index',",
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "await withIndex(['write-tree'], 'write-tree')",
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "await this.git(['commit-tree', tree, ...parents, '-m', message], 'commit-tree')",
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository.",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: '`push to ${this.settings.branch}`,',
    reason:
      "Accepted: the step's name shows only in the message when that git step fails; the tests make the steps a user's setup can break fail (no git, a remote that is not there, a timeout, a refused or lost push), not the plumbing steps on the action's own scratch repository. (A push's refusal has its own message below; this name shows only on a timeout.)",
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "?.split('\\t')[0];",
    reason:
      'Equivalent: a wrong tip only misses the snapshot kept from the last read, so the branch is fetched again and read at the fetched commit.',
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: 'if (this.last?.tip === tip) return this.last;',
    reason:
      'Equivalent: the kept snapshot only saves a fetch; without it the branch is fetched again and read at the fetched commit.',
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: 'if (tip === undefined) return { tip: undefined, content: undefined };',
    reason: 'Equivalent: both keys read undefined either way.',
  },
  {
    file: 'actions/benchmark-gate/src/data-branch.ts',
    code: "if (listedFile.stdout.trim() === '') return { tip, content: undefined };",
    reason: 'Equivalent: ls-tree prints nothing at all for a file that is not there.',
  },
  {
    file: 'actions/benchmark-gate/src/dashboard.ts',
    code: 'const lastRun = last === undefined ? undefined : history.runs[last[0]];',
    reason: 'Not reached: a series is stored with its first point, so a chart always has a last one.',
  },
  {
    file: 'actions/benchmark-gate/src/dashboard.ts',
    code: '`<p>Latest ${escapeHtml(formatValue(last?.[1] ?? 0, series.unit))} at <code>${es',
    reason:
      'Not reached: a series is stored with its first point, so a chart always has a last one and its run.',
  },
  {
    file: 'actions/benchmark-gate/src/dashboard.ts',
    code: "].join('\\n');",
    reason: 'Equivalent: line breaks between HTML elements show nothing.',
  },
  {
    file: 'actions/benchmark-gate/src/report.ts',
    code: "['left', 'right', 'right', 'right', 'right', 'left'],",
    reason:
      'Accepted: the alignment of the name and verdict columns in the job summary is presentation; the cells are tested.',
  },
  {
    file: 'actions/benchmark-gate/src/report.ts',
    code: '{ shrinkable: true },',
    reason:
      "Accepted: no test here fills the job summary's budget with benchmarks; how a shrinkable table gives way is tested with the summary builder (shared/summary).",
  },
  {
    file: 'actions/benchmark-gate/src/report.ts',
    code: "const scaleUnit = unit === 's' ? (formatSeconds(Math.max(...values)).split(' ')[",
    reason:
      "Killed by the tests (checked by hand: 'times in the unit of the largest value, …' fails on it), though Stryker counts it as covered by none: its per-test coverage misses this condition.",
  },
  // test-report
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: "const where = `${record.suiteIndex}\\u0000${record.file ?? ''}`;",
    reason: 'Equivalent: any fixed text for "no file" groups the same records together.',
  },
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: "const passing = (o: Outcome): boolean => o === 'passed' || o === 'flaky';",
    reason:
      'Equivalent: a flaky record has attempts of its own, and records with attempts are kept apart before `passing` is asked.',
  },
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: 'record.flakyAttempts.length + record.rerunAttempts.length === 0',
    mutator: 'ConditionalExpression',
    reason: 'Equivalent: a new empty list instead of the shared one.',
  },
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: 'if (last === undefined || records.length === 1) return [...records];',
    reason:
      'Equivalent: only lists of two or more records are resolved (a single record stays a plain entry).',
  },
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: "const teardown = at !== undefined && record.result === 'error' && TEARDOWN.test(record.message ?? '');",
    reason: "Equivalent: neither `` nor the mutant's text reads as a teardown error.",
  },
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: 'if (reruns.length > 0) {',
    reason: 'Equivalent: without reruns the loop has nothing to do.',
  },
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: 'if (t.phase === undefined) index.set(t.id, [...(index.get(t.id) ?? []), i]);',
    reason: 'Equivalent: an index that is no position finds no test, and is filtered out as not failed.',
  },
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: 'const failedBefore = (index.get(rerun.id) ?? []).filter((i) => {',
    reason: 'Equivalent: an index that is no position finds no test, and is filtered out as not failed.',
  },
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: 'const o = tests[i]?.outcome;',
    reason: 'Equivalent: every index stored is a position in the list.',
  },
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: 'if (v !== undefined) out[key] = v;',
    reason: 'Equivalent: a count set to undefined is read as no count.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: 'return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;',
    reason: 'Equivalent: `Number.isInteger(undefined)` is false.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: ' !== undefined) out.',
    reason: 'Equivalent: a declared count set to undefined is read as no count.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: "private readonly oddTimes = { count: 0, first: '' };",
    reason: 'Equivalent: `first` is set with the first count, before it is ever shown.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: "private readonly unknownStatus = { count: 0, first: '' };",
    reason: 'Equivalent: `first` is set with the first count, before it is ever shown.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: "root: this.root ?? '',",
    reason: 'Equivalent: a document with no root element is refused by the XML parser before this.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: "this.oneRecordPerTest = ONE_RECORD_PER_TEST.get(a.name ?? '');",
    reason: "Equivalent: neither `` nor the mutant's text is a known producer's suite name.",
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: 'if (current === undefined || this.capture !== undefined) return;',
    reason:
      "Equivalent for producers' reports: an element inside a failure's or skip's text does not occur (markup in a traceback is escaped).",
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: 'if (testcase.result === result) testcase.details = text;',
    reason:
      'Equivalent: a capture ends before the next result element opens, so the result is still the one it captured for.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: 'record.message = said === \'passed\' ? undefined : `${attribute}="${value}"`;',
    reason:
      "Equivalent: `passed` never outranks the record's starting result, which is `passed`, so this line never sees it.",
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: "if (said === 'skipped') record.skipKind = 'skip';",
    reason: 'Equivalent: the kind of skip is read only for a skipped test.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: 'this.current = { record, children: { skipped: false, failed: false, errored: false } };',
    reason: 'Equivalent: an unset flag reads as false.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: 'if (n !== undefined && n >= 0 && n <= MAX_TIME_SECONDS) return n;',
    reason: 'Equivalent: `undefined >= 0` is false.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: "if (sink === undefined || text === '') return;",
    reason: 'Equivalent: an empty piece adds nothing to the text.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: "if (text.length > room && text.slice(Math.max(room, 0)).trim() !== '') sink.cut = true;",
    reason: 'Equivalent: when the piece is not longer than the room, what is past the room is empty.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: 'if (room <= 0) return;',
    reason: 'Equivalent: with no room the piece kept is empty.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: 'const part = text.length > room ? text.slice(0, room) : text;',
    reason: 'Equivalent: cutting a piece at a room it fits in keeps it whole.',
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: 'if (this.capture !== undefined && this.capture.depth === this.depth && this.capture.element === name) {',
    reason:
      "Equivalent for producers' reports: no element nests inside a failure's or skip's text, so the first close at or below its depth is its own.",
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: "this.capture.done(text === '' ? '' : text + truncated);",
    mutator: 'ConditionalExpression',
    reason: "Equivalent: an empty text was never cut, so `'' + ''` is `''`.",
  },
  {
    file: 'actions/test-report/src/locate.ts',
    code: "const frames = framesIn(test.details ?? '').reverse();",
    reason: "Equivalent: neither `` nor the mutant's text holds a frame.",
  },
  {
    file: 'actions/test-report/src/locate.ts',
    code: "frames.push({ file: m[1] ?? '', line",
    reason: 'Equivalent: the group always takes part in a match.',
  },
  {
    file: 'actions/test-report/src/report.ts',
    code: "parts.length === 1 ? (parts[0] ?? '') :",
    reason: 'Equivalent: a list of one has its first element.',
  },
  {
    file: 'actions/test-report/src/report.ts',
    code: "['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],",
    reason: 'Equivalent: a left-aligned column and one with no alignment both render as `---`.',
  },
  {
    file: 'actions/test-report/src/report.ts',
    code: "['left', 'right', 'left'],",
    reason: 'Equivalent: a left-aligned column and one with no alignment both render as `---`.',
  },
  {
    file: 'actions/test-report/src/report.ts',
    code: 't.attempts[0]?.',
    mutator: 'OptionalChaining',
    reason: 'Equivalent: a flaky test has at least one failed attempt.',
  },
  {
    file: 'actions/test-report/src/report.ts',
    code: '{ shrinkable: true },',
    reason:
      "Accepted: only a summary near GitHub's 1 MiB would make the table give up rows; whether it may is not observable short of that.",
  },
  {
    file: 'actions/test-report/src/report.ts',
    code: 'loc === undefined ? {} : { file: loc.file, ...(loc.line === undefined ? {} : {',
    reason: 'Equivalent: an annotation with `startLine: undefined` is one without a line.',
  },
  {
    file: 'actions/test-report/src/status.ts',
    code: "const key = value.toLowerCase().replace(/[\\s_-]+/g, '');",
    reason: 'Equivalent: with `g` every separator goes, one at a time or a run at a time.',
  },
  {
    file: 'actions/test-report/src/locate.ts',
    code: 'const JS_FRAME =',
    reason:
      "Equivalent: a drive letter's colon is taken by the path's own characters anyway, and a column cut to its first digit still ends the same frame.",
  },
  {
    file: 'actions/test-report/src/locate.ts',
    code: 'for (let n = parts.length; n > 0; n--) {',
    reason: 'Equivalent in practice: n = 0 asks for a file named `.py`, which no repository has.',
  },
  {
    file: 'actions/test-report/src/read-reports.ts',
    code: "root: report.root === '' ? '(empty)' : report.root",
    reason:
      'Unreachable: a document without a root element is a syntax error before this (checked: ``, a comment alone, a declaration alone).',
  },
  // coverage-gate
  {
    file: 'actions/coverage-gate/src/badge.ts',
    code: "const color = badgeColor(value, range).replace(/^#/, '');",
    reason: 'Equivalent: a color is `#` and hex digits, so its only `#` is the first character.',
  },
  {
    file: 'actions/coverage-gate/src/base.ts',
    code: "const isCount = (v: Json): v is number => typeof v === 'number' && Number.isInte",
    reason: '`Number.isInteger` is false for anything but a number.',
  },
  {
    file: 'actions/coverage-gate/src/changes.ts',
    code: "`git diff ${base}...HEAD failed: ${diff.stderr.trim().split('\\n')[0] ?? ''}`,",
    reason:
      "Equivalent: `split` always gives a first element, and git's error output does not start with a blank line.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: "if (typeof value === 'number') return value;",
    reason: 'Equivalent: a number read back from its text is the same number.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: "return Number(String(value).replace(/%+$/, ''));",
    reason: 'Equivalent: the schema lets `%` stand only at the end of a percentage.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: "const [low = '', high = ''] = text.split(text.includes('...') ? '...' : '..');",
    reason: 'Equivalent: the schema has refused a range without two numbers.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: 'const at = error.linePos?.[0];',
    reason:
      'Equivalent in practice: the yaml library gives every error a position (the branch without one is never taken).',
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: '`${file} is not valid YAML${at ?',
    reason:
      'Equivalent in practice: the yaml library gives every error a position (the branch without one is never taken).',
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: "if (isObject(out.codecov) && isObject(out.codecov.notify) && 'require_ci_to_pass' in out.codecov",
    reason:
      'Equivalent here: the schema knows `require_ci_to_pass` under `codecov.notify` too, and nothing reads it; the move follows Codecov.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: 'if (!isObject(value)) return [];',
    reason:
      'Equivalent: the schema has refused a status that is neither true, false nor a mapping, and `false` has no entries.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: 'if (doc === null ||',
    fragment: 'doc === undefined',
    reason: 'Equivalent: the yaml library gives null for an empty document, never undefined.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: "if (p === '*' ||",
    reason:
      'Equivalent: `*` and `.*` become `^.*$` through the general conversion too, which matches every branch.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: "if (!re.startsWith('.*') && !re.startsWith('^')) re = `^${re}`;",
    reason: 'Equivalent: an anchor more (`^^`) or a `^` before `.*` matches the same branches.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-config.ts',
    code: "if (!re.endsWith('.*') && !re.endsWith('$')) re = `${re}$`;",
    reason: 'Equivalent: an anchor more (`$$`) or a `$` after `.*` matches the same branches.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-paths.ts',
    code: 'for (let i = 0; i < pattern.length; i++) {',
    reason: "Equivalent: the character past the end reads as `''`, which adds nothing.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-paths.ts',
    code: "const c = pattern[i] ?? '';",
    reason: 'Equivalent: within the bounds there is always a character.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-paths.ts',
    code: "if (kind === 'glob') return new RegExp(globToRegex(pattern), 's');",
    reason: 'Equivalent: a path holds no line break for `.` to need the `s` flag.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-paths.ts',
    code: "let value = negative ? raw.replace(/^!+/, '') : raw;",
    reason:
      'Equivalent: a negative pattern starts with its `!`s, so the first run of them is the leading one.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: 'if (!(error instanceof HttpRequestError)) throw error;',
    reason:
      '`httpRequest` throws nothing else (its own catch turns every error into one); the guard is defence.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: "kind: 'retry', value: message, reason: message",
    reason: '`retry()` treats every kind but `done` and `fatal` as a retry.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: 'return retryAfter === undefined',
    reason: '`retry()` reads a `delayMs` of undefined as no delay of its own, as the other branch says.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: 'if (response.status >= 200 && response.status < 300)',
    fragment: 'response.status >= 200',
    reason: "Equivalent: node's client never returns a 1xx status as the answer.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: "private readonly decoder = new StringDecoder('utf8');",
    reason: "Equivalent: StringDecoder's default encoding is UTF-8.",
  },
  {
    file: 'actions/coverage-gate/src/diff.ts',
    code: "const body = quoted.slice(1, quoted.endsWith('\"') ? -1 : undefined);",
    reason: 'Equivalent for git: a quoted name both starts and ends with its quote.',
  },
  {
    file: 'actions/coverage-gate/src/diff.ts',
    code: 'for (const [, escaped, text] of body.matchAll(',
    reason:
      'Equivalent for git: it writes no backslash before white space (a tab is `\\t`), and text taken a character at a time gives the same bytes.',
  },
  {
    file: 'actions/coverage-gate/src/diff.ts',
    code: "if (text !== undefined) bytes.push(...Buffer.from(text, 'utf8'));",
    reason: 'Equivalent: `Buffer.from` encodes text as UTF-8 by default.',
  },
  {
    file: 'actions/coverage-gate/src/diff.ts',
    code: 'else if (escaped !== undefined)',
    reason: 'Equivalent: every match has one of its two groups.',
  },
  {
    file: 'actions/coverage-gate/src/diff.ts',
    code: "if (target === '/dev/null') {",
    reason:
      "Equivalent: a deleted file's hunks all read `+0,0`, which add no line, and a file without lines is dropped at the end.",
  },
  {
    file: 'actions/coverage-gate/src/diff.ts',
    code: "const file = target.startsWith('\"') ? unquote(target).replace(/^b\\//, '') : targ",
    reason:
      'Equivalent for git: a quoted name both starts and ends with its quote, and `b/` is only ever its prefix.',
  },
  {
    file: 'actions/coverage-gate/src/gate.ts',
    code: "if (rule.kind === 'patch' && m.nothingChanged)",
    reason:
      'Equivalent: `nothingChanged` is set only when a patch status is measured; a project status always has it false.',
  },
  {
    file: 'actions/coverage-gate/src/gate.ts',
    code: 'const met = m.value >= floor - 1e-9;',
    reason:
      'Equivalent: the tolerance of 10⁻⁹ is there so that `>` and `>=` never differ at a value written as the floor.',
  },
  {
    file: 'actions/coverage-gate/src/report.ts',
    code: 'while (j + 1 < lines.length && lines[j + 1] === (lines[j] ?? 0) + 1) j++;',
    reason: 'Equivalent: past the end the next line is undefined, which follows no line.',
  },
  {
    file: 'actions/coverage-gate/src/report.ts',
    code: 'if (lines !== undefined) files[file] = fileTotals(lines);',
    reason: "Equivalent: every name comes from the map's own keys.",
  },
  {
    file: 'actions/coverage-gate/src/report.ts',
    code: "['left', 'right', 'right', 'right', 'right', 'right'],",
    reason: 'Equivalent: a left-aligned column and one with no alignment both render as `---`.',
  },
  {
    file: 'actions/coverage-gate/src/report.ts',
    code: '[],',
    mutator: 'ArrayDeclaration',
    reason: 'Equivalent: a column with an unknown alignment renders as one with none (`---`).',
  },
  {
    file: 'actions/coverage-gate/src/report.ts',
    code: '{ shrinkable: true },',
    reason:
      "Accepted: only a summary near GitHub's 1 MiB would make the table give up rows; whether it may is not observable short of that.",
  },
  {
    file: 'actions/coverage-gate/src/repository-index.ts',
    code: 'const matches = (this.byName.get(name) ?? []).filter(',
    reason:
      "Equivalent: the filter keeps only paths that end with the name, which the mutant's text does not.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-paths.ts',
    code: "while (j < pattern.length && pattern[j] !== ']') j++;",
    reason:
      'Equivalent: one step past the end still ends the search, and the class is read as a literal `[` either way.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-paths.ts',
    code: "if (pattern[j] === ']') j++;",
    reason:
      "Equivalent: the class's text is taken from just after `[` whatever the search skipped, and a one-character class ends at the same `]`.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-paths.ts',
    code: "const compiled = patterns.filter((p) => p !== '').map(pathPattern);",
    line: 83,
    reason:
      'Equivalent in `paths`: an empty pattern is a prefix that every file matches, which is what no inclusion at all means.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-paths.ts',
    code: 'const positives = compiled.filter((p) => !p.negative);',
    line: 94,
    reason:
      'Equivalent in `ignore`: a file that a negative pattern matches is kept either way, so counting it among the inclusions changes nothing.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "private readonly declared: ParsedCoverage['declared'] = {",
    reason:
      "Equivalent: the root's opening tag sets all four keys before anything reads them, and a key never set reads `undefined` either way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'private named: [number, number, number, string][] = [];',
    reason:
      "Equivalent: a string in the list destructures to a line number `'S'`, which `nameBranches` refuses as not whole.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'this.named = [];',
    reason:
      "Equivalent: a string in the list destructures to a line number `'S'`, which `nameBranches` refuses as not whole.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "private text = '';",
    reason: 'Equivalent: the text is reset when each `<source>` opens, before it is read.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'constructor(fastPath = true) {',
    reason: 'Not reached: `readerFor` always passes the option.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "wantText: (element) => element === 'source',",
    reason:
      "Equivalent: text is kept only at `</source>`, after the reset at `<source>`; other elements' text is gathered and dropped (slower only).",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'skim: (buf, pos) => (fastPath && this.depth === this.classLinesDepth ? skimLines',
    reason:
      'Equivalent by design: the fast path gives what the general route gives (every test runs by both routes); only speed differs.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "this.currentFile = a.get('filename') ?? a.get('name') ?? '';",
    reason:
      "Accepted: a `<class>` with neither `filename` nor `name` is no producer's output; its lines go to a file with an empty name, which no repository file matches.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "} else if (name === 'source') this.text = '';",
    reason:
      'Equivalent: only `<source>` keeps its text, and no element opens inside a `<source>` between its reset and its close.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (number === undefined) return;',
    reason:
      'Equivalent: `line` refuses a number that is not whole, and `nameBranches` one that is not a line.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (total > 0 && missing !== undefined) this.missed(number, total, covered, miss',
    fragment: 'total > 0',
    becomes: 'true',
    reason:
      'Equivalent: names for a line without exits reach `nameBranches`, which ignores a line with no exits.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (total > 0 && missing !== undefined) this.missed(number, total, covered, miss',
    becomes: 'total >= 0',
    reason:
      'Equivalent: names for a line without exits reach `nameBranches`, which ignores a line with no exits.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (number > MAX_LINE) throw lineOutOfRange(number);',
    reason:
      'Equivalent: `FileCoverage.addPacked` refuses the same number with the same error when the batch goes into the file; this check makes it fail at the line.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (this.scratchCount === SCRATCH_LINES) this.flush();',
    reason: 'Equivalent: flushing after every line (both mutants) gives the same file, only slower.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'this.scratch[at + 1] = hits > 0 ? Math.min(Math.floor(hits), MAX_HITS) : 0;',
    reason: 'Equivalent: zero hits store 0 by either branch.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'this.scratch[at + 2] = total > 0 ? Math.min(total, MAX_BRANCHES) : 0;',
    reason:
      'Equivalent: the counts come from unsigned digits, so `total` is never negative and 0 stores 0 by either branch.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'this.scratch[at + 3] = covered > 0 ? Math.min(covered, MAX_BRANCHES) : 0;',
    reason:
      'Equivalent: the counts come from unsigned digits, so `covered` is never negative and 0 stores 0 by either branch.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "const file = this.currentFile ?? '';",
    reason: 'Not reached: lines are gathered only inside a class, which sets the file first.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'const PERCENT = /^(\\d+)(\\.\\d+)?%?/;',
    reason:
      'Equivalent: the pattern is tested as a prefix, and the `Number` check after it refuses whatever else a mutant lets through (`x80` is NaN), so only a leading digit counts.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'if (value === null || value === undefined) return undefined;',
    reason: 'Equivalent: `problem` returns before any check for an empty value, so a check never sees one.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "if (typeof value !== 'string' || !PERCENT.test(value)",
    mutator: 'ConditionalExpression',
    reason:
      "Equivalent: the rule's type (a string or a number) is checked first and numbers return above, so only strings get here.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'low >= 0 && low <= 100 && high >= 0 && high <= 100 && low <= high',
    reason:
      'Equivalent: `low <= 100` follows from `low <= high <= 100`, and `high >= 0` from `0 <= low <= high`.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'if (a === undefined || b === undefined ||',
    reason:
      "Equivalent: the list has exactly two items (checked above), so neither is undefined; the check is for the type's narrowing.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'if (low === undefined || high === undefined ||',
    reason:
      "Equivalent: the split gave exactly two parts (checked above), so neither is undefined; the check is for the type's narrowing.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "if (value === null || typeof value !== 'string') return undefined;",
    reason:
      'Equivalent: branch items are strings that may be null; `problem` returns for null and refuses other types before the check.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "new RegExp(value.replace(/(?<!\\.)\\*/g, '.*'));",
    fragment: "'.*'",
    reason:
      'Accepted: a pattern compiles alike with `.*` or nothing for each bare `*`, except a `*` ending a range in brackets (`[z-*]`), which is no branch name.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "if (typeof value !== 'string') return undefined;",
    reason: "Equivalent: the layout's rule is a string, checked before the check runs.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "const [, count] = part.trim().split(':');",
    reason:
      "Equivalent: the count's pattern takes spaces on both sides, and the message trims the part itself.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "if (typeof value === 'string' && /^\\d+\\s*(mb|kb|gb|b|bytes)$/i.test(value)) retu",
    mutator: 'ConditionalExpression',
    reason:
      'Equivalent: a value that is neither string nor number (a boolean) fails the pattern as text and gets the same message.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "if (typeof value === 'number' && !Number.isInteger(value)) return percentProblem",
    reason: 'Equivalent: `auto` is a string, so whether a number may be `auto` never matters.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "if (typeof value === 'string' && value.includes('%')) return percentProblem(valu",
    reason: 'Equivalent: a string with `%` in it is not `auto`.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "items: { type: 'string', check: (v) => (typeof v === 'string' ? pathPatternProbl",
    reason: "Equivalent: the item's type is checked before the check, so it is a string.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "typeof v === 'string' && !v.includes('::') ? 'must split before and after with :",
    reason: "Equivalent: the item's type is checked before the check, so it is a string.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "if (value !== null && typeof value === 'object') return ['dict'];",
    reason:
      'Equivalent: YAML gives booleans, numbers, strings, lists, mappings and null, and `problem` returns for null before asking the type, so only mappings get here.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'return [];',
    reason: 'Not reached: see the line above (only mappings get past the lists).',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "return `${where}: must be ${wanted.map((t) => (t === 'dict' ? 'a mapping' : t ==",
    reason: 'Equivalent: the general case writes `a list` for `list` too.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'if (rule.minlength !== undefined && value.length < rule.minlength) return `${whe',
    reason: 'Equivalent: comparing a length with undefined is false.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'if (rule.maxlength !== undefined && value.length > rule.maxlength) return `${whe',
    reason: 'Equivalent: comparing a length with undefined is false.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'if (rule.min !== undefined && value < rule.min) return `${where}: must be at lea',
    reason: 'Equivalent: comparing a number with undefined is false.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'if (rule.max !== undefined && value > rule.max) return `${where}: must be at mos',
    reason: 'Equivalent: comparing a number with undefined is false.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "if (typeof value === 'number') {",
    reason:
      'Equivalent: the two rules with bounds (`int0`, `precision`) are integers, so a value of another type was refused above.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'const p = problem(key, rule.keysrules, `${where}.${key}`);',
    reason: 'Equivalent: only whether the key has a problem is used; the message names the key itself.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'private static readonly SIZE = 64 * 1024;',
    reason: 'Equivalent: it changes only how much room is reserved, never what is stored.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'if (this.used + size > this.buffer.byteLength) {',
    reason:
      'Equivalent: it changes only how much room is reserved, never what is stored. (A new slab is taken one allocation earlier, or every time.)',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'const size = this.hits.length === 0 ? line + 1 : Math.max(line + 1, this.hits.le',
    reason:
      'Equivalent: it changes only how much room is reserved, never what is stored. (The size is at least `line + 1` whichever way it grows.)',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'if (this.branchTotal !== undefined && this.branchCounted !== undefined) {',
    reason: 'Equivalent: the two branch arrays are made together and are both there or both not.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'if (count === 0) return;',
    reason:
      'Equivalent: an empty batch adds nothing; without the return it only reserves line 0, which stays no statement.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'for (let i = 0; i < count; i++) highest = Math.max(highest, packed[i * 4] ?? 0);',
    reason:
      'Equivalent: it changes only how much room is reserved, never what is stored. (One slot past the batch can only raise the reservation.)',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'if (exits > 0) this.setBranchLine(line, exits, packed[at + 3] ?? 0, undefined);',
    reason:
      'Equivalent: the reader stores a line without exits with 0 covered, so setting it adds a total of 0 and a covered count of 0.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'const total = this.branchTotal?.[line] ?? 0;',
    reason:
      'Equivalent: the two branch arrays are made together and are both there or both not. `coveredAt` is reached only once they are.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'const counted = this.branchCounted?.[line] ?? 0;',
    reason:
      'Equivalent: the two branch arrays are made together and are both there or both not. `coveredAt` is reached only once they are.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'const count = Math.max(this.branchCounted?.[line] ?? 0, counted);',
    reason:
      'Equivalent: the two branch arrays are made together and are both there or both not. They are made just above.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'if ((total > NARROW_MAX || count > NARROW_MAX) && this.branchTot',
    reason:
      'Equivalent: widening is invisible; widening at 255 itself or again when already wide stores the same numbers (the widening at 256 is pinned from both sides).',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'if (this.branchCounted !== undefined)',
    reason: 'Equivalent: the two branch arrays are made together and are both there or both not.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'branchesCovered: this.branchTotal === undefined ? 0 : this.coveredAt(line),',
    reason: 'Equivalent: with no branch arrays, `coveredAt` reads a total of 0 and returns 0.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'for (let line = 0; line < this.hits.length; line++) {',
    reason: 'Equivalent: the line one past the end reads undefined, which is no statement and is skipped.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'for (let line = 0; line < other.hits.length; line++) {',
    reason: 'Equivalent: the line one past the end reads undefined: no hits and no exits to merge.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'this.setBranchLine(line, exits, other.branchCounted?.[line] ?? 0, other.named?.g',
    reason:
      'Equivalent: the two branch arrays are made together and are both there or both not. A line with exits has them.',
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: "for (const name of missed) if (held.known !== 'all' && !held.known.has(name)) ne",
    reason:
      "Killed since the run (checked by hand): model-edges' 'miss an exit a later report names and missed, which the earlier ones did not know'.",
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'if (!Number.isInteger(line) || line < 0 || exits <= 0) return;',
    line: 210,
    reason:
      "Killed since the run (checked by hand): model-edges' 'keep no covered count from a report that gave a line no exits'.",
  },
  {
    file: 'actions/coverage-gate/src/model.ts',
    code: 'if (!Number.isInteger(line) || line < 0 || exits <= 0) return;',
    line: 230,
    reason:
      "Killed since the run (checked by hand): model-edges' 'take line 0, and branches with at least one exit only' now names exits on line 0.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'private classDepth = -1;',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'reads only a class's own lines: none under the root, outside a class, or straight under <methods>'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'private classLinesDepth = -1;',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'reads only a class's own lines: none under the root, outside a class, or straight under <methods>'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "else if (name === 'lines' && this.depth === this.classLinesDepth) this.classLine",
    mutator: 'ConditionalExpression',
    becomes: 'false',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'reads only a class's own lines: none under the root, outside a class, or straight under <methods>'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "else if (name === 'lines' && this.depth === this.classLinesDepth) this.classLine",
    mutator: 'EqualityOperator',
    becomes: "name !== 'lines'",
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'reads only a class's own lines: none under the root, outside a class, or straight under <methods>'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "else if (name === 'lines' && this.depth === this.classLinesDepth) this.classLine",
    mutator: 'StringLiteral',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'reads only a class's own lines: none under the root, outside a class, or straight under <methods>'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "else if (name === 'lines' && this.depth === this.classLinesDepth) this.classLine",
    mutator: 'EqualityOperator',
    becomes: 'this.depth !== this.classLinesDepth',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'reads only a class's own lines: none under the root, outside a class, or straight under <methods>'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "else if (name === 'lines' && this.depth === this.classLinesDepth) this.classLine",
    mutator: 'UnaryOperator',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'reads only a class's own lines: none under the root, outside a class, or straight under <methods>'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "else if (name === 'lines' && this.depth === this.classLinesDepth) this.classLine",
    reason:
      'Equivalent: the scanner matches every closing tag to its opening one, so what closes at the depth of the open class (or of its <lines>) is that element; either half of the test alone decides.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "else if (name === 'class' && this.depth === this.classDepth) this.storeClass();",
    reason:
      'Equivalent: the scanner matches every closing tag to its opening one, so what closes at the depth of the open class (or of its <lines>) is that element; either half of the test alone decides.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (count >= 2) {',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'reads branches from condition-coverage …' now has a `(1/2)` without the percentage.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "const missing = a.get('missing-branches');",
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'merges with another report by the exits each names as missed, not by counts'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (total > 0 && missing !== undefined) this.missed(number, total, covered, miss',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'merges with another report by the exits each names as missed, not by counts'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (!Number.isInteger(number) || number < 0) return;',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'skips a line without a number, or with a negative one …' now checks the totals.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'missed(number: number, total: number, covered: number, names: string): void {',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'merges with another report by the exits each names as missed, not by counts'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (!Number.isInteger(number) || number < 0 || number > MAX_LINE) return;',
    mutator: 'ConditionalExpression',
    becomes: 'true',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'merges with another report by the exits each names as missed, not by counts'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (!Number.isInteger(number) || number < 0 || number > MAX_LINE) return;',
    mutator: 'BooleanLiteral',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'merges with another report by the exits each names as missed, not by counts'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (!Number.isInteger(number) || number < 0 || number > MAX_LINE) return;',
    becomes: 'number >= 0',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'merges with another report by the exits each names as missed, not by counts'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (!Number.isInteger(number) || number < 0 || number > MAX_LINE) return;',
    becomes: 'number <= MAX_LINE',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'merges with another report by the exits each names as missed, not by counts'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (!Number.isInteger(number) || number < 0 || number > MAX_LINE) return;',
    becomes: 'number <= 0',
    reason: 'Accepted: names on line 0 would be dropped, and no producer puts a branch on line 0.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (!Number.isInteger(number) || number < 0 || number > MAX_LINE) return;',
    becomes: 'number >= MAX_LINE',
    reason: 'Accepted: names on the last line a file may have would be dropped; no test has a branch there.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'if (!Number.isInteger(number) || number < 0 || number > MAX_LINE) return;',
    reason:
      'Equivalent: `line` has thrown for a number past MAX_LINE before this, and `nameBranches` ignores a line that is not whole or below 0.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'for (const [number, total, covered, names] of this.named) {',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'merges with another report by the exits each names as missed, not by counts'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'for (let i = missed.size; i < total - covered; i++) missed.add(`?${i}`);',
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'merges with another report by the exits each names as missed, not by counts'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: "file.nameBranches(number, total, missed, 'all');",
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'merges with another report by the exits each names as missed, not by counts'.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura.ts',
    code: 'this.classDepth = -1;',
    line: 160,
    reason:
      "Killed since the run (checked by hand): cobertura-reader's 'reads only a class's own lines: none under the root, outside a class, or straight under <methods>'.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: 'if (value === undefined) return [];',
    line: 29,
    reason:
      "Killed since the run (checked by hand): coveragepy-json's 'drops no executed line when there are fewer than num_statements, nor when a list is absent'.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: 'if (value === undefined) return [];',
    line: 36,
    reason:
      "Equivalent: a string in the list of arcs destructures to a line `'S'`, which is no statement, so it is skipped.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: "const exitName = (to: number): string => (to < 0 ? 'exit' : String(to));",
    becomes: 'to <= 0',
    reason: 'Equivalent: coverage.py writes no arc to line 0 (an exit is a negative line).',
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: "const exitName = (to: number): string => (to < 0 ? 'exit' : String(to));",
    reason:
      "Killed since the run (checked by hand): coveragepy-json's 'names an exit out of the function as Cobertura's missing-branches does, so the two merge'.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: 'let executed = lineList(f.executed_lines, where(',
    reason:
      "Killed since the run (checked by hand): coveragepy-json's 'drops executed lines that are excluded or missing, and the lowest extras past num_statements'.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: '.sort((a, b) => a - b);',
    reason:
      "Killed since the run (checked by hand): coveragepy-json's 'drops the lowest extras even when coverage.py listed the executed lines out of order'.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: 'const extra = statements === undefined ? 0 : executed.length + missing.size - st',
    reason: 'Equivalent: without a count the difference is NaN, and `NaN > 0` drops nothing, as 0 does.',
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: 'if (extra > 0) executed = executed.slice(extra);',
    becomes: 'extra >= 0',
    reason: 'Equivalent: `slice(0)` keeps every line.',
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: 'if (extra > 0) executed = executed.slice(extra);',
    reason:
      "Killed since the run (checked by hand): coveragepy-json's 'drops no executed line when there are fewer than num_statements, nor when a list is absent'.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: "const declared = typeof summary.num_branches === 'number' ? summary.num_branches",
    reason:
      "Killed since the run (checked by hand): coveragepy-json's 'leaves out only as many self-arcs as coverage.py counts fewer branches, and none for a count not a number'.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: 'if (from === to && e !== undefined && !e.missed.has(exitName(to)) && e.all.delet',
    reason:
      "Equivalent: every taken arc's line got its exits above, so `e` is always there; the check is for the type's narrowing.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: 'excess--;',
    reason:
      "Killed since the run (checked by hand): coveragepy-json's 'leaves out only as many self-arcs as coverage.py counts fewer branches, and none for a count not a number'.",
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: "this.parts.push(typeof chunk === 'string' ? chunk : this.decoder.write(chunk));",
    reason: 'Equivalent: `StringDecoder.write` returns a string it is given as it is.',
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: 'this.parts = [];',
    reason: 'Equivalent: a reader is closed once; the parts are dropped only to free them.',
  },
  {
    file: 'actions/coverage-gate/src/coveragepy-json.ts',
    code: 'throw new ConfigurationError(`files[${JSON.stringify(path).slice(0, 200)}] is no',
    reason:
      "Killed since the run (checked by hand): coveragepy-json's 'cuts a long file name to 200 characters in the message'.",
  },
  {
    file: 'actions/coverage-gate/src/lcov.ts',
    code: 'if (text === undefined || !/^\\d+$/.test(text)) return undefined;',
    mutator: 'ConditionalExpression',
    fragment: 'text === undefined',
    reason: 'Equivalent: the pattern refuses `undefined` as the text `"undefined"`.',
  },
  {
    file: 'actions/coverage-gate/src/lcov.ts',
    code: "private readonly decoder = new StringDecoder('utf8');",
    reason: "Equivalent: a StringDecoder's default encoding is UTF-8.",
  },
  {
    file: 'actions/coverage-gate/src/lcov.ts',
    code: "const text = this.rest + (typeof chunk === 'string' ? chunk : this.decoder.write",
    reason: 'Equivalent: `StringDecoder.write` returns a string it is given as it is.',
  },
  {
    file: 'actions/coverage-gate/src/lcov.ts',
    code: "this.rest = lines.pop() ?? '';",
    reason: 'Not reached: `split` always gives at least one part.',
  },
  {
    file: 'actions/coverage-gate/src/lcov.ts',
    code: "for (const line of lines) this.line(line.replace(/\\r$/, ''));",
    reason: 'Equivalent for LCOV: no record holds a carriage return except at its end.',
  },
  {
    file: 'actions/coverage-gate/src/lcov.ts',
    code: 'if (this.current === undefined) return;',
    reason:
      "Equivalent: branches are gathered only inside a file's record, so without one there are none to flush.",
  },
  {
    file: 'actions/coverage-gate/src/lcov.ts',
    code: 'if (lines === undefined) {',
    reason:
      "Killed since the run (checked by hand): lcov-edges' 'adds a file listed twice into one, its branches per record'.",
  },
  {
    file: 'actions/coverage-gate/src/lcov.ts',
    code: 'if (n === undefined || block === undefined || branch === undefined || taken === u',
    reason:
      'Equivalent: a record missing its block or branch is missing its last field too, which is checked.',
  },
  {
    file: 'actions/coverage-gate/src/lcov.ts',
    code: 'exits.set(name, (exits.get(name) ?? false) || hits > 0);',
    reason:
      "Killed since the run (checked by hand): lcov-edges' 'merges an exit listed twice as taken when either says so …'.",
  },
  {
    file: 'actions/coverage-gate/src/lcov.ts',
    code: "if (this.rest !== '') this.line(this.rest);",
    reason:
      'Equivalent: an empty last line is no record; it only counts a line, after every message that could name one.',
  },
  {
    file: 'actions/coverage-gate/src/parsers.ts',
    code: "const text = head.replace(/^\\uFEFF/, '').trimStart();",
    mutator: 'Regex',
    reason: 'Equivalent: a byte-order mark stands only at the start of a file.',
  },
  {
    file: 'actions/coverage-gate/src/parsers.ts',
    code: "const text = head.replace(/^\\uFEFF/, '').trimStart();",
    reason: "Killed since the run (checked by hand): domain's 'detects formats from content'.",
  },
  {
    file: 'actions/coverage-gate/src/parsers.ts',
    code: "return /<coverage[\\s>]/.test(text) || text.startsWith('<?xml')",
    reason: "Killed since the run (checked by hand): domain's 'detects formats from content'.",
  },
  {
    file: 'actions/coverage-gate/src/parsers.ts',
    code: "if (/^(TN:|SF:)/m.test(text)) return 'lcov';",
    reason: "Killed since the run (checked by hand): domain's 'detects formats from content'.",
  },
  {
    file: 'actions/coverage-gate/src/parsers.ts',
    code: 'return new CoberturaReader(options.fastPath ?? true);',
    reason:
      'Equivalent by design: without the fast path the general route reads the same numbers, only slower.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: 'if (response.status >= 200 && response.status < 300)',
    reason: "Killed since the run (checked by hand): codecov-upload.test.ts' 'fails at once on a 300 …'.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: 'const message = `${what} answered ${response.status}: ${excerpt(response.body.tr',
    reason:
      "Killed since the run (checked by hand): codecov-upload.test.ts' 'quotes an answer without the blank lines around it'.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: 'timeoutMs: Math.min(30_000, timeoutMs),',
    reason:
      'Accepted: only a request that hangs past 30 seconds inside a longer deadline tells; the deadline itself is tested.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: "const lines = text.trim().split('\\n');",
    reason:
      "Killed since the run (checked by hand): codecov-upload.test.ts' 'reads the two URLs of an answer that starts with a blank line'.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: "if (lines.length < 2 || !/^https?:\\/\\//.test(lines[1] ?? ''))",
    mutator: 'Regex',
    reason:
      "Killed since the run (checked by hand): codecov-upload.test.ts' 'refuses an answer with a second line that only holds a URL later …'.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: "if (lines.length < 2 || !/^https?:\\/\\//.test(lines[1] ?? ''))",
    reason:
      "Equivalent: with one line the second is missing, and the empty text (or the mutant's) is no URL either way.",
  },
  {
    file: 'actions/coverage-gate/src/gate.ts',
    code: 'const measuredBase = base === undefined ? undefined : round(percent(baseOwn, met',
    reason: 'Equivalent: without a base the totals are empty, whose percentage is undefined.',
  },
  {
    file: 'actions/coverage-gate/src/gate.ts',
    code: 'nothingChanged: false,',
    reason: 'Equivalent: only a patch status reads `nothingChanged`.',
  },
  {
    file: 'actions/coverage-gate/src/gate.ts',
    code: 'nothingChanged: patch.totals.linesValid === 0,',
    reason:
      'Accepted: a patch with no value has no coverable line changed unless it is measured by branches and its changed lines hold none; no test measures a patch by branches.',
  },
  {
    file: 'actions/coverage-gate/src/workspace-files.ts',
    code: '} else if (entry.isFile()) {',
    reason:
      "Accepted: a link or socket in the workspace would be listed as a file; no test's workspace has one.",
  },
  {
    file: 'actions/coverage-gate/src/workspace-files.ts',
    code: 'if (files.length > limit) return false;',
    reason:
      "Killed since the run (checked by hand): adapter-parts' 'walks the folder … and gives up past its bound' (exactly the bound).",
  },
  {
    file: 'actions/coverage-gate/src/workspace-files.ts',
    code: '} catch {',
    reason: "Equivalent: without the catch's return the function returns undefined all the same.",
  },
  {
    file: 'actions/coverage-gate/src/workspace-files.ts',
    code: 'hasName: (name) => index.hasName(name),',
    reason: 'Equivalent: without the name check a path is looked up the longer way, with the same answer.',
  },
  {
    file: 'actions/coverage-gate/src/workspace-files.ts',
    code: 'if (v === undefined) {',
    reason: 'Equivalent: without the cache the file system is asked again, with the same answer.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "if (ref in PREDEFINED) return PREDEFINED[ref] ?? '';",
    reason: 'Equivalent: every predefined entity has its text, so the fallback is never read.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (code !== undefined) {',
    reason:
      'Equivalent: without a code `parseInt` gives NaN, which is no character, and the reference is refused the same.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (value > 0 && value <= 0x10ffff) return String.fromCodePoint(value);',
    becomes: 'value < 0x10ffff',
    reason: 'Accepted: only U+10FFFF itself tells, which no test names.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (!hasEntity) return raw;',
    reason: 'Equivalent: without an entity the replacement finds nothing to replace.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (seen === 0 && chunk.subarray(0, 3).equals(BOM)) lastNewline = 2;',
    reason:
      "Killed since the run (checked by hand): xml-scanner.test.ts' 'counts no column for a byte order mark, and lines across chunks'.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (seen >= offset) break;',
    reason:
      'Equivalent: a chunk read past the offset adds no line (the count stops at the offset); stopping only saves the reading.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "if (typeof value !== 'string' || !PERCENT.test(value)",
    mutator: 'Regex',
    reason:
      "Killed since the run (checked by hand): codecov-schema.test.ts' 'a target of \"8%0\"' (only a trailing % is taken off).",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "const [low, high] = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)))",
    reason: "Killed since the run (checked by hand): codecov-schema.test.ts' 'a range of \" ...100\"'.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "new RegExp(value.replace(/(?<!\\.)\\*/g, '.*'));",
    mutator: 'Regex',
    reason:
      "Killed since the run (checked by hand): codecov-schema.test.ts' 'branches: names and patterns …' (`*` and `*-stable`).",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'value.trim(),',
    reason:
      "Killed since the run (checked by hand): codecov-schema.test.ts' 'require_changes of \" coverage_drop \"'.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "if (typeof value === 'string' && /^\\d+\\s*(mb|kb|gb|b|bytes)$/i.test(value)) retu",
    mutator: 'Regex',
    reason:
      'Killed since the run (checked by hand): codecov-schema.test.ts\' \'a bundle threshold of "x5mb" / "5mb of it"\'.',
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'removed_code_behavior: {',
    reason:
      "Killed since the run (checked by hand): codecov-schema.test.ts' 'each key Codecov knows takes only values of its own kind' (removed_code_behavior refuses `x`).",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: "carryforward_mode: { type: 'string', allowed: ['all', 'labels'] },",
    reason:
      "Killed since the run (checked by hand): codecov-schema.test.ts' 'each key Codecov knows takes only values of its own kind' (flag_management's carryforward_mode refuses `x`).",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: '/https?:\\/\\/(www\\.)?[-a-zA-Z0-9@:%._+~#=]{1,256}\\.[a-zA-Z0-9()]{1,6}\\b([-a-zA-Z0',
    reason:
      "Killed since the run (checked by hand): codecov-schema.test.ts' 'codecov.url …' (http and https, paths and queries, and what the pattern refuses).",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'return text.length > 40 ? `${text.slice(0, 40)}…` : text;',
    reason:
      "Killed since the run (checked by hand): codecov-schema.test.ts' 'types, named in the message; one of several' (a value of exactly 40 characters).",
  },
  {
    file: 'actions/coverage-gate/src/codecov-schema.ts',
    code: 'if (p !== undefined) return p;',
    line: 481,
    reason:
      "Killed since the run (checked by hand): codecov-schema.test.ts' 'mappings: required keys, …' (every value of a free-form mapping is checked).",
  },
  // shared/
  {
    file: 'shared/exec.ts',
    code: "detached: process.platform !== 'win32',",
    reason: 'Equivalent off Windows, where the tests run: the group is made either way.',
  },
  {
    file: 'shared/exec.ts',
    code: "if (process.platform === 'win32') child.kill(signal);",
    reason: 'Equivalent off Windows, where the tests run.',
  },
  {
    file: 'shared/exec.ts',
    code: '...(options.cwd !== undefined ? { cwd: options.cwd } : {}),',
    reason: '`spawn` takes `cwd: undefined` as none.',
  },
  {
    file: 'shared/exec.ts',
    code: '...(options.env !== undefined ? { env: options.env } : {}),',
    reason: '`spawn` takes `env: undefined` as none.',
  },
  {
    file: 'shared/exec.ts',
    code: 'if (child.pid === undefined) return;',
    reason: 'Equivalent: `process.kill` of `-undefined` throws, and the throw is caught as "already gone".',
  },
  {
    file: 'shared/exec.ts',
    code: "signalGroup('SIGTERM');",
    reason: "Equivalent: `process.kill` sends SIGTERM for a signal of `''`.",
  },
  {
    file: 'shared/exec.ts',
    code: "child.on('exit', () => signalGroup('SIGKILL'));",
    mutator: 'StringLiteral',
    reason:
      "Accepted: with `''` the group left behind gets SIGTERM instead of SIGKILL; a job that ignores SIGTERM after its parent exited is not one the tests make.",
  },
  {
    file: 'shared/exec.ts',
    code: 'if (room > 0) chunks.push(chunk.subarray(0, room));',
    reason: 'Equivalent: with no room the piece pushed is empty.',
  },
  {
    file: 'shared/exec.ts',
    code: 'if (!overflowed) {',
    reason: 'Equivalent: stopping twice sends SIGTERM again and keeps the first SIGKILL timer (`??=`).',
  },
  {
    file: 'shared/exec.ts',
    code: 'if (timer !== undefined) clearTimeout(timer);',
    reason:
      'Equivalent for what the caller gets: the result is settled on close; a timer left running fires into a finished run.',
  },
  {
    file: 'shared/exec.ts',
    code: 'if (hardKill !== undefined) clearTimeout(hardKill);',
    reason:
      'Equivalent for what the caller gets: the result is settled on close; a timer left running signals a group that is gone.',
  },
  {
    file: 'shared/exec.ts',
    code: "child[name]?.on('data', (chunk: Buffer) => {",
    reason: 'Equivalent: both streams are pipes (stdio is `pipe` for them).',
  },
  {
    file: 'shared/exec.ts',
    code: "partial[name] = lines.pop() ?? '';",
    reason: 'Equivalent: `split` always gives at least one element.',
  },
  {
    file: 'shared/exec.ts',
    code: 'if (now - lastShown < live.heartbeatMs) return;',
    reason: 'Accepted: a tick landing to the millisecond on the heartbeat cannot be arranged.',
  },
  {
    file: 'shared/exec.ts',
    code: 'Math.max(10, Math.min(live.heartbeatMs, 1000)),',
    reason:
      'Equivalent for what is shown: the interval only says how often the heartbeat is checked, not when it is due.',
  },
  {
    file: 'shared/fetch.ts',
    code: 'if (body === undefined ||',
    reason: 'Equivalent: `String(null)` is never asked, as the callers (Octokit) pass a body or none.',
  },
  {
    file: 'shared/fetch.ts',
    code: "if (body !== undefined && init?.body instanceof URLSearchParams && !('content-type' in headers))",
    reason: 'Equivalent: a URLSearchParams body always gives text, and `init` is there whenever a body is.',
  },
  {
    file: 'shared/fetch.ts',
    code: "method: init?.method ?? 'GET',",
    reason: "Equivalent: `httpRequest` (through node) sends GET for a method of `''`.",
  },
  {
    file: 'shared/fetch.ts',
    code: '...(body === undefined ? {} : { body }),',
    reason: '`httpRequest` takes `body: undefined` as none.',
  },
  {
    file: 'shared/github.ts',
    code: "typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string'",
    fragment: 'data !== null',
    reason:
      "Equivalent: `typeof null` is 'object' but reading `.message` of null is never reached: JSON bodies of GitHub's errors are objects or text.",
  },
  {
    file: 'shared/github.ts',
    code: "const key = Symbol.for('runway.undici');",
    reason:
      'Equivalent: any name for the shared symbol works, as long as the stand-in and this code agree (the bundle tests check that).',
  },
  {
    file: 'shared/github.ts',
    code: 'if (global[key] === undefined) {',
    reason:
      'Only the bundles load the real undici through it; in the unit tests the toolkit has its own, so the mutants change nothing observable there.',
  },
  {
    file: 'shared/github.ts',
    code: 'global[key] = undici.default ?? undici;',
    reason:
      'Only the bundles load the real undici through it; in the unit tests the toolkit has its own, so the mutants change nothing observable there.',
  },
  {
    file: 'shared/github.ts',
    code: "const apiUrl = defaults.baseUrl ?? 'https://api.github.com';",
    reason: 'Equivalent in the tests, which always give a base URL (a local API).',
  },
  {
    file: 'shared/github.ts',
    code: "const [owner = '', repo = ''] = repository.split('/');",
    reason: 'Equivalent: the repository is `owner/name`, checked before.',
  },
  {
    file: 'shared/http.ts',
    code: 'if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.',
    reason: "Equivalent: node's parsed headers have no undefined values.",
  },
  {
    file: 'shared/http.ts',
    code: "body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byt",
    reason: 'Equivalent: node sets the content length itself when the whole body is given to `end`.',
  },
  {
    file: 'shared/http.ts',
    code: '...(req.ca !== undefined ? { ca: req.ca } : {}),',
    reason: 'Equivalent: `ca: undefined` is no CA to node.',
  },
  {
    file: 'shared/http.ts',
    code: "let method = (req.method ?? 'GET').toUpperCase();",
    reason: "Equivalent: node sends GET for a method of `''`.",
  },
  {
    file: 'shared/http.ts',
    code: "method = method === 'HEAD' ? 'HEAD' : 'GET';",
    reason: "Equivalent: node sends GET for a method of `''`.",
  },
  {
    file: 'shared/http.ts',
    code: "if (url.username !== '' || url.password !== '') {",
    reason:
      "Equivalent: for credentials the mutants no longer move into the header, node's own client sends the same Basic header from the URL.",
  },
  {
    file: 'shared/http.ts',
    code: '} finally {',
    reason: 'Equivalent for the result: the deadline timer left running only aborts a request that is over.',
  },
  {
    file: 'shared/inputs.ts',
    code: "const oneLine = value.replace(/\\r?\\n/g, '\\\\n').replace(/\\p{Cc}/gu, ' ');",
    reason:
      'Equivalent for what is shown: a lone line feed becomes a space through the second replacement instead of `\\n`.',
  },
  {
    file: 'shared/inputs.ts',
    code: 'this.redactor?.add(value);',
    reason: 'Equivalent: inputs are always read with a redactor.',
  },
  {
    file: 'shared/inputs.ts',
    code: "const allowed = protocols.map((p) => p.replace(/:$/, '')).join(' or ');",
    reason: 'Equivalent: a protocol has its colon only at the end.',
  },
  {
    file: 'shared/inputs.ts',
    code: 'if ((bounds.min !== undefined && n < bounds.min) || (bounds.max !== undefined && n > bounds.max)) {',
    reason: 'Equivalent: a comparison with undefined is false.',
  },
  {
    file: 'shared/inputs.ts',
    code: 'for (let i = 0; i < pattern.length; i++) {',
    reason: 'Equivalent: the character past the end is undefined, which opens or closes nothing.',
  },
  {
    file: 'shared/markdown.ts',
    code: 'const NEEDS_ESCAPING = /[&<>|\\n]/;',
    reason: 'Equivalent: the test only skips work; escaping text that needs none gives the same text.',
  },
  {
    file: 'shared/markdown.ts',
    code: 'if (!NEEDS_ESCAPING.test(text)) return text;',
    reason: 'Equivalent: the test only skips work; escaping text that needs none gives the same text.',
  },
  {
    file: 'shared/markdown.ts',
    code: "if (!text.includes('`') && !text.includes('\\n')) return `\\`${text}\\``;",
    reason:
      'Equivalent: the general fence for text without backticks is one backtick, as this shortcut writes.',
  },
  {
    file: 'shared/network-error.ts',
    code: 'if (code !== undefined) {',
    reason: 'Equivalent: no table entry or TLS pattern matches `undefined`.',
  },
  {
    file: 'shared/paths.ts',
    code: "const slashes = (p: string): string => (p.includes('\\\\') ? p.replace(/\\\\/g, '/') : p);",
    reason: 'Equivalent: the test only skips work; replacing in a path without backslashes changes nothing.',
  },
  {
    file: 'shared/paths.ts',
    code: 'const RUNNER_CHECKOUT = /^\\/home\\/runner\\/work\\/[^/]+\\/[^/]+\\/(.+)$/;',
    reason:
      'Equivalent: it is only tried on paths starting with `/home/runner/work/`, and `.+` runs to the end anyway.',
  },
  {
    file: 'shared/paths.ts',
    code: 'const seen: string[] = [];',
    reason: "Equivalent: no candidate is the mutant's text.",
  },
  {
    file: 'shared/paths.ts',
    code: "const inWorkspace = prefix !== '' && file.startsWith(prefix) ? offer(file.slice(",
    reason:
      'Equivalent: with no workspace the whole path is offered first, which the relative-path step would offer next anyway.',
  },
  {
    file: 'shared/proxy.ts',
    code: "host: proxy.hostname.replace(/^\\[|\\]$/g, ''),",
    reason: 'Equivalent: brackets stand only around an IPv6 address, at both ends.',
  },
  {
    file: 'shared/proxy.ts',
    code: "const host = (options.hostname ?? options.host ?? 'localhost').replace(/^\\[|\\]$/g, '');",
    reason:
      "Equivalent: node's request options always carry the host (and brackets stand only at the ends of an IPv6 one).",
  },
  {
    file: 'shared/proxy.ts',
    code: 'super({ keepAlive: false });',
    reason: 'Equivalent: each request gets an agent of its own, so nothing is ever reused.',
  },
  {
    file: 'shared/proxy.ts',
    code: 'callback?.(',
    reason: 'Equivalent: node always passes the callback.',
  },
  {
    file: 'shared/proxy.ts',
    code: "if (value === undefined || value === '') continue;",
    reason: "Equivalent: `''` and undefined are no URL, and a value that is not one is skipped by the catch.",
  },
  {
    file: 'shared/proxy.ts',
    code: "const problem = proxyProblem(env[name] ?? '');",
    reason: 'Equivalent: the name was chosen because its value is set.',
  },
  {
    file: 'shared/retry.ts',
    code: 'if (!/[A-Za-z]{3}/.test(text) || !/\\d{1,2}:\\d{2}:\\d{2}/.test(text)) return undefined;',
    reason:
      'Equivalent: a time with fewer digits still contains the shorter pattern, which is all the test needs.',
  },
  {
    file: 'shared/retry.ts',
    code: "reason: last && last.kind !== 'done' ? last.reason : 'no attempt was made before",
    reason: 'Equivalent: a done attempt returns earlier, so the last attempt here is never done.',
  },
  {
    file: 'shared/secrets.ts',
    code: 'if (encoded !== value && !this.secrets.has(encoded)) {',
    reason:
      'Equivalent: masking the same text twice, or a value that encodes to itself again, hides nothing more.',
  },
  {
    file: 'shared/summary.ts',
    code: "const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');",
    reason: 'Equivalent: `Buffer.byteLength` counts UTF-8 by default.',
  },
  {
    file: 'shared/summary.ts',
    code: 'align: readonly Align[] = [],',
    reason: 'Equivalent: a column with an unknown alignment renders as one with none (`---`).',
  },
  {
    file: 'shared/summary.ts',
    code: 'if (used >= budget) {',
    reason:
      'Equivalent: every block takes at least two bytes, so one that comes when the budget is spent is refused by its own check.',
  },
  {
    file: 'shared/summary.ts',
    code: 'const line = renderRow(block.rows[i] ?? []);',
    reason: 'Equivalent: within the bounds there is always a row.',
  },
  {
    file: 'shared/summary.ts',
    code: ': /[\\n|]/.test(cell.markdown)',
    reason: 'Equivalent: the replacements change nothing in Markdown without line breaks or pipes.',
  },
  {
    file: 'shared/units.ts',
    code: "const [, amount = '', unit = ''] = match;",
    reason: 'Equivalent: both groups always take part in a match.',
  },
  {
    file: 'shared/units.ts',
    code: "return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit] ?? ''}`;",
    reason: 'Equivalent: the unit index stays within the list.',
  },
  {
    file: 'shared/event.ts',
    code: 'export async function readEvent(): Promise<Record<string, unknown>> {',
    reason:
      "Only the adapters call it (it reads the runner's event file through the toolkit); the bundles' tests do.",
  },
  {
    file: 'shared/xml.ts',
    code: 'private readonly parser = new SaxesParser({ position: true });',
    reason: 'Equivalent: saxes tracks positions unless told not to (`position` defaults to true).',
  },
  {
    file: 'shared/artifacts.ts',
    code: '} finally {',
    reason:
      "Killed since the run (checked by hand): artifacts.test.ts' 'clears its deadline when the work ends in time'.",
  },
  {
    file: 'shared/artifacts.ts',
    code: 'return files.sort();',
    reason:
      "Accepted: the order `readdir` gives is the file system's; on the test machine's it was already sorted, so no test can count on an unsorted one.",
  },
  {
    file: 'shared/artifacts.ts',
    code: '...(findBy === undefined ? {} : { findBy }),',
    reason: 'Equivalent: the client reads `findBy: undefined` as no `findBy`.',
  },
  {
    file: 'shared/artifacts.ts',
    code: "if ((process.env[name] ?? '') === '')",
    reason:
      "Killed since the run (checked by hand): artifacts.test.ts' 'says where artifacts can be read when … is not set', now also with the variable absent.",
  },
  {
    file: 'shared/artifacts.ts',
    code: 'const work = core.group(`Artifacts of this run: ${artifacts.map((p) => p.text).j',
    reason:
      "Killed since the run (checked by hand): artifacts.test.ts' 'names the artifacts there are in order …' (the group's title).",
  },
  {
    file: 'shared/artifacts.ts',
    code: 'const available = listed.map((a) => a.name).sort();',
    reason:
      "Killed since the run (checked by hand): artifacts.test.ts' 'names the artifacts there are in order …'.",
  },
  {
    file: 'shared/artifacts.ts',
    code: "const what = `file matching ${reportPatterns.join(', ')}`;",
    reason:
      "Killed since the run (checked by hand): artifacts.test.ts' 'names the artifacts there are in order …'.",
  },
  {
    file: 'shared/artifacts.ts',
    code: 'status === 401 ||',
    reason:
      "Killed since the run (checked by hand): artifacts.test.ts' 'names the permission when the token may not read the base run's artifacts' (401, 403, 404).",
  },
  {
    file: 'shared/artifacts.ts',
    code: ": '';",
    reason:
      "Killed since the run (checked by hand): artifacts.test.ts' 'names no permission when the refusal is not about the token' (the client's words end the line).",
  },
  {
    file: 'shared/artifacts.ts',
    code: "const [owner = '', repo = ''] = repository.split('/');",
    reason: 'Not reached: the repository is always `owner/name` (GITHUB_REPOSITORY).',
  },
  {
    file: 'shared/artifacts.ts',
    code: "const work = core.group(`Base from artifact '${shownName(ref.name)}' on ${branch",
    reason:
      "Killed since the run (checked by hand): artifacts.test.ts' 'takes the file of the artifact in the latest successful run …' (the group's title).",
  },
  {
    file: 'shared/artifacts.ts',
    code: 'const api = await gitHubClient(token, { deadlineMs: request.timeoutMs });',
    reason:
      "Accepted: the step's own deadline (`withinDeadline`) ends a slow API call as well; the client's deadline only makes the error name the call.",
  },
  {
    file: 'shared/artifacts.ts',
    code: 'const workflow = current.path ?? current.name ?? `workflow ${current.workflow_id',
    reason: "Not reached: GitHub gives every run its workflow's path.",
  },
  {
    file: 'shared/artifacts.ts',
    code: 'const where = `the latest successful run of ${workflow} on ${branch} (${run.html',
    mutator: 'StringLiteral',
    reason: 'Not reached: GitHub gives every run its `html_url`.',
  },
  {
    file: 'shared/artifacts.ts',
    code: 'const artifact = artifacts.find((a) => a.name === ref.name);',
    reason:
      "Killed since the run (checked by hand): artifacts.test.ts' 'takes the file of the artifact …' (another artifact of the run listed first).",
  },
  {
    file: 'shared/artifacts.ts',
    code: "return await withinDeadline(work, request.timeoutMs, 'Fetching the base artifact",
    reason:
      "Accepted: the words name the work in a timeout's message; the deadline itself is tested through this run's artifacts.",
  },
  {
    file: 'shared/artifacts.ts',
    code: "...(artifact.digest !== undefined && artifact.digest !== '' ? { expectedHash: ar",
    reason:
      'Equivalent: the client checks a digest only when `expectedHash` is truthy, so passing an undefined or empty one is passing none.',
  },
  {
    file: 'shared/artifacts.ts',
    code: 'const { artifacts: listed } = await client.listArtifacts({ latest: true });',
    reason:
      "Accepted: this run's artifacts are fetched by name, from the service as from its stand-in, so two of one name cannot be told apart in a test; `latest` is pinned on the base run's listing, which fetches by id.",
  },
  {
    file: 'shared/artifacts.ts',
    code: 'const read: { name: string; wanted: number }[] = [];',
    reason:
      'Equivalent: a string in the list has no `wanted` count, and the notes name only artifacts with none read, by the names matched.',
  },
  {
    file: 'shared/artifacts.ts',
    code: 'const { artifacts } = await client.listArtifacts({ latest: true, findBy });',
    reason:
      "Killed since the run (checked by hand): artifacts.test.ts' 'takes the newest of the base run's artifacts with the same name'.",
  },
  {
    file: 'shared/paths.ts',
    code: "return ws === '' ? '' : `${ws}/`;",
    reason:
      "Equivalent: with no workspace the prefix only has to match no path, and no report's path starts with the mutant's text.",
  },
  {
    file: 'shared/paths.ts',
    code: "const runner = file.startsWith('/home/runner/work/') ? RUNNER_CHECKOUT.exec(file",
    reason:
      'Equivalent: the pattern itself requires the same start; the test only spares the pattern for other paths.',
  },
  {
    file: 'shared/paths.ts',
    code: "const stripped = file.replace(/^(?:\\.\\.?\\/)+/, '').replace(/^\\/+/, '');",
    mutator: 'Regex',
    reason:
      'Equivalent: a path these mutants leave with a `./` or `../`, or strip inside, is normalized when offered, and its tails are offered next, so the same file is found.',
  },
  {
    file: 'shared/paths.ts',
    code: "const stripped = file.replace(/^(?:\\.\\.?\\/)+/, '').replace(/^\\/+/, '');",
    reason:
      'Killed since the run (checked by hand): four tests of paths.test.ts and secrets-paths-edges.test.ts fail on it.',
  },
  {
    file: 'shared/workspace-file.ts',
    code: 'const out: string[] = [];',
    reason: 'Equivalent: a relative root is never the start of a resolved absolute path.',
  },
  {
    file: 'shared/workspace-file.ts',
    code: 'for (const root of [roots.workspace, ...(roots.others ?? [])]) {',
    reason:
      'Accepted: without other roots the mutant adds one named `Stryker was here` under the current folder, where no test has a file.',
  },
  {
    file: 'shared/workspace-file.ts',
    code: "if (root === undefined || root === '') continue;",
    reason:
      "Killed since the run (checked by hand): workspace-file.test.ts's 'an empty root is none, not the current folder'.",
  },
  {
    file: 'shared/workspace-file.ts',
    code: '} catch {',
    line: 31,
    reason:
      "Not reached: every test's root exists (a root that does not exist holds no existing folder, so it could not allow a file either).",
  },
  {
    file: 'shared/workspace-file.ts',
    code: 'if (up === existing) break;',
    reason: 'Not reached: `/` always exists, so the search for an existing ancestor stops before it.',
  },
  {
    file: 'shared/workspace-file.ts',
    code: '} catch {',
    line: 96,
    reason: 'Not reached: the ancestor was just found to exist; only a race could make its real path fail.',
  },
  {
    file: 'shared/workspace-file.ts',
    code: "return refuse('cannot be written');",
    reason: 'Not reached: see the line above.',
  },
  {
    file: 'shared/github.ts',
    code: 'if (status === 403 && /not accessible by integration/i.test(message)) {',
    reason: 'Equivalent: GitHub says `Resource not accessible by integration` only with 403.',
  },
  {
    file: 'shared/github.ts',
    code: '} catch {',
    line: 34,
    reason: 'Not reached: no test server sends a Link header that is not a URL.',
  },
  {
    file: 'shared/github.ts',
    code: 'return false;',
    line: 35,
    reason: 'Not reached: see the line above.',
  },
  {
    file: 'shared/github.ts',
    code: 'retryCount < 2 && Date.now() + retryAfterSeconds * 1000 < endsAt;',
    reason:
      'Accepted: a wait ending at the very millisecond of the deadline needs a clock the test controls; both sides of it are tested.',
  },
  {
    file: 'shared/github.ts',
    code: 'const next = /<([^>]+)>;\\s*rel="next"/.exec(response.headers.link ?? \'\')?.[1];',
    reason:
      'Equivalent: GitHub writes exactly one space before `rel`, and no header means no match either way.',
  },
  {
    file: 'shared/github.ts',
    code: 'if (next !== undefined && !sameOrigin(next, apiUrl))',
    reason: "Equivalent: no next page resolves to `undefined` under the API's own origin, which is allowed.",
  },
  {
    file: 'shared/http.ts',
    code: 'if (settled) return;',
    reason: "Equivalent: a promise settles once; the guard only spares the second call's work.",
  },
  {
    file: 'shared/http.ts',
    code: 'settled = true;',
    reason: "Equivalent: a promise settles once; the guard only spares the second call's work.",
  },
  {
    file: 'shared/http.ts',
    code: "response.on('error', (error) => settle(() => reject(error)));",
    reason:
      "Killed since the run (checked by hand): http.test.ts's 'a connection cut in the middle of the body is a failure, not a short answer'.",
  },
  {
    file: 'shared/http.ts',
    code: "throw new HttpRequestError('the URL is not a valid absolute URL', 'invalid', und",
    reason:
      "Killed since the run (checked by hand): http.test.ts's 'a URL that cannot be asked is an invalid request …'.",
  },
  {
    file: 'actions/ec2-deploy/src/script-outputs.ts',
    code: "const end = lines.findIndex((l, j) => j > i && l.replace(/\\r$/, '') === delimite",
    reason:
      'Equivalent: the line is compared with the delimiter, a word without a carriage return, so only a carriage return at its end can be taken off for it to match.',
  },
  {
    file: 'actions/security-gate/src/gate.ts',
    code: "const names = [...new Set(findings.map((f) => f.file ?? f.package ?? ''))].sort(",
    reason:
      'Accepted: only findings that name neither a file nor a package could move, against those of the first file of the same severity; no test has such findings.',
  },
  {
    file: 'actions/security-gate/src/gate.ts',
    code: "place: place.get(f.file ?? f.package ?? '') ?? 0,",
    reason:
      'Accepted: only findings that name neither a file nor a package could move, against those of the first file of the same severity; no test has such findings.',
  },
  {
    file: 'actions/security-gate/src/report.ts',
    code: "suppressed.tools > 0 ? `${suppressed.tools} by the tools' ignore lists` : '',",
    reason:
      "Killed since the run (checked by hand): report.test.ts' 'counts what each kind of suppression took …' (a kind that took nothing).",
  },
  {
    file: 'actions/security-gate/src/sarif.ts',
    code: 'while (gzipSync(sarif).length > MAX_GZIPPED_BYTES) {',
    reason:
      'Accepted: a report that gzips to exactly 10 MB cannot be made to order; both sides of the limit are tested.',
  },
  {
    file: 'actions/test-report/src/aggregate.ts',
    code: 'if (names !== undefined && at === undefined) names.set(record.name, entries.leng',
    reason:
      "Accepted: only a test recorded again after its own teardown error would join the teardown's entry instead of its first; no test's report has that order.",
  },
  {
    file: 'actions/test-report/src/read-reports.ts',
    code: "encoding: 'utf8',",
    reason: "Equivalent: a stream's empty encoding decodes as UTF-8 (StringDecoder's default).",
  },
  {
    file: 'actions/verify-gpu/src/framework.ts',
    code: 'export const PROBE = String.raw`',
    reason:
      'Killed since the run (checked by hand): framework tests that run the probe with the real Python against the stand-in torch.',
  },
  {
    file: 'actions/verify-gpu/src/requirements.ts',
    code: "'max-memory-used',",
    reason:
      "Killed since the run (checked by hand): verdict.test.ts' 'a percentage of memory used …' now names the requirement.",
  },
  {
    file: 'shared/text.ts',
    code: "cut = cut.replace(/\\uFFFD$/, '');",
    reason:
      "Killed since the run (checked by hand): boundaries.test.ts's 'says exactly how many bytes it left out, and keeps a replacement character the text had'.",
  },
  {
    file: 'shared/text.ts',
    code: 'return `${cut}… (${bytes - Buffer.byteLength(cut)} more bytes)`;',
    reason:
      "Killed since the run (checked by hand): boundaries.test.ts's 'says exactly how many bytes it left out …'.",
  },
  {
    file: 'shared/units.ts',
    code: "const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];",
    reason:
      "Equivalent: bytes below 1 KiB are written by their own branch (`${bytes} B`); the list's first unit is never read.",
  },
  {
    file: 'shared/annotations.ts',
    code: "title: 'More annotations',",
    reason:
      "Killed since the run (checked by hand): annotations.test.ts's 'keeps one slot for the \"N more\" note when a level overflows' (the title).",
  },
  {
    file: 'shared/annotations.ts',
    code: "message: `${plan.omitted[level]} more ${level}${plan.omitted[level] === 1 ? '' :",
    reason:
      "Killed since the run (checked by hand): annotations.test.ts's 'keeps one slot for the \"N more\" note when a level overflows' (one more is singular).",
  },
  {
    file: 'shared/run-action.ts',
    code: "const failureLine = (text: string): string => bounded(text.replace(/\\s*[\\r\\n]+\\s*/g, ' ').trim());",
    becomes: '/\\s*[\\r\\n]\\s*/g',
    reason: 'Equivalent: `\\s*` takes the other line breaks of a run, so one break per match joins the same.',
  },
  {
    file: 'shared/run-action.ts',
    code: "const failureLine = (text: string): string => bounded(text.replace(/\\s*[\\r\\n]+\\s*/g, ' ').trim());",
    reason:
      "Killed since the run (checked by hand): run-action's 'tells a tool's multi-line message on one line, trimmed' (a break with no space before it).",
  },
  {
    file: 'shared/inputs.ts',
    code: "if (body.trim() === '') this.fail(name, 'must hold glob patterns such as **/repo",
    reason: "Equivalent: list items are trimmed, so a pattern's body can only be blank when it is empty.",
  },
  {
    file: 'shared/artifact-names.ts',
    code: "if (inside === '' || segments.some((s) => s === '' || s === '.' || s === '..') ||",
    reason: 'Equivalent: an empty name splits into one empty segment, refused by the next check.',
  },
  {
    file: 'shared/artifact-names.ts',
    code: "if (typeof pr?.base?.ref === 'string' && pr.base.ref !== '') return pr.base.ref;",
    reason: 'Not reached: a pull_request event always has its base.',
  },
  {
    file: 'shared/artifact-names.ts',
    code: "return typeof repo?.default_branch === 'string' && repo.default_branch !== ''",
    reason: "Not reached: GitHub's events name the repository's default branch.",
  },
  {
    file: 'shared/artifact-names.ts',
    code: 'if (files.length === 1 && files[0] !== undefined) return { file: files[0] };',
    reason: "Equivalent: a list of one has its first item; the check is for the type's narrowing.",
  },
  {
    file: 'shared/units.ts',
    code: 'const DURATION_PART = /(\\d+(?:\\.\\d+)?)(ms|s|m|h)/y;',
    reason:
      "Killed since the run (checked by hand): boundaries.test.ts's 'converts each duration unit exactly'. (1.25s)",
  },
  {
    file: 'shared/units.ts',
    code: 'if (!match || match.index !== start) return undefined;',
    reason:
      'Equivalent: a sticky pattern matches only where it is asked to, so the index is always the start.',
  },
  {
    file: 'shared/units.ts',
    code: 'const match = /^(\\d+(?:\\.\\d+)?)\\s*([a-z]+)$/i.exec(text.trim());',
    reason:
      "Killed since the run (checked by hand): boundaries.test.ts's 'converts each duration unit exactly'. (1.25 KiB)",
  },
  {
    file: 'shared/inputs.ts',
    code: 'if (!/^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)$/.test(value)) {',
    reason:
      "Killed since the run (checked by hand): inputs.test.ts's 'decimals: 1., .5 and 10.25 are numbers …'. (5 and .25)",
  },
  {
    file: 'shared/json.ts',
    code: 'export const isObject = (v: unknown): v is Record<string, unknown> =>',
    reason: "Killed since the run (checked by hand): json.test.ts's 'its tests, written after the run'.",
  },
  {
    file: 'shared/summary.ts',
    code: "(sum, b) => sum + (b.kind === 'table' && b.shrinkable ? 0 : blockSize(b)),",
    reason: 'Equivalent: only tables have `shrinkable`; for other blocks it reads undefined, which is false.',
  },
  {
    file: 'shared/xml.ts',
    code: "error.message.replace(/^\\d+:\\d+: /, ''),",
    reason: 'Equivalent: saxes puts the position only at the start of its messages.',
  },
  {
    file: 'shared/annotations.ts',
    code: 'const room: LevelCounts = { error: 0, warning: 0, notice: 0 };',
    reason: "Equivalent: the loop below sets every level's room before it is read.",
  },
  {
    file: 'shared/secrets.ts',
    code: '/^(?:.*[-_])?(?:token|access[-_]?token|api[-_]?key|key|secret|password|passwd|pa',
    becomes:
      '/^(?:.*[-_])?(?:token|access[^-_]?token|api[-_]?key|key|secret|password|passwd|pass|pwd|sig|signature|auth|authorization|credentials?|session|code)$/i',
    reason:
      'Equivalent on real keys: `access-token` and `access_token` are masked by the prefix rule (`…-token`) as well; only `access` and `token` joined by another character would differ.',
  },
  {
    file: 'shared/secrets.ts',
    code: '/^(?:.*[-_])?(?:token|access[-_]?token|api[-_]?key|key|secret|password|passwd|pa',
    becomes:
      '/^(?:.*[-_])?(?:token|access[-_]?token|api[^-_]?key|key|secret|password|passwd|pass|pwd|sig|signature|auth|authorization|credentials?|session|code)$/i',
    reason:
      'Equivalent on real keys: `api-key` and `api_key` are masked by the prefix rule (`…-key`) as well; only `api` and `key` joined by another character would differ.',
  },
  // Reviewed in the sixth session
  {
    file: 'actions/coverage-gate/src/percent.ts',
    code: "const text = typeof value === 'number' ? String(value) : typeof value === 'strin",
    mutator: 'StringLiteral',
    reason:
      'Equivalent: the empty text only stands in for a value that is neither a number nor text, and any text that is not a percentage is refused by the next check with the same message (which shows the value, not the text).',
  },
  {
    file: 'actions/coverage-gate/src/collect.ts',
    code: 'likely ??= file;',
    reason:
      'Equivalent: `likely` is the first candidate made a repository path; when no candidate exists that is exactly `likelyPath(first, workspace)`, which the mutant falls back to.',
  },
  {
    file: 'actions/coverage-gate/src/collect.ts',
    code: 'const guess = likely ?? likelyPath(first, workspace);',
    reason:
      'Equivalent: `likely` is the first candidate made a repository path; when no candidate exists that is exactly `likelyPath(first, workspace)`.',
  },
  {
    file: 'shared/find-files.ts',
    code: 'if (patterns.length === 0) return [];',
    reason:
      'Equivalent: with no pattern the globber is given only the two exclusions, which match nothing; the early return saves the walk.',
  },
  {
    file: 'shared/proxy.ts',
    code: 'if (error !== null || socket === undefined) {',
    reason:
      'Equivalent: `openTunnel` calls back with either an error and no socket, or no error and a socket, so either half of the test (or both together) tells the two apart.',
  },
  {
    file: 'actions/benchmark-gate/src/report.ts',
    code: '...(source.line === undefined ? {} : { startLine: source.',
    reason:
      "Killed since the run (checked by hand): report.test.ts's 'a regression at its definition' asks strictly for no `startLine` key.",
  },
  {
    file: 'actions/coverage-gate/src/codecov-upload.ts',
    code: 'const left = policy.deadlineMs - (clock.now() - started);',
    reason:
      "Killed since the run (checked by hand): codecov-upload.test.ts's 'gives the storage PUT only what the request left of the one deadline'.",
  },
  {
    file: 'actions/coverage-gate/src/collect.ts',
    code: "const joined = roots.length === 0 || raw.startsWith('/')",
    reason:
      "Killed since the run (checked by hand): collect-edges.test.ts's 'ignores roots for an absolute path of a file no repository file has, too'.",
  },
  {
    file: 'actions/coverage-gate/src/gate.ts',
    code: 'value !== undefined && baseValue !== undefined',
    reason:
      "Killed since the run (checked by hand): gate-edges.test.ts's 'has no delta when nothing is measured now, though the base was' and the per-file table's file measured only in the base.",
  },
  {
    file: 'actions/coverage-gate/src/read-report.ts',
    code: '} finally {',
    reason:
      "Killed since the run (checked by hand): read-report.test.ts's 'closes the file whether it was read or refused' (counts the process's open files).",
  },
  {
    file: 'actions/test-report/src/junit.ts',
    code: "this.capture.done(text === '' ? '' : text + truncated);",
    reason:
      "Killed since the run (checked by hand): junit-edges.test.ts's 'details are trimmed, empty details are none'.",
  },
  {
    file: 'actions/test-report/src/report.ts',
    code: 'b.failed + b.errors + b.flaky - (a.failed + a.errors + a.flaky)',
    reason:
      "Killed since the run (checked by hand): report-edges.test.ts's suite order, now with the reports in both orders.",
  },
  {
    file: 'actions/test-report/src/report.ts',
    code: 'if (size + headSize + reserve > COMMENT_LIMIT) break;',
    reason:
      "Killed since the run (checked by hand): report-edges.test.ts's 'adds a section only while its heading leaves 200 characters to spare' (a sweep that meets the limit from both sides).",
  },
  {
    file: 'shared/artifact-files.ts',
    code: "const body = (negate ? p.slice(1) : p).replace(/^\\.\\//, '').replace(/\\/+$/, '');",
    reason:
      "Killed since the run (checked by hand): artifact-files.test.ts's `reports//` and `out./coverage.xml` patterns.",
  },
  {
    file: 'shared/exec.ts',
    code: "const { release } = whileRunning(() => signalGroup('SIGKILL'));",
    reason:
      "Killed since the run (checked by hand): exec-edges.test.ts's 'on a cancel of the step, kills its whole group at once, then lets go of the signal'.",
  },
  {
    file: 'shared/find-files.ts',
    code: 'const globber = await glob.create([...patterns, ...alwaysExcluded(workspace)].jo',
    reason:
      "Killed since the run (checked by hand): small-adapters.test.ts's folder named `reports.xml`, which must not be listed itself.",
  },
  {
    file: 'shared/find-files.ts',
    code: 'matchDirectories: false,',
    reason:
      "Killed since the run (checked by hand): small-adapters.test.ts's folder named `reports.xml`, which must not be listed itself.",
  },
  {
    file: 'shared/find-files.ts',
    code: 'return found.filter((f) => f.startsWith(workspace + path.sep)).sort();',
    reason:
      "Killed since the run (checked by hand): small-adapters.test.ts's files made in an order that is not the sorted one.",
  },
  {
    file: 'shared/secrets.ts',
    code: '/^(?:.*[-_])?(?:token|access[-_]?token|api[-_]?key|key|secret|password|passwd|pa',
    mutator: 'Regex',
    reason:
      "Killed since the run (checked by hand): of the three left, `credentials?` made `credentials` fails secrets-paths-edges.test.ts's `credential`; the other two changed the `x-amz-` alternative, now gone: every key it named ends in a word the main pattern masks (`X-Amz-Security-Token`, `X-Amz-Credential`, `X-Amz-Signature` are tested).",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (code > 0x7f || buf[start + k] !== code) return false;',
    reason:
      'Equivalent for every caller: the names and values asked for are ASCII, and a name is only compared with bytes of the same length and first byte, which for a non-ASCII name are never those of another spelling (its UTF-16 length is below its byte length, so the length check refuses it first).',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "const INCOMPLETE = new IncompleteToken('a token continues in the next chunk');",
    reason: 'Equivalent: the one IncompleteToken is caught by identity and its message is never shown.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'private textTarget = false;',
    reason:
      'Equivalent: every tag sets it before any text is read; before the root, text is checked without it, and the fast path is only asked inside the root.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'const head = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, ch',
    reason: "Equivalent: joining an empty leftover to the chunk gives the chunk's bytes.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "`unexpected end of document: <${this.stack.at(-1) ?? ''}> is not closed`,",
    mutator: 'StringLiteral',
    reason: 'Equivalent: inside `stack.length > 0` the stack always has a last element.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (buf.length < pos + 9) throw INCOMPLETE;',
    reason:
      "Accepted: with exactly the nine bytes of `<![CDATA[` or `<!DOCTYPE` and nothing after, the token is incomplete either way; only a document that ends with exactly nine bytes of other `<!` markup would be refused with 'unexpected end of document inside markup' instead of 'unexpected markup'.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'for (let i = pos + 9; i < buf.length; i++) {',
    mutator: 'EqualityOperator',
    reason:
      "Equivalent: a read at the buffer's end is undefined, taken as 0, which is none of the bytes looked for; the token is incomplete either way.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "this.textTarget = this.stack.length > 0 && this.wanted(this.stack.at(-1) ?? '');",
    mutator: 'StringLiteral',
    reason: 'Equivalent: with a non-empty stack `at(-1)` is always an element name.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'for (let s = 0; s < this.spanCount; s++)',
    mutator: 'EqualityOperator',
    reason:
      'Accepted: one stale span of an earlier tag is decoded too; that can only fail where its place in the current buffer holds a broken entity reference.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (want === undefined) {',
    reason: "Equivalent: the handler's answer for a name does not change; asking again only costs time.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'const key = ((end - start) << 8) | (buf[start] ?? 0);',
    reason:
      'Equivalent: the name cache only saves decoding; a cached name is reused only after a byte-for-byte match, so a cache keyed otherwise (or not kept) decodes the same name again.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (known !== undefined) {',
    reason: 'Equivalent: the name cache only saves decoding; without the lookup every name is decoded again.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (this.namesKnown < 256) {',
    reason:
      'Equivalent: the name cache only saves decoding; keeping more, fewer or no names changes no name given.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (known === undefined) this.names.set(key, [name]);',
    reason:
      'Equivalent: the name cache only saves decoding; a replaced or empty list makes the next tag of that name decode it again.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (this.spans[s * 5 + 4] === 1) {',
    reason:
      'Equivalent: the route through the decoded value finds the same runs of digits as the one through the bytes.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "const found = (this.get(name) ?? '').match(/\\d+/g) ?? [];",
    mutator: 'StringLiteral',
    reason: 'Equivalent: the attribute was just found, so `get` gives a string.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'found.slice(0, into.length).forEach((d, i) => (into[i] = Number(d)));',
    reason:
      'Equivalent: a typed array ignores writes past its end, and the count returned is capped at its length either way.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'const d = i < end ? (this.buf[i] ?? 0) - 0x30 : -1;',
    mutator: 'ConditionalExpression',
    reason: 'Equivalent: at `end` stands the closing quote, which is no digit.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'const d = i < end ? (this.buf[i] ?? 0) - 0x30 : -1;',
    mutator: 'EqualityOperator',
    reason: 'Equivalent: at `end` stands the closing quote, which is no digit.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'this.decode(this.buf, this.spans[b + 2] ?? 0, this.spans[b + 3] ?? 0, this.spans',
    reason: 'Equivalent: decoding a value without `&` gives its text unchanged.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'this.spans[s * 5 + 4] === 1,',
    reason: 'Equivalent: decoding a value without `&` gives its text unchanged.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'for (let i = start; i < end; i++) {',
    line: 478,
    reason:
      'Equivalent: the digit loop in `int` is only a speed path; whatever it does not read as plain digits goes to `Number(value)`, which gives the same number for plain digits.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'const d = (this.buf[i] ?? 0) - 0x30;',
    reason:
      'Equivalent: the digit loop in `int` is only a speed path; whatever it does not read as plain digits goes to `Number(value)`, which gives the same number for plain digits.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (d < 0 || d > 9) {',
    mutator: 'ConditionalExpression',
    reason:
      'Equivalent: the digit loop in `int` is only a speed path; whatever it does not read as plain digits goes to `Number(value)`, which gives the same number for plain digits.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (d < 0 || d > 9) {',
    mutator: 'EqualityOperator',
    becomes: 'd <= 0',
    reason:
      'Equivalent: the digit loop in `int` is only a speed path; whatever it does not read as plain digits goes to `Number(value)`, which gives the same number for plain digits.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (d < 0 || d > 9) {',
    mutator: 'EqualityOperator',
    becomes: 'd >= 9',
    reason:
      'Equivalent: the digit loop in `int` is only a speed path; whatever it does not read as plain digits goes to `Number(value)`, which gives the same number for plain digits.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (i + 1 >= end) return at;',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (i >= end) return at;',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'while (i < end && isSpace(buf[i] ?? 0)) i++;',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'while (i < end && isNameByte(buf[i] ?? 0)) i++;',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'while (k < end && isSpace(buf[k] ?? 0)) k++;',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'for (let c = buf[k] ?? 0; k < end && c !== DQUOTE; c = buf[++k] ?? 0)',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (k >= end) return -1;',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'let missingEnd = -1;',
    reason: 'Equivalent: it is set before it is read.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: "const bytes = Buffer.from(text, 'latin1');",
    reason: 'Equivalent: every text it is given is ASCII, the same bytes in any encoding.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'const count = Math.floor(bytes.length / 4);',
    reason:
      "Killed in fact, not as Stryker counts: the module then throws a RangeError while it loads (a read past the text's bytes), and Stryker's Vitest runner counts a test file that fails to load as no failure; every test that imports it fails (checked by hand).",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'for (let w = 0; w < count; w++) out[w] = bytes.readUInt32BE(w * 4);',
    reason:
      "Killed in fact, not as Stryker counts: the module then throws a RangeError while it loads (a read past the text's bytes), and Stryker's Vitest runner counts a test file that fails to load as no failure; every test that imports it fails (checked by hand).",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (missingStart >= 0)',
    mutator: 'EqualityOperator',
    becomes: 'missingStart > 0',
    reason:
      "Equivalent: `missingStart` is either -1 or the position after an attribute's name and quote, never 0.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (withBranches && missingStart >= 0)',
    mutator: 'EqualityOperator',
    becomes: 'missingStart > 0',
    reason:
      "Equivalent: `missingStart` is either -1 or the position after an attribute's name and quote, never 0.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'return k < end && buf[k] === LT ? k : -1;',
    mutator: 'ConditionalExpression',
    becomes: 'true',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'return k < end && buf[k] === LT ? k : -1;',
    mutator: 'EqualityOperator',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (canonical >= 0) {',
    mutator: 'EqualityOperator',
    reason: "Equivalent: the position is -1 or one past an element's `>`, never 0.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (next < 0) return canonical;',
    mutator: 'EqualityOperator',
    reason: "Equivalent: the position is -1 or one past an element's `>`, never 0.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (next < 0) return i;',
    mutator: 'EqualityOperator',
    reason: "Equivalent: the position is -1 or one past an element's `>`, never 0.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'at + 6 > end ||',
    reason:
      "Equivalent: `at` is always a `<` (the caller's `pos`, or what `nextMarkup` found), and the bound only keeps the reads of `<line ` inside the buffer: past the end a read gives undefined, taken as 0, which fails the same comparisons.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'buf[at] !== LT ||',
    reason: "Equivalent: `at` is always a `<` (the caller's `pos`, or what `nextMarkup` found).",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'while (i < end) {',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (first === 0x6e && length === 6 && named(buf, nameStart, NUMBER)) {',
    mutator: 'ConditionalExpression',
    reason:
      'Equivalent: `named` compares every byte of the name, the first included; the first-byte test only saves the call.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: '} else if (first === 0x68 && length === 4 && named(buf, nameStart, HITS)) {',
    mutator: 'ConditionalExpression',
    reason:
      'Equivalent: `named` compares every byte of the name, the first included; the first-byte test only saves the call.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: '} else if (first === 0x62 && length === 6 && named(buf, nameStart, BRANCH)) {',
    mutator: 'ConditionalExpression',
    reason:
      'Equivalent: `named` compares every byte of the name, the first included; the first-byte test only saves the call.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: '} else if (first === 0x63 && length === 18 && named(buf, nameStart, CONDITION)) ',
    mutator: 'ConditionalExpression',
    reason:
      'Equivalent: `named` compares every byte of the name, the first included; the first-byte test only saves the call.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: '} else if (first === 0x6d && length === 16 && named(buf, nameStart, MISSING)) {',
    mutator: 'ConditionalExpression',
    reason:
      'Equivalent: `named` compares every byte of the name, the first included; the first-byte test only saves the call.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'const d = k < valueEnd ? (buf[k] ?? 0) - ZERO : -1;',
    reason: 'Equivalent: at `valueEnd` stands the closing quote, which is no digit.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (d >= 0 && d <= 9) current = current < 0 ? d : current * 10 + d;',
    mutator: 'EqualityOperator',
    becomes: 'current <= 0',
    reason: 'Equivalent: when `current` is 0, `d` and `current * 10 + d` are the same.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'sink.line(number, hits < 0 ? 0 : hits,',
    mutator: 'EqualityOperator',
    reason: 'Equivalent: for hits of 0 both give 0.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (nameEnd === nameStart || i + 1 >= end || buf[i] !== EQUALS) return at;',
    fragment: 'buf[i] !== EQUALS',
    reason:
      'Killed since the run (checked by hand): fast-path.test.ts\'s general-loop contract, `hits "1"` with no `=` is left whole.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (nameEnd === nameStart || i + 1 >= end || buf[i] !== EQUALS) return at;',
    reason:
      "Equivalent in behaviour: the bound keeps every read inside the buffer (a read past a typed array's end slows the whole loop in V8); past the end a read gives undefined, taken as 0, which the next check refuses the same way.",
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (number < 0) return at;',
    mutator: 'ConditionalExpression',
    reason:
      'Equivalent: a number that is not plain digits is -1, and the check after the attributes (`number < 0`) leaves the element to the scanner the same.',
  },
  {
    file: 'actions/coverage-gate/src/cobertura-lines.ts',
    code: 'if (number < 0) return at;',
    mutator: 'EqualityOperator',
    reason:
      'Killed since the run (checked by hand): fast-path.test.ts\'s general-loop contract, line 0 is read by the fast path itself (`<line hits="0" number="0"/>`).',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'constructor(private readonly handlers: ScanHandlers) {',
    mutator: 'BlockStatement',
    reason:
      'Equivalent in results: whether the fast path is asked (and it is bound) changes only the speed; it hands back whatever it does not vouch for, and the scanner reads that the same.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (this.skim !== undefined && this.stack.length > 0 && !this.textTarget) {',
    reason:
      'Equivalent in results: whether the fast path is asked (and it is bound) changes only the speed; it hands back whatever it does not vouch for, and the scanner reads that the same.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (this.pending.length > 0) {',
    reason:
      'Equivalent: the seam and the leftover are only ways to avoid copying; joining an empty leftover, or joining always, gives the same bytes to scan.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'buf = seamUsed === seam.length ? rest : Buffer.concat([seam.subarray(seamUsed), ',
    reason:
      'Equivalent: the seam and the leftover are only ways to avoid copying; joining an empty leftover, or joining always, gives the same bytes to scan.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'this.pending = used === buf.length ? Buffer.alloc(0) : Buffer.from(buf.subarray(',
    reason:
      'Equivalent: the seam and the leftover are only ways to avoid copying; joining an empty leftover, or joining always, gives the same bytes to scan.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'while (i < buf.length && isSpace(buf[i] ?? 0)) i++;',
    reason:
      'Equivalent: the bound only keeps the reads inside the buffer: past the end a read gives undefined, taken as 0 (or no byte at all), which the next check refuses the same way, so the token is incomplete either way.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (buf.length < pos + 4) throw INCOMPLETE;',
    reason:
      'Equivalent: the bound only keeps the reads inside the buffer: past the end a read gives undefined, taken as 0 (or no byte at all), which the next check refuses the same way, so the token is incomplete either way.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (next === undefined) throw INCOMPLETE;',
    reason:
      'Equivalent: with nothing after the `<`, the open-tag route finds no name end and throws the same incomplete token.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'for (let k = valueStart; k < valueEnd; k++) {',
    mutator: 'EqualityOperator',
    reason: 'Equivalent: at `valueEnd` stands the closing quote, neither `<` nor `&`.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (base + 5 > this.spans.length) {',
    mutator: 'EqualityOperator',
    reason: 'Equivalent: growing one attribute sooner changes no span.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'this.decode(buf, this.spans[s * 5 + 2] ?? 0, this.spans[s * 5 + 3] ?? 0, true);',
    reason:
      "Accepted: checking a wrong span of the tag's bytes for references could only refuse a tag whose other bytes hold a broken one; the value's own references are checked again when it is read (not reviewed further).",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'this.namesKnown++;',
    reason:
      'Equivalent: the name cache only saves decoding; a count that never reaches 256 keeps caching, which changes no name given.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (d >= 0 && d <= 9) current = current < 0 ? d : current * 10 + d;',
    mutator: 'EqualityOperator',
    becomes: 'current <= 0',
    reason: 'Equivalent: when `current` is 0, `d` and `current * 10 + d` are the same.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'let hasEntity = false;',
    reason: 'Equivalent in results: decoding a text without `&` gives it unchanged; only the time differs.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (buf[i] === AMP) {',
    reason:
      'Equivalent in results: decoding a text without `&` gives it unchanged, and one with `&` is decoded either way where its text is wanted (checked where not: see the test of unread text).',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'else if (hasEntity) this.decode(buf, start, end, true); // checked, not kept',
    reason: 'Equivalent in results: decoding a text without `&` checks nothing.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (v === AMP) entity = 1;',
    reason:
      'Equivalent in results: a value marked as having references is decoded, which gives a value without `&` unchanged; one with `&` unmarked is still decoded when read, and checked at the tag (the mutant `!==` is the same mark for every value that has one `&` and other bytes).',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (s === -1) return false;',
    reason:
      'Equivalent: for an absent attribute the spans read are undefined, taken as the empty span, which no non-empty value matches (the one caller asks for `true`).',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (s === -1) return undefined;',
    reason:
      'Equivalent: for an absent attribute the spans read are undefined, taken as the empty span, which gives undefined on the next line.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'const start = this.spans[s * 5 + 2] ?? 0;',
    line: 474,
    reason:
      'Equivalent: the digit loop in `int` is only a speed path; a wrong start reads a quote or `<` first, which sends the value to `Number(value)`, the same number.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "this.textTarget = this.stack.length > 0 && this.wanted(this.stack.at(-1) ?? '');",
    mutator: 'ConditionalExpression',
    becomes: 'true',
    reason:
      'Equivalent: after the root closes the flag is never read: text outside the root is checked before it is, and the fast path is asked only inside the root.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "this.textTarget = this.stack.length > 0 && this.wanted(this.stack.at(-1) ?? '');",
    mutator: 'EqualityOperator',
    becomes: 'this.stack.length >= 0',
    reason:
      'Equivalent: after the root closes the flag is never read: text outside the root is checked before it is, and the fast path is asked only inside the root.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (this.spans[s * 5 + 4] === 1)',
    line: 371,
    mutator: 'ConditionalExpression',
    becomes: 'true',
    reason: 'Equivalent: decoding a value without `&` checks nothing.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'for (let i = start; i < end; i++) {',
    line: 227,
    mutator: 'EqualityOperator',
    reason: "Equivalent: at `end` stands a `<` or the buffer's end (undefined), neither of them `&`.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'this.consumedBytes += used;',
    reason:
      "Killed since the run (checked by hand): xml-scanner.test.ts's 'places an unclosed element at the end of what was read' (its offset).",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "if (final) throw this.errorAt('unexpected end of document inside markup', pos);",
    reason:
      "Killed since the run (checked by hand): xml-scanner.test.ts's never-closed comment, now with its exact message.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (buf[pos + 2] === 0x2d && buf[pos + 3] === 0x2d) return this.skipPast(buf, po',
    reason:
      "Killed since the run (checked by hand): xml-scanner.test.ts's `<!-x y -->` and `<!x- y -->`, refused as unexpected markup.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "if (i === start) throw this.errorAt('a name was expected', start);",
    reason:
      "Killed since the run (checked by hand): xml-scanner.test.ts's `< b/>`, refused with its exact message.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "if (buf[i + 1] !== GT) throw this.errorAt('> was expected after /', i + 1);",
    mutator: 'ArithmeticOperator',
    reason:
      "Accepted: only the error's offset moves two bytes back; messages are tested, this position is not.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "if (buf[i + 1] !== GT) throw this.errorAt('> was expected after /', i + 1);",
    reason:
      "Killed since the run (checked by hand): xml-scanner.test.ts's `<a/ >`, refused with its exact message.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "if (buf[i] !== EQUALS) throw this.errorAt('= was expected after an attribute nam",
    reason:
      'Killed since the run (checked by hand): xml-scanner.test.ts\'s `<a x y="1"/>`, refused with its exact message.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: "this.textTarget = this.stack.length > 0 && this.wanted(this.stack.at(-1) ?? '');",
    reason:
      "Killed since the run (checked by hand): xml-scanner.test.ts's 'gives the text of a wanted element after a child closes, however deep'.",
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (this.spans[s * 5 + 4] === 1) return this.get(name) === value;',
    fragment: 'this.spans[s * 5 + 4] === 1',
    becomes: 'true',
    reason:
      'Equivalent: a value without references decodes to its own bytes, so comparing it decoded gives the same answer.',
  },
  {
    file: 'actions/coverage-gate/src/xml-scanner.ts',
    code: 'if (this.spans[s * 5 + 4] === 1) return this.get(name) === value;',
    reason:
      "Killed since the run (checked by hand): xml-scanner.test.ts's 'compares a value with references as it reads, wherever the attribute stands'.",
  },
];
