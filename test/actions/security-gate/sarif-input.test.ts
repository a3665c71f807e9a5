/**
 * SARIF input at its edges: which rule a result names when the index, the id and the tool component disagree
 * or are missing, the fallbacks of every field a finding is built from, secret scanners, suppressions'
 * wording, security-severity's range, and the notifications that make a run a scanner error.
 */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../actions/security-gate/src/fingerprint.js';
import type { ParsedReport } from '../../../actions/security-gate/src/model.js';
import { parseSarif } from '../../../actions/security-gate/src/sarif-input.js';
import { ConfigurationError } from '../../../shared/errors.js';

type Obj = Record<string, unknown>;
const runOf = (run: Obj): ParsedReport => {
  const [report] = parseSarif({ version: '2.1.0', runs: [run] }, 'r.sarif');
  if (report === undefined) throw new Error('no run');
  return report;
};
const tool = (driver: Obj, extensions?: Obj[]): Obj => ({
  tool: { driver: { name: 'Scanner', ...driver }, ...(extensions ? { extensions } : {}) },
});
const one = (run: Obj): ParsedReport['findings'][number] => {
  const report = runOf(run);
  expect(report.findings).toHaveLength(1);
  const [f] = report.findings;
  if (f === undefined) throw new Error('no finding');
  return f;
};

describe('the rule of a result', () => {
  const rules = [
    { id: 'R0', shortDescription: { text: 'zero' } },
    { id: 'R1', shortDescription: { text: 'one' } },
  ];

  it('is the one at ruleIndex, even when ruleId names another', () => {
    expect(one({ ...tool({ rules }), results: [{ ruleId: 'R0', ruleIndex: 1 }] }).ruleName).toBe('one');
  });

  it('is the one at rule.index before ruleIndex', () => {
    expect(
      one({ ...tool({ rules }), results: [{ ruleId: 'R0', ruleIndex: 0, rule: { index: 1 } }] }).ruleName,
    ).toBe('one');
  });

  it('is found by id when the index points past the list', () => {
    expect(one({ ...tool({ rules }), results: [{ ruleId: 'R0', ruleIndex: 5 }] }).ruleName).toBe('zero');
  });

  it('is found by rule.id when there is no ruleId, and the finding takes that id', () => {
    const f = one({ ...tool({ rules }), results: [{ rule: { id: 'R1' } }] });
    expect([f.rule, f.ruleName]).toEqual(['R1', 'one']);
  });

  it("takes the rule's own id when the result gives only an index", () => {
    expect(one({ ...tool({ rules }), results: [{ ruleIndex: 1 }] }).rule).toBe('R1');
  });

  it('is unknown when nothing names it', () => {
    const f = one({ ...tool({ rules }), results: [{}] });
    expect([f.rule, f.ruleName, f.message]).toEqual(['unknown', undefined, 'unknown']);
  });

  it('is found by the part of a hierarchical id before its slash', () => {
    expect(one({ ...tool({ rules }), results: [{ ruleId: 'R1/sub-case' }] })).toMatchObject({
      rule: 'R1/sub-case',
      ruleName: 'one',
    });
  });

  it('is the first of two rules with one id', () => {
    const twice = [
      { id: 'R', shortDescription: { text: 'first' } },
      { id: 'R', shortDescription: { text: 'second' } },
    ];
    expect(one({ ...tool({ rules: twice }), results: [{ ruleId: 'R' }] }).ruleName).toBe('first');
  });

  it('is looked up in the tool component named by name, by index, else in the driver', () => {
    const extensions = [
      { name: 'pack-a', rules: [{ id: 'X', shortDescription: { text: 'from a' } }] },
      { name: 'pack-b', rules: [{ id: 'X', shortDescription: { text: 'from b' } }] },
    ];
    const withDriver = tool({ rules: [{ id: 'X', shortDescription: { text: 'from driver' } }] }, extensions);
    const name = (result: Obj): string | undefined => one({ ...withDriver, results: [result] }).ruleName;
    expect(name({ ruleId: 'X', rule: { toolComponent: { name: 'pack-b' } } })).toBe('from b');
    expect(name({ ruleId: 'X', rule: { toolComponent: { index: 0 } } })).toBe('from a');
    expect(name({ ruleId: 'X', rule: { index: 0, toolComponent: { index: 1 } } })).toBe('from b');
    expect(name({ ruleId: 'X' })).toBe('from driver');
    // A component that does not exist is the driver.
    expect(name({ ruleId: 'X', rule: { index: 0, toolComponent: { index: 9 } } })).toBe('from driver');
    expect(name({ ruleId: 'X', rule: { toolComponent: { name: 'pack-z' } } })).toBe('from driver');
  });

  it('is found in any extension when neither the component nor the driver has it', () => {
    const extensions = [
      { name: 'a', rules: [] },
      { name: 'b', rules: [{ id: 'Y', helpUri: 'https://y' }] },
    ];
    expect(one({ ...tool({ rules: [] }, extensions), results: [{ ruleId: 'Y' }] }).helpUri).toBe('https://y');
  });

  it('ignores a rule entry that is not an object', () => {
    expect(one({ ...tool({ rules: ['R0'] }), results: [{ ruleId: 'R0', ruleIndex: 0 }] }).ruleName).toBe(
      undefined,
    );
  });
});

describe('the fields of a finding', () => {
  it('come from the first location, without file://', () => {
    const f = one({
      ...tool({ rules: [{ id: 'R', name: 'RuleName', helpUri: 'https://help' }] }),
      results: [
        {
          ruleId: 'R',
          message: { text: 'the message' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'file://src/app.py' },
                region: { startLine: 7, startColumn: 3, snippet: { text: '  eval(x)\n' } },
              },
            },
            { physicalLocation: { artifactLocation: { uri: 'other.py' }, region: { startLine: 1 } } },
          ],
        },
      ],
    });
    expect(f).toMatchObject({
      tool: 'scanner',
      rule: 'R',
      ruleName: 'RuleName',
      message: 'the message',
      file: 'src/app.py',
      line: 7,
      column: 3,
      helpUri: 'https://help',
      kind: 'fail',
      baselineState: undefined,
      suppression: undefined,
    });
    // The snippet, whitespace folded, identifies it: not the line, not the message.
    expect(f.fingerprint).toBe(fingerprint('scanner', 'R', 'file://src/app.py', 'eval(x)'));
  });

  it('keep a uri without file:// as it is, and use the message when there is no snippet', () => {
    const f = one({
      ...tool({}),
      results: [
        {
          ruleId: 'R',
          message: { text: 'm' },
          locations: [{ physicalLocation: { artifactLocation: { uri: 'a/file://b.py' } } }],
        },
      ],
    });
    expect(f.file).toBe('a/file://b.py');
    expect(f.fingerprint).toBe(fingerprint('scanner', 'R', 'a/file://b.py', 'm'));
  });

  it("fall back to the rule's short description for the message, then to the rule id", () => {
    const rules = [{ id: 'R', shortDescription: { text: 'short' } }];
    expect(one({ ...tool({ rules }), results: [{ ruleId: 'R' }] }).message).toBe('short');
    expect(one({ ...tool({}), results: [{ ruleId: 'R' }] }).message).toBe('R');
  });

  it("name the tool by its driver, in lower case, or 'sarif'", () => {
    expect(runOf({ tool: { driver: { name: 'Semgrep OSS' } }, results: [] }).tool).toBe('semgrep oss');
    expect(runOf({ tool: {}, results: [] }).tool).toBe('sarif');
  });
});

describe('message strings', () => {
  const rules = [
    {
      id: 'R',
      messageStrings: { m: { text: 'a {0} b {1} c {2}' }, plain: { text: 'no placeholders' } },
      shortDescription: { text: 'desc' },
    },
  ];
  const message = (m: Obj): string | undefined =>
    one({ ...tool({ rules }), results: [{ ruleId: 'R', message: m }] }).message;

  it('fill placeholders from the arguments, keeping those without one', () => {
    expect(message({ id: 'm', arguments: ['x', 'y'] })).toBe('a x b y c {2}');
    expect(message({ id: 'm', arguments: [1, 2, 3] })).toBe('a 1 b 2 c 3');
    expect(message({ id: 'plain' })).toBe('no placeholders');
  });

  it('prefer the text to the id', () => {
    expect(message({ text: 'given', id: 'm' })).toBe('given');
  });

  it('fall back to the description for an id the rule does not have, or no id', () => {
    expect(message({ id: 'missing' })).toBe('desc');
    expect(message({})).toBe('desc');
  });
});

describe('secret scanners', () => {
  it.each(['gitleaks', 'TruffleHog', 'my-secret-scanner'])(
    '%s: always high, the message never quoted, results told apart by their place in the log',
    (name) => {
      const report = runOf({
        tool: { driver: { name, rules: [{ id: 'aws', shortDescription: { text: 'AWS key' } }] } },
        results: [
          { ruleId: 'aws', level: 'note', message: { text: 'found AKIA1234 in x' } },
          { ruleId: 'aws', level: 'note', message: { text: 'found AKIA1234 in x' } },
          { ruleId: 'other', message: { text: 'AKIA5678' } },
        ],
      });
      expect(report.findings.map((f) => [f.severity, f.message])).toEqual([
        ['high', 'AWS key detected'],
        ['high', 'AWS key detected'],
        ['high', 'other detected'],
      ]);
      expect(JSON.stringify(report)).not.toContain('AKIA');
      const [a, b] = report.findings;
      expect(a?.fingerprint).not.toBe(b?.fingerprint);
      expect(a?.fingerprint).toBe(fingerprint(name.toLowerCase(), 'aws', undefined, '0'));
    },
  );
});

describe('security-severity', () => {
  const severity = (score: unknown, level?: string): string => {
    const report = runOf({
      ...tool({ rules: [{ id: 'R', properties: { 'security-severity': score } }] }),
      results: [{ ruleId: 'R', ...(level ? { level } : {}) }],
    });
    return `${report.findings[0]?.severity ?? ''}${report.warnings.length ? ' + warning' : ''}`;
  };

  it.each([
    [0, 'low'],
    [10, 'critical'],
    ['10.0', 'critical'],
    [-0.1, 'medium + warning'],
    [10.1, 'medium + warning'],
    ['', 'medium + warning'],
    // null is no score at all: the level decides, without a warning.
    [null, 'medium'],
  ])('%j reads as %s', (score, expected) => {
    expect(severity(score)).toBe(expected);
  });

  it("is read from the result's properties when the rule has none", () => {
    const report = runOf({
      ...tool({}),
      results: [{ ruleId: 'R', properties: { 'security-severity': '9.5' } }],
    });
    expect(report.findings[0]?.severity).toBe('critical');
  });

  it("takes the rule's default level when the result has none, and warning when neither has", () => {
    const rules = [{ id: 'R', defaultConfiguration: { level: 'error' } }, { id: 'S' }];
    const report = runOf({
      ...tool({ rules }),
      results: [{ ruleId: 'R' }, { ruleId: 'S' }, { ruleId: 'S', level: 'none' }],
    });
    expect(report.findings.map((f) => f.severity)).toEqual(['high', 'medium', 'low']);
  });
});

describe('suppressions', () => {
  const suppression = (suppressions: unknown[]): { text: string | undefined; warnings: string[] } => {
    const report = runOf({ ...tool({}), results: [{ ruleId: 'R', suppressions }] });
    const f = report.suppressed[0] ?? report.findings[0];
    return { text: f?.suppression, warnings: report.warnings };
  };

  it('say their kind, their status when accepted, and their justification', () => {
    expect(suppression([{ kind: 'inSource' }]).text).toBe('inSource');
    expect(
      suppression([{ kind: 'external', status: 'accepted', justification: 'a test fixture' }]).text,
    ).toBe('external, accepted: a test fixture');
    expect(suppression([{}]).text).toBe('suppressed');
  });

  it('take the first that suppresses, after one under review', () => {
    expect(
      suppression([{ kind: 'inSource', status: 'underReview' }, { kind: 'external' }, { kind: 'inSource' }])
        .text,
    ).toBe('external');
  });

  it('never suppress with a status outside SARIF, warning once per result', () => {
    const { text, warnings } = suppression([{ kind: 'inSource', status: 'approved' }]);
    expect(text).toBeUndefined();
    expect(warnings).toEqual([
      'scanner: a suppression status "approved" is not a SARIF one; it does not suppress',
    ]);
  });

  it('put suppressed results apart from the findings', () => {
    const report = runOf({
      ...tool({}),
      results: [{ ruleId: 'A', suppressions: [{ kind: 'inSource' }] }, { ruleId: 'B' }],
    });
    expect(report.suppressed.map((f) => f.rule)).toEqual(['A']);
    expect(report.findings.map((f) => f.rule)).toEqual(['B']);
  });
});

describe('a run that failed', () => {
  const errorsOf = (invocations: unknown[], driver: Obj = {}): { errors: string[]; warnings: string[] } => {
    const report = runOf({ ...tool(driver), invocations, results: [] });
    return { errors: report.toolErrors, warnings: report.warnings };
  };

  it('quotes an error notification with its file, from either list', () => {
    expect(
      errorsOf([
        {
          executionSuccessful: true,
          toolExecutionNotifications: [
            {
              level: 'error',
              message: { text: 'could not parse' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///src/bad.py' } } }],
            },
          ],
          toolConfigurationNotifications: [{ level: 'error', message: { text: 'bad config' } }],
        },
      ]).errors,
    ).toEqual([
      'scanner reports an error: could not parse (/src/bad.py)',
      'scanner reports an error: bad config',
    ]);
  });

  it("takes a notification's level from its descriptor, and its text from the descriptor's id", () => {
    const driver = { notifications: [{ id: 'N1', defaultConfiguration: { level: 'error' } }] };
    expect(errorsOf([{ toolExecutionNotifications: [{ descriptor: { index: 0 } }] }], driver).errors).toEqual(
      ['scanner reports an error: N1'],
    );
    expect(errorsOf([{ toolExecutionNotifications: [{ descriptor: { id: 'N1' } }] }], driver).errors).toEqual(
      ['scanner reports an error: N1'],
    );
    expect(errorsOf([{ toolExecutionNotifications: [{ level: 'error' }] }]).errors).toEqual([
      'scanner reports an error: no message',
    ]);
  });

  it('cuts a notification to 500 characters', () => {
    const text = 'x'.repeat(600);
    expect(
      errorsOf([{ toolExecutionNotifications: [{ level: 'error', message: { text } }] }]).errors,
    ).toEqual([`scanner reports an error: ${'x'.repeat(500)}`]);
  });

  it('warns on warning notifications (the default level), and ignores notes', () => {
    const { errors, warnings } = errorsOf([
      {
        toolExecutionNotifications: [
          { message: { text: 'slow file' } },
          { message: { text: 'slow file' } },
          { level: 'note', message: { text: 'fyi' } },
        ],
      },
    ]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual(['scanner: the tool warns: slow file (2 times)']);
  });

  it('says a run did not succeed once per invocation, only when no error was quoted for it', () => {
    expect(
      errorsOf([
        { executionSuccessful: false },
        {
          executionSuccessful: false,
          toolExecutionNotifications: [{ level: 'error', message: { text: 'boom' } }],
        },
        { executionSuccessful: true },
        {},
      ]).errors,
    ).toEqual([
      'scanner says its run did not succeed (executionSuccessful: false)',
      'scanner reports an error: boom',
    ]);
  });
});

describe('malformed logs', () => {
  const refused = (doc: unknown): string => {
    try {
      parseSarif(doc, 'r.sarif');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return (error as Error).message;
    }
    throw new Error('expected the log to be refused');
  };

  it.each([
    [{ version: '2.0.0', runs: [] }, 'r.sarif: SARIF version "2.0.0" is not 2.1.0'],
    [{ version: 2.1, runs: [] }, 'r.sarif: SARIF version 2.1 is not 2.1.0'],
    [{ runs: [] }, 'r.sarif: SARIF version undefined is not 2.1.0'],
    [{ version: '2.1.0', runs: [{}, 'x'] }, 'r.sarif: runs[1] is not a run object'],
    [{ version: '2.1.0', runs: [{ results: {} }] }, 'r.sarif: runs[0].results is not a list'],
    [{ version: '2.1.0', runs: [{ results: 'x' }] }, 'r.sarif: runs[0].results is not a list'],
    [
      { version: '2.1.0', runs: [{ results: [{}, null] }] },
      'r.sarif: runs[0].results[1] is null, not a result object',
    ],
    [
      { version: '2.1.0', runs: [{ results: [7] }] },
      'r.sarif: runs[0].results[0] is number, not a result object',
    ],
  ])('refuses %j', (doc, message) => {
    expect(refused(doc)).toBe(message);
  });

  it('takes a run whose results are null (the tool ran nothing) as no findings', () => {
    expect(runOf({ ...tool({}), results: null }).findings).toEqual([]);
  });
});

describe("SARIF's own words, taken without a warning", () => {
  const read = (result: Obj, driver: Obj = {}, extensions?: Obj[]) =>
    runOf({ ...tool(driver, extensions), results: [result] });

  it.each([
    ['error', 'high'],
    ['warning', 'medium'],
    ['note', 'low'],
    ['none', 'low'],
  ])('level %s is %s', (level, severity) => {
    const report = read({ ruleId: 'R', level });
    expect([report.findings[0]?.severity, report.warnings]).toEqual([severity, []]);
  });

  it.each(['new', 'unchanged', 'updated'])('baselineState %s', (state) => {
    const report = read({ ruleId: 'R', baselineState: state });
    expect([report.findings[0]?.baselineState, report.warnings]).toEqual([state, []]);
  });

  it.each(['underReview', 'rejected'])('a suppression %s does not suppress, and is no mistake', (status) => {
    const report = read({ ruleId: 'R', suppressions: [{ kind: 'inSource', status }] });
    expect([report.findings.length, report.suppressed.length, report.warnings]).toEqual([1, 0, []]);
  });

  it('a kind or baselineState outside SARIF is said, and counted as the worst', () => {
    const report = runOf({
      ...tool({}),
      results: [
        { ruleId: 'R', kind: 'bad' },
        { ruleId: 'S', baselineState: 'gone' },
      ],
    });
    expect(report.findings.map((f) => [f.rule, f.kind, f.baselineState])).toEqual([
      ['R', 'fail', undefined],
      ['S', 'fail', 'new'],
    ]);
    expect(report.warnings).toEqual([
      'scanner: kind "bad" is not a SARIF kind; counted as fail',
      'scanner: baselineState "gone" is not a SARIF one; counted as new',
    ]);
  });

  it('a message template takes arguments past the tenth', () => {
    const args = Array.from({ length: 12 }, (_, i) => `a${i}`);
    const rules = [{ id: 'R', messageStrings: { m: { text: 'first {0}, eleventh {10}, twelfth {11}' } } }];
    expect(read({ ruleId: 'R', message: { id: 'm', arguments: args } }, { rules }).findings[0]?.message).toBe(
      'first a0, eleventh a10, twelfth a11',
    );
  });

  it("a result that names no tool component is the driver's, even when an extension has no name", () => {
    const f = read({ ruleIndex: 0 }, { rules: [{ id: 'D0' }] }, [{ rules: [{ id: 'X0' }] }]).findings[0];
    expect(f?.rule).toBe('D0');
  });
});
