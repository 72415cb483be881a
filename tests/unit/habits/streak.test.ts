import { describe, expect, it } from 'vitest';
import { streakDays } from '@/lib/habits/streak';

describe('streakDays', () => {
  it.each([
    ['nothing recorded', undefined, undefined, 0],
    ['first draft today, nothing sent flagged', undefined, '2025-05-10', 1],
    ['recording for 5 days, nothing sent flagged', undefined, '2025-05-06', 5],
    ['a flagged draft went out today', '2025-05-10', '2025-05-01', 0],
    ['the last flagged send was yesterday', '2025-05-09', '2025-05-01', 1],
    ['the last flagged send was a week ago', '2025-05-03', '2025-04-01', 7],
    ['the last flagged send is older than what is kept', '2025-01-01', '2025-05-01', 10],
    ['first record is in the future (clock moved back)', undefined, '2025-05-11', 0],
  ])('%s', (_name, lastSend, first, expected) => {
    expect(streakDays('2025-05-10', lastSend, first)).toBe(expected);
  });

  it('spans month ends', () => {
    expect(streakDays('2025-03-02', '2025-02-27', '2025-01-01')).toBe(3);
  });
});
