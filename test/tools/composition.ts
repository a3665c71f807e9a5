/**
 * Checks that workflows compose Runway's actions and reusable workflows correctly — what actionlint cannot
 * know, since it does not read our action.yml files:
 * - every `uses: runway-ci/runway/actions/<name>@…` or `./actions/<name>` names an action that exists, every
 *   `with:` key is one of its inputs, and every required input without a default is given;
 * - every `steps.<id>.outputs.<name>` names a step of the same job and, for a Runway action, a declared output;
 * - every call of `runway-ci/runway/.github/workflows/<file>@…` or `./.github/workflows/<file>` names a
 *   reusable workflow (`on: workflow_call`) whose inputs and secrets the `with:`/`secrets:` keys are, with the
 *   required ones given; and `needs.<job>.outputs.<name>` names an output that job (or workflow) declares;
 * - a reusable workflow's outputs map to outputs its jobs declare.
 * The same action checks run over YAML examples in the READMEs, so documentation cannot drift either.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

type YamlMap = Record<string, unknown>;

const isMap = (value: unknown): value is YamlMap =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export interface ActionSpec {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  outputs: Record<string, unknown>;
}

export interface ReusableSpec {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  secrets: Record<string, { required?: boolean }>;
  outputs: Record<string, unknown>;
}

export interface Repository {
  action(name: string): ActionSpec | undefined;
  reusable(file: string): ReusableSpec | undefined;
}

/** Reads action.yml and workflow files from a checkout of this repository. */
export function repositoryAt(root: string): Repository {
  return {
    action(name) {
      const file = path.join(root, 'actions', name, 'action.yml');
      if (!existsSync(file)) return undefined;
      const doc = parse(readFileSync(file, 'utf8')) as YamlMap;
      return {
        inputs: (isMap(doc.inputs) ? doc.inputs : {}) as ActionSpec['inputs'],
        outputs: isMap(doc.outputs) ? doc.outputs : {},
      };
    },
    reusable(file) {
      const full = path.join(root, '.github', 'workflows', file);
      if (!existsSync(full)) return undefined;
      return reusableSpec(parse(readFileSync(full, 'utf8')) as unknown);
    },
  };
}

/** The `on: workflow_call` interface of a workflow, or undefined when it is not reusable. */
export function reusableSpec(doc: unknown): ReusableSpec | undefined {
  if (!isMap(doc)) return undefined;
  const on = doc.on;
  if (!isMap(on) || !('workflow_call' in on)) return undefined;
  const call = isMap(on.workflow_call) ? on.workflow_call : {};
  return {
    inputs: (isMap(call.inputs) ? call.inputs : {}) as ReusableSpec['inputs'],
    secrets: (isMap(call.secrets) ? call.secrets : {}) as ReusableSpec['secrets'],
    outputs: isMap(call.outputs) ? call.outputs : {},
  };
}

const ACTION_USE = /^(?:runway-ci\/runway\/actions\/([\w-]+)@\S+|\.\/actions\/([\w-]+))$/;
const WORKFLOW_USE =
  /^(?:runway-ci\/runway\/\.github\/workflows\/([\w.-]+)@\S+|\.\/\.github\/workflows\/([\w.-]+))$/;
const STEP_OUTPUT = /steps\.([\w-]+)\.outputs\.([\w-]+)/g;
const NEEDS_OUTPUT = /needs\.([\w-]+)\.outputs\.([\w-]+)/g;
const JOB_OUTPUT = /jobs\.([\w-]+)\.outputs\.([\w-]+)/g;

function keysOf(value: unknown): string[] {
  return isMap(value) ? Object.keys(value) : [];
}

function missingRequired(
  declared: Record<string, { required?: boolean; default?: unknown }>,
  given: string[],
): string[] {
  return Object.entries(declared)
    .filter(([name, spec]) => spec.required === true && (spec.default ?? '') === '' && !given.includes(name))
    .map(([name]) => name);
}

/** `with:` keys that are not declared inputs of `target`, and its required inputs that are not given. */
function checkInputs(
  given: string[],
  declared: Record<string, { required?: boolean; default?: unknown }>,
  target: string,
  where: string,
): string[] {
  return [
    ...given
      .filter((key) => !(key in declared))
      .map(
        (key) =>
          `${where}: '${key}' is not an input of ${target} (inputs: ${Object.keys(declared).join(', ')})`,
      ),
    ...missingRequired(declared, given).map(
      (key) => `${where}: ${target}'s required input '${key}' is not given`,
    ),
  ];
}

/** Checks one `uses:` of an action (a step, or a README snippet). */
export function checkActionUse(uses: string, withBlock: unknown, where: string, repo: Repository): string[] {
  const match = ACTION_USE.exec(uses);
  if (match === null) return [];
  const name = match[1] ?? match[2] ?? '';
  const spec = repo.action(name);
  if (spec === undefined) return [`${where}: uses ${uses}, but there is no action '${name}'`];
  return checkInputs(keysOf(withBlock), spec.inputs, name, where);
}

/**
 * ec2-deploy's script sets outputs of its own through RUNWAY_OUTPUT: the names its script writes there
 * (`echo "name=…" >> "$RUNWAY_OUTPUT"`, or a heredoc) count as outputs of that step.
 */
function withScriptOutputs(spec: ActionSpec, withBlock: unknown): ActionSpec {
  const script = isMap(withBlock) && typeof withBlock.script === 'string' ? withBlock.script : '';
  const names = [...script.matchAll(/\b([A-Za-z_][\w-]*)(?:=|<<)[^\n]*>>\s*"?\$\{?RUNWAY_OUTPUT\b/g)].map(
    (m) => m[1] ?? '',
  );
  if (names.length === 0) return spec;
  const outputs = { ...spec.outputs };
  for (const name of names) outputs[name] = { description: 'set by the script (RUNWAY_OUTPUT)' };
  return { ...spec, outputs };
}

function checkSteps(job: YamlMap, jobId: string, file: string, repo: Repository): string[] {
  const problems: string[] = [];
  const steps = Array.isArray(job.steps) ? (job.steps as unknown[]) : [];
  const byId = new Map<string, ActionSpec | null>();
  steps.forEach((step, index) => {
    if (!isMap(step)) return;
    const where = `${file}: job ${jobId}, step ${typeof step.id === 'string' ? step.id : index + 1}`;
    let spec: ActionSpec | null = null;
    if (typeof step.uses === 'string') {
      problems.push(...checkActionUse(step.uses, step.with, where, repo));
      const match = ACTION_USE.exec(step.uses);
      if (match !== null) spec = repo.action(match[1] ?? match[2] ?? '') ?? null;
      if (spec !== null && (match?.[1] ?? match?.[2]) === 'ec2-deploy')
        spec = withScriptOutputs(spec, step.with);
    }
    if (typeof step.id === 'string') byId.set(step.id, spec);
  });
  for (const [, id, output] of JSON.stringify(job).matchAll(STEP_OUTPUT)) {
    if (id === undefined || output === undefined) continue;
    if (!byId.has(id)) {
      problems.push(`${file}: job ${jobId} uses steps.${id}.outputs.${output}, but no step has id '${id}'`);
      continue;
    }
    const spec = byId.get(id);
    if (spec !== null && spec !== undefined && !(output in spec.outputs))
      problems.push(
        `${file}: job ${jobId} uses steps.${id}.outputs.${output}, not an output of that action (outputs: ${Object.keys(spec.outputs).join(', ')})`,
      );
  }
  return problems;
}

function checkWorkflowCall(job: YamlMap, jobId: string, file: string, repo: Repository): string[] {
  if (typeof job.uses !== 'string') return [];
  const match = WORKFLOW_USE.exec(job.uses);
  if (match === null) return [];
  const target = match[1] ?? match[2] ?? '';
  const spec = repo.reusable(target);
  const where = `${file}: job ${jobId}`;
  if (spec === undefined)
    return [`${where}: calls ${job.uses}, which is not a reusable workflow of this repository`];
  const problems = checkInputs(keysOf(job.with), spec.inputs, target, where);
  if (job.secrets !== 'inherit') {
    const secrets = keysOf(job.secrets);
    problems.push(
      ...secrets
        .filter((key) => !(key in spec.secrets))
        .map((key) => `${where}: secret '${key}' is not declared by ${target}`),
      ...missingRequired(spec.secrets, secrets).map(
        (key) => `${where}: ${target}'s required secret '${key}' is not given`,
      ),
    );
  }
  return problems;
}

/** The outputs each job offers to `needs`: its own `outputs:`, or those of the reusable workflow it calls. */
function jobOutputs(jobs: YamlMap, repo: Repository): Map<string, string[]> {
  const offered = new Map<string, string[]>();
  for (const [id, job] of Object.entries(jobs)) {
    if (!isMap(job)) continue;
    if (typeof job.uses === 'string') {
      const match = WORKFLOW_USE.exec(job.uses);
      const spec = match === null ? undefined : repo.reusable(match[1] ?? match[2] ?? '');
      if (spec !== undefined) offered.set(id, Object.keys(spec.outputs));
    } else {
      offered.set(id, keysOf(job.outputs));
    }
  }
  return offered;
}

/** All problems in one workflow file's text. */
export function checkWorkflow(text: string, file: string, repo: Repository): string[] {
  const doc = parse(text) as unknown;
  if (!isMap(doc) || !isMap(doc.jobs)) return [`${file}: no jobs`];
  const jobs = doc.jobs;
  const offered = jobOutputs(jobs, repo);
  const problems: string[] = [];
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isMap(job)) continue;
    problems.push(...checkSteps(job, jobId, file, repo), ...checkWorkflowCall(job, jobId, file, repo));
    for (const [, need, output] of JSON.stringify(job).matchAll(NEEDS_OUTPUT)) {
      if (need === undefined || output === undefined) continue;
      const outputs = offered.get(need);
      if (outputs !== undefined && !outputs.includes(output))
        problems.push(
          `${file}: job ${jobId} uses needs.${need}.outputs.${output}, which job ${need} does not declare`,
        );
    }
  }
  const reusable = reusableSpec(doc);
  if (reusable !== undefined) {
    for (const [, jobId, output] of JSON.stringify(reusable.outputs).matchAll(JOB_OUTPUT)) {
      if (jobId === undefined || output === undefined) continue;
      if (!(offered.get(jobId) ?? []).includes(output))
        problems.push(`${file}: workflow output maps jobs.${jobId}.outputs.${output}, which is not declared`);
    }
  }
  return problems;
}

/** Policy for the examples users copy: least privilege and bounded jobs. */
export function checkPolicy(text: string, file: string): string[] {
  const doc = parse(text) as unknown;
  if (!isMap(doc) || !isMap(doc.jobs)) return [`${file}: no jobs`];
  const problems: string[] = [];
  const topPermissions = 'permissions' in doc;
  for (const [jobId, job] of Object.entries(doc.jobs)) {
    if (!isMap(job)) continue;
    if (!topPermissions && !('permissions' in job))
      problems.push(`${file}: job ${jobId} has no permissions (and the workflow sets none)`);
    // A job that calls a reusable workflow takes its timeouts from the called jobs.
    if (typeof job.uses !== 'string' && !('timeout-minutes' in job))
      problems.push(`${file}: job ${jobId} has no timeout-minutes`);
  }
  return problems;
}

/** Every fenced YAML block in a Markdown file, parsed; blocks that do not parse are reported. */
export function yamlBlocks(markdown: string): { line: number; doc: unknown; error?: string }[] {
  const blocks: { line: number; doc: unknown; error?: string }[] = [];
  const fence = /^```ya?ml\n([\s\S]*?)^```/gm;
  for (const match of markdown.matchAll(fence)) {
    const line = markdown.slice(0, match.index).split('\n').length + 1;
    try {
      blocks.push({ line, doc: parse(match[1] ?? '') as unknown });
    } catch (error) {
      blocks.push({ line, doc: undefined, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return blocks;
}

/** Checks every `uses:` of a Runway action anywhere in a parsed YAML snippet. */
export function checkSnippet(doc: unknown, where: string, repo: Repository): string[] {
  const problems: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isMap(node)) {
      if (typeof node.uses === 'string') problems.push(...checkActionUse(node.uses, node.with, where, repo));
      Object.values(node).forEach(visit);
    }
  };
  visit(doc);
  return problems;
}
