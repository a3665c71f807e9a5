/** ec2-deploy's host-key decisions at their edges: revoked keys, CA lines, ports. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintOf, fingerprintsFromKnownHosts } from '../../../actions/ec2-deploy/src/host-keys.js';

const key = randomBytes(51);
const other = randomBytes(51);
const b64 = key.toString('base64');

describe('known_hosts markers', () => {
  it('never pins a key marked @revoked, even when another line lists it', () => {
    const text = `10.0.0.5 ssh-ed25519 ${b64}\n@revoked 10.0.0.5 ssh-ed25519 ${b64}\n`;
    expect(fingerprintsFromKnownHosts(text, '10.0.0.5', 22)).toEqual([]);
    expect(
      fingerprintsFromKnownHosts(
        `@revoked * ssh-ed25519 ${b64}\n10.0.0.5 ssh-ed25519 ${b64}\n`,
        '10.0.0.5',
        22,
      ),
    ).toEqual([]);
  });

  it('keeps the other keys of the host when one is revoked', () => {
    const text = `10.0.0.5 ssh-ed25519 ${b64}\n10.0.0.5 ssh-ed25519 ${other.toString('base64')}\n@revoked 10.0.0.5 ssh-ed25519 ${b64}\n`;
    expect(fingerprintsFromKnownHosts(text, '10.0.0.5', 22)).toEqual([fingerprintOf(other)]);
  });

  it('does not take a @cert-authority key for the host key', () => {
    expect(
      fingerprintsFromKnownHosts(`@cert-authority 10.0.0.5 ssh-ed25519 ${b64}\n`, '10.0.0.5', 22),
    ).toEqual([]);
  });

  it('matches the port exactly: [host]:2222 is not host, and host is not [host]:2222', () => {
    expect(fingerprintsFromKnownHosts(`[10.0.0.5]:2222 ssh-ed25519 ${b64}\n`, '10.0.0.5', 22)).toEqual([]);
    expect(fingerprintsFromKnownHosts(`10.0.0.5 ssh-ed25519 ${b64}\n`, '10.0.0.5', 2222)).toEqual([]);
    expect(fingerprintsFromKnownHosts(`[10.0.0.5]:2222 ssh-ed25519 ${b64}\n`, '10.0.0.5', 2222)).toEqual([
      fingerprintOf(key),
    ]);
  });

  it('matches the host exactly, not a prefix', () => {
    expect(fingerprintsFromKnownHosts(`10.0.0.50 ssh-ed25519 ${b64}\n`, '10.0.0.5', 22)).toEqual([]);
  });
});
