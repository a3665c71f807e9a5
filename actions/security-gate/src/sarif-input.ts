/**
 * SARIF 2.1.0 logs read as the standard means them, from any tool:
 * - a result's rule is found by its `rule.index`/`ruleIndex` (in the tool component its `rule.toolComponent`
 *   names: `tool.extensions[i]`, as CodeQL writes), then by its id in the driver and every extension;
 * - severity: the rule's `security-severity` (a CVSS score, as CodeQL writes it and as GitHub code scanning
 *   ranks alerts), else the result's `level`, else the rule's `defaultConfiguration.level`, else `warning`;
 * - `kind`: `fail` (the default) is a finding; `open` and `review` are findings to review (never failing
 *   unless asked); `pass`, `notApplicable` and `informational` are not findings;
 * - `baselineState`: `absent` (fixed since the baseline) is not a finding; `new`, `updated` and `unchanged` are;
 * - `suppressions`: a result with any suppression whose `status` is absent or `accepted` is suppressed;
 *   `underReview` and `rejected` do not suppress;
 * - a run whose invocation says `executionSuccessful: false`, or that has an `error`-level tool execution or
 *   configuration notification, is a scanner error quoting the notification.
 * A value outside the standard is read at the worse level, with a warning; a record of the wrong type is an
 * error naming the file.
 */
import { ConfigurationError } from '../../../shared/errors.js';
import { type Json, NO_OBJECT, arr, excerpt, isObject, num, obj, str } from './fields.js';
import { fingerprint, normaliseCode } from './fingerprint.js';
import { type Finding, type ParsedReport, type Severity, finding, severityFromCvss } from './model.js';

type Descriptor = Readonly<Record<string, Json>>;

const LEVELS: ReadonlyMap<string, Severity> = new Map([
  ['error', 'high'],
  ['warning', 'medium'],
  ['note', 'low'],
  ['none', 'low'],
]);
const KINDS: ReadonlyMap<string, Finding['kind'] | 'not a finding'> = new Map([
  ['fail', 'fail'],
  ['open', 'review'],
  ['review', 'review'],
  ['pass', 'not a finding'],
  ['notApplicable', 'not a finding'],
  ['informational', 'not a finding'],
]);
const BASELINE_STATES: ReadonlyMap<string, Finding['baselineState'] | 'absent'> = new Map([
  ['new', 'new'],
  ['unchanged', 'unchanged'],
  ['updated', 'updated'],
  ['absent', 'absent'],
]);
const SUPPRESSION_STATUSES = new Set(['accepted', 'underReview', 'rejected']);

/** A tool component (the driver or an extension) with its descriptors found by id in O(1). */
class Component {
  private byId: Map<string, Descriptor> | undefined;
  constructor(
    readonly json: Descriptor,
    private readonly key: 'rules' | 'notifications',
  ) {}

  at(index: number | undefined): Descriptor | undefined {
    if (index === undefined) return undefined;
    const d: Json = arr(this.json[this.key])[index];
    return isObject(d) ? d : undefined;
  }

  find(id: string): Descriptor | undefined {
    if (this.byId === undefined) {
      this.byId = new Map();
      for (const d of arr(this.json[this.key])) {
        const did = str(obj(d).id);
        if (did !== undefined && !this.byId.has(did)) this.byId.set(did, obj(d));
      }
    }
    return this.byId.get(id);
  }
}

/** The driver and the extensions of one run, for finding rules and notification descriptors. */
class Components {
  private readonly driver: Component;
  private readonly extensions: Component[];

  constructor(tool: Descriptor, key: 'rules' | 'notifications') {
    this.driver = new Component(obj(tool.driver), key);
    this.extensions = arr(tool.extensions).map((e) => new Component(obj(e), key));
  }

  /** A reportingDescriptorReference (`rule`, `descriptor`) with an optional plain index and id beside it. */
  resolve(reference: Json, index: number | undefined, id: string | undefined): Descriptor {
    const ref = obj(reference);
    const component = this.component(ref.toolComponent);
    const byIndex = component.at(num(ref.index) ?? index);
    if (byIndex !== undefined) return byIndex;
    const wanted = id ?? str(ref.id);
    if (wanted === undefined) return NO_OBJECT;
    for (const candidate of [wanted, wanted.split('/')[0] ?? wanted]) {
      const found =
        component.find(candidate) ??
        this.driver.find(candidate) ??
        this.extensions.map((e) => e.find(candidate)).find((d) => d !== undefined);
      if (found !== undefined) return found;
    }
    return NO_OBJECT;
  }

  private component(reference: Json): Component {
    const ref = obj(reference);
    const index = num(ref.index);
    if (index !== undefined) return this.extensions[index] ?? this.driver;
    const name = str(ref.name);
    if (name !== undefined) return this.extensions.find((e) => str(e.json.name) === name) ?? this.driver;
    return this.driver;
  }
}

/** A message object as text: its `text`, else its `id` looked up in the descriptor's messageStrings. */
function messageText(message: Json, descriptor: Descriptor): string | undefined {
  const m = obj(message);
  const text = str(m.text);
  if (text !== undefined) return text;
  const id = str(m.id);
  if (id === undefined) return undefined;
  const template = str(obj(obj(descriptor.messageStrings)[id]).text);
  if (template === undefined) return undefined;
  const args = arr(m.arguments);
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => str(args[Number(n)]) ?? whole);
}

function suppressionOf(
  result: Readonly<Record<string, Json>>,
  warn: (w: string) => void,
): string | undefined {
  let found: string | undefined;
  for (const raw of arr(result.suppressions)) {
    const s = obj(raw);
    const status = str(s.status);
    if (status !== undefined && !SUPPRESSION_STATUSES.has(status)) {
      warn(`a suppression status ${excerpt(status)} is not a SARIF one; it does not suppress`);
      continue;
    }
    if (status === undefined || status === 'accepted') {
      const justification = str(s.justification);
      found ??= `${str(s.kind) ?? 'suppressed'}${status === 'accepted' ? ', accepted' : ''}${justification !== undefined ? `: ${justification}` : ''}`;
    }
  }
  return found;
}

/** Warnings of one run, each said once with a count. */
class Warnings {
  private readonly counts = new Map<string, number>();
  add = (warning: string): void => {
    this.counts.set(warning, (this.counts.get(warning) ?? 0) + 1);
  };
  list(tool: string): string[] {
    return [...this.counts].map(([w, n]) => `${tool}: ${w}${n > 1 ? ` (${n} times)` : ''}`);
  }
}

function severityOf(
  result: Readonly<Record<string, Json>>,
  rule: Descriptor,
  secrets: boolean,
  warn: (w: string) => void,
): Severity {
  // A secret is always serious, whatever level the scanner gives it.
  if (secrets) return 'high';
  const raw = obj(rule.properties)['security-severity'] ?? obj(result.properties)['security-severity'];
  if (raw !== undefined) {
    const score = num(raw);
    if (score !== undefined && score >= 0 && score <= 10) return severityFromCvss(score);
    warn(`security-severity ${excerpt(raw)} is not a score from 0 to 10; the level decides`);
  }
  const level = str(result.level) ?? str(obj(rule.defaultConfiguration).level) ?? 'warning';
  const severity = LEVELS.get(level);
  if (severity !== undefined) return severity;
  warn(`level ${excerpt(level)} is not a SARIF level; counted as high (as 'error')`);
  return 'high';
}

function runErrors(run: Readonly<Record<string, Json>>, tool: string, warn: (w: string) => void): string[] {
  const descriptors = new Components(obj(run.tool), 'notifications');
  const errors: string[] = [];
  for (const rawInvocation of arr(run.invocations)) {
    const invocation = obj(rawInvocation);
    const notifications = [
      ...arr(invocation.toolExecutionNotifications),
      ...arr(invocation.toolConfigurationNotifications),
    ];
    let failedQuoted = false;
    for (const raw of notifications) {
      const n = obj(raw);
      const descriptor = descriptors.resolve(n.descriptor, undefined, undefined);
      const level = str(n.level) ?? str(obj(descriptor.defaultConfiguration).level) ?? 'warning';
      const where = str(obj(obj(obj(arr(n.locations)[0]).physicalLocation).artifactLocation).uri)?.replace(
        /^file:\/\//,
        '',
      );
      const text = (messageText(n.message, descriptor) ?? str(descriptor.id) ?? 'no message').slice(0, 500);
      const quoted = `${text}${where !== undefined ? ` (${where})` : ''}`;
      if (level === 'error') {
        errors.push(`${tool} reports an error: ${quoted}`);
        failedQuoted = true;
      } else if (level === 'warning') {
        warn(`the tool warns: ${quoted}`);
      }
    }
    if (invocation.executionSuccessful === false && !failedQuoted) {
      errors.push(`${tool} says its run did not succeed (executionSuccessful: false)`);
    }
  }
  return errors;
}

export function parseSarif(doc: Json, file: string): ParsedReport[] {
  const o = obj(doc);
  if (str(o.version) !== '2.1.0')
    throw new ConfigurationError(`${file}: SARIF version ${excerpt(o.version)} is not 2.1.0`);
  return arr(o.runs).map((rawRun, r) => {
    if (!isObject(rawRun)) throw new ConfigurationError(`${file}: runs[${r}] is not a run object`);
    const run = rawRun;
    const tool = (str(obj(obj(run.tool).driver).name) ?? 'sarif').toLowerCase();
    const secrets = /gitleaks|trufflehog|secret/i.test(tool);
    const rules = new Components(obj(run.tool), 'rules');
    const warnings = new Warnings();
    const warn = warnings.add;
    const findings: Finding[] = [];
    const suppressed: Finding[] = [];
    let notFindings = 0;
    if (run.results !== undefined && run.results !== null && !Array.isArray(run.results))
      throw new ConfigurationError(`${file}: runs[${r}].results is not a list`);
    arr(run.results).forEach((rawResult, index) => {
      if (!isObject(rawResult)) {
        throw new ConfigurationError(
          `${file}: runs[${r}].results[${index}] is ${rawResult === null ? 'null' : typeof rawResult}, not a result object`,
        );
      }
      const result = rawResult;
      const kindName = str(result.kind) ?? 'fail';
      let kind = KINDS.get(kindName);
      if (kind === undefined) {
        warn(`kind ${excerpt(kindName)} is not a SARIF kind; counted as fail`);
        kind = 'fail';
      }
      const stateName = str(result.baselineState);
      let baselineState = stateName === undefined ? undefined : BASELINE_STATES.get(stateName);
      if (stateName !== undefined && baselineState === undefined) {
        warn(`baselineState ${excerpt(stateName)} is not a SARIF one; counted as new`);
        baselineState = 'new';
      }
      if (kind === 'not a finding' || baselineState === 'absent') {
        notFindings++;
        return;
      }
      const ruleIndex = num(result.ruleIndex);
      const rule = rules.resolve(result.rule, ruleIndex, str(result.ruleId));
      const ruleId = str(result.ruleId) ?? str(obj(result.rule).id) ?? str(rule.id) ?? 'unknown';
      const location = obj(obj(arr(result.locations)[0]).physicalLocation);
      const region = obj(location.region);
      const uri = str(obj(location.artifactLocation).uri);
      const snippet = str(obj(region.snippet).text);
      const description = str(obj(rule.shortDescription).text);
      const message = messageText(result.message, rule) ?? description ?? ruleId;
      const built = finding({
        tool,
        rule: ruleId,
        ruleName: description ?? str(rule.name),
        file: uri?.startsWith('file://') === true ? uri.slice('file://'.length) : uri,
        line: num(region.startLine),
        column: num(region.startColumn),
        helpUri: str(rule.helpUri),
        // A secret scanner's message may quote the secret: keep only the rule's description.
        message: secrets ? `${description ?? ruleId} detected` : message,
        severity: severityOf(result, rule, secrets, warn),
        fingerprint: fingerprint(
          tool,
          ruleId,
          uri,
          snippet !== undefined ? normaliseCode(snippet) : secrets ? String(index) : message,
        ),
        kind,
        baselineState,
        suppression: suppressionOf(result, warn),
      });
      (built.suppression !== undefined ? suppressed : findings).push(built);
    });
    const toolErrors = runErrors(run, tool, warn);
    return {
      tool,
      findings,
      suppressed,
      ignoredByTool: 0,
      notFindings,
      toolErrors,
      warnings: warnings.list(tool),
    };
  });
}
