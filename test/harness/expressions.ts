/**
 * Just enough of GitHub Actions' expression language to run a workflow's steps in a test: string, boolean
 * and null literals, context paths (`steps.deploy.outputs.previous-tag`), `==`, `!=`, `!`, `&&`, `||`,
 * parentheses, and the functions `always()`, `success()`, `failure()`, `format()`, `toJSON()`. Comparisons
 * are between strings as the workflows here use them; an unknown path is '' (GitHub's null prints as '').
 */
export type Context = Readonly<Record<string, unknown>>;

const TOKEN =
  /\s*(?:('(?:[^']|'')*')|(true|false|null)\b|(always|success|failure|format|toJSON)\s*\(|([A-Za-z_][\w-]*(?:\.[\w-]+)*)|(==|!=|&&|\|\||!|\(|\)|,))/y;

type Token = { kind: 'value'; value: unknown } | { kind: 'call'; name: string } | { kind: 'op'; op: string };

function tokenize(expression: string, context: Context): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.trimEnd().length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(expression);
    if (m === null) throw new Error(`expression: cannot read ${JSON.stringify(expression.slice(at))}`);
    if (m[1] !== undefined) tokens.push({ kind: 'value', value: m[1].slice(1, -1).replaceAll("''", "'") });
    else if (m[2] !== undefined)
      tokens.push({ kind: 'value', value: m[2] === 'null' ? null : m[2] === 'true' });
    else if (m[3] !== undefined) tokens.push({ kind: 'call', name: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'value', value: lookup(context, m[4]) });
    else tokens.push({ kind: 'op', op: m[5] ?? '' });
  }
  return tokens;
}

function lookup(context: Context, path: string): unknown {
  let value: unknown = context;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return '';
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? '';
}

const truthy = (v: unknown): boolean => v !== '' && v !== false && v !== null && v !== 0 && v !== undefined;
const text = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/** Evaluates one expression (without `${{ }}`). `failed`: whether an earlier step of the job failed. */
export function evaluate(expression: string, context: Context, failed = false): unknown {
  const tokens = tokenize(expression, context);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (op: string): boolean => {
    const t = peek();
    return t?.kind === 'op' && t.op === op;
  };
  const expect = (op: string): void => {
    if (!isOp(op)) throw new Error(`expression: expected ${op} in ${expression}`);
    i++;
  };
  const primary = (): unknown => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`expression: ended early: ${expression}`);
    if (t.kind === 'value') return t.value;
    if (t.kind === 'op' && t.op === '!') return !truthy(primary());
    if (t.kind === 'op' && t.op === '(') {
      const v = or();
      expect(')');
      return v;
    }
    if (t.kind === 'call') {
      const args: unknown[] = [];
      while (!isOp(')')) {
        args.push(or());
        if (isOp(',')) i++;
      }
      expect(')');
      if (t.name === 'always') return true;
      if (t.name === 'success') return !failed;
      if (t.name === 'failure') return failed;
      if (t.name === 'toJSON') return JSON.stringify(args[0], null, 2);
      return text(args[0]).replace(/\{(\d+)\}/g, (_, n: string) => text(args[Number(n) + 1]));
    }
    throw new Error(`expression: unexpected ${JSON.stringify(t)} in ${expression}`);
  };
  const comparison = (): unknown => {
    let left = primary();
    while (isOp('==') || isOp('!=')) {
      const op = (tokens[i++] as { op: string }).op;
      const right = primary();
      const same = text(left).toLowerCase() === text(right).toLowerCase() && typeof left === typeof right;
      left = op === '==' ? same : !same;
    }
    return left;
  };
  const and = (): unknown => {
    let left = comparison();
    while (isOp('&&')) {
      i++;
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const or = (): unknown => {
    let left = and();
    while (isOp('||')) {
      i++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const value = or();
  if (i !== tokens.length) throw new Error(`expression: unread tokens in ${expression}`);
  return value;
}

/** A step's `if:`: absent means success(); a condition without a status function gets success() too. */
export function shouldRun(condition: string | undefined, context: Context, failed: boolean): boolean {
  if (condition === undefined) return !failed;
  const expression = condition.replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const hasStatus = /\b(always|success|failure|cancelled)\(/.test(expression);
  return truthy(evaluate(expression, context, failed)) && (hasStatus || !failed);
}

/** Text with every `${{ … }}` replaced by its value; a YAML number or boolean is its text. */
export function interpolate(template: unknown, context: Context, failed = false): string {
  return text(template).replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    text(evaluate(expression, context, failed)),
  );
}
