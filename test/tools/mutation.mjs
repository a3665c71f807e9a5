// npm run mutation: StrykerJS over every domain module, one part at a time, into one report.
//
// Each part is an action's domain modules with that action's unit tests (shared/ with its own, and the two
// shared modules only the actions' tests reach with those). Stryker's first run executes every included
// test instrumented, and a mutant made while a module loads ("static") reruns all of them, so one run over
// everything with every test would take most of a day on two cores; a part's own tests are the ones that
// can kill its mutants. Leaving other tests out can only lose kills, never add them: the score is a lower
// bound of the one-run score.
//
// Every part runs with --incremental into one file: a part's run keeps the results of the modules outside
// its scope, so the last part's report (reports/mutation/) holds every module, and a part interrupted
// loses only itself. A later run reuses what Stryker's rules allow (a killed mutant whose killing test did
// not change; another whose code and covering tests did not change) and tests the rest again, the part's
// static survivors and uncovered mutants included (Stryker would reuse those whatever the tests: see
// forgetUncoveredResults).
//
//   npm run mutation                      every part, reusing reports/mutation/incremental.json
//   npm run mutation -- --force           every part from scratch
//   npm run mutation -- --part shared     one part (repeatable); --list names them
//   npm run mutation -- --summary         only the summary of the report there is
// Any other argument goes to Stryker (--concurrency 4).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minimatch } from 'minimatch';

const REPORT = 'reports/mutation/mutation.json';
const INCREMENTAL = 'reports/mutation/incremental.json';
const SURVIVORS = 'reports/mutation/survivors.md';
const REASONS_FILE = 'test/mutation-reasons.mjs';

const domain = (name, ...excluded) => [
  `actions/${name}/src/**/*.ts`,
  `!actions/${name}/src/main*.ts`,
  `!actions/${name}/src/index.ts`,
  ...excluded.map((m) => `!actions/${name}/src/${m}.ts`),
];
const own = (name) => [`test/actions/${name}/**/*.test.ts`];
const coverageTests = (...names) => names.map((n) => `test/actions/coverage-gate/${n}.test.ts`);

// coverage-gate's report readers and codecov.yml's schema are parts of their own: their tests are the slow
// ones (real reports in every chunking, the fast path against the general route), and the schema's mutants
// are nearly all static, so each reruns every included test.
const READER_PARTS = {
  'coverage-gate-cobertura': ['cobertura', 'parsers', 'read-report'],
  'coverage-gate-cobertura-lines': ['cobertura-lines'],
  'coverage-gate-xml-scanner': ['xml-scanner'],
};
const READERS = Object.values(READER_PARTS).flat();
const PARTS = [
  { name: 'setup-python', mutate: domain('setup-python'), tests: own('setup-python') },
  { name: 'verify-gpu', mutate: domain('verify-gpu'), tests: own('verify-gpu') },
  { name: 'health-check', mutate: domain('health-check'), tests: own('health-check') },
  { name: 'slack-report', mutate: domain('slack-report'), tests: own('slack-report') },
  { name: 'benchmark-gate', mutate: domain('benchmark-gate'), tests: own('benchmark-gate') },
  { name: 'security-gate', mutate: domain('security-gate'), tests: own('security-gate') },
  { name: 'ec2-deploy', mutate: domain('ec2-deploy'), tests: own('ec2-deploy') },
  { name: 'test-report', mutate: domain('test-report'), tests: own('test-report') },
  {
    name: 'coverage-gate',
    mutate: domain('coverage-gate', ...READERS, 'codecov-schema'),
    tests: own('coverage-gate'),
  },
  {
    name: 'coverage-gate-schema',
    mutate: ['actions/coverage-gate/src/codecov-schema.ts'],
    tests: coverageTests('codecov-schema', 'codecov-config', 'codecov-config-edges'),
  },
  {
    name: 'shared',
    mutate: ['shared/**/*.ts', '!shared/order.ts', '!shared/xml.ts'],
    tests: ['test/shared/**/*.test.ts'],
  },
  {
    name: 'shared-through-actions',
    mutate: ['shared/order.ts', 'shared/xml.ts'],
    tests: [
      'test/shared/**/*.test.ts',
      ...own('test-report'),
      ...own('security-gate'),
      ...coverageTests('xml-scanner', 'fast-path', 'gate-edges', 'report-text', 'domain'),
    ],
  },
  // The readers last, a part per module so that a stopped run keeps those done: their mutants are the
  // slowest to test (each reruns the readers' tests over real reports in every chunking).
  ...Object.entries(READER_PARTS).map(([name, modules]) => ({
    name,
    mutate: modules.map((m) => `actions/coverage-gate/src/${m}.ts`),
    tests: coverageTests(
      'xml-scanner',
      'fast-path',
      'cobertura-reader',
      'read-report',
      'domain',
      'lcov-edges',
      'coveragepy-json',
    ),
  })),
];

const args = process.argv.slice(2);
const chosen = [];
const passed = [];
let force = false;
let summaryOnly = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--list') {
    for (const p of PARTS) console.log(`${p.name}: ${p.mutate.join(' ')}`);
    process.exit(0);
  } else if (a === '--part') {
    const name = args[++i];
    if (!PARTS.some((p) => p.name === name)) {
      console.error(`mutation: --part must be one of ${PARTS.map((p) => p.name).join(', ')}; got ${name}`);
      process.exit(2);
    }
    chosen.push(name);
  } else if (a === '--force') force = true;
  else if (a === '--summary') summaryOnly = true;
  else passed.push(a);
}

/**
 * Stryker reuses a mutant's result whenever its covering tests did not change, and two kinds of mutant have
 * no covering tests on record: a static one (it runs with all of them) and one no test reached. A new test
 * that kills a static survivor, or that reaches an uncovered mutant, would never be asked. So before a part
 * runs, its static survivors and its uncovered mutants are taken out of the incremental file, and Stryker
 * tests them again (those still uncovered cost nothing).
 */
function forgetUncoveredResults(part) {
  if (!existsSync(INCREMENTAL)) return 0;
  const report = JSON.parse(readFileSync(INCREMENTAL, 'utf8'));
  const include = part.mutate.filter((m) => !m.startsWith('!'));
  const exclude = part.mutate.filter((m) => m.startsWith('!')).map((m) => m.slice(1));
  let forgotten = 0;
  for (const [file, result] of Object.entries(report.files)) {
    const rel = relative(process.cwd(), resolve(file)).split('\\').join('/');
    if (!include.some((g) => minimatch(rel, g)) || exclude.some((g) => minimatch(rel, g))) continue;
    // A survivor that no test covers is a static one: it ran with every test (the report drops `static` from
    // the mutants it reuses, so their empty coverage is what tells them).
    const kept = result.mutants.filter(
      (m) => m.status !== 'NoCoverage' && !(m.status === 'Survived' && (m.coveredBy ?? []).length === 0),
    );
    forgotten += result.mutants.length - kept.length;
    result.mutants = kept;
  }
  if (forgotten > 0) writeFileSync(INCREMENTAL, JSON.stringify(report));
  return forgotten;
}

const started = Date.now();
if (!summaryOnly) {
  // --force makes each part test all of its own mutants again; Stryker still keeps the other parts' results
  // (out-of-scope mutants are carried over whatever --force says), so the parts add up to one report.
  for (const part of PARTS.filter((p) => chosen.length === 0 || chosen.includes(p.name))) {
    const stryker = [
      'stryker',
      'run',
      '--incremental',
      '--incrementalFile',
      INCREMENTAL,
      '--mutate',
      part.mutate.join(','),
      ...(force ? ['--force'] : []),
      ...passed,
    ];
    const forgotten = force ? 0 : forgetUncoveredResults(part);
    console.log(`\n::group::mutation: ${part.name} (npx ${stryker.join(' ')})`);
    if (forgotten > 0)
      console.log(`mutation: ${forgotten} static survivors and uncovered mutants are tested again`);
    const t0 = Date.now();
    const run = spawnSync('npx', stryker, {
      stdio: 'inherit',
      env: { ...process.env, RUNWAY_MUTATION_TESTS: part.tests.join(',') },
    });
    console.log('::endgroup::');
    if (run.status !== 0) {
      console.error(
        `mutation: the ${part.name} part failed (exit ${run.status ?? run.signal}); later parts not run`,
      );
      process.exit(1);
    }
    console.log(`mutation: ${part.name} done in ${Math.round((Date.now() - t0) / 1000)} s`);
  }
}

if (!existsSync(REPORT)) {
  console.error(`mutation: no report at ${REPORT}`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
// A module named on its own by a part belongs to it; the rest go by their folder.
const NAMED = new Map(PARTS.flatMap((p) => p.mutate.filter((m) => !/[*!]/.test(m)).map((m) => [m, p.name])));
const partOf = (file) => {
  const rel = relative(process.cwd(), file).split('\\').join('/');
  return NAMED.get(rel) ?? (rel.startsWith('shared/') ? 'shared' : rel.split('/')[1]);
};
const rows = new Map();
const survivors = [];
let ignored = 0;
for (const [file, result] of Object.entries(report.files)) {
  const row = rows.get(partOf(file)) ?? { mutants: 0, detected: 0, survived: 0, noCoverage: 0 };
  const lines = result.source.split('\n');
  for (const m of result.mutants) {
    if (m.status === 'Ignored') ignored++;
    if (!COUNTED.has(m.status)) continue;
    row.mutants++;
    if (DETECTED.has(m.status)) row.detected++;
    else {
      if (m.status === 'Survived') row.survived++;
      else row.noCoverage++;
      const { start, end } = m.location;
      const fragment =
        start.line === end.line
          ? (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1)
          : `${(lines[start.line - 1] ?? '').slice(start.column - 1)} …`;
      survivors.push({ file, line: start.line, m, code: lines[start.line - 1]?.trim() ?? '', fragment });
    }
  }
  rows.set(partOf(file), row);
}
const pct = (r) => ((100 * r.detected) / Math.max(r.mutants, 1)).toFixed(2);
const total = { mutants: 0, detected: 0, survived: 0, noCoverage: 0 };
const table = [
  '| part | mutants | killed or timed out | survived | no test covers it | score |',
  '| --- | --: | --: | --: | --: | --: |',
];
for (const [name, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  for (const k of Object.keys(total)) total[k] += r[k];
  table.push(`| ${name} | ${r.mutants} | ${r.detected} | ${r.survived} | ${r.noCoverage} | ${pct(r)}% |`);
}
table.push(
  `| **all** | ${total.mutants} | ${total.detected} | ${total.survived} | ${total.noCoverage} | **${pct(total)}%** |`,
);
const missing = PARTS.filter((p) => !rows.has(p.name)).map((p) => p.name);
const lines = [
  `Mutation score of the domain modules: **${pct(total)}%** (${total.detected} of ${total.mutants} mutants killed or timed out${ignored ? `; ${ignored} ignored` : ''}).`,
  ...(missing.length ? ['', `Not in the report (never run): ${missing.join(', ')}.`] : []),
  '',
  ...table,
];
console.log(`\n${lines.join('\n')}`);
if (!summaryOnly) console.log(`\nmutation: ${Math.round((Date.now() - started) / 60000)} min in all`);

// Every survivor where a reviewer can go through it, with the reason it is accepted where one was given
// (test/mutation-reasons.mjs: a reason matches a survivor by file, a piece of its line's code and,
// optionally, its mutator and what the code became).
const { REASONS } = await import(pathToFileURL(resolve(REASONS_FILE)).href);
const used = new Set();
const reasonOf = (rel, m, code, fragment, line) => {
  const i = REASONS.findIndex(
    (r) =>
      r.file === rel &&
      (r.line === undefined || r.line === line) &&
      code.includes(r.code) &&
      (r.fragment === undefined || r.fragment === fragment) &&
      (r.mutator === undefined || r.mutator === m.mutatorName) &&
      (r.becomes === undefined || r.becomes === (m.replacement ?? '')),
  );
  if (i === -1) return undefined;
  used.add(i);
  return REASONS[i].reason;
};
const cell = (s, max = 80) =>
  `\`${String(s).replace(/\s+/g, ' ').slice(0, max).replace(/\|/g, '\\|').replace(/`/g, "'")}\``;
const body = [];
let current = '';
let reviewed = 0;
for (const { file, line, m, code, fragment } of survivors.sort(
  (a, b) => a.file.localeCompare(b.file) || a.line - b.line,
)) {
  const rel = relative(process.cwd(), file).split('\\').join('/');
  if (rel !== current)
    body.push(
      '',
      `## ${rel}`,
      '',
      '| line | status | mutator | what | becomes | line of code | reason |',
      '| --: | --- | --- | --- | --- | --- | --- |',
    );
  current = rel;
  const reason = reasonOf(rel, m, code, fragment, line);
  if (reason !== undefined) reviewed++;
  body.push(
    `| ${line} | ${m.status} | ${m.mutatorName} | ${cell(fragment, 60)} | ${cell(m.replacement ?? '', 60)} | ${cell(code)} | ${reason ?? 'not reviewed yet'} |`,
  );
}
const stale = REASONS.filter((_, i) => !used.has(i));
const md = [
  '# Surviving mutants',
  '',
  `Written by \`npm run mutation\` from the last run's report; the reasons come from \`test/mutation-reasons.mjs\`.`,
  '',
  ...lines,
  '',
  `${reviewed} of ${survivors.length} survivors have a reason; the others are not reviewed yet.`,
  ...body,
  ...(stale.length
    ? ['', '## Reasons that matched no survivor', '', ...stale.map((r) => `- ${r.file}: ${cell(r.code)}`)]
    : []),
];
console.log(`mutation: ${reviewed} of ${survivors.length} survivors have a reason (${REASONS_FILE})`);
if (stale.length) console.log(`mutation: ${stale.length} reasons matched no survivor: see ${SURVIVORS}`);
writeFileSync(SURVIVORS, `${md.join('\n')}\n`);
console.log(`mutation: every survivor listed in ${SURVIVORS}`);
if (process.env.GITHUB_STEP_SUMMARY)
  writeFileSync(process.env.GITHUB_STEP_SUMMARY, `${lines.join('\n')}\n`, { flag: 'a' });
