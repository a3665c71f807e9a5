/**
 * Keeps secrets out of logs. The runner masks what `::add-mask::` registered, but only in the log stream:
 * error messages built from URLs and headers also reach job summaries, outputs and comments, so every text
 * that leaves an action goes through a Redactor first.
 */

// A presigned S3 URL's X-Amz-Signature, X-Amz-Credential and X-Amz-Security-Token end in such words too.
const SENSITIVE_QUERY_KEY =
  /^(?:.*[-_])?(?:token|access[-_]?token|api[-_]?key|key|secret|password|passwd|pass|pwd|sig|signature|auth|authorization|credentials?|session|code)$/i;

const MASK = '***';

/** A URL as it may be shown: user-info removed, sensitive query values masked. Unparseable text is kept. */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.username = '';
  url.password = '';
  // Rebuilt in place so parameter order, which people use to recognise a URL, is kept.
  const entries = [...url.searchParams.entries()];
  if (entries.some(([key]) => SENSITIVE_QUERY_KEY.test(key))) {
    url.search = new URLSearchParams(
      entries.map(([key, value]): [string, string] => [key, SENSITIVE_QUERY_KEY.test(key) ? MASK : value]),
    ).toString();
  }
  // URLSearchParams encodes the mask; show it plainly.
  return url.toString().replaceAll(encodeURIComponent(MASK), MASK);
}

const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>`]+/gi;

/** Holds the secrets of one run and removes them, and URL credentials, from any text. */
export class Redactor {
  private readonly secrets = new Set<string>();

  /** @param onSecret called once for each new secret, e.g. with core.setSecret so the runner masks it too. */
  constructor(private readonly onSecret: (secret: string) => void = () => undefined) {}

  add(secret: string): void {
    // Masking one- or two-character strings would shred every log line and protects nothing.
    const value = secret.trim();
    if (value.length < 3 || this.secrets.has(value)) return;
    this.secrets.add(value);
    this.onSecret(value);
    const encoded = encodeURIComponent(value);
    if (encoded !== value && !this.secrets.has(encoded)) {
      this.secrets.add(encoded);
      this.onSecret(encoded);
    }
  }

  redact(text: string): string {
    let out = text.replace(URL_IN_TEXT, (url) => redactUrl(url));
    // Longest first, so a secret that contains another is masked whole.
    const ordered = [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of ordered) out = out.split(secret).join(MASK);
    return out;
  }
}
