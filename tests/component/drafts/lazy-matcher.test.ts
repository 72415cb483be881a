import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyMatcher } from '@/lib/drafts/checking/lazy-matcher';
import { compile } from '@/lib/matcher';
import type { NormsInput } from '@/lib/matcher/types';

const norms: NormsInput = {
  terms: [
    { id: 'zh.shabi', pattern: '傻逼', variants: ['sb'], category: 'insult', severity: 2 },
    { id: 'en.idiot', pattern: 'idiot', category: 'insult', severity: 2 },
  ],
  allow: ['傻逼兮兮的小狗'],
};

describe('the page matcher, compiled in idle time a phase at a time', () => {
  let idle: (() => void)[];
  const runIdle = (): number => {
    const due = idle;
    idle = [];
    due.forEach((run) => run());
    return due.length;
  };

  beforeEach(() => {
    idle = [];
    // jsdom has no idle callbacks: the test runs them when it means "the page went idle".
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('compiles nothing until asked, then one phase per idle callback, to the same matcher', () => {
    const lazy = lazyMatcher(norms);
    expect(idle).toHaveLength(0);
    lazy.prepare();
    lazy.prepare(); // a second focus does not start a second chain
    expect(idle).toHaveLength(1);
    let callbacks = 0;
    while (idle.length > 0) callbacks += runIdle();
    expect(callbacks).toBeGreaterThanOrEqual(4);
    const text = '你这个傻 逼，you idiot，傻逼兮兮的小狗';
    expect(lazy.get().findAll(text)).toEqual(compile(norms).findAll(text));
  });

  it('a draft checked before the idle compile ends finishes it at once', () => {
    const lazy = lazyMatcher(norms);
    lazy.prepare();
    runIdle(); // one phase done
    expect(lazy.get().hasMatch('sb')).toBe(true);
    expect(runIdle()).toBe(1); // the pending callback finds the work done and stops
    expect(idle).toHaveLength(0);
  });

  it('a list that does not compile is reported from idle time (never thrown into the page), stops the idle compile, and throws on every use', () => {
    const failures: unknown[] = [];
    // The matcher skips bad terms itself; whatever still throws in a compile lands here.
    const broken = {
      get terms(): NormsInput['terms'] {
        throw new Error('a list the compiler cannot read');
      },
    };
    const bad = lazyMatcher(broken, (error) => failures.push(error));
    bad.prepare();
    while (idle.length > 0) expect(() => runIdle()).not.toThrow();
    expect(failures.map(String)).toEqual(['Error: a list the compiler cannot read']);
    expect(() => bad.get()).toThrow(/cannot read/);
    expect(() => bad.get()).toThrow(/cannot read/);
  });

  it('stops compiling in idle time when stopped', () => {
    const lazy = lazyMatcher(norms);
    lazy.prepare();
    lazy.stop();
    runIdle();
    expect(idle).toHaveLength(0);
    lazy.prepare();
    expect(idle).toHaveLength(0);
  });
});
