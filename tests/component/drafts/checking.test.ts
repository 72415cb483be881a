import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listsCheck } from '@/lib/drafts/checking/lists-check';
import { errorGuard } from '@/lib/drafts/start/page-context';
import type { NormsInput } from '@/lib/matcher/types';

const norms: NormsInput = {
  terms: [
    { id: 'zh.shabi', pattern: '傻逼', category: 'insult', severity: 2 },
    { id: 'en.idiot', pattern: 'idiot', category: 'insult', severity: 2 },
  ],
};
const unreadable = {
  get terms(): NormsInput['terms'] {
    throw new Error('a list the compiler cannot read');
  },
};

describe('checking a draft against the lists', () => {
  let idle: (() => void)[];
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('finds the flagged words, and nothing when Sansi is off here', () => {
    const check = listsCheck(() => undefined);
    check.use(norms);
    expect(check.on).toBe(true);
    expect(check.findAll('you idiot, 傻逼').map((match) => match.normId)).toEqual(['en.idiot', 'zh.shabi']);
    check.use(null);
    expect(check.on).toBe(false);
    expect(check.findAll('you idiot')).toEqual([]);
  });

  it('survives a list that fails to compile: reported once, nothing thrown, checking again with the next list', () => {
    const failures: unknown[] = [];
    const check = listsCheck((error) => failures.push(error));
    check.use(unreadable);
    check.prepare();
    while (idle.length > 0) expect(() => idle.shift()!()).not.toThrow();
    expect(check.findAll('you idiot')).toEqual([]);
    expect(check.findAll('you idiot again')).toEqual([]);
    expect(failures.map(String)).toEqual(['Error: a list the compiler cannot read']);
    check.use(norms);
    expect(check.findAll('you idiot')).toHaveLength(1);
  });
});

describe('a feature’s error guard', () => {
  it('logs the first error of a feature, returns the fallback, and lets the next call through', () => {
    const log = vi.fn();
    const guard = errorGuard('card', log);
    let calls = 0;
    const flaky = guard((value: number) => {
      calls += 1;
      if (value < 0) throw new Error(`bad ${value}`);
      return value * 2;
    }, -1);
    expect(flaky(-1)).toBe(-1);
    expect(flaky(-2)).toBe(-1);
    expect(flaky(3)).toBe(6);
    expect(calls).toBe(3);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith('Sansi: card failed and carries on with the next edit.', new Error('bad -1'));
  });
});
