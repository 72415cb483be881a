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

  it('a list that does not compile throws on every use, and stops the idle compile', () => {
    const bad = lazyMatcher({ terms: [norms.terms[0]!, { ...norms.terms[1]!, id: 'zh.shabi' }] });
    bad.prepare();
    expect(() => runIdle()).toThrow(/duplicate norm id "zh.shabi"/);
    expect(idle).toHaveLength(0);
    expect(() => bad.get()).toThrow(/duplicate norm id/);
    expect(() => bad.get()).toThrow(/duplicate norm id/);
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
