import { describe, expect, it } from 'vitest';
import { afterFailure, noFailures, waitLeft } from '@/lib/lock/throttle';

describe('PIN throttle', () => {
  it('lets five wrong PINs through, then doubles the wait after each', () => {
    let state = noFailures;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 9; attempt++) {
      state = afterFailure(state, 1_000_000);
      waits.push(waitLeft(state, 1_000_000));
    }
    expect(waits).toEqual([0, 0, 0, 0, 30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it('counts down the wait and caps it at a day', () => {
    const state = afterFailure({ failures: 4, lockedUntil: 0 }, 0);
    expect(waitLeft(state, 10_000)).toBe(20_000);
    expect(waitLeft(state, 40_000)).toBe(0);
    expect(waitLeft(afterFailure({ failures: 40, lockedUntil: 0 }, 0), 0)).toBe(24 * 60 * 60 * 1000);
  });
});
