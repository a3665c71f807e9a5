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

/**
 * Fingerprints of the keys a known_hosts text lists for this host and port (hashed entries included). A key
 * marked `@revoked` is never one of them, even when another line lists it; a `@cert-authority` line names a
 * CA that signs host certificates, not the host's own key, so it pins nothing.
 */
export function fingerprintsFromKnownHosts(text: string, host: string, port: number): string[] {
  // How known_hosts names this host: the bare name on port 22, `[host]:port` on any other.
  const name = port === 22 ? host : `[${host}]:${port}`;
  const listed: string[] = [];
  const revoked = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const marker = line.startsWith('@') ? (line.split(/\s+/, 1)[0] ?? '') : '';
    const [hosts = '', , key = ''] = line.slice(marker.length).trim().split(/\s+/);
    if (key === '') continue;
    const fingerprint = fingerprintOf(Buffer.from(key, 'base64'));
    // Stricter than OpenSSH, which applies the line's host patterns: a key someone revoked is trusted nowhere.
    if (marker === '@revoked') {
      revoked.add(fingerprint);
      continue;
    }
    // Any other marker (@cert-authority: a CA, not the host's own key) pins nothing.
    if (marker !== '') continue;
    const matches = hosts.split(',').some((h) => {
      if (h.startsWith('|1|')) {
        // Hashed entry: |1|base64(salt)|base64(HMAC-SHA1(salt, host)).
        const [, , salt = '', hash = ''] = h.split('|');
        return createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash;
      }
      return h === name;
    });
    if (matches) listed.push(fingerprint);
  }
  return listed.filter((f) => !revoked.has(f));
}
