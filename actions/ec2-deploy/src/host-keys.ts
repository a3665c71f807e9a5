/** Host-key pinning: OpenSSH's SHA256 fingerprints, from keys and from known_hosts lines. */
import { createHash, createHmac } from 'node:crypto';
import { ConfigurationError } from '../../../shared/errors.js';

/** `SHA256:<base64 without padding>`, as `ssh-keygen -lf` prints it. */
export function fingerprintOf(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

export function parseFingerprints(lines: readonly string[], inputName: string): string[] {
  return lines.map((line) => {
    const value = line.trim();
    if (!/^SHA256:[A-Za-z0-9+/]{43}$/.test(value)) {
      throw new ConfigurationError(
        `Input '${inputName}' must hold fingerprints such as SHA256:Gsufn9f1/Gt1twugHQ3nuQ2vsi7XXJYy/75GfLe3Dm4 (ssh-keygen -lf); got '${value}'.`,
      );
    }
    return value;
  });
}

/** Fingerprints of the keys a known_hosts text lists for this host and port (hashed entries included). */
export function fingerprintsFromKnownHosts(text: string, host: string, port: number): string[] {
  const names = new Set(port === 22 ? [host] : [`[${host}]:${port}`]);
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('@revoked')) continue;
    const parts = line.replace(/^@cert-authority\s+/, '').split(/\s+/);
    const [hosts = '', , key = ''] = parts;
    const matches = hosts.split(',').some((h) => {
      if (h.startsWith('|1|')) {
        // Hashed entry: |1|base64(salt)|base64(HMAC-SHA1(salt, host)).
        const [, , salt = '', hash = ''] = h.split('|');
        return [...names].some(
          (n) => createHmac('sha1', Buffer.from(salt, 'base64')).update(n).digest('base64') === hash,
        );
      }
      return names.has(h);
    });
    if (matches && key !== '') out.push(fingerprintOf(Buffer.from(key, 'base64')));
  }
  return out;
}
