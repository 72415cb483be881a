import { describe, expect, it } from 'vitest';
import { hashPin, PBKDF2_ITERATIONS, pinProblem, verifyPin } from '@/lib/lock/pin';

describe('PIN hashing', () => {
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

  it.each([
    ['123', 'pin.tooShort'],
    ['1234567890123', 'pin.tooShort'],
    ['12a4', 'pin.notDigits'],
    ['1234', null],
    ['123456789012', null],
  ])('judges %s as %s', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });
});
