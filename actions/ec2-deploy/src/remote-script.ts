/**
 * What the remote shell reads on stdin: a prelude (the output file), the working directory, the environment,
 * then the user's script.
 */

/** A value in single quotes, safe in any POSIX shell: quotes, `$`, backticks and newlines stay literal. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export function remoteScript(
  script: string,
  env: readonly [string, string][],
  workingDirectory: string | undefined,
  prelude: readonly string[] = [],
): string {
  const lines: string[] = [...prelude];
  if (workingDirectory !== undefined) lines.push(`cd -- ${shellQuote(workingDirectory)}`);
  for (const [key, value] of env) lines.push(`export ${key}=${shellQuote(value)}`);
  lines.push(script);
  return `${lines.join('\n')}\n`;
}

/** `KEY=VALUE` lines; keys must be shell names. */
export function parseEnvLines(lines: readonly string[]): {
  env: [string, string][];
  bad: string | undefined;
} {
  const env: [string, string][] = [];
  for (const line of lines) {
    const eq = line.indexOf('=');
    const key = eq < 0 ? '' : line.slice(0, eq).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
      return { env, bad: line.slice(0, Math.max(0, eq)) || line.slice(0, 20) };
    env.push([key, line.slice(eq + 1)]);
  }
  return { env, bad: undefined };
}

const SECRET_NAME = /(secret|token|password|passwd|key|credential|auth)/i;

/** Values whose names look secret are masked before anything is printed. */
export function secretLooking(env: readonly [string, string][]): string[] {
  return env.filter(([k, v]) => SECRET_NAME.test(k) && v.length >= 3).map(([, v]) => v);
}
