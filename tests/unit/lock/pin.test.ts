import { describe, expect, it } from 'vitest';
import { hashPin, needsRehash, PBKDF2_ITERATIONS, pinProblem, verifyPin } from '@/lib/lock/pin';

// Each PIN check derives 600,000 PBKDF2 rounds (about 0.3 s); on a busy machine a test of
// several checks outlasts the default 5 s.
describe('PIN hashing', { timeout: 30_000 }, () => {
  it('stores a salted PBKDF2 hash with at least 200,000 iterations, never the PIN', async () => {
    const record = await hashPin('2468');
    expect(record.iterations).toBe(PBKDF2_ITERATIONS);
    expect(record.iterations).toBeGreaterThanOrEqual(200_000);
    expect(JSON.stringify(record)).not.toContain('2468');
    expect(atob(record.salt)).toHaveLength(16);
    expect(atob(record.hash)).toHaveLength(32);
    const again = await hashPin('2468');
    expect(again.salt).not.toBe(record.salt);
    expect(again.hash).not.toBe(record.hash);
  });

  it('verifies the right PIN and rejects others', async () => {
    const record = await hashPin('2468');
    expect(await verifyPin('2468', record)).toBe(true);
    expect(await verifyPin('2469', record)).toBe(false);
    expect(await verifyPin('', record)).toBe(false);
  });

  it('stores new hashes with at least the 600,000 iterations OWASP advises for SHA-256', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('still verifies a hash an older Sansi made with 210,000 iterations, and says to remake it', async () => {
    const old = await hashPin('2468', 210_000);
    expect(await verifyPin('2468', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPin('2468'))).toBe(false);
  });

  it.each([
    ['123', 'pin.tooShort'],
    ['1234', null],
    ['12345678901234567890', null],
    ['12a4', 'pin.tooShort'],
    ['short pw', null],
    ['correct horse battery staple', null],
    ['三思而后行再三思', null],
    ['三思而后行', 'pin.tooShort'],
    ['9'.repeat(64), null],
    ['9'.repeat(65), 'pin.tooLong'],
  ])('judges %s as %s: a PIN of 4 digits or more, or a passphrase of 8 characters or more', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });
});
